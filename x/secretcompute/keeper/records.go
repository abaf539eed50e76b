package keeper

import (
	"context"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// OnTaskRecord stores an attested task record. x/bridge calls it once a
// claim is observed; a second record with the same id is refused.
func (k Keeper) OnTaskRecord(ctx context.Context, r types.TaskRecord) error {
	if r.GasLimit == 0 || r.GasPrice == nil || r.GasPrice.Sign() < 0 || (r.EscrowAmount != nil && r.EscrowAmount.Sign() < 0) {
		return types.ErrMalformed.Wrap("task record needs a gas limit and non-negative amounts")
	}
	escrow := sdkmath.ZeroInt()
	if r.EscrowAmount != nil {
		escrow = sdkmath.NewIntFromBigInt(r.EscrowAmount)
	}
	return k.record(ctx, types.Task{
		Id: r.TaskID.Bytes(), Kind: types.TASK_KIND_CALL, Contract: r.Contract.Bytes(), Sender: r.Sender.Bytes(),
		InputsHash: r.InputsHash.Bytes(), GasLimit: r.GasLimit, GasPrice: sdkmath.NewIntFromBigInt(r.GasPrice), FeeToken: r.FeeToken.Bytes(),
		EscrowToken: r.EscrowToken.Bytes(), EscrowAmount: escrow, EthBlock: r.EthBlock, EthTime: r.EthTime,
	})
}

// OnDeploymentRecord stores an attested deployment record. The contract's
// address is derived from the task id (docs/design.md §5).
func (k Keeper) OnDeploymentRecord(ctx context.Context, r types.DeploymentRecord) error {
	if r.GasLimit == 0 || r.GasPrice == nil || r.GasPrice.Sign() < 0 {
		return types.ErrMalformed.Wrap("deployment record needs a gas limit and a non-negative gas price")
	}
	return k.record(ctx, types.Task{
		Id: r.TaskID.Bytes(), Kind: types.TASK_KIND_DEPLOY, Contract: ids.ContractAddress(r.TaskID).Bytes(), Sender: r.Sender.Bytes(),
		InputsHash: r.InputsHash.Bytes(), CodeHash: r.CodeHash.Bytes(), GasLimit: r.GasLimit, GasPrice: sdkmath.NewIntFromBigInt(r.GasPrice),
		EscrowAmount: sdkmath.ZeroInt(), EthBlock: r.EthBlock, EthTime: r.EthTime,
	})
}

func (k Keeper) record(ctx context.Context, t types.Task) error {
	if has, err := k.Tasks.Has(ctx, t.Id); err != nil {
		return err
	} else if has {
		return types.ErrTaskExists.Wrapf("%x", t.Id)
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if t.GasLimit > params.MaxTaskGasLimit {
		return types.ErrGasLimit.Wrapf("%d gas, the limit is %d", t.GasLimit, params.MaxTaskGasLimit)
	}
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	t.Status, t.RecordedHeight = types.TASK_STATUS_AWAITING_DATA, height
	if err := k.setDeadline(ctx, &t, height+int64(params.DataTimeoutBlocks)); err != nil {
		return err
	}
	if err := k.Tasks.Set(ctx, t.Id, t); err != nil {
		return err
	}
	return emit(ctx, &types.EventTaskRecorded{TaskId: hexOf(t.Id), Kind: t.Kind.String(), Contract: hexOf(t.Contract)})
}
