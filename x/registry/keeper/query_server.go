package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/enigmad/enigmad/internal/grpcerr"
	"github.com/enigmad/enigmad/internal/hexarg"
	"github.com/enigmad/enigmad/x/registry/types"
)

type queryServer struct{ k Keeper }

var _ types.QueryServer = queryServer{}

// NewQueryServerImpl returns the x/registry Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k: k} }

// Worker returns a worker by enclave address.
func (q queryServer) Worker(ctx context.Context, req *types.QueryWorkerRequest) (*types.QueryWorkerResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	addr, err := hexarg.Address("enclave_address", req.EnclaveAddress)
	if err != nil {
		return nil, grpcerr.InvalidArgument(err)
	}
	w, err := q.k.GetWorker(ctx, addr.Bytes())
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryWorkerResponse{Worker: w}, nil
}

// Workers lists the workers in enclave-address order.
func (q queryServer) Workers(ctx context.Context, req *types.QueryWorkersRequest) (*types.QueryWorkersResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if err := grpcerr.CheckPage(req.Pagination); err != nil {
		return nil, err
	}
	ws, page, err := query.CollectionPaginate(ctx, q.k.Workers, req.Pagination,
		func(_ []byte, w types.Worker) (types.Worker, error) { return w, nil })
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryWorkersResponse{Workers: ws, Pagination: page}, nil
}

// Provision returns the seed ciphertext kept for a newcomer.
func (q queryServer) Provision(ctx context.Context, req *types.QueryProvisionRequest) (*types.QueryProvisionResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	newcomer, err := hexarg.Address("newcomer", req.Newcomer)
	if err != nil {
		return nil, grpcerr.InvalidArgument(err)
	}
	p, err := q.k.Provisions.Get(ctx, newcomer.Bytes())
	if errors.Is(err, collections.ErrNotFound) {
		return nil, grpcerr.Query(types.ErrWorkerNotFound.Wrapf("no provision for %s", newcomer))
	} else if err != nil {
		return nil, grpcerr.Query(err)
	}
	commitment, err := q.k.SeedCommitment.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, grpcerr.Query(types.ErrNoCommitment)
	} else if err != nil {
		return nil, grpcerr.Query(err)
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
			return nil, grpcerr.Query(err)
		}
		epoch = cur.Number
	}
	ws, err := q.k.WorkerSets.Get(ctx, epoch)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, grpcerr.Query(types.ErrWorkerNotFound.Wrapf("no worker set for epoch %d (unknown or pruned)", epoch))
	} else if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryWorkerSetResponse{WorkerSet: ws}, nil
}

// Selected returns the workers selected for a contract.
func (q queryServer) Selected(ctx context.Context, req *types.QuerySelectedRequest) (*types.QuerySelectedResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	contract, err := hexarg.Address("contract", req.Contract)
	if err != nil {
		return nil, grpcerr.InvalidArgument(err)
	}
	group, e, err := q.k.Selected(ctx, contract, req.Epoch)
	if err != nil {
		return nil, grpcerr.Query(err)
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
		return nil, grpcerr.Query(err)
	}
	return &types.QueryParamsResponse{Params: p}, nil
}
