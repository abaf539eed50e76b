package keeper

import (
	"context"

	"github.com/enigmad/enigmad/internal/authority"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

type msgServer struct{ k Keeper }

var _ types.MsgServer = msgServer{}

// NewMsgServerImpl returns the x/secretcompute Msg service. It unpacks each
// message and calls the keeper method that does the work.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k: k} }

// SubmitTaskData stores a call task's data.
func (m msgServer) SubmitTaskData(ctx context.Context, msg *types.MsgSubmitTaskData) (*types.MsgSubmitTaskDataResponse, error) {
	return &types.MsgSubmitTaskDataResponse{}, m.k.SubmitData(ctx, msg.TaskId, types.TASK_KIND_CALL, msg.Epoch, msg.Worker, msg.Envelope, nil)
}

// SubmitDeployData stores a deployment's data.
func (m msgServer) SubmitDeployData(ctx context.Context, msg *types.MsgSubmitDeployData) (*types.MsgSubmitDeployDataResponse, error) {
	return &types.MsgSubmitDeployDataResponse{}, m.k.SubmitData(ctx, msg.TaskId, types.TASK_KIND_DEPLOY, msg.Epoch, msg.Worker, msg.Envelope, msg.Bytecode)
}

// CommitResults commits results one by one.
func (m msgServer) CommitResults(ctx context.Context, msg *types.MsgCommitResults) (*types.MsgCommitResultsResponse, error) {
	errs, codes, err := m.k.ApplyResults(ctx, msg.Results)
	if err != nil {
		return nil, err
	}
	return &types.MsgCommitResultsResponse{Errors: errs, Codes: codes}, nil
}

// UpdateParams replaces the params (authority only).
func (m msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if err := authority.Check(m.k.addressCodec, m.k.authority, msg.Authority, types.ErrInvalidAuthority); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, m.k.SetParams(ctx, msg.Authority, msg.Params)
}
