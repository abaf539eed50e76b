package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"

	"github.com/enigmad/enigmad/x/epoch/types"
)

// InitGenesis loads a validated genesis state.
func (k Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	if len(gs.GenesisSeed) != 0 {
		if err := k.GenesisSeed.Set(ctx, gs.GenesisSeed); err != nil {
			return err
		}
	}
	for _, e := range gs.Epochs {
		if err := k.Epochs.Set(ctx, e.Number, e); err != nil {
			return err
		}
	}
	if n := len(gs.Epochs); n > 0 {
		current := gs.Epochs[n-1].Number
		if err := k.Current.Set(ctx, current); err != nil {
			return err
		}
		if len(gs.Beacon) != 0 {
			return k.Beacons.Set(ctx, current, gs.Beacon)
		}
	}
	return nil
}

// ExportGenesis returns the module state as genesis.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	gs := &types.GenesisState{Params: params}
	if gs.GenesisSeed, err = k.GenesisSeed.Get(ctx); err != nil && !errors.Is(err, collections.ErrNotFound) {
		return nil, err
	}
	if err := k.Epochs.Walk(ctx, nil, func(_ uint64, e types.Epoch) (bool, error) {
		gs.Epochs = append(gs.Epochs, e)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if n := len(gs.Epochs); n > 0 {
		beacon, err := k.Beacons.Get(ctx, gs.Epochs[n-1].Number)
		if err != nil && !errors.Is(err, collections.ErrNotFound) {
			return nil, err
		}
		gs.Beacon = beacon
	}
	return gs, nil
}
