package keeper_test

import (
	"math/big"
	"testing"

	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/registry/keeper"
	"github.com/enigmad/enigmad/x/registry/selection"
	"github.com/enigmad/enigmad/x/registry/types"
)

// workerSet stores n selectable workers (stakes varied by salt) as
// epoch's set and returns it.
func workerSet(t testing.TB, k keeper.Keeper, ctx sdk.Context, epoch uint64, n, salt int) types.WorkerSet {
	ws := types.WorkerSet{Epoch: epoch}
	for i := range n {
		addr := crypto.Keccak256(big.NewInt(int64(i)).Bytes())[12:]
		ws.Workers = append(ws.Workers, types.WorkerSetEntry{EnclaveAddress: addr, Stake: math.NewInt(int64(1_000_000 + i*salt))})
	}
	require.NoError(t, k.WorkerSets.Set(ctx, epoch, ws))
	return ws
}

// rebuilt selects from ws the way Selected did before the cache.
func rebuilt(t testing.TB, ws types.WorkerSet, seed common.Hash, contract common.Address, k int) []common.Address {
	workers := make([]selection.Worker, len(ws.Workers))
	for i, w := range ws.Workers {
		workers[i] = selection.Worker{Address: common.BytesToAddress(w.EnclaveAddress), Stake: w.Stake.BigInt()}
	}
	set, err := selection.NewSet(workers)
	require.NoError(t, err)
	got, err := set.Select(seed, contract, k)
	require.NoError(t, err)
	return got
}

// TestSelectionCacheGas: reading an epoch's set through the cache costs
// exactly the gas of WorkerSets.Get, on a miss and on a hit, so that the
// cache changes nothing consensus sees.
func TestSelectionCacheGas(t *testing.T) {
	c, ctx, _ := setup(t, true)
	k := c.App.RegistryKeeper
	workerSet(t, k, ctx, 7, 50, 13)
	gas := func(read func(sdk.Context)) storetypes.Gas {
		gctx := ctx.WithGasMeter(storetypes.NewInfiniteGasMeter())
		read(gctx)
		return gctx.GasMeter().GasConsumed()
	}
	want := gas(func(ctx sdk.Context) { _, err := k.WorkerSets.Get(ctx, 7); require.NoError(t, err) })
	require.Positive(t, want)
	for _, what := range []string{"miss", "hit"} {
		require.Equal(t, want, gas(func(ctx sdk.Context) { _, err := k.SelectionSet(ctx, 7); require.NoError(t, err) }), what)
	}
	_, err := k.SelectionSet(ctx, 8)
	require.ErrorIs(t, err, types.ErrWorkerNotFound)
}

// TestSelectionCacheFollowsTheStore: Selected answers as a fresh build
// of the stored set would, whatever was cached before: a set rewritten in
// place, and a set changed on a branch of the state (a cache context, as
// CheckTx and simulations have) and not on the parent.
func TestSelectionCacheFollowsTheStore(t *testing.T) {
	c, ctx, _ := setup(t, true)
	k := c.App.RegistryKeeper
	cur, err := c.App.EpochKeeper.CurrentEpoch(ctx)
	require.NoError(t, err)
	params, err := k.Params.Get(ctx)
	require.NoError(t, err)
	seed := common.BytesToHash(cur.Seed)
	check := func(ctx sdk.Context, ws types.WorkerSet) {
		t.Helper()
		for i := range 20 {
			contract := common.BigToAddress(big.NewInt(int64(i)))
			got, _, err := k.Selected(ctx, contract, 0)
			require.NoError(t, err)
			require.Equal(t, rebuilt(t, ws, seed, contract, int(params.GroupSize)), got, "contract %d", i)
		}
	}
	first := workerSet(t, k, ctx, cur.Number, 40, 1)
	check(ctx, first)
	// Stakes changed in place: the stored bytes differ, so does the answer.
	second := workerSet(t, k, ctx, cur.Number, 40, 977_123)
	check(ctx, second)

	branch, _ := ctx.CacheContext()
	third := workerSet(t, k, branch, cur.Number, 3, 5)
	check(branch, third)
	check(ctx, second)
	check(branch, third)
}
