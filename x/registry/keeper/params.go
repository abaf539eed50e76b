package keeper

import (
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/registry/types"
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
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventParamsUpdated{Authority: authority, Params: params})
}
