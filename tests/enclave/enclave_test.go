// Package enclave_test drives real enigma-enclave processes through their
// unix-socket API, as a worker does.
package enclave_test

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ethsig"
	"github.com/enigmad/enigmad/enclave/evm"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/enclave/rpc"
	"github.com/enigmad/enigmad/enclave/rpc/enclavepb"
	"github.com/enigmad/enigmad/enclave/seed"
)

const chainID = "enigma-local-1"

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "enigma-enclave-bin-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "enigma-enclave")
	build := exec.Command("go", "build", "-o", binary, "github.com/enigmad/enigmad/cmd/enigma-enclave")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		panic("build enigma-enclave: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// proc is a running enigma-enclave.
type proc struct {
	cmd    *exec.Cmd
	dir    string
	client *rpc.Client
	log    bytes.Buffer
}

func start(t *testing.T, dir string, flags ...string) *proc {
	t.Helper()
	p := &proc{dir: dir}
	socket := filepath.Join(dir, "enclave.sock")
	p.cmd = exec.Command(binary, append([]string{"--chain-id", chainID, "--data-dir", dir, "--socket", socket}, flags...)...)
	p.cmd.Stdout, p.cmd.Stderr = &p.log, &p.log
	require.NoError(t, p.cmd.Start())
	t.Cleanup(func() { p.stop() })
	var err error
	p.client, err = rpc.Dial(socket)
	require.NoError(t, err)
	deadline := time.Now().Add(20 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		_, err := p.client.Info(ctx)
		cancel()
		if err == nil {
			break
		}
		require.True(t, time.Now().Before(deadline), "enclave did not answer: %v\n%s", err, p.log.String())
		time.Sleep(50 * time.Millisecond)
	}
	return p
}

func (p *proc) stop() {
	if p.cmd.ProcessState != nil {
		return
	}
	_ = p.client.Close()
	_ = p.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { _ = p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = p.cmd.Process.Kill()
		<-done
	}
}

func TestEnclaveProcesses(t *testing.T) {
	ctx := context.Background()
	genesis := start(t, t.TempDir())
	worker := start(t, t.TempDir())

	commitment, err := genesis.client.InitNetwork(ctx)
	require.NoError(t, err)
	provisionFrom := func(p *proc) {
		info, err := p.client.Info(ctx)
		require.NoError(t, err)
		prov, err := genesis.client.Provision(ctx, info.Quote, info.Keys)
		require.NoError(t, err)
		require.NoError(t, seed.VerifyProvision(commitment, chainID, info.Address, prov))
		require.NoError(t, p.client.AcceptSeed(ctx, commitment, prov))
	}
	provisionFrom(worker)
	info, err := worker.client.Info(ctx)
	require.NoError(t, err)
	require.True(t, info.Provisioned)
	// Each log says so when it becomes true (the start-up line said false).
	require.Contains(t, genesis.log.String(), "provisioned: created the network's master seed")
	require.Contains(t, worker.log.String(), "provisioned: accepted the network's master seed")
	require.Equal(t, "simulation", info.SealMode)
	require.Contains(t, worker.log.String(), "INSECURE", "simulation mode says so")

	// The enclave binds its registration to an operator.
	operator := "enigma1operatoraddressforthetest"
	sig, err := worker.client.SignRegistration(ctx, operator)
	require.NoError(t, err)
	digest, err := attestation.RegistrationDigest(chainID, operator)
	require.NoError(t, err)
	signer, err := ethsig.Recover(common.BytesToHash(digest), sig)
	require.NoError(t, err)
	require.Equal(t, info.Address, signer)
	_, err = worker.client.SignRegistration(ctx, "")
	require.Equal(t, codes.InvalidArgument, status.Code(err))

	// Deploy the auction on the worker.
	art, err := contracts.Load("SealedBidAuction")
	require.NoError(t, err)
	eth := big.NewInt(1337)
	bridge := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	seller := common.HexToAddress("0x5e11e2")
	deployID := ids.TaskID(eth, bridge, seller, ids.CounterSalt(0))
	contract := ids.ContractAddress(deployID)
	seal := func(taskID common.Hash, call envelope.Call) ([]byte, []byte) {
		e, key, err := envelope.Seal(envelope.PublicKey{Suite: envelope.SuiteXWing, Bytes: info.Keys.XWing}, envelope.Binding{ChainID: chainID, Contract: contract, TaskID: taskID}, call)
		require.NoError(t, err)
		return e, key
	}
	args, err := art.ABI.Pack("", common.HexToAddress("0xda99"), big.NewInt(100))
	require.NoError(t, err)
	e, _ := seal(deployID, envelope.Call{Data: args})
	env := evm.Env{Number: 42, Time: 1_800_000_000}
	res, err := worker.client.Deploy(ctx, core.Deployment{ID: deployID, Sender: seller, CodeHash: crypto.Keccak256Hash(art.Bytecode),
		InputsHash: ids.InputsHash(e), GasLimit: 2_000_000, Env: env, Bytecode: art.Bytecode, Envelope: e})
	require.NoError(t, err)
	require.Equal(t, receipt.StatusSuccess, res.Receipt.Status, res.Reason)
	log := []core.DeltaEntry{{Index: res.Receipt.DeltaIndex, PrevHash: res.PrevHash, Sealed: res.Delta}}

	// Bids from several users in one call, then each reads their bid back.
	myBid, _ := art.ABI.Pack("myBid")
	users := []common.Address{common.HexToAddress("0xb1"), common.HexToAddress("0xb2"), common.HexToAddress("0xb3"), common.HexToAddress("0xb4")}
	amounts := []int64{300, 900, 450, 120}
	var tasks []core.Task
	for i, u := range users {
		id := ids.TaskID(eth, bridge, u, ids.CounterSalt(0))
		bid, _ := art.ABI.Pack("bid", big.NewInt(amounts[i]))
		e, _ := seal(id, envelope.Call{Data: bid, Amount: big.NewInt(amounts[i])})
		tasks = append(tasks, core.Task{ID: id, Contract: contract, Sender: u, InputsHash: ids.InputsHash(e), GasLimit: 300_000, EscrowAmount: big.NewInt(amounts[i]), Env: env, Envelope: e})
	}
	results, errs, err := worker.client.Execute(ctx, tasks)
	require.NoError(t, err)
	for i, r := range results {
		require.NoError(t, errs[i])
		require.Equal(t, receipt.StatusSuccess, r.Receipt.Status, r.Reason)
		require.NoError(t, receipt.Verify(chainID, r.Receipt, r.Signature, info.Address))
		log = append(log, core.DeltaEntry{Index: r.Receipt.DeltaIndex, PrevHash: r.PrevHash, Sealed: r.Delta})
	}
	tasks, keys := nil, [][]byte{}
	for _, u := range users {
		id := ids.TaskID(eth, bridge, u, ids.CounterSalt(1))
		e, key := seal(id, envelope.Call{Data: myBid})
		tasks = append(tasks, core.Task{ID: id, Contract: contract, Sender: u, InputsHash: ids.InputsHash(e), GasLimit: 100_000, Env: env, Envelope: e})
		keys = append(keys, key)
	}
	results, errs, err = worker.client.Execute(ctx, tasks)
	require.NoError(t, err)
	for i, r := range results {
		require.NoError(t, errs[i])
		plain, err := envelope.OpenResult(keys[i], tasks[i].ID.Bytes(), r.Output)
		require.NoError(t, err)
		vals, err := art.ABI.Unpack("myBid", plain)
		require.NoError(t, err)
		require.Equal(t, big.NewInt(amounts[i]), vals[0], "user %d", i)
	}

	// Bad input through the process API: clear errors, nothing changes.
	before, err := worker.client.Head(ctx, contract)
	require.NoError(t, err)
	badTask := tasks[0]
	badTask.InputsHash = common.Hash{1}
	_, errs, err = worker.client.Execute(ctx, []core.Task{badTask})
	require.NoError(t, err)
	require.ErrorContains(t, errs[0], "inputs hash")
	_, err = worker.client.Head(ctx, common.HexToAddress("0x01"))
	require.Equal(t, codes.FailedPrecondition, status.Code(err), "unknown contract")
	_, err = worker.client.Snapshot(ctx, common.HexToAddress("0x01"))
	require.Equal(t, codes.FailedPrecondition, status.Code(err))
	_, err = worker.client.InitNetwork(ctx)
	require.Equal(t, codes.AlreadyExists, status.Code(err))
	after, err := worker.client.Head(ctx, contract)
	require.NoError(t, err)
	require.Equal(t, before, after)

	// Malformed fields on the raw API.
	raw := enclavepb.NewEnclaveClient(dialRaw(t, worker))
	out, err := raw.Execute(ctx, &enclavepb.ExecuteRequest{Tasks: []*enclavepb.Task{{Id: []byte{1, 2}}}})
	require.NoError(t, err)
	require.Contains(t, out.Outcomes[0].Error, "task.id must be 32 bytes")
	_, err = raw.ApplyDeltas(ctx, &enclavepb.ApplyDeltasRequest{Contract: []byte{1}})
	require.Equal(t, codes.InvalidArgument, status.Code(err))

	// A third enclave, provisioned from the genesis one, rebuilds the same
	// state from the delta log alone.
	third := start(t, t.TempDir())
	provisionFrom(third)
	head, err := third.client.ApplyDeltas(ctx, contract, log)
	require.NoError(t, err)
	want, err := worker.client.Head(ctx, contract)
	require.NoError(t, err)
	require.Equal(t, want, head)
	_, err = third.client.ApplyDeltas(ctx, contract, log[len(log)-1:])
	require.Equal(t, codes.AlreadyExists, status.Code(err), "replay refused")

	// The worker restarts: same identity, still provisioned, state rebuilt
	// from the log, and it goes on.
	worker.stop()
	restarted := start(t, worker.dir)
	again, err := restarted.client.Info(ctx)
	require.NoError(t, err)
	require.Equal(t, info.Address, again.Address)
	require.True(t, again.Provisioned)
	_, err = restarted.client.ApplyDeltas(ctx, contract, log)
	require.NoError(t, err)
	// Forget and replay gives the same state (what a worker does when the
	// chain committed another result than its enclave's).
	require.NoError(t, restarted.client.Forget(ctx, contract))
	require.Equal(t, codes.FailedPrecondition, status.Code(restarted.client.Forget(ctx, contract)))
	replayed, err := restarted.client.ApplyDeltas(ctx, contract, log)
	require.NoError(t, err)
	require.Equal(t, want, replayed)
	settle, _ := art.ABI.Pack("settle")
	id := ids.TaskID(eth, bridge, seller, ids.CounterSalt(1))
	e, _ = seal(id, envelope.Call{Data: settle})
	results, errs, err = restarted.client.Execute(ctx, []core.Task{{ID: id, Contract: contract, Sender: seller, InputsHash: ids.InputsHash(e), GasLimit: 300_000, Env: env, Envelope: e}})
	require.NoError(t, err)
	require.NoError(t, errs[0])
	require.Equal(t, receipt.StatusSuccess, results[0].Receipt.Status, results[0].Reason)
	require.NotNil(t, results[0].Callback)
	winner := common.LeftPadBytes(users[1].Bytes(), 32)
	require.Equal(t, winner, results[0].Callback.Data[4:36], "the highest bidder won")
}
