package keeper_test

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/codec/address"
	"github.com/cosmos/cosmos-sdk/runtime"
	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	"github.com/cosmos/cosmos-sdk/testutil"
	sdk "github.com/cosmos/cosmos-sdk/types"
	moduletestutil "github.com/cosmos/cosmos-sdk/types/module/testutil"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/enigmad/enigmad/x/epoch"
	"github.com/enigmad/enigmad/x/epoch/keeper"
	"github.com/enigmad/enigmad/x/epoch/types"
)

const testChainID = "enigma-test-1"

var genesisTime = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

// fixture is a keeper on a real (in-memory) multistore.
type fixture struct {
	ctx       sdk.Context
	keeper    keeper.Keeper
	msgs      types.MsgServer
	queries   types.QueryServer
	authority string
	hooks     *countingHooks
}

func initFixture(t testing.TB, params types.Params, extraHooks ...types.EpochHooks) *fixture {
	t.Helper()
	key := storetypes.NewKVStoreKey(types.StoreKey)
	tc := testutil.DefaultContextWithDB(t, key, storetypes.NewTransientStoreKey("transient_test"))
	enc := moduletestutil.MakeTestEncodingConfig(epoch.AppModule{})
	addrCodec := address.NewBech32Codec("enigma")
	authority, err := addrCodec.BytesToString(authtypes.NewModuleAddress("gov"))
	require.NoError(t, err)

	k := keeper.NewKeeper(enc.Codec, runtime.NewKVStoreService(key), addrCodec, authority)
	hooks := &countingHooks{k: &k, after: map[uint64]int{}, before: map[uint64]int{}}
	k.SetHooks(append([]types.EpochHooks{hooks}, extraHooks...)...)

	ctx := tc.Ctx.WithChainID(testChainID).WithBlockHeight(1).WithBlockTime(genesisTime)
	gs := types.DefaultGenesis()
	gs.Params = params
	require.NoError(t, k.InitGenesis(ctx, *gs))
	return &fixture{
		ctx: ctx, keeper: k, authority: authority, hooks: hooks,
		msgs: keeper.NewMsgServerImpl(k), queries: keeper.NewQueryServerImpl(k),
	}
}

// blockHash is a stand-in for CometBFT's hash of the block at height h.
func blockHash(h int64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(h))
	sum := sha256.Sum256(append([]byte("block"), b[:]...))
	return sum[:]
}

// block runs BeginBlocker as FinalizeBlock would for height h.
func (f *fixture) block(t testing.TB, h int64) sdk.Context {
	t.Helper()
	ctx := f.ctx.WithBlockHeight(h).WithHeaderHash(blockHash(h)).
		WithBlockTime(genesisTime.Add(time.Duration(h) * time.Second)).
		WithEventManager(sdk.NewEventManager())
	require.NoError(t, f.keeper.BeginBlocker(ctx))
	return ctx
}

// run executes blocks from..to inclusive.
func (f *fixture) run(t testing.TB, from, to int64) {
	t.Helper()
	for h := from; h <= to; h++ {
		f.block(t, h)
	}
}

func (f *fixture) current(t *testing.T) types.Epoch {
	t.Helper()
	e, err := f.keeper.CurrentEpoch(f.ctx)
	require.NoError(t, err)
	return e
}

// countingHooks records every call, and writes to the store so that a test
// can tell that its writes were kept.
type countingHooks struct {
	k      *keeper.Keeper
	after  map[uint64]int
	before map[uint64]int
	order  []string
}

func (h *countingHooks) AfterEpochEnd(_ context.Context, n uint64) error {
	h.after[n]++
	h.order = append(h.order, "after")
	return nil
}

func (h *countingHooks) BeforeEpochStart(ctx context.Context, n uint64) error {
	h.before[n]++
	h.order = append(h.order, "before")
	// The new epoch's seed must already be readable.
	e, err := h.k.CurrentEpoch(ctx)
	if err != nil {
		return err
	}
	if e.Number != n {
		return errors.New("BeforeEpochStart ran before the epoch was stored")
	}
	return nil
}

func TestNotStartedBeforeFirstBlock(t *testing.T) {
	f := initFixture(t, types.DefaultParams())
	_, err := f.keeper.CurrentEpoch(f.ctx)
	require.ErrorIs(t, err, types.ErrNotStarted)
	_, err = f.keeper.GetEpoch(f.ctx, 1)
	require.ErrorIs(t, err, types.ErrEpochNotFound)
}

func TestBoundariesAtExactlyEpochLength(t *testing.T) {
	f := initFixture(t, types.Params{EpochLength: 5, KeepEpochs: 8})
	f.block(t, 1)
	require.Equal(t, uint64(1), f.current(t).Number)
	require.Equal(t, int64(1), f.current(t).StartHeight)

	f.run(t, 2, 5)
	require.Equal(t, uint64(1), f.current(t).Number, "blocks 1..5 are epoch 1")

	f.block(t, 6)
	e2 := f.current(t)
	require.Equal(t, uint64(2), e2.Number, "block 6 opens epoch 2")
	require.Equal(t, int64(6), e2.StartHeight)
	require.Zero(t, e2.EndHeight)
	e1, err := f.keeper.GetEpoch(f.ctx, 1)
	require.NoError(t, err)
	require.Equal(t, int64(5), e1.EndHeight)

	f.run(t, 7, 11)
	require.Equal(t, uint64(3), f.current(t).Number)
	require.Equal(t, int64(11), f.current(t).StartHeight)

	// Length 1: every block is an epoch.
	f2 := initFixture(t, types.Params{EpochLength: 1, KeepEpochs: 8})
	f2.run(t, 1, 4)
	require.Equal(t, uint64(4), f2.current(t).Number)
	require.Equal(t, int64(4), f2.current(t).StartHeight)
}

func TestSeedChaining(t *testing.T) {
	f := initFixture(t, types.Params{EpochLength: 3, KeepEpochs: 8})
	f.block(t, 1)
	e1 := f.current(t)
	require.Equal(t, types.DefaultGenesisSeed(testChainID), e1.Seed)
	require.Equal(t, types.SEED_SOURCE_GENESIS, e1.SeedSource)
	require.Empty(t, e1.Randomness)

	f.run(t, 2, 10) // epochs open at 1, 4, 7, 10
	prev := e1
	for n := uint64(2); n <= 4; n++ {
		e, err := f.keeper.GetEpoch(f.ctx, n)
		require.NoError(t, err)
		r := blockHash(e.StartHeight)
		require.Equal(t, r, e.Randomness)
		require.Equal(t, types.SEED_SOURCE_BLOCK_HASH, e.SeedSource)
		// seed_{e+1} = sha256("enigma/epoch/v1" || seed_e || r_e), written out.
		want := sha256.Sum256(append(append([]byte("enigma/epoch/v1"), prev.Seed...), r...))
		require.Equal(t, want[:], e.Seed)
		require.NotEqual(t, prev.Seed, e.Seed)
		prev = e
	}
}

func TestGenesisSeedFromGenesis(t *testing.T) {
	key := storetypes.NewKVStoreKey(types.StoreKey)
	tc := testutil.DefaultContextWithDB(t, key, storetypes.NewTransientStoreKey("t"))
	enc := moduletestutil.MakeTestEncodingConfig(epoch.AppModule{})
	ac := address.NewBech32Codec("enigma")
	authority, _ := ac.BytesToString(authtypes.NewModuleAddress("gov"))
	k := keeper.NewKeeper(enc.Codec, runtime.NewKVStoreService(key), ac, authority)
	seed := sha256.Sum256([]byte("chosen"))
	gs := types.DefaultGenesis()
	gs.GenesisSeed = seed[:]
	ctx := tc.Ctx.WithBlockHeight(7).WithChainID(testChainID)
	require.NoError(t, k.InitGenesis(ctx, *gs))
	require.NoError(t, k.BeginBlocker(ctx))
	e, err := k.CurrentEpoch(ctx)
	require.NoError(t, err)
	require.Equal(t, seed[:], e.Seed)
	require.Equal(t, int64(7), e.StartHeight, "the first epoch starts at the chain's initial height")
	has, err := k.GenesisSeed.Has(ctx)
	require.NoError(t, err)
	require.False(t, has, "the genesis seed is dropped once used")
}

func TestBeaconSeedsNextEpoch(t *testing.T) {
	f := initFixture(t, types.Params{EpochLength: 4, KeepEpochs: 8})
	f.block(t, 1)
	beacon := sha256.Sum256([]byte("beacon for epoch 1"))

	require.ErrorIs(t, f.keeper.AcceptBeacon(f.ctx, 1, beacon[:31]), types.ErrInvalidBeacon)
	require.ErrorIs(t, f.keeper.AcceptBeacon(f.ctx, 2, beacon[:]), types.ErrInvalidBeacon, "future epoch")
	require.NoError(t, f.keeper.AcceptBeacon(f.ctx, 1, beacon[:]))
	other := sha256.Sum256([]byte("second"))
	require.ErrorIs(t, f.keeper.AcceptBeacon(f.ctx, 1, other[:]), types.ErrBeaconExists, "first beacon wins")

	f.run(t, 2, 5)
	e2 := f.current(t)
	require.Equal(t, uint64(2), e2.Number)
	require.Equal(t, types.SEED_SOURCE_ENCLAVE_BEACON, e2.SeedSource)
	require.Equal(t, beacon[:], e2.Randomness)
	require.Equal(t, types.NextSeed(types.DefaultGenesisSeed(testChainID), beacon[:]), e2.Seed)
	require.ErrorIs(t, f.keeper.AcceptBeacon(f.ctx, 1, beacon[:]), types.ErrInvalidBeacon, "past epoch")

	// No beacon for epoch 2: the block hash is the fallback, and says so.
	f.run(t, 6, 9)
	e3 := f.current(t)
	require.Equal(t, types.SEED_SOURCE_BLOCK_HASH, e3.SeedSource)
	require.Equal(t, blockHash(9), e3.Randomness)
}

func TestHistoryPruning(t *testing.T) {
	f := initFixture(t, types.Params{EpochLength: 2, KeepEpochs: 2})
	f.run(t, 1, 11) // epochs open at 1,3,5,7,9,11: current is 6
	require.Equal(t, uint64(6), f.current(t).Number)

	var kept []uint64
	require.NoError(t, f.keeper.Epochs.Walk(f.ctx, nil, func(n uint64, _ types.Epoch) (bool, error) {
		kept = append(kept, n)
		return false, nil
	}))
	require.Equal(t, []uint64{4, 5, 6}, kept, "current plus keep_epochs closed epochs")

	_, err := f.keeper.GetEpoch(f.ctx, 3)
	require.ErrorIs(t, err, types.ErrEpochNotFound)
	require.Contains(t, err.Error(), "pruned")
	_, err = f.keeper.GetEpoch(f.ctx, 7)
	require.ErrorIs(t, err, types.ErrEpochNotFound)
	require.Contains(t, err.Error(), "has not started")

	// Lowering keep_epochs prunes at once, so that an export stays valid.
	_, err = f.msgs.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.authority, Params: types.Params{EpochLength: 2, KeepEpochs: 1}})
	require.NoError(t, err)
	_, err = f.keeper.GetEpoch(f.ctx, 4)
	require.ErrorIs(t, err, types.ErrEpochNotFound)
	gs, err := f.keeper.ExportGenesis(f.ctx)
	require.NoError(t, err)
	require.NoError(t, gs.Validate())
}

func TestHooksRunExactlyOncePerBoundary(t *testing.T) {
	failing := &failingHooks{}
	f := initFixture(t, types.Params{EpochLength: 3, KeepEpochs: 8}, failing)
	failing.k = &f.keeper
	f.run(t, 1, 12) // boundaries at 4, 7, 10

	require.Equal(t, map[uint64]int{1: 1, 2: 1, 3: 1}, f.hooks.after)
	require.Equal(t, map[uint64]int{1: 1, 2: 1, 3: 1, 4: 1}, f.hooks.before)
	require.Equal(t, []string{"before", "after", "before", "after", "before", "after", "before"}, f.hooks.order)

	// The failing hook ran each time, its writes were dropped, and the
	// epochs went on.
	require.Equal(t, 7, failing.calls)
	has, err := f.keeper.Beacons.Has(f.ctx, 99)
	require.NoError(t, err)
	require.False(t, has)
	require.Equal(t, uint64(4), f.current(t).Number)
}

// failingHooks writes to the store and then fails.
type failingHooks struct {
	k     *keeper.Keeper
	calls int
}

func (h *failingHooks) AfterEpochEnd(ctx context.Context, _ uint64) error    { return h.fail(ctx) }
func (h *failingHooks) BeforeEpochStart(ctx context.Context, _ uint64) error { return h.fail(ctx) }
func (h *failingHooks) fail(ctx context.Context) error {
	h.calls++
	// A write to the module's own store: it must not survive the failure.
	if err := h.k.Beacons.Set(ctx, 99, []byte("half-applied")); err != nil {
		return err
	}
	return errors.New("hook failed")
}

func TestEventsAreTyped(t *testing.T) {
	f := initFixture(t, types.Params{EpochLength: 2, KeepEpochs: 8})
	ctx := f.block(t, 1)
	started := findEvent[*types.EventEpochStarted](t, ctx)
	require.Equal(t, uint64(1), started.Number)
	require.Equal(t, types.SEED_SOURCE_GENESIS, started.SeedSource)

	f.block(t, 2)
	ctx = f.block(t, 3)
	ended := findEvent[*types.EventEpochEnded](t, ctx)
	require.Equal(t, &types.EventEpochEnded{Number: 1, StartHeight: 1, EndHeight: 2}, ended)
	started = findEvent[*types.EventEpochStarted](t, ctx)
	require.Equal(t, uint64(2), started.Number)
	require.Equal(t, int64(3), started.StartHeight)
	require.Len(t, started.Seed, 64, "hex of 32 bytes")
}

func findEvent[T interface{ ProtoMessage() }](t *testing.T, ctx sdk.Context) T {
	t.Helper()
	var zero T
	for _, ev := range ctx.EventManager().ABCIEvents() {
		msg, err := sdk.ParseTypedEvent(ev)
		if err != nil {
			continue
		}
		if typed, ok := msg.(T); ok {
			return typed
		}
	}
	t.Fatalf("no %T event", zero)
	return zero
}
