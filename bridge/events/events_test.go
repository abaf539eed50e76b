package events_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/bridge/events"
	"github.com/enigmad/enigmad/contracts/sim"
	"github.com/enigmad/enigmad/enclave/ids"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
)

func decodeAll(t *testing.T, c *sim.Chain, r *ethtypes.Receipt) []bridgetypes.EthereumEvent {
	t.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), r.BlockNumber)
	require.NoError(t, err)
	var out []bridgetypes.EthereumEvent
	for _, l := range r.Logs {
		ev, ok, err := events.Decode(l, h.Time)
		require.NoError(t, err)
		if ok {
			require.Equal(t, r.BlockNumber.Uint64(), ev.EthBlock)
			require.Equal(t, h.Time, ev.EthTime)
			out = append(out, ev)
		}
	}
	return out
}

// Each kind of record decodes to a claim the chain accepts as well formed,
// with the contract's task id and nonce.
func TestDecodeRecords(t *testing.T) {
	c, err := sim.New(sim.Options{})
	require.NoError(t, err)
	defer c.Close()
	u := c.Users[0]

	task, r, err := c.RecordTask(u, common.HexToAddress("0xc0de"), common.Hash{1}, 50_000, big.NewInt(3))
	require.NoError(t, err)
	evs := decodeAll(t, c, r)
	require.Len(t, evs, 1)
	rec := evs[0].GetTaskRecord()
	require.Equal(t, task.EventNonce, evs[0].EventNonce)
	require.Equal(t, task.ID.Hex(), rec.TaskId)
	require.Equal(t, common.Address{}.Hex(), rec.FeeToken)
	require.Equal(t, "3", rec.GasPrice.String())

	payable, r, err := c.RecordPayableTask(u, common.HexToAddress("0xc0de"), common.Hash{2}, 50_000, big.NewInt(3), common.Address{}, big.NewInt(77))
	require.NoError(t, err)
	evs = decodeAll(t, c, r)
	require.Len(t, evs, 1)
	require.Equal(t, payable.ID.Hex(), evs[0].GetTaskRecord().TaskId)
	require.Equal(t, "77", evs[0].GetTaskRecord().EscrowAmount.String())

	salt := common.Hash{3}
	r, err = c.Send(u, c.BridgeAddr, sim.Fee(60_000, big.NewInt(5)), c.Bridge.PackCreateDeploymentRecord(salt, common.Hash{4}, common.Hash{5}, 60_000, big.NewInt(5)))
	require.NoError(t, err)
	evs = decodeAll(t, c, r)
	require.Len(t, evs, 1)
	d := evs[0].GetDeploymentRecord()
	require.NotNil(t, d)
	require.Equal(t, ids.TaskID(c.ChainID, c.BridgeAddr, u.Addr, salt).Hex(), d.TaskId)
	require.Equal(t, common.Hash{4}.Hex(), d.CodeHash)
	require.Equal(t, uint64(3), evs[0].EventNonce, "one nonce per record, in order")
}

// Decode never panics, and whatever it accepts is a valid claim.
func FuzzDecode(f *testing.F) {
	topics := events.Topics()
	f.Add(0, []byte{}, []byte{})
	f.Add(1, make([]byte, 64), make([]byte, 32*8))
	f.Fuzz(func(t *testing.T, which int, topic1, data []byte) {
		if which < 0 {
			which = -which
		}
		l := &ethtypes.Log{Topics: []common.Hash{topics[which%len(topics)]}, Data: data, BlockNumber: 9}
		if len(topic1) >= 64 {
			l.Topics = append(l.Topics, common.BytesToHash(topic1[:32]), common.BytesToHash(topic1[32:64]))
		}
		ev, ok, err := events.Decode(l, 1)
		if ok {
			require.NoError(t, err)
			require.NoError(t, ev.Validate())
		}
	})
}
