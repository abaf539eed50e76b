package keeper

import (
	"context"

	"github.com/enigmad/enigmad/internal/authority"
	"github.com/enigmad/enigmad/x/epoch/types"
)

type msgServer struct{ k Keeper }

var _ types.MsgServer = msgServer{}

// NewMsgServerImpl returns the x/epoch Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k: k} }

// UpdateParams replaces the params; only the authority may call it.
func (m msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if err := authority.Check(m.k.addressCodec, m.k.authority, msg.Authority, types.ErrInvalidAuthority); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, m.k.SetParams(ctx, msg.Authority, msg.Params)
}
