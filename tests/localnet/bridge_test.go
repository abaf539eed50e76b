//go:build localnet

package localnet

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/enigmad/enigmad/bridge/deploy"
	"github.com/enigmad/enigmad/bridge/ethkey"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/enclave/ids"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// ethereumInfo is the localnet's ethereum.json.
type ethereumInfo struct {
	ChainID    uint64         `json:"chain_id"`
	RPC        string         `json:"rpc"`
	Bridge     common.Address `json:"bridge"`
	DevKeyFile string         `json:"dev_key_file"`
}

// With four validators, geth --dev and four orchestrators: records made on
// geth are observed on chain, and a batch the chain closes is signed,
// submitted to geth and observed back. Then a secret contract is deployed
// and called through the ingresses of nodes that are not the worker's.
func TestLocalnetBridge(t *testing.T) {
	n := startNet(t, 4)
	bz, err := os.ReadFile(filepath.Join(n.dir, "ethereum.json"))
	require.NoError(t, err)
	var info ethereumInfo
	require.NoError(t, json.Unmarshal(bz, &info))
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	eth, err := ethclient.DialContext(ctx, info.RPC)
	require.NoError(t, err)
	defer eth.Close()
	key, err := ethkey.Load(info.DevKeyFile)
	require.NoError(t, err)
	conn, err := grpc.NewClient("127.0.0.1:9090", grpc.WithTransportCredentials(insecure.NewCredentials()))
	require.NoError(t, err)
	defer conn.Close()
	bq := bridgetypes.NewQueryClient(conn)
	status := func() *bridgetypes.QueryStatusResponse {
		res, err := bq.Status(ctx, &bridgetypes.QueryStatusRequest{})
		require.NoError(t, err)
		return res
	}

	// Two records with one salt: the chain takes the first and refuses the
	// second with a refund receipt, which the epoch's end batches.
	bridge := bindings.NewEnigmaBridge()
	salt := ids.NewSalt()
	gas, price := uint64(100_000), big.NewInt(1_000_000_000)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(gas), price)
	for range 2 {
		_, err := deploy.Send(ctx, eth, key, &info.Bridge, fee, bridge.PackCreateTaskRecord(salt, common.HexToAddress("0xc0de"), common.Hash{1}, gas, price))
		require.NoError(t, err)
	}
	start := time.Now()
	waitFor(t, "both records observed on chain", 60*time.Second, func() bool { return status().LastObserved.EventNonce >= 2 })
	t.Logf("records observed %.1fs after the second was mined", time.Since(start).Seconds())
	id := ids.TaskID(new(big.Int).SetUint64(info.ChainID), info.Bridge, ethAddress(t, key), salt)
	task, err := secretcomputetypes.NewQueryClient(conn).Task(ctx, &secretcomputetypes.QueryTaskRequest{TaskId: id.Hex()})
	require.NoError(t, err)
	require.Equal(t, gas, task.Task.GasLimit)

	waitFor(t, "a batch on geth, observed back", 120*time.Second, func() bool { return status().LastEthBatchNonce >= 1 })
	var out []byte
	out, err = eth.CallContract(ctx, ethCall(info.Bridge, bridge.PackState()), nil)
	require.NoError(t, err)
	state, err := bridge.UnpackState(out)
	require.NoError(t, err)
	require.GreaterOrEqual(t, state.BatchNonce, uint64(1))
	t.Logf("batch %d on geth after %.1fs; bridge status %+v", state.BatchNonce, time.Since(start).Seconds(), status())

	secretTasks(t, ctx, eth, key, info, conn)
}

func ethAddress(t *testing.T, key *ecdsa.PrivateKey) common.Address {
	t.Helper()
	return crypto.PubkeyToAddress(key.PublicKey)
}

func ethCall(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
