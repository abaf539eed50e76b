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

// Provision returns the seed ciphertext kept for a newcomer.
func (q queryServer) Provision(ctx context.Context, req *types.QueryProvisionRequest) (*types.QueryProvisionResponse, error) {
	if req == nil || !common.IsHexAddress(req.Newcomer) {
		return nil, status.Error(codes.InvalidArgument, "newcomer must be a 0x-prefixed 20-byte hex address")
	}
	p, err := q.k.Provisions.Get(ctx, common.HexToAddress(req.Newcomer).Bytes())
	if err != nil {
		return nil, status.Errorf(codes.NotFound, "no provision for %s", req.Newcomer)
	}
	commitment, err := q.k.SeedCommitment.Get(ctx)
	if err != nil {
		return nil, status.Error(codes.NotFound, types.ErrNoCommitment.Error())
	}
	return &types.QueryProvisionResponse{Provision: p, SeedCommitment: commitment}, nil
}

// WorkerSet returns an epoch's snapshot.
func (q queryServer) WorkerSet(ctx context.Context, req *types.QueryWorkerSetRequest) (*types.QueryWorkerSetResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	epoch := req.Epoch
	if epoch == 0 {
		cur, err := q.k.epochs.CurrentEpoch(ctx)
		if err != nil {
			return nil, status.Error(codes.NotFound, err.Error())
		}
		epoch = cur.Number
	}
	ws, err := q.k.WorkerSets.Get(ctx, epoch)
	if err != nil {
		return nil, status.Errorf(codes.NotFound, "no worker set for epoch %d (unknown or pruned)", epoch)
	}
	return &types.QueryWorkerSetResponse{WorkerSet: ws}, nil
}

// Selected returns the workers selected for a contract.
func (q queryServer) Selected(ctx context.Context, req *types.QuerySelectedRequest) (*types.QuerySelectedResponse, error) {
	if req == nil || !common.IsHexAddress(req.Contract) {
		return nil, status.Error(codes.InvalidArgument, "contract must be a 0x-prefixed 20-byte hex address")
	}
	group, e, err := q.k.Selected(ctx, common.HexToAddress(req.Contract), req.Epoch)
	if err != nil {
		return nil, status.Error(codes.NotFound, err.Error())
	}
	out := &types.QuerySelectedResponse{Epoch: e.Number, Seed: e.Seed}
	for _, a := range group {
		out.Workers = append(out.Workers, a.Hex())
	}
	return out, nil
}

// Params returns the params.
func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryParamsResponse{Params: p}, nil
}
