package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/epoch/types"
)

// SetParams validates and stores params and emits EventParamsUpdated
// naming authority. It does not check authority: the caller did
// (MsgUpdateParams through internal/authority). A new epoch_length applies
// from the next block: an epoch already longer than it closes then. A
// smaller keep_epochs prunes the history at once.
func (k Keeper) SetParams(ctx context.Context, authority string, params types.Params) error {
	if err := params.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, params); err != nil {
		return err
	}
	current, err := k.Current.Get(ctx)
	switch {
	case errors.Is(err, collections.ErrNotFound):
		// Before the first block there is nothing to prune.
	case err != nil:
		return err
	default:
		if err := k.prune(ctx, current, params.KeepEpochs); err != nil {
			return err
		}
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventParamsUpdated{Authority: authority, Params: params})
}
