package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"

	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// InitGenesis loads a validated genesis state.
func (k Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	for _, c := range gs.Contracts {
		if err := k.Contracts.Set(ctx, c.Address, c); err != nil {
			return err
		}
	}
	for _, t := range gs.Tasks {
		if err := k.Tasks.Set(ctx, t.Id, t); err != nil {
			return err
		}
		if t.DeadlineHeight != 0 {
			if err := k.Deadlines.Set(ctx, collections.Join(t.DeadlineHeight, t.Id)); err != nil {
				return err
			}
		}
		if t.Status == types.TASK_STATUS_PENDING {
			if err := k.Assigned.Set(ctx, collections.Join(t.Worker, t.Id)); err != nil {
				return err
			}
		}
	}
	for _, d := range gs.Deltas {
		if err := k.Deltas.Set(ctx, collections.Join(d.Contract, d.Index), d); err != nil {
			return err
		}
	}
	var lastBatched uint64
	for _, r := range gs.Receipts {
		key := types.ReceiptKey(&r)
		if err := k.Receipts.Set(ctx, key, r); err != nil {
			return err
		}
		if err := k.Sequences.Set(ctx, r.Sequence, key); err != nil {
			return err
		}
		if r.Batch != 0 && r.Sequence > lastBatched {
			lastBatched = r.Sequence
		}
	}
	var lastNonce uint64
	for _, b := range gs.Batches {
		if err := k.Batches.Set(ctx, b.Nonce, b); err != nil {
			return err
		}
		lastNonce = max(lastNonce, b.Nonce)
	}
	if err := k.NextSequence.Set(ctx, gs.NextSequence-1); err != nil {
		return err
	}
	if err := k.NextBatch.Set(ctx, lastNonce); err != nil {
		return err
	}
	if err := k.LastRecordNonce.Set(ctx, gs.LastRecordNonce); err != nil {
		return err
	}
	return k.LastBatched.Set(ctx, lastBatched)
}

// ExportGenesis exports everything.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	gs := &types.GenesisState{Params: p}
	if err := k.Contracts.Walk(ctx, nil, func(_ []byte, c types.SecretContract) (bool, error) {
		gs.Contracts = append(gs.Contracts, c)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Tasks.Walk(ctx, nil, func(_ []byte, t types.Task) (bool, error) {
		gs.Tasks = append(gs.Tasks, t)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Deltas.Walk(ctx, nil, func(_ collections.Pair[[]byte, uint64], d types.Delta) (bool, error) {
		gs.Deltas = append(gs.Deltas, d)
		return false, nil
	}); err != nil {
		return nil, err
	}
	// In sequence order, each under the key its sequence points to (the
	// same key types.ReceiptKey gives it back on import).
	if err := k.Sequences.Walk(ctx, nil, func(_ uint64, key []byte) (bool, error) {
		r, err := k.Receipts.Get(ctx, key)
		gs.Receipts = append(gs.Receipts, r)
		return false, err
	}); err != nil {
		return nil, err
	}
	if err := k.Batches.Walk(ctx, nil, func(_ uint64, b types.Batch) (bool, error) {
		gs.Batches = append(gs.Batches, b)
		return false, nil
	}); err != nil {
		return nil, err
	}
	next, err := k.NextSequence.Peek(ctx)
	if err != nil && !errors.Is(err, collections.ErrNotFound) {
		return nil, err
	}
	gs.NextSequence = next + 1
	if gs.LastRecordNonce, err = k.LastRecordNonce.Get(ctx); err != nil && !errors.Is(err, collections.ErrNotFound) {
		return nil, err
	}
	return gs, nil
}
