package keeper

import (
	"context"

	"cosmossdk.io/collections"

	sdkmath "cosmossdk.io/math"

	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// SetParams validates and stores params and emits EventParamsUpdated
// naming authority. It does not check authority: the caller did
// (MsgUpdateParams through internal/authority).
func (k Keeper) SetParams(ctx context.Context, authority string, params types.Params) error {
	if err := params.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, params); err != nil {
		return err
	}
	return emit(ctx, &types.EventParamsUpdated{Authority: authority, Params: params})
}

// MigrateToV2 moves the state from consensus version 1: the params gained
// max_task_gas_limit, which a version-1 state reads as 0 (every record
// would be refused); it gets its default.
func (k Keeper) MigrateToV2(ctx context.Context) error {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if p.MaxTaskGasLimit == 0 {
		p.MaxTaskGasLimit = types.DefaultMaxTaskGasLimit
	}
	return k.Params.Set(ctx, p)
}

// MigrateToV3 moves the state from consensus version 2: the params gained
// min_gas_price and min_token_gas_price, which a version-2 state does not
// hold (read as unset, and Validate refuses them); they get their default,
// 1. Receipts gained
// record_hash, which the receipts already stored lack: the proof query
// reads their record from their task instead, so they stay as they are.
func (k Keeper) MigrateToV3(ctx context.Context) error {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if p.MinGasPrice.IsNil() || !p.MinGasPrice.IsPositive() {
		p.MinGasPrice = sdkmath.NewInt(types.DefaultMinGasPrice)
	}
	if p.MinTokenGasPrice.IsNil() || !p.MinTokenGasPrice.IsPositive() {
		p.MinTokenGasPrice = sdkmath.NewInt(types.DefaultMinGasPrice)
	}
	return k.Params.Set(ctx, p)
}

// MigrateToV4 moves the state from consensus version 3: the pending tasks
// gain the index by worker (Assigned), built from the tasks.
func (k Keeper) MigrateToV4(ctx context.Context) error {
	return k.Tasks.Walk(ctx, nil, func(id []byte, t types.Task) (bool, error) {
		if t.Status != types.TASK_STATUS_PENDING {
			return false, nil
		}
		return false, k.Assigned.Set(ctx, collections.Join(t.Worker, id))
	})
}
