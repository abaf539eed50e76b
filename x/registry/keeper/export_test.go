package keeper

import (
	"context"

	"github.com/enigmad/enigmad/x/registry/selection"
)

// SelectionSet exposes selectionSet to the keeper's tests.
func (k Keeper) SelectionSet(ctx context.Context, epoch uint64) (*selection.Set, error) {
	return k.selectionSet(ctx, epoch)
}
