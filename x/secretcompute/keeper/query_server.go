package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"
	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/internal/grpcerr"
	"github.com/enigmad/enigmad/internal/hexarg"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

type queryServer struct{ k Keeper }

var _ types.QueryServer = queryServer{}

// NewQueryServerImpl returns the x/secretcompute Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k: k} }

// MaxDeltasPerQuery bounds one Deltas or Receipts page.
const MaxDeltasPerQuery = 1000

// Contract returns a contract.
func (q queryServer) Contract(ctx context.Context, req *types.QueryContractRequest) (*types.QueryContractResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	addr, err := hexarg.Address("address", req.Address)
	if err != nil {
		return nil, grpcerr.InvalidArgument(err)
	}
	c, err := q.k.contract(ctx, addr.Bytes())
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryContractResponse{Contract: c}, nil
}

// Contracts lists contracts.
func (q queryServer) Contracts(ctx context.Context, req *types.QueryContractsRequest) (*types.QueryContractsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if err := grpcerr.CheckPage(req.Pagination); err != nil {
		return nil, err
	}
	cs, page, err := query.CollectionPaginate(ctx, q.k.Contracts, req.Pagination,
		func(_ []byte, c types.SecretContract) (types.SecretContract, error) { return c, nil })
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryContractsResponse{Contracts: cs, Pagination: page}, nil
}

// Task returns a task and its receipt.
func (q queryServer) Task(ctx context.Context, req *types.QueryTaskRequest) (*types.QueryTaskResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	id, err := hexarg.Hash("task_id", req.TaskId)
	if err != nil {
		return nil, grpcerr.InvalidArgument(err)
	}
	t, err := q.k.task(ctx, id.Bytes())
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	res := &types.QueryTaskResponse{Task: t}
	switch r, err := q.k.Receipts.Get(ctx, id.Bytes()); {
	case err == nil:
		res.Receipt = &r
	case !errors.Is(err, collections.ErrNotFound):
		return nil, grpcerr.Query(err)
	}
	return res, nil
}

// Deltas returns a contract's deltas from an index, in order.
func (q queryServer) Deltas(ctx context.Context, req *types.QueryDeltasRequest) (*types.QueryDeltasResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	addr, err := hexarg.Address("address", req.Address)
	if err != nil {
		return nil, grpcerr.InvalidArgument(err)
	}
	limit := req.Limit
	if limit == 0 {
		limit = 100
	}
	if limit > MaxDeltasPerQuery {
		return nil, status.Errorf(codes.InvalidArgument, "limit %d exceeds %d", limit, MaxDeltasPerQuery)
	}
	c, err := q.k.contract(ctx, addr.Bytes())
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	res := &types.QueryDeltasResponse{NextIndex: req.FromIndex}
	rng := collections.NewPrefixedPairRange[[]byte, uint64](addr.Bytes()).StartInclusive(req.FromIndex)
	err = q.k.Deltas.Walk(ctx, rng, func(_ collections.Pair[[]byte, uint64], d types.Delta) (bool, error) {
		res.Deltas = append(res.Deltas, d)
		res.NextIndex = d.Index + 1
		return uint64(len(res.Deltas)) >= limit, nil
	})
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	if res.NextIndex > c.NextDelta {
		res.NextIndex = c.NextDelta
	}
	return res, nil
}

// Receipts returns receipts in commit order from a sequence.
func (q queryServer) Receipts(ctx context.Context, req *types.QueryReceiptsRequest) (*types.QueryReceiptsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	limit := req.Limit
	if limit == 0 {
		limit = 100
	}
	if limit > MaxDeltasPerQuery {
		return nil, status.Errorf(codes.InvalidArgument, "limit %d exceeds %d", limit, MaxDeltasPerQuery)
	}
	from := max(req.FromSequence, 1)
	res := &types.QueryReceiptsResponse{NextSequence: from}
	err := q.k.Sequences.Walk(ctx, new(collections.Range[uint64]).StartInclusive(from), func(seq uint64, id []byte) (bool, error) {
		r, err := q.k.Receipts.Get(ctx, id)
		if err != nil {
			return true, err
		}
		res.Receipts = append(res.Receipts, r)
		res.NextSequence = seq + 1
		return uint64(len(res.Receipts)) >= limit, nil
	})
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return res, nil
}

// Batch returns a batch.
func (q queryServer) Batch(ctx context.Context, req *types.QueryBatchRequest) (*types.QueryBatchResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	b, err := q.k.Batches.Get(ctx, req.Nonce)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, grpcerr.Query(types.ErrNotFound.Wrapf("no batch %d", req.Nonce))
	} else if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryBatchResponse{Batch: b}, nil
}

// ReceiptProof returns a receipt's Merkle proof: the task's own receipt, or
// with a sequence the receipt at that sequence if it is the task id's (a
// refused record's).
func (q queryServer) ReceiptProof(ctx context.Context, req *types.QueryReceiptProofRequest) (*types.QueryReceiptProofResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	id, err := hexarg.Hash("task_id", req.TaskId)
	if err != nil {
		return nil, grpcerr.InvalidArgument(err)
	}
	b, r, proof, err := q.k.ReceiptProofAt(ctx, id.Bytes(), req.Sequence)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	recordHash := r.RecordHash
	if len(recordHash) == 0 && r.Status == uint32(receipt.StatusRefused) {
		// Its leaf commits to a record that is no task's: without the hash
		// no claim can be built, and the task's would mislead.
		return nil, status.Error(codes.Internal, "a refused receipt without its record hash")
	}
	if len(recordHash) == 0 {
		// A receipt stored before consensus version 3: its record is its
		// task's (refused receipts always carry their record's hash).
		t, err := q.k.Tasks.Get(ctx, id.Bytes())
		if err != nil {
			return nil, grpcerr.Query(err)
		}
		recordHash = recordOf(&t).Hash().Bytes()
	}
	res := &types.QueryReceiptProofResponse{Batch: b.Nonce, Root: b.Root, Leaf: r.Leaf, Receipt: &r,
		ReceiptHash: r.EnclaveReceipt().Hash().Bytes(), CallbackHash: types.CallbackHash(r.CallbackTarget, r.CallbackData).Bytes(),
		RecordHash: recordHash, FirstSequence: b.FirstSequence, LastSequence: b.LastSequence}
	for _, p := range proof {
		res.Proof = append(res.Proof, p.Bytes())
	}
	return res, nil
}

// Params returns the params.
func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

// Bounds of the AssignedTasks and TasksByID queries.
const (
	defaultAssignedPerQuery = 100
	maxAssignedPerQuery     = 1000
	maxAssignedIDsPerQuery  = 10000 // ids alone: 32 bytes each, no task read
	maxTasksByID            = 100
	maxTasksByIDBytes       = 4 << 20 // the tasks' size after which TasksByID stops
)

// AssignedTasks lists a worker's pending tasks in task id order.
func (q queryServer) AssignedTasks(ctx context.Context, req *types.QueryAssignedTasksRequest) (*types.QueryAssignedTasksResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	worker, err := hexarg.Address("worker", req.Worker)
	if err != nil {
		return nil, grpcerr.InvalidArgument(err)
	}
	limit := int(req.Limit)
	switch {
	case req.IdsOnly && (limit == 0 || limit > maxAssignedIDsPerQuery):
		limit = maxAssignedIDsPerQuery
	case limit == 0:
		limit = defaultAssignedPerQuery
	case !req.IdsOnly:
		limit = min(limit, maxAssignedPerQuery)
	}
	rng := collections.NewPrefixedPairRange[[]byte, []byte](worker.Bytes())
	if req.StartAfter != "" {
		after, err := hexarg.Hash("start_after", req.StartAfter)
		if err != nil {
			return nil, grpcerr.InvalidArgument(err)
		}
		rng = rng.StartExclusive(after.Bytes())
	}
	res := &types.QueryAssignedTasksResponse{}
	listed := 0
	err = q.k.Assigned.Walk(ctx, rng, func(key collections.Pair[[]byte, []byte]) (bool, error) {
		if listed == limit {
			res.More = true
			return true, nil
		}
		listed++
		if req.IdsOnly {
			res.TaskIds = append(res.TaskIds, key.K2())
			return false, nil
		}
		t, err := q.k.Tasks.Get(ctx, key.K2())
		res.Tasks = append(res.Tasks, t)
		return false, err
	})
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return res, nil
}

// TasksByID returns the tasks the chain knows among up to maxTasksByID ids,
// in the order asked.
func (q queryServer) TasksByID(ctx context.Context, req *types.QueryTasksByIDRequest) (*types.QueryTasksByIDResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if len(req.TaskIds) > maxTasksByID {
		return nil, status.Errorf(codes.InvalidArgument, "%d task ids: at most %d a query", len(req.TaskIds), maxTasksByID)
	}
	res := &types.QueryTasksByIDResponse{}
	seen := make(map[common.Hash]bool, len(req.TaskIds))
	size := 0
	for _, s := range req.TaskIds {
		id, err := hexarg.Hash("task_ids", s)
		if err != nil {
			return nil, grpcerr.InvalidArgument(err)
		}
		if seen[id] {
			continue // an id asked twice is answered once
		}
		seen[id] = true
		if size >= maxTasksByIDBytes {
			// A task may carry hundreds of KiB of data: the answer stops
			// here, and the ids not answered are asked again.
			res.More = true
			break
		}
		switch t, err := q.k.Tasks.Get(ctx, id.Bytes()); {
		case err == nil:
			res.Tasks = append(res.Tasks, t)
			size += t.Size()
		case !errors.Is(err, collections.ErrNotFound):
			return nil, grpcerr.Query(err)
		}
	}
	return res, nil
}
