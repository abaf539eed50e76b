package keeper

import (
	"context"

	"github.com/enigmad/enigmad/internal/authority"
	"github.com/enigmad/enigmad/x/bridge/types"
)

type msgServer struct{ k Keeper }

var _ types.MsgServer = msgServer{}

// NewMsgServerImpl returns the x/bridge Msg service. It unpacks each
// message and calls the keeper method that does the work.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k: k} }

// SetOrchestrator names a validator's bridge keys.
func (m msgServer) SetOrchestrator(ctx context.Context, msg *types.MsgSetOrchestrator) (*types.MsgSetOrchestratorResponse, error) {
	return &types.MsgSetOrchestratorResponse{}, m.k.SetOrchestrator(ctx, msg.Validator, msg.Orchestrator, msg.EthAddress, msg.EthSignature)
}

// EthereumClaims records claims.
func (m msgServer) EthereumClaims(ctx context.Context, msg *types.MsgEthereumClaims) (*types.MsgEthereumClaimsResponse, error) {
	last, err := m.k.Claim(ctx, msg.Orchestrator, msg.Events)
	if err != nil {
		return nil, err
	}
	return &types.MsgEthereumClaimsResponse{LastEventNonce: last}, nil
}

// ConfirmValset stores a validator-set signature.
func (m msgServer) ConfirmValset(ctx context.Context, msg *types.MsgConfirmValset) (*types.MsgConfirmValsetResponse, error) {
	return &types.MsgConfirmValsetResponse{}, m.k.ConfirmValset(ctx, msg.Orchestrator, msg.Nonce, msg.Signature)
}

// ConfirmBatch stores a batch signature.
func (m msgServer) ConfirmBatch(ctx context.Context, msg *types.MsgConfirmBatch) (*types.MsgConfirmBatchResponse, error) {
	return &types.MsgConfirmBatchResponse{}, m.k.ConfirmBatch(ctx, msg.Orchestrator, msg.Nonce, msg.Signature)
}

// UpdateParams replaces the params (authority only).
func (m msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if err := authority.Check(m.k.addressCodec, m.k.authority, msg.Authority, types.ErrInvalidAuthority); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, m.k.SetParams(ctx, msg.Authority, msg.Params)
}
