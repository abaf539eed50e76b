package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/enigmad/enigmad/internal/grpcerr"
	"github.com/enigmad/enigmad/x/bridge/types"
)

type queryServer struct{ k Keeper }

var _ types.QueryServer = queryServer{}

// NewQueryServerImpl returns the x/bridge Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k: k} }

// Bounds of the list queries.
const (
	maxAttestationsPerQuery = 1000
	maxPendingBatches       = 100
)

var errEmpty = status.Error(codes.InvalidArgument, "empty request")

// Params returns the params.
func (q queryServer) Params(ctx context.Context, req *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	if req == nil {
		return nil, errEmpty
	}
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

// Status returns where the bridge stands.
func (q queryServer) Status(ctx context.Context, req *types.QueryStatusRequest) (*types.QueryStatusResponse, error) {
	if req == nil {
		return nil, errEmpty
	}
	res := &types.QueryStatusResponse{}
	var err error
	if res.LastObserved, err = q.k.lastObserved(ctx); err != nil {
		return nil, grpcerr.Query(err)
	}
	switch latest, err := q.k.LatestValset.Get(ctx); {
	case err == nil:
		res.LatestValsetNonce, res.HasValset = latest, true
	case !errors.Is(err, collections.ErrNotFound):
		return nil, grpcerr.Query(err)
	}
	if res.LastEthValsetNonce, err = uint64Or(ctx, q.k.LastEthValsetNonce); err != nil {
		return nil, grpcerr.Query(err)
	}
	if res.LastEthBatchNonce, err = uint64Or(ctx, q.k.LastEthBatchNonce); err != nil {
		return nil, grpcerr.Query(err)
	}
	if res.LastBatchNonce, err = q.k.compute.LastBatchNonce(ctx); err != nil {
		return nil, grpcerr.Query(err)
	}
	return res, nil
}

// Orchestrators lists the orchestrators.
func (q queryServer) Orchestrators(ctx context.Context, req *types.QueryOrchestratorsRequest) (*types.QueryOrchestratorsResponse, error) {
	if req == nil {
		return nil, errEmpty
	}
	// One per validator with power or once with power: bounded by the
	// validator set's history, never by users.
	var out []types.Orchestrator
	err := q.k.Orchestrators.Walk(ctx, nil, func(_ []byte, o types.Orchestrator) (bool, error) {
		out = append(out, o)
		return false, nil
	})
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryOrchestratorsResponse{Orchestrators: out}, nil
}

// Orchestrator finds one validator's bridge keys.
func (q queryServer) Orchestrator(ctx context.Context, req *types.QueryOrchestratorRequest) (*types.QueryOrchestratorResponse, error) {
	if req == nil {
		return nil, errEmpty
	}
	val, err := q.k.findValidator(ctx, req.Address)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	o, err := q.k.Orchestrators.Get(ctx, val)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryOrchestratorResponse{Orchestrator: o}, nil
}

// Cursor returns a validator's last claim.
func (q queryServer) Cursor(ctx context.Context, req *types.QueryCursorRequest) (*types.QueryCursorResponse, error) {
	if req == nil {
		return nil, errEmpty
	}
	val, err := q.k.findValidator(ctx, req.Address)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	c, err := q.k.Cursors.Get(ctx, val)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryCursorResponse{Cursor: c}, nil
}

// Attestations lists the pending claims, lowest nonce first.
func (q queryServer) Attestations(ctx context.Context, req *types.QueryAttestationsRequest) (*types.QueryAttestationsResponse, error) {
	if req == nil {
		return nil, errEmpty
	}
	limit := int(req.Limit)
	if limit == 0 || limit > maxAttestationsPerQuery {
		limit = maxAttestationsPerQuery
	}
	var out []types.Attestation
	err := q.k.Attestations.Walk(ctx, nil, func(key collections.Pair[uint64, []byte], a types.Attestation) (bool, error) {
		a, err := q.k.attestationWithVotes(ctx, key, a)
		out = append(out, a)
		return len(out) >= limit, err
	})
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryAttestationsResponse{Attestations: out}, nil
}

// Valset returns a validator set and its checkpoint.
func (q queryServer) Valset(ctx context.Context, req *types.QueryValsetRequest) (*types.QueryValsetResponse, error) {
	if req == nil {
		return nil, errEmpty
	}
	nonce := req.Nonce
	if req.Latest {
		latest, err := q.k.LatestValset.Get(ctx)
		if errors.Is(err, collections.ErrNotFound) {
			return nil, grpcerr.Query(types.ErrUnknownValset.Wrap("no validator set yet: no bonded validator has named an orchestrator"))
		}
		if err != nil {
			return nil, grpcerr.Query(err)
		}
		nonce = latest
	}
	v, err := q.k.Valsets.Get(ctx, nonce)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, grpcerr.Query(types.ErrUnknownValset.Wrapf("validator set %d (sets below the contract's are pruned)", nonce))
	}
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryValsetResponse{Valset: v, Checkpoint: checkpointHex(p, v)}, nil
}

// ValsetConfirms returns a validator set's signatures.
func (q queryServer) ValsetConfirms(ctx context.Context, req *types.QueryValsetConfirmsRequest) (*types.QueryValsetConfirmsResponse, error) {
	if req == nil {
		return nil, errEmpty
	}
	cs, err := confirmsOf(ctx, q.k.ValsetConfirms, req.Nonce)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryValsetConfirmsResponse{Confirms: cs}, nil
}

// BatchConfirms returns a batch's signatures and digest.
func (q queryServer) BatchConfirms(ctx context.Context, req *types.QueryBatchConfirmsRequest) (*types.QueryBatchConfirmsResponse, error) {
	if req == nil {
		return nil, errEmpty
	}
	params, err := q.k.configuredParams(ctx)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	digest, err := q.k.batchDigest(ctx, params, req.Nonce)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	cs, err := confirmsOf(ctx, q.k.BatchConfirms, req.Nonce)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	return &types.QueryBatchConfirmsResponse{Confirms: cs, Digest: digest.Hex()}, nil
}

func confirmsOf(ctx context.Context, m collections.Map[collections.Pair[uint64, []byte], types.Confirm], nonce uint64) ([]types.Confirm, error) {
	var out []types.Confirm
	err := m.Walk(ctx, collections.NewPrefixedPairRange[uint64, []byte](nonce), func(_ collections.Pair[uint64, []byte], c types.Confirm) (bool, error) {
		out = append(out, c)
		return false, nil
	})
	return out, err
}

// Pending returns what a validator has yet to sign.
func (q queryServer) Pending(ctx context.Context, req *types.QueryPendingRequest) (*types.QueryPendingResponse, error) {
	if req == nil {
		return nil, errEmpty
	}
	params, err := q.k.configuredParams(ctx)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	val, err := q.k.findValidator(ctx, req.Address)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	o, err := q.k.Orchestrators.Get(ctx, val)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	keys, err := q.k.contractKeys(ctx)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	// Pending: not confirmed, or confirmed with a key the contract's
	// current set does not know the validator by.
	pending := func(m collections.Map[collections.Pair[uint64, []byte], types.Confirm], n uint64) (bool, error) {
		c, err := m.Get(ctx, collections.Join(n, val))
		if errors.Is(err, collections.ErrNotFound) {
			return true, nil
		}
		return err == nil && !counts(c, keys[o.Validator]), err
	}
	res := &types.QueryPendingResponse{}
	onEth, err := uint64Or(ctx, q.k.LastEthValsetNonce)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	err = q.k.Valsets.Walk(ctx, new(collections.Range[uint64]).StartExclusive(onEth), func(n uint64, v types.Valset) (bool, error) {
		todo, err := pending(q.k.ValsetConfirms, n)
		if err != nil || !todo {
			return false, err
		}
		res.Valsets = append(res.Valsets, types.PendingSigning{Nonce: n, Digest: checkpoint(params, v).Hex()})
		return false, nil
	})
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	batchOnEth, err := uint64Or(ctx, q.k.LastEthBatchNonce)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	last, err := q.k.compute.LastBatchNonce(ctx)
	if err != nil {
		return nil, grpcerr.Query(err)
	}
	for n := batchOnEth + 1; n <= last && len(res.Batches) < maxPendingBatches; n++ {
		todo, err := pending(q.k.BatchConfirms, n)
		if err != nil {
			return nil, grpcerr.Query(err)
		}
		if !todo {
			continue
		}
		digest, err := q.k.batchDigest(ctx, params, n)
		if err != nil {
			return nil, grpcerr.Query(err)
		}
		res.Batches = append(res.Batches, types.PendingSigning{Nonce: n, Digest: digest.Hex()})
	}
	return res, nil
}
