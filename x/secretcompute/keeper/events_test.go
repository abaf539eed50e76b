package keeper

import (
	"testing"

	"github.com/stretchr/testify/require"

	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	"github.com/cosmos/cosmos-sdk/testutil"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// The hand-built events must read back as the typed events, exactly as
// EmitTypedEvent would have written them.
func TestFastEventsParseAsTyped(t *testing.T) {
	ctx := testutil.DefaultContext(storetypes.NewKVStoreKey("k"), storetypes.NewTransientStoreKey("t")).WithEventManager(sdk.NewEventManager())
	id, contract, hash := make([]byte, 32), make([]byte, 20), make([]byte, 32)
	id[0], contract[0], hash[31] = 1, 2, 3
	emitTaskCompleted(ctx, id, contract, 1<<40)
	emitDeltaAppended(ctx, contract, 7, hash)
	require.NoError(t, ctx.EventManager().EmitTypedEvent(&types.EventTaskCompleted{TaskId: hexOf(id), Contract: hexOf(contract), GasUsed: 1 << 40}))

	evs := ctx.EventManager().ABCIEvents()
	require.Len(t, evs, 3)
	got, err := sdk.ParseTypedEvent(evs[0])
	require.NoError(t, err)
	require.Equal(t, &types.EventTaskCompleted{TaskId: hexOf(id), Contract: hexOf(contract), GasUsed: 1 << 40}, got)
	require.Equal(t, evs[2], evs[0], "identical to EmitTypedEvent's")
	got, err = sdk.ParseTypedEvent(evs[1])
	require.NoError(t, err)
	require.Equal(t, &types.EventDeltaAppended{Contract: hexOf(contract), Index: 7, Hash: hexOf(hash)}, got)

	worker := make([]byte, 20)
	worker[19] = 9
	ctx = ctx.WithEventManager(sdk.NewEventManager())
	emitTaskAssigned(ctx, id, contract, 3, worker)
	require.NoError(t, ctx.EventManager().EmitTypedEvent(&types.EventTaskAssigned{TaskId: hexOf(id), Contract: hexOf(contract), Epoch: 3, Worker: hexOf(worker)}))
	evs = ctx.EventManager().ABCIEvents()
	require.Len(t, evs, 2)
	require.Equal(t, evs[1], evs[0], "identical to EmitTypedEvent's")
}
