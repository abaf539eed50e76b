package ethereum_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/contracts/sim"
	"github.com/enigmad/enigmad/enclave/ids"
)

// TestVectors checks the Solidity side of every shared hash vector
// (bridge/commitment/testdata/vectors.json, which the Go side pins) against
// the deployed contract.
func TestVectors(t *testing.T) {
	raw, err := os.ReadFile("../../bridge/commitment/testdata/vectors.json")
	require.NoError(t, err)
	var v commitment.Vectors
	require.NoError(t, json.Unmarshal(raw, &v))
	c := newChain(t, sim.Options{})
	require.Equal(t, v.Bridge, c.BridgeAddr, "the vectors assume the harness's bridge address")
	require.Equal(t, c.ChainID, v.ChainID.Int)

	call := func(data []byte) []byte {
		var out []byte
		require.NoError(t, c.Call(c.Deployer.Addr, c.BridgeAddr, nil, data, &out))
		return out
	}
	word := func(data []byte) common.Hash {
		out := call(data)
		require.Len(t, out, 32)
		return common.BytesToHash(out)
	}

	for _, x := range v.TaskIDs {
		require.Equal(t, x.TaskID, ids.TaskID(v.ChainID.Int, v.Bridge, x.Sender, x.Salt))
		require.Equal(t, x.TaskID, word(c.Bridge.PackTaskIdOf(x.Sender, x.Salt)), "Solidity task id")
	}
	for _, x := range v.InputsHash {
		require.Equal(t, x.Hash, ids.InputsHash(x.Data))
	}
	for _, x := range v.Contracts {
		require.Equal(t, common.BytesToAddress(word(c.Bridge.PackContractAddress(x.TaskID)).Bytes()), x.Address)
	}
	for _, x := range v.Records {
		require.Equal(t, x.Hash, word(c.Bridge.PackRecordHash(sim.RecordArgs(x.Record))))
	}
	for _, x := range v.Callbacks {
		require.Equal(t, x.Hash, word(c.Bridge.PackCallbackHash(x.Target, x.Data)))
	}
	for i, x := range v.Leaves {
		require.Equal(t, v.Records[i].Hash, x.Leaf.RecordHash, "leaf %d is over record %d", i, i)
		require.Equal(t, x.Hash, word(c.Bridge.PackReceiptLeaf(sim.ReceiptArgs(x.Leaf), sim.RecordArgs(v.Records[i].Record))))
	}
	for _, x := range v.Checkpoints {
		require.Equal(t, x.Checkpoint, word(c.Bridge.PackCheckpointOf(sim.ValsetArgs(x.Valset))))
	}
	for _, x := range v.Batches {
		require.Equal(t, x.Digest, word(c.Bridge.PackBatchDigest(sim.BatchArgs(x.Batch))))
	}
	for _, x := range v.Tokens {
		require.Equal(t, x.Digest, word(c.Bridge.PackTokenUpdateDigest(sim.TokenUpdateArgs(x.Update))))
	}
	for _, x := range v.Withdrawals {
		require.Equal(t, x.Digest, word(c.Bridge.PackWithdrawDigest(x.Account, x.Token, x.To, x.Nonce.Int, x.Deadline.Int)))
	}
	// The stored checkpoint of the first set is the Go one.
	require.Equal(t, commitment.Checkpoint(c.ChainID, c.BridgeAddr, c.Valset), word(c.Bridge.PackValsetCheckpoint()))
}
