package types

const (
	// DefaultEpochLength is the default number of blocks in an epoch.
	DefaultEpochLength uint64 = 20
	// DefaultKeepEpochs is the default number of closed epochs kept in state.
	DefaultKeepEpochs uint64 = 8
	// MaxKeepEpochs bounds the kept history so that state and the pruning
	// done in one block stay small.
	MaxKeepEpochs uint64 = 10_000
)

// DefaultParams returns the default x/epoch params.
func DefaultParams() Params {
	return Params{EpochLength: DefaultEpochLength, KeepEpochs: DefaultKeepEpochs}
}

// Validate checks the params. The previous epoch must always be kept because
// a task may name it (docs/design.md §2, epoch boundaries).
func (p Params) Validate() error {
	if p.EpochLength == 0 {
		return ErrInvalidParams.Wrap("epoch_length must be at least 1 block")
	}
	if p.KeepEpochs == 0 {
		return ErrInvalidParams.Wrap("keep_epochs must be at least 1: tasks may name the previous epoch")
	}
	if p.KeepEpochs > MaxKeepEpochs {
		return ErrInvalidParams.Wrapf("keep_epochs %d exceeds the maximum %d", p.KeepEpochs, MaxKeepEpochs)
	}
	return nil
}
