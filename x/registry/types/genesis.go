package types

import (
	"bytes"
)

// DefaultGenesis returns default params and no workers.
func DefaultGenesis() *GenesisState { return &GenesisState{Params: DefaultParams()} }

// Validate checks params and that workers are well formed, sorted by
// enclave address, with one worker per operator.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	operators := map[string]bool{}
	for i, w := range gs.Workers {
		if len(w.EnclaveAddress) != 20 {
			return ErrInvalidGenesis.Wrapf("worker %d: enclave address must be 20 bytes", i)
		}
		if i > 0 && bytes.Compare(gs.Workers[i-1].EnclaveAddress, w.EnclaveAddress) >= 0 {
			return ErrInvalidGenesis.Wrapf("workers must be sorted by enclave address, without repeats (at %d)", i)
		}
		if operators[w.Operator] {
			return ErrInvalidGenesis.Wrapf("operator %s has two workers", w.Operator)
		}
		operators[w.Operator] = true
		if err := w.Stake.Validate(); err != nil {
			return ErrInvalidGenesis.Wrapf("worker %d stake: %s", i, err)
		}
		if w.Status != WORKER_STATUS_ACTIVE && w.Status != WORKER_STATUS_UNBONDING {
			return ErrInvalidGenesis.Wrapf("worker %d: unknown status %s", i, w.Status)
		}
	}
	if n := len(gs.SeedCommitment); n != 0 && n != SeedCommitmentSize {
		return ErrInvalidGenesis.Wrapf("seed_commitment must be %d bytes, got %d", SeedCommitmentSize, n)
	}
	for i, p := range gs.Provisions {
		if len(p.Newcomer) != 20 || len(p.Provider) != 20 {
			return ErrInvalidGenesis.Wrapf("provision %d: addresses must be 20 bytes", i)
		}
	}
	for i, ws := range gs.WorkerSets {
		if i > 0 && gs.WorkerSets[i-1].Epoch >= ws.Epoch {
			return ErrInvalidGenesis.Wrapf("worker sets must be in increasing epoch order")
		}
	}
	return nil
}
