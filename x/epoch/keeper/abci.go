package keeper

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/epoch/types"
)

// BeginBlocker opens epoch 1 in the chain's first block and, in every block
// that comes epoch_length blocks after the current epoch's start, closes the
// current epoch and opens the next one with the seed rule of docs/design.md §3.
func (k Keeper) BeginBlocker(ctx context.Context) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	params, err := k.Params.Get(ctx)
	if err != nil {
		return fmt.Errorf("x/epoch params: %w", err)
	}
	current, err := k.CurrentEpoch(ctx)
	if errors.Is(err, types.ErrNotStarted) {
		return k.openFirstEpoch(sdkCtx)
	}
	if err != nil {
		return err
	}
	height := sdkCtx.BlockHeight()
	if height-current.StartHeight < int64(params.EpochLength) {
		return nil
	}
	return k.rollOver(sdkCtx, current, params)
}

// openFirstEpoch opens epoch 1 with the genesis seed.
func (k Keeper) openFirstEpoch(ctx sdk.Context) error {
	seed, err := k.GenesisSeed.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		seed = types.DefaultGenesisSeed(ctx.ChainID())
	} else if err != nil {
		return err
	}
	first := types.Epoch{
		Number:      1,
		StartHeight: ctx.BlockHeight(),
		StartTime:   ctx.BlockTime(),
		Seed:        seed,
		SeedSource:  types.SEED_SOURCE_GENESIS,
	}
	if err := k.open(ctx, first); err != nil {
		return err
	}
	// The genesis seed is needed only once.
	return k.GenesisSeed.Remove(ctx)
}

// rollOver closes the current epoch at the previous block and opens the next.
func (k Keeper) rollOver(ctx sdk.Context, current types.Epoch, params types.Params) error {
	height := ctx.BlockHeight()
	current.EndHeight = height - 1
	if err := k.Epochs.Set(ctx, current.Number, current); err != nil {
		return err
	}
	if err := ctx.EventManager().EmitTypedEvent(&types.EventEpochEnded{
		Number:      current.Number,
		StartHeight: current.StartHeight,
		EndHeight:   current.EndHeight,
	}); err != nil {
		return err
	}
	k.runHooks(ctx, "AfterEpochEnd", current.Number, types.EpochHooks.AfterEpochEnd)

	randomness, source, err := k.boundaryRandomness(ctx, current.Number)
	if err != nil {
		return err
	}
	next := types.Epoch{
		Number:      current.Number + 1,
		StartHeight: height,
		StartTime:   ctx.BlockTime(),
		Seed:        types.NextSeed(current.Seed, randomness),
		SeedSource:  source,
		Randomness:  randomness,
	}
	if err := k.open(ctx, next); err != nil {
		return err
	}
	return k.prune(ctx, next.Number, params.KeepEpochs)
}

// boundaryRandomness returns r_e for the closing epoch: the enclave beacon
// accepted during it if there is one (and consumes it), else the hash of the
// block at the boundary.
func (k Keeper) boundaryRandomness(ctx sdk.Context, closing uint64) ([]byte, types.SeedSource, error) {
	beacon, err := k.Beacons.Get(ctx, closing)
	switch {
	case err == nil:
		if err := k.Beacons.Remove(ctx, closing); err != nil {
			return nil, 0, err
		}
		return beacon, types.SEED_SOURCE_ENCLAVE_BEACON, nil
	case !errors.Is(err, collections.ErrNotFound):
		return nil, 0, err
	}
	hash := ctx.HeaderHash()
	if len(hash) == 0 {
		hash = ctx.HeaderInfo().Hash
	}
	if len(hash) == 0 {
		// CometBFT always passes the block hash to FinalizeBlock; only a
		// hand-made context lacks it, and a seed must never be derived from
		// nothing.
		return nil, 0, fmt.Errorf("x/epoch: block hash unavailable at height %d, cannot derive the next epoch seed", ctx.BlockHeight())
	}
	return hash, types.SEED_SOURCE_BLOCK_HASH, nil
}

// open stores e as the current epoch, emits EventEpochStarted and runs the
// BeforeEpochStart hooks.
func (k Keeper) open(ctx sdk.Context, e types.Epoch) error {
	if err := k.Epochs.Set(ctx, e.Number, e); err != nil {
		return err
	}
	if err := k.Current.Set(ctx, e.Number); err != nil {
		return err
	}
	if err := ctx.EventManager().EmitTypedEvent(&types.EventEpochStarted{
		Number:      e.Number,
		StartHeight: e.StartHeight,
		Seed:        hex.EncodeToString(e.Seed),
		SeedSource:  e.SeedSource,
	}); err != nil {
		return err
	}
	k.Logger(ctx).Info("epoch started", "epoch", e.Number, "height", e.StartHeight, "seed_source", e.SeedSource.String())
	k.runHooks(ctx, "BeforeEpochStart", e.Number, types.EpochHooks.BeforeEpochStart)
	return nil
}

// prune deletes the epochs numbered below current-keep. Usually that is one
// epoch; after keep_epochs was lowered it may be more. (Beacons need no
// pruning: one is accepted only for the current epoch and consumed when it
// closes.) Keys are collected first and removed one by one: collections'
// range Clear allocates a large batch buffer, which dominated the cost of a
// boundary block.
func (k Keeper) prune(ctx context.Context, current, keep uint64) error {
	if current <= keep+1 {
		return nil
	}
	it, err := k.Epochs.Iterate(ctx, new(collections.Range[uint64]).EndExclusive(current-keep))
	if err != nil {
		return err
	}
	stale, err := it.Keys()
	if err != nil {
		return err
	}
	for _, n := range stale {
		if err := k.Epochs.Remove(ctx, n); err != nil {
			return err
		}
	}
	return nil
}

// runHooks calls each hook in its own cache context, so that a failing hook
// neither half-applies nor undoes the others' work nor halts the chain.
func (k Keeper) runHooks(ctx sdk.Context, name string, epoch uint64, call func(types.EpochHooks, context.Context, uint64) error) {
	for i, hook := range k.hooks {
		cacheCtx, write := ctx.CacheContext()
		if err := call(hook, cacheCtx, epoch); err != nil {
			k.Logger(ctx).Error("epoch hook failed; its changes were dropped", "hook", name, "index", i, "epoch", epoch, "err", err)
			continue
		}
		write()
	}
}
