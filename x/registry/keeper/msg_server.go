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

// AddStake bonds more stake.
func (m msgServer) AddStake(ctx context.Context, msg *types.MsgAddStake) (*types.MsgAddStakeResponse, error) {
	return &types.MsgAddStakeResponse{}, m.Keeper.AddStake(ctx, msg.Operator, msg.Amount)
}

// Unbond starts unbonding.
func (m msgServer) Unbond(ctx context.Context, msg *types.MsgUnbond) (*types.MsgUnbondResponse, error) {
	return &types.MsgUnbondResponse{}, m.Keeper.Unbond(ctx, msg.Operator)
}

// Withdraw returns unbonded stake.
func (m msgServer) Withdraw(ctx context.Context, msg *types.MsgWithdraw) (*types.MsgWithdrawResponse, error) {
	return &types.MsgWithdrawResponse{}, m.Keeper.Withdraw(ctx, msg.Operator)
}

// ProvisionSeed records a provision.
func (m msgServer) ProvisionSeed(ctx context.Context, msg *types.MsgProvisionSeed) (*types.MsgProvisionSeedResponse, error) {
	return &types.MsgProvisionSeedResponse{}, m.Keeper.ProvisionSeed(ctx, msg)
}

// SubmitBeacon hands a beacon to x/epoch.
func (m msgServer) SubmitBeacon(ctx context.Context, msg *types.MsgSubmitBeacon) (*types.MsgSubmitBeaconResponse, error) {
	return &types.MsgSubmitBeaconResponse{}, m.Keeper.SubmitBeacon(ctx, msg)
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
