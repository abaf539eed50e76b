package keeper

import (
	"context"

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
	return nil
}

// ExportGenesis exports the module state.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	gs := &types.GenesisState{Params: p}
	err = k.Workers.Walk(ctx, nil, func(_ []byte, w types.Worker) (bool, error) {
		gs.Workers = append(gs.Workers, w)
		return false, nil
	})
	return gs, err
}
