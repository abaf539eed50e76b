//go:build localnet

package localnet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/enigmad/enigmad/bridge/deploy"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	ingresstypes "github.com/enigmad/enigmad/ingress/types"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// secretTasks runs a deployment and a call of the Counter the way a dApp
// user does, on the running network: records on geth, observed on chain,
// data sealed for the selected worker and handed to an ingress (node 1's
// HTTP for the deployment, node 2's gRPC for the call, so the node that
// takes the data is not the worker's), and the result opened with the
// client's key.
func secretTasks(t *testing.T, ctx context.Context, eth *ethclient.Client, key *ecdsa.PrivateKey, info ethereumInfo, conn *grpc.ClientConn) {
	art, err := contracts.Load("Counter")
	require.NoError(t, err)
	bridge := bindings.NewEnigmaBridge()
	sc := sctypes.NewQueryClient(conn)
	reg := registrytypes.NewQueryClient(conn)
	gas, price := uint64(2_000_000), big.NewInt(1_000_000_000)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(gas), price)
	user := crypto.PubkeyToAddress(key.PublicKey)

	// seal encrypts data for the worker selected for contract now.
	seal := func(contract common.Address, id common.Hash, data []byte) (uint64, common.Address, []byte, []byte) {
		sel, err := reg.Selected(ctx, &registrytypes.QuerySelectedRequest{Contract: contract.Hex()})
		require.NoError(t, err)
		require.NotEmpty(t, sel.Workers)
		worker := common.HexToAddress(sel.Workers[0])
		w, err := reg.Worker(ctx, &registrytypes.QueryWorkerRequest{EnclaveAddress: worker.Hex()})
		require.NoError(t, err)
		env, resultKey, err := envelope.Seal(envelope.PublicKey{Suite: envelope.SuiteX25519, Bytes: w.Worker.X25519Key},
			envelope.Binding{ChainID: "enigma-local-1", Contract: contract, TaskID: id}, envelope.Call{Data: data})
		require.NoError(t, err)
		return sel.Epoch, worker, env, resultKey
	}
	// nodeQuery reads node i's state: the ingress of a node checks task
	// data against its own latest block, which may be one behind
	// another node's, so a record is awaited on the node that takes the
	// data.
	nodeQuery := func(i int) sctypes.QueryClient {
		c, err := grpc.NewClient(fmt.Sprintf("127.0.0.1:%d", 9090+10*i), grpc.WithTransportCredentials(insecure.NewCredentials()))
		require.NoError(t, err)
		t.Cleanup(func() { _ = c.Close() })
		return sctypes.NewQueryClient(c)
	}
	node1, node2 := nodeQuery(1), nodeQuery(2)
	awaiting := func(q sctypes.QueryClient, id common.Hash) func() bool {
		return func() bool {
			res, err := q.Task(ctx, &sctypes.QueryTaskRequest{TaskId: id.Hex()})
			return err == nil && res.Task.Status == sctypes.TASK_STATUS_AWAITING_DATA
		}
	}
	done := func(id common.Hash) func() bool {
		return func() bool {
			res, err := sc.Task(ctx, &sctypes.QueryTaskRequest{TaskId: id.Hex()})
			return err == nil && res.Task.Status == sctypes.TASK_STATUS_DONE
		}
	}

	// The deployment, through node 1's HTTP ingress.
	salt := ids.NewSalt()
	depID := ids.TaskID(new(big.Int).SetUint64(info.ChainID), info.Bridge, user, salt)
	contract := ids.ContractAddress(depID)
	epoch, worker, env, _ := seal(contract, depID, nil)
	start := time.Now()
	_, err = deploy.Send(ctx, eth, key, &info.Bridge, fee, bridge.PackCreateDeploymentRecord(salt, crypto.Keccak256Hash(art.Bytecode), ids.InputsHash(env), gas, price))
	require.NoError(t, err)
	waitFor(t, "the deployment's record observed by node 1", 60*time.Second, awaiting(node1, depID))
	body, err := json.Marshal(map[string]any{"task_id": depID.Hex(), "epoch": fmt.Sprint(epoch), "worker": worker.Hex(),
		"envelope": hexutil.Encode(env), "bytecode": hexutil.Encode(art.Bytecode)})
	require.NoError(t, err)
	res, err := http.Post(fmt.Sprintf("http://127.0.0.1:%d/enigma/ingress/v1/deploy_data", 1318+10), "application/json", bytes.NewReader(body))
	require.NoError(t, err)
	var answer map[string]any
	require.NoError(t, json.NewDecoder(res.Body).Decode(&answer))
	res.Body.Close()
	require.Equal(t, http.StatusAccepted, res.StatusCode, answer)
	waitFor(t, "the deployment done", 60*time.Second, done(depID))
	t.Logf("deployment: record mined to result committed in %.1fs (tx %s)", time.Since(start).Seconds(), answer["tx_hash"])

	// A call, through node 2's gRPC ingress; its result opens with the
	// client's key.
	call, err := art.ABI.Pack("increment")
	require.NoError(t, err)
	salt = ids.NewSalt()
	callID := ids.TaskID(new(big.Int).SetUint64(info.ChainID), info.Bridge, user, salt)
	epoch, worker, env, resultKey := seal(contract, callID, call)
	start = time.Now()
	_, err = deploy.Send(ctx, eth, key, &info.Bridge, fee, bridge.PackCreateTaskRecord(salt, contract, ids.InputsHash(env), gas, price))
	require.NoError(t, err)
	waitFor(t, "the call's record observed by node 2", 60*time.Second, awaiting(node2, callID))
	ic, err := grpc.NewClient(fmt.Sprintf("127.0.0.1:%d", 1318+20), grpc.WithTransportCredentials(insecure.NewCredentials()))
	require.NoError(t, err)
	defer ic.Close()
	sent, err := ingresstypes.NewIngressClient(ic).SubmitTaskData(ctx, &ingresstypes.SubmitTaskDataRequest{TaskId: callID.Bytes(), Epoch: epoch,
		Worker: worker.Bytes(), Envelope: env})
	require.NoError(t, err)
	waitFor(t, "the call done", 60*time.Second, done(callID))
	t.Logf("call: record mined to result committed in %.1fs (tx %s)", time.Since(start).Seconds(), sent.TxHash)
	got, err := sc.Task(ctx, &sctypes.QueryTaskRequest{TaskId: callID.Hex()})
	require.NoError(t, err)
	require.NotNil(t, got.Receipt)
	plain, err := envelope.OpenResult(resultKey, callID.Bytes(), got.Receipt.Output)
	require.NoError(t, err)
	out, err := art.ABI.Unpack("increment", plain)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(1), out[0])

	// The same data again: refused with the module's error, nothing sent.
	_, err = ingresstypes.NewIngressClient(ic).SubmitTaskData(ctx, &ingresstypes.SubmitTaskDataRequest{TaskId: callID.Bytes(), Epoch: epoch,
		Worker: worker.Bytes(), Envelope: env})
	require.ErrorContains(t, err, "already on chain")

	// A burst: many calls recorded in one Ethereum transaction, their data
	// handed over together, so the worker runs them in steps whose results
	// are in flight together (each estimated on a state that does not hold
	// the ones before it yet). Every call gets one result, in order: the
	// outputs are the counter's values 2, 3, … once each.
	const burst = 40
	var requests []bindings.EnigmaBridgeTaskRequest
	type pending struct {
		id        common.Hash
		body      []byte
		resultKey []byte
	}
	var calls []pending
	for range burst {
		salt := ids.NewSalt()
		id := ids.TaskID(new(big.Int).SetUint64(info.ChainID), info.Bridge, user, salt)
		epoch, worker, env, resultKey := seal(contract, id, call)
		requests = append(requests, bindings.EnigmaBridgeTaskRequest{Salt: salt, SecretContract: contract, InputsHash: ids.InputsHash(env),
			GasLimit: gas, GasPrice: price})
		body, err := json.Marshal(map[string]any{"task_id": id.Hex(), "epoch": fmt.Sprint(epoch), "worker": worker.Hex(), "envelope": hexutil.Encode(env)})
		require.NoError(t, err)
		calls = append(calls, pending{id: id, body: body, resultKey: resultKey})
	}
	start = time.Now()
	_, err = deploy.Send(ctx, eth, key, &info.Bridge, new(big.Int).Mul(fee, big.NewInt(burst)), bridge.PackCreateTaskRecords(requests))
	require.NoError(t, err)
	for _, c := range calls {
		waitFor(t, "the burst's records observed", 60*time.Second, awaiting(node1, c.id))
	}
	for _, c := range calls {
		res, err := http.Post(fmt.Sprintf("http://127.0.0.1:%d/enigma/ingress/v1/task_data", 1318+10), "application/json", bytes.NewReader(c.body))
		require.NoError(t, err)
		var answer map[string]any
		require.NoError(t, json.NewDecoder(res.Body).Decode(&answer))
		res.Body.Close()
		require.Equal(t, http.StatusAccepted, res.StatusCode, answer)
	}
	seen := map[int64]bool{}
	for _, c := range calls {
		waitFor(t, "the burst's calls done", 90*time.Second, done(c.id))
		got, err := sc.Task(ctx, &sctypes.QueryTaskRequest{TaskId: c.id.Hex()})
		require.NoError(t, err)
		plain, err := envelope.OpenResult(c.resultKey, c.id.Bytes(), got.Receipt.Output)
		require.NoError(t, err)
		out, err := art.ABI.Unpack("increment", plain)
		require.NoError(t, err)
		seen[out[0].(*big.Int).Int64()] = true
	}
	for v := int64(2); v < 2+burst; v++ {
		require.True(t, seen[v], "the counter's value %d came out of one call", v)
	}
	t.Logf("burst: %d calls, records mined to all results committed in %.1fs", burst, time.Since(start).Seconds())
}
