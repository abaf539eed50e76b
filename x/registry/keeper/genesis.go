package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"

	"github.com/enigmad/enigmad/x/registry/types"
)

// InitGenesis loads a validated genesis state. The stakes of genesis workers
// must already be in the module account (bank genesis).
func (k Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	for _, w := range gs.Workers {
		op, err := k.addressCodec.StringToBytes(w.Operator)
		if err != nil {
			return err
		}
		if err := k.Workers.Set(ctx, w.EnclaveAddress, w); err != nil {
			return err
		}
		if err := k.WorkerByOperator.Set(ctx, op, w.EnclaveAddress); err != nil {
			return err
		}
	}
	if len(gs.SeedCommitment) > 0 {
		if err := k.SeedCommitment.Set(ctx, gs.SeedCommitment); err != nil {
			return err
		}
	}
	for _, p := range gs.Provisions {
		if err := k.Provisions.Set(ctx, p.Newcomer, p); err != nil {
			return err
		}
	}
	for _, ws := range gs.WorkerSets {
		if err := k.WorkerSets.Set(ctx, ws.Epoch, ws); err != nil {
			return err
		}
	}
	return nil
}

// ExportGenesis exports the module state.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	gs := &types.GenesisState{Params: p}
	if err := k.Workers.Walk(ctx, nil, func(_ []byte, w types.Worker) (bool, error) {
		gs.Workers = append(gs.Workers, w)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if gs.SeedCommitment, err = k.SeedCommitment.Get(ctx); err != nil && !errors.Is(err, collections.ErrNotFound) {
		return nil, err
	}
	if err := k.Provisions.Walk(ctx, nil, func(_ []byte, p types.Provision) (bool, error) {
		gs.Provisions = append(gs.Provisions, p)
		return false, nil
	}); err != nil {
		return nil, err
	}
	err = k.WorkerSets.Walk(ctx, nil, func(_ uint64, ws types.WorkerSet) (bool, error) {
		gs.WorkerSets = append(gs.WorkerSets, ws)
		return false, nil
	})
	return gs, err
}
