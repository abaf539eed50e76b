package keeper

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/registry/types"
)

// BondStake bonds more stake to the operator's active worker.
func (k Keeper) BondStake(ctx context.Context, operator string, amount sdk.Coin) error {
	w, err := k.workerOf(ctx, operator)
	if err != nil {
		return err
	}
	if w.Status != types.WORKER_STATUS_ACTIVE {
		return types.ErrWrongStatus.Wrapf("worker is %s", w.Status)
	}
	if err := w.CheckTopUp(amount); err != nil {
		return err
	}
	op, _ := k.addressCodec.StringToBytes(operator) // checked by workerOf
	if err := k.bank.SendCoinsFromAccountToModule(ctx, op, types.ModuleName, sdk.NewCoins(amount)); err != nil {
		return err
	}
	w.Stake = w.Stake.Add(amount)
	if err := k.Workers.Set(ctx, w.EnclaveAddress, w); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventStakeAdded{
		EnclaveAddress: common.BytesToAddress(w.EnclaveAddress).Hex(), Amount: amount.String(), Total: w.Stake.String(),
	})
}

// BeginUnbonding starts unbonding the operator's worker: it leaves selection at the
// next epoch snapshot and its stake unlocks after unbonding_time.
func (k Keeper) BeginUnbonding(ctx context.Context, operator string) error {
	w, err := k.workerOf(ctx, operator)
	if err != nil {
		return err
	}
	if w.Status != types.WORKER_STATUS_ACTIVE {
		return types.ErrWrongStatus.Wrapf("worker is %s", w.Status)
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	w.Status = types.WORKER_STATUS_UNBONDING
	w.UnbondingCompletion = sdkCtx.BlockTime().Add(params.UnbondingTime)
	if err := k.Workers.Set(ctx, w.EnclaveAddress, w); err != nil {
		return err
	}
	return sdkCtx.EventManager().EmitTypedEvent(&types.EventWorkerUnbonding{
		EnclaveAddress: common.BytesToAddress(w.EnclaveAddress).Hex(), Completion: w.UnbondingCompletion.UTC().Format(time.RFC3339),
	})
}

// WithdrawStake returns an unbonded worker's stake to its operator and removes
// the worker.
func (k Keeper) WithdrawStake(ctx context.Context, operator string) error {
	w, err := k.workerOf(ctx, operator)
	if err != nil {
		return err
	}
	if w.Status != types.WORKER_STATUS_UNBONDING {
		return types.ErrWrongStatus.Wrap("unbond first")
	}
	now := sdk.UnwrapSDKContext(ctx).BlockTime()
	if now.Before(w.UnbondingCompletion) {
		return types.ErrNotUnbonded.Wrapf("the stake unlocks at %s", w.UnbondingCompletion.UTC().Format(time.RFC3339))
	}
	op, _ := k.addressCodec.StringToBytes(operator)
	if w.Stake.IsPositive() {
		if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, op, sdk.NewCoins(w.Stake)); err != nil {
			return err
		}
	}
	if err := k.Workers.Remove(ctx, w.EnclaveAddress); err != nil {
		return err
	}
	if err := k.WorkerByOperator.Remove(ctx, op); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventWorkerWithdrawn{
		EnclaveAddress: common.BytesToAddress(w.EnclaveAddress).Hex(), Amount: w.Stake.String(),
	})
}

// Penalize burns slash_fraction of a worker's stake and keeps it out of
// selection for jail_epochs epochs after the current one. x/secretcompute
// calls it for a task whose data was there but whose result never came.
func (k Keeper) Penalize(ctx context.Context, enclave []byte, reason string) error {
	w, err := k.GetWorker(ctx, enclave)
	if err != nil {
		return err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	current, err := k.epochs.CurrentEpoch(ctx)
	if err != nil {
		return err
	}
	slash := sdk.NewCoin(w.Stake.Denom, params.SlashFraction.MulInt(w.Stake.Amount).TruncateInt())
	if slash.IsPositive() {
		if err := k.bank.BurnCoins(ctx, types.ModuleName, sdk.NewCoins(slash)); err != nil {
			return err
		}
		w.Stake = w.Stake.Sub(slash)
	}
	if until := current.Number + 1 + params.JailEpochs; params.JailEpochs > 0 && until > w.JailedUntilEpoch {
		w.JailedUntilEpoch = until
	}
	if err := k.Workers.Set(ctx, w.EnclaveAddress, w); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventWorkerPenalized{
		EnclaveAddress: common.BytesToAddress(w.EnclaveAddress).Hex(), Reason: reason, Slashed: slash.String(), JailedUntilEpoch: w.JailedUntilEpoch,
	})
}
