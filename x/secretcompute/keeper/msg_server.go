package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"

	"github.com/enigmad/enigmad/x/secretcompute/types"
)

type msgServer struct{ Keeper }

var _ types.MsgServer = msgServer{}

// NewMsgServerImpl returns the x/secretcompute Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{Keeper: k} }

// SubmitTaskData stores a call task's data.
func (m msgServer) SubmitTaskData(ctx context.Context, msg *types.MsgSubmitTaskData) (*types.MsgSubmitTaskDataResponse, error) {
	return &types.MsgSubmitTaskDataResponse{}, m.SubmitData(ctx, msg.TaskId, types.TASK_KIND_CALL, msg.Epoch, msg.Worker, msg.Envelope, nil)
}

// SubmitDeployData stores a deployment's data.
func (m msgServer) SubmitDeployData(ctx context.Context, msg *types.MsgSubmitDeployData) (*types.MsgSubmitDeployDataResponse, error) {
	return &types.MsgSubmitDeployDataResponse{}, m.SubmitData(ctx, msg.TaskId, types.TASK_KIND_DEPLOY, msg.Epoch, msg.Worker, msg.Envelope, msg.Bytecode)
}

// CommitResults commits results one by one.
func (m msgServer) CommitResults(ctx context.Context, msg *types.MsgCommitResults) (*types.MsgCommitResultsResponse, error) {
	errs, err := m.Keeper.CommitResults(ctx, msg.Results)
	if err != nil {
		return nil, err
	}
	return &types.MsgCommitResultsResponse{Errors: errs}, nil
}

// UpdateParams replaces the params (authority only).
func (m msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if msg.Authority != m.authority {
		return nil, errorsmod.Wrapf(types.ErrInvalidAuthority, "expected %s, got %s", m.authority, msg.Authority)
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, m.Params.Set(ctx, msg.Params)
}
