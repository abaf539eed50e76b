package keeper

import (
	"context"
)

// EndBlocker observes the events whose claims reached more than 2/3 of the
// power, makes a new validator set when the power moved, and checks the
// confirmation windows that ended.
func (k Keeper) EndBlocker(ctx context.Context) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if err := k.tally(ctx); err != nil {
		return err
	}
	if err := k.updateValset(ctx, params); err != nil {
		return err
	}
	if !params.Configured() {
		return nil
	}
	return k.checkLiveness(ctx, params)
}
