package keeper

import (
	"context"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/enigmad/enigmad/internal/grpcerr"
	"github.com/enigmad/enigmad/x/epoch/types"
)

type queryServer struct{ k Keeper }

var _ types.QueryServer = queryServer{}

// NewQueryServerImpl returns the x/epoch Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k: k} }

// CurrentEpoch returns the epoch in progress and the epoch length in force.
func (q queryServer) CurrentEpoch(ctx context.Context, _ *types.QueryCurrentEpochRequest) (*types.QueryCurrentEpochResponse, error) {
	e, err := q.k.CurrentEpoch(ctx)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	params, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	beacon, err := q.k.Beacons.Has(ctx, e.Number)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryCurrentEpochResponse{Epoch: e, EpochLength: params.EpochLength, BeaconAccepted: beacon}, nil
}

// Epoch returns a kept epoch by number.
func (q queryServer) Epoch(ctx context.Context, req *types.QueryEpochRequest) (*types.QueryEpochResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	e, err := q.k.GetEpoch(ctx, req.Number)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryEpochResponse{Epoch: e}, nil
}

// Epochs lists the kept epochs, oldest first, one page at a time.
func (q queryServer) Epochs(ctx context.Context, req *types.QueryEpochsRequest) (*types.QueryEpochsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if err := grpcerr.CheckPage(req.Pagination); err != nil {
		return nil, err
	}
	epochs, page, err := query.CollectionPaginate(ctx, q.k.Epochs, req.Pagination,
		func(_ uint64, e types.Epoch) (types.Epoch, error) { return e, nil })
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryEpochsResponse{Epochs: epochs, Pagination: page}, nil
}

// Params returns the module params.
func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	params, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryParamsResponse{Params: params}, nil
}
