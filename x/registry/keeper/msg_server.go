package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"

	"github.com/enigmad/enigmad/x/registry/types"
)

type msgServer struct{ Keeper }

var _ types.MsgServer = msgServer{}

// NewMsgServerImpl returns the x/registry Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{Keeper: k} }

// RegisterWorker registers an attested enclave.
func (m msgServer) RegisterWorker(ctx context.Context, msg *types.MsgRegisterWorker) (*types.MsgRegisterWorkerResponse, error) {
	enclave, err := m.Keeper.RegisterWorker(ctx, msg)
	if err != nil {
		return nil, err
	}
	return &types.MsgRegisterWorkerResponse{EnclaveAddress: enclave}, nil
}

// UpdateParams replaces the params (authority only).
func (m msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if msg.Authority != m.authority {
		return nil, errorsmod.Wrapf(types.ErrInvalidAuthority, "expected %s, got %s", m.authority, msg.Authority)
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, err
	}
	if err := m.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, nil
}
