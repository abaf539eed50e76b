package keeper

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/enigmad/enigmad/x/registry/types"
)

type queryServer struct{ k Keeper }

var _ types.QueryServer = queryServer{}

// NewQueryServerImpl returns the x/registry Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k: k} }

// Worker returns a worker by enclave address.
func (q queryServer) Worker(ctx context.Context, req *types.QueryWorkerRequest) (*types.QueryWorkerResponse, error) {
	if req == nil || !common.IsHexAddress(req.EnclaveAddress) {
		return nil, status.Error(codes.InvalidArgument, "enclave_address must be a 0x-prefixed 20-byte hex address")
	}
	w, err := q.k.GetWorker(ctx, common.HexToAddress(req.EnclaveAddress).Bytes())
	if err != nil {
		return nil, status.Error(codes.NotFound, err.Error())
	}
	return &types.QueryWorkerResponse{Worker: w}, nil
}

// Workers lists the workers in enclave-address order.
func (q queryServer) Workers(ctx context.Context, req *types.QueryWorkersRequest) (*types.QueryWorkersResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	ws, page, err := query.CollectionPaginate(ctx, q.k.Workers, req.Pagination,
		func(_ []byte, w types.Worker) (types.Worker, error) { return w, nil })
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryWorkersResponse{Workers: ws, Pagination: page}, nil
}

// Params returns the params.
func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryParamsResponse{Params: p}, nil
}
