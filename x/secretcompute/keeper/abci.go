package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/receipt"
	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// EndBlocker fails the tasks whose deadline is this block: a timeout
// receipt (written by the chain, unsigned) and, when the data was there and
// the assigned worker did not answer a task it could run, a penalty for
// that worker.
func (k Keeper) EndBlocker(ctx context.Context) error {
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	it, err := k.Deadlines.Iterate(ctx, collections.NewPrefixUntilPairRange[int64, []byte](height))
	if err != nil {
		return err
	}
	due, err := it.Keys()
	if err != nil {
		return err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	for _, key := range due {
		if err := k.timeout(ctx, params, key.K2()); err != nil {
			return err
		}
	}
	if k.checkInvariants {
		if err := k.CheckInvariants(ctx); err != nil {
			return fmt.Errorf("x/secretcompute invariant broken at height %d: %w", height, err)
		}
	}
	return nil
}

// timeout fails a task at its deadline with a receipt the chain writes.
func (k Keeper) timeout(ctx context.Context, params types.Params, taskID []byte) error {
	t, err := k.Tasks.Get(ctx, taskID)
	if err != nil {
		return err
	}
	// The assigned worker is penalized only if it had the data and could
	// have run the task. A task whose gas limit is above the current
	// max_task_gas_limit (governance lowered it after the record) may not
	// have been runnable: an enclave refuses a task above its own gas budget
	// before running anything (enigma-enclave --max-task-gas, which
	// operators keep at the chain's limit), so the worker's silence is not
	// evidence of a fault. The task still times out, which refunds its whole
	// fee.
	penalize := t.Status == types.TASK_STATUS_PENDING && t.GasLimit <= params.MaxTaskGasLimit
	zero := common.Hash{}.Bytes()
	r := types.Receipt{TaskId: t.Id, Contract: t.Contract, Status: uint32(receipt.StatusTimeout), OutputHash: zero, DeltaHash: zero,
		Worker: common.BytesToAddress(t.Worker).Bytes(), Fee: sdkmath.ZeroInt(), TaskHash: types.TaskHashOf(&t).Bytes()}
	rc := r.EnclaveReceipt() // what the chain writes in the enclave's place
	if err := k.finish(ctx, &t, r, false, rc.Hash(), rc.CallbackHash); err != nil {
		return err
	}
	if penalize {
		// A worker that has unbonded and withdrawn meanwhile cannot be
		// penalized; the timeout must still be recorded, so a failed
		// penalty is logged rather than returned (returning would halt the
		// chain). It runs in its own cache context so that a penalty that
		// fails half-way (stake burnt, worker not written) leaves nothing.
		sdkCtx := sdk.UnwrapSDKContext(ctx)
		cacheCtx, write := sdkCtx.CacheContext()
		if err := k.registry.Penalize(cacheCtx, t.Worker, "no result for task "+hexOf(t.Id)); err != nil {
			sdkCtx.Logger().Error("penalize", "worker", hexOf(t.Worker), "err", err)
		} else {
			write()
		}
	}
	return emit(ctx, &types.EventTaskFailed{TaskId: hexOf(t.Id), Contract: hexOf(t.Contract), Status: receipt.StatusTimeout.String()})
}

// Hooks returns the x/epoch hooks: a batch closes at every epoch end.
func (k Keeper) Hooks() epochtypes.EpochHooks { return hooks{k} }

type hooks struct{ k Keeper }

// AfterEpochEnd closes a batch over the epoch's receipts.
func (h hooks) AfterEpochEnd(ctx context.Context, _ uint64) error {
	_, err := h.k.CloseBatch(ctx)
	return err
}

// BeforeEpochStart implements epochtypes.EpochHooks; nothing to do.
func (hooks) BeforeEpochStart(context.Context, uint64) error { return nil }
