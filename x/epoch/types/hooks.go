package types

import "context"

// EpochHooks lets other modules act at epoch boundaries. It keeps the shape
// of the SDK's x/epochs hooks without the identifier, since this chain has a
// single block-counted epoch. Both run in the first block of the new epoch,
// AfterEpochEnd first. Each hook runs in its own cache context whose writes
// are dropped if it returns an error (the error is logged and emitted; the
// chain goes on, as with x/epochs, so one faulty hook cannot halt it).
type EpochHooks interface {
	// AfterEpochEnd is called once when epoch epochNumber has closed.
	AfterEpochEnd(ctx context.Context, epochNumber uint64) error
	// BeforeEpochStart is called once when epoch epochNumber opens, after its
	// seed is stored, so the hook can read it through the keeper.
	BeforeEpochStart(ctx context.Context, epochNumber uint64) error
}
