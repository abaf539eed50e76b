package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
	"github.com/enigmad/enigmad/x/registry/selection"
	"github.com/enigmad/enigmad/x/registry/types"
)

// Hooks returns the x/epoch hooks of the registry: the worker-set snapshot
// at each epoch start.
func (k Keeper) Hooks() epochtypes.EpochHooks { return hooks{k} }

type hooks struct{ k Keeper }

// AfterEpochEnd implements epochtypes.EpochHooks; nothing to do.
func (hooks) AfterEpochEnd(context.Context, uint64) error { return nil }

// BeforeEpochStart stores the epoch's worker set.
func (h hooks) BeforeEpochStart(ctx context.Context, epoch uint64) error {
	return h.k.Snapshot(ctx, epoch)
}

// Snapshot stores the selectable workers of epoch: active, provisioned,
// not jailed, with positive stake, sorted by enclave address (the store's
// key order). It prunes the snapshots x/epoch no longer keeps.
func (k Keeper) Snapshot(ctx context.Context, epoch uint64) error {
	set := types.WorkerSet{Epoch: epoch}
	total := sdkmath.ZeroInt()
	err := k.Workers.Walk(ctx, nil, func(addr []byte, w types.Worker) (bool, error) {
		if w.Status == types.WORKER_STATUS_ACTIVE && w.Provisioned && w.JailedUntilEpoch <= epoch && w.Stake.IsPositive() {
			set.Workers = append(set.Workers, types.WorkerSetEntry{EnclaveAddress: addr, Stake: w.Stake.Amount})
			total = total.Add(w.Stake.Amount)
		}
		return false, nil
	})
	if err != nil {
		return err
	}
	if err := k.WorkerSets.Set(ctx, epoch, set); err != nil {
		return err
	}
	params, err := k.epochs.GetParams(ctx)
	if err != nil {
		return err
	}
	if epoch > params.KeepEpochs+1 {
		it, err := k.WorkerSets.Iterate(ctx, new(collections.Range[uint64]).EndExclusive(epoch-params.KeepEpochs))
		if err != nil {
			return err
		}
		stale, err := it.Keys()
		if err != nil {
			return err
		}
		for _, e := range stale {
			if err := k.WorkerSets.Remove(ctx, e); err != nil {
				return err
			}
		}
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventWorkerSetSnapshot{
		Epoch: epoch, Workers: uint64(len(set.Workers)), TotalStake: total.String(),
	})
}

// Selected returns the workers selected for contract in epoch (0: the
// current one), with the epoch and seed used (docs/design.md §4).
func (k Keeper) Selected(ctx context.Context, contract common.Address, epoch uint64) ([]common.Address, epochtypes.Epoch, error) {
	var e epochtypes.Epoch
	var err error
	if epoch == 0 {
		e, err = k.epochs.CurrentEpoch(ctx)
	} else {
		e, err = k.epochs.GetEpoch(ctx, epoch)
	}
	if err != nil {
		return nil, e, err
	}
	set, err := k.selectionSet(ctx, e.Number)
	if err != nil {
		return nil, e, err
	}
	size, err := k.groupSize(ctx)
	if err != nil {
		return nil, e, err
	}
	group, err := set.Select(common.BytesToHash(e.Seed), contract, size)
	if err != nil {
		if errors.Is(err, selection.ErrNoStake) {
			return nil, e, types.ErrWorkerNotFound.Wrapf("epoch %d: %s", e.Number, err)
		}
		return nil, e, err
	}
	return group, e, nil
}

// groupSize is the params' group size, decoded once per change of the
// params (internal/storememo): the same read, and gas, as Params.Get.
func (k Keeper) groupSize(ctx context.Context) (int, error) {
	return k.groupSizes.Get(ctx, k.storeService, types.ParamsKey.Bytes(), func(raw []byte) (int, error) {
		var p types.Params
		if err := k.cdc.Unmarshal(raw, &p); err != nil {
			return 0, err
		}
		return int(p.GroupSize), nil
	})
}
