package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	"github.com/enigmad/enigmad/x/epoch/types"
)

type msgServer struct{ Keeper }

var _ types.MsgServer = msgServer{}

// NewMsgServerImpl returns the x/epoch Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{Keeper: k} }

// UpdateParams replaces the params; only the authority may call it. A new
// epoch_length applies from the next block: an epoch already longer than it
// closes then. A smaller keep_epochs prunes the history at once.
func (m msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if _, err := m.addressCodec.StringToBytes(msg.Authority); err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidAuthority, "malformed authority address %q: %s", msg.Authority, err)
	}
	if msg.Authority != m.authority {
		return nil, errorsmod.Wrapf(types.ErrInvalidAuthority, "expected %s, got %s", m.authority, msg.Authority)
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, err
	}
	if err := m.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	current, err := m.Current.Get(ctx)
	switch {
	case errors.Is(err, collections.ErrNotFound):
		// Before the first block there is nothing to prune.
	case err != nil:
		return nil, err
	default:
		if err := m.prune(ctx, current, msg.Params.KeepEpochs); err != nil {
			return nil, err
		}
	}
	return &types.MsgUpdateParamsResponse{}, nil
}
