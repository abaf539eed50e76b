package keeper

import (
	"context"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/internal/authority"
	"github.com/enigmad/enigmad/x/registry/types"
)

type msgServer struct{ k Keeper }

var _ types.MsgServer = msgServer{}

// NewMsgServerImpl returns the x/registry Msg service. It unpacks each
// message and calls the keeper method that does the work.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k: k} }

// RegisterWorker registers an attested enclave.
func (m msgServer) RegisterWorker(ctx context.Context, msg *types.MsgRegisterWorker) (*types.MsgRegisterWorkerResponse, error) {
	keys := attestation.PublicKeys{Signer: msg.SignerPubkey, X25519: msg.X25519Key, XWing: msg.XwingKey}
	enclave, err := m.k.RegisterEnclave(ctx, msg.Operator, keys, msg.Quote, msg.Collateral, msg.OperatorSignature, msg.Stake)
	if err != nil {
		return nil, err
	}
	return &types.MsgRegisterWorkerResponse{EnclaveAddress: enclave.Bytes()}, nil
}

// AddStake bonds more stake.
func (m msgServer) AddStake(ctx context.Context, msg *types.MsgAddStake) (*types.MsgAddStakeResponse, error) {
	return &types.MsgAddStakeResponse{}, m.k.BondStake(ctx, msg.Operator, msg.Amount)
}

// Unbond starts unbonding.
func (m msgServer) Unbond(ctx context.Context, msg *types.MsgUnbond) (*types.MsgUnbondResponse, error) {
	return &types.MsgUnbondResponse{}, m.k.BeginUnbonding(ctx, msg.Operator)
}

// Withdraw returns unbonded stake.
func (m msgServer) Withdraw(ctx context.Context, msg *types.MsgWithdraw) (*types.MsgWithdrawResponse, error) {
	return &types.MsgWithdrawResponse{}, m.k.WithdrawStake(ctx, msg.Operator)
}

// ProvisionSeed records a provision.
func (m msgServer) ProvisionSeed(ctx context.Context, msg *types.MsgProvisionSeed) (*types.MsgProvisionSeedResponse, error) {
	return &types.MsgProvisionSeedResponse{}, m.k.RecordProvision(ctx, msg.Operator, msg.Newcomer, msg.Envelope, msg.Signature)
}

// SubmitBeacon hands a beacon to x/epoch.
func (m msgServer) SubmitBeacon(ctx context.Context, msg *types.MsgSubmitBeacon) (*types.MsgSubmitBeaconResponse, error) {
	return &types.MsgSubmitBeaconResponse{}, m.k.ForwardBeacon(ctx, msg.Operator, msg.Epoch, msg.Value, msg.Signature)
}

// UpdateParams replaces the params (authority only).
func (m msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if err := authority.Check(m.k.addressCodec, m.k.authority, msg.Authority, types.ErrInvalidAuthority); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, m.k.SetParams(ctx, msg.Authority, msg.Params)
}

// SetPayoutAddress names the worker's payout address.
func (m msgServer) SetPayoutAddress(ctx context.Context, msg *types.MsgSetPayoutAddress) (*types.MsgSetPayoutAddressResponse, error) {
	return &types.MsgSetPayoutAddressResponse{}, m.k.SetPayoutAddress(ctx, msg.Operator, msg.PayoutAddress)
}
