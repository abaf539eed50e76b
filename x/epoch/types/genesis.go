package types

import (
	"fmt"
)

// DefaultGenesis returns the genesis of a new chain: default params and no
// epoch yet (the first block opens epoch 1).
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams()}
}

// Validate checks a genesis state: valid params; epochs contiguous and in
// increasing number, all closed but the last, which is open; no more than the
// current one plus keep_epochs; 32-byte seeds; a beacon only with epochs.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	if n := len(gs.GenesisSeed); n != 0 && n != SeedSize {
		return ErrInvalidGenesis.Wrapf("genesis_seed must be %d bytes, got %d", SeedSize, n)
	}
	if len(gs.Epochs) == 0 {
		if len(gs.Beacon) != 0 {
			return ErrInvalidGenesis.Wrap("beacon given without a current epoch")
		}
		return nil
	}
	if uint64(len(gs.Epochs)) > gs.Params.KeepEpochs+1 {
		return ErrInvalidGenesis.Wrapf("%d epochs given, keep_epochs allows %d", len(gs.Epochs), gs.Params.KeepEpochs+1)
	}
	for i, e := range gs.Epochs {
		if err := e.validate(i == len(gs.Epochs)-1); err != nil {
			return ErrInvalidGenesis.Wrapf("epoch %d: %s", e.Number, err)
		}
		if i > 0 {
			prev := gs.Epochs[i-1]
			if e.Number != prev.Number+1 {
				return ErrInvalidGenesis.Wrapf("epoch %d follows epoch %d: numbers must be contiguous", e.Number, prev.Number)
			}
			if e.StartHeight != prev.EndHeight+1 {
				return ErrInvalidGenesis.Wrapf("epoch %d starts at %d but epoch %d ended at %d", e.Number, e.StartHeight, prev.Number, prev.EndHeight)
			}
		}
	}
	if n := len(gs.Beacon); n != 0 && n != SeedSize {
		return ErrInvalidGenesis.Wrapf("beacon must be %d bytes, got %d", SeedSize, n)
	}
	return nil
}

func (e Epoch) validate(current bool) error {
	switch {
	case e.Number == 0:
		return fmt.Errorf("number must be at least 1")
	case e.StartHeight <= 0:
		return fmt.Errorf("start_height must be positive")
	case len(e.Seed) != SeedSize:
		return fmt.Errorf("seed must be %d bytes", SeedSize)
	case e.SeedSource == SEED_SOURCE_UNSPECIFIED:
		return fmt.Errorf("seed_source must be set")
	case current && e.EndHeight != 0:
		return fmt.Errorf("the last epoch is the current one and must be open (end_height 0)")
	case !current && e.EndHeight < e.StartHeight:
		return fmt.Errorf("a closed epoch must end at or after its start")
	}
	return nil
}
