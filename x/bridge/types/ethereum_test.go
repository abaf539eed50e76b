package types_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/x/bridge/types"
)

// Whatever bytes arrive as a claim, decoding and validating never panic,
// and a valid event hashes the same after a round trip: the claim hash
// depends on nothing but the event.
func FuzzEthereumEvent(f *testing.F) {
	ok := types.EthereumEvent{EventNonce: 1, EthBlock: 2, Event: &types.EthereumEvent_BatchSubmitted{BatchSubmitted: &types.BatchSubmittedEvent{
		BatchNonce: 1, Root: "0x0000000000000000000000000000000000000000000000000000000000000001", FirstSequence: 1, LastSequence: 1}}}
	bz, err := ok.Marshal()
	require.NoError(f, err)
	f.Add(bz)
	f.Add([]byte{0x22, 0x00})
	f.Fuzz(func(t *testing.T, bz []byte) {
		var ev types.EthereumEvent
		if ev.Unmarshal(bz) != nil || ev.Validate() != nil {
			return
		}
		h1, err := ev.Hash()
		require.NoError(t, err)
		again, err := ev.Marshal()
		require.NoError(t, err)
		var ev2 types.EthereumEvent
		require.NoError(t, ev2.Unmarshal(again))
		h2, err := ev2.Hash()
		require.NoError(t, err)
		require.Equal(t, h1, h2)
	})
}

func TestParamsValidate(t *testing.T) {
	p := types.DefaultParams()
	require.NoError(t, p.Validate())
	require.False(t, p.Configured())
	p.BridgeContract = "0x00000000000000000000000000000000000b71d6"
	require.ErrorIs(t, p.Validate(), types.ErrInvalidParams, "a contract without its chain id")
	p.EthereumChainId = 1
	require.NoError(t, p.Validate())
	require.True(t, p.Configured())
	p.BridgeContract = "0x1234"
	require.ErrorIs(t, p.Validate(), types.ErrInvalidParams)
	p = types.DefaultParams()
	p.ValsetChangePermille = 0
	require.ErrorIs(t, p.Validate(), types.ErrInvalidParams)
}
