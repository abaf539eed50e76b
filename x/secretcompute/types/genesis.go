package types

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/enclave/receipt"
)

// DefaultGenesis returns default params and no state.
func DefaultGenesis() *GenesisState { return &GenesisState{Params: DefaultParams(), NextSequence: 1} }

// Validate checks params and the shape of the state; the delta chain of
// every contract must be continuous and hash-linked.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	if gs.NextSequence == 0 {
		return ErrInvalidGenesis.Wrap("next_sequence starts at 1")
	}
	contracts := map[string]SecretContract{}
	for _, c := range gs.Contracts {
		if len(c.Address) != 20 {
			return ErrInvalidGenesis.Wrap("contract address must be 20 bytes")
		}
		contracts[string(c.Address)] = c
	}
	next := map[string]uint64{}
	head := map[string][]byte{}
	zero := make([]byte, 32) // the previous hash of every first delta
	for key := range contracts {
		head[key] = zero
	}
	for i, d := range gs.Deltas {
		key := string(d.Contract)
		if _, ok := contracts[key]; !ok {
			return ErrInvalidGenesis.Wrapf("delta %d of an unknown contract", i)
		}
		if d.Index != next[key] || string(d.PrevHash) != string(head[key]) {
			return ErrInvalidGenesis.Wrapf("delta %d breaks its contract's chain", i)
		}
		next[key], head[key] = d.Index+1, d.Hash
	}
	for key, c := range contracts {
		if c.NextDelta != next[key] || string(c.HeadHash) != string(head[key]) {
			return ErrInvalidGenesis.Wrapf("contract %x: head does not match its deltas", c.Address)
		}
	}
	// One task per id; an unfinished task has a deadline (or it would never
	// time out), and a pending one the 20-byte worker it is assigned to
	// (the index a worker restarts from is built from it).
	taskIDs := map[string]bool{}
	for i, t := range gs.Tasks {
		if len(t.Id) != 32 {
			return ErrInvalidGenesis.Wrapf("task %d: an id is 32 bytes", i)
		}
		if taskIDs[string(t.Id)] {
			return ErrInvalidGenesis.Wrapf("task %x appears twice", t.Id)
		}
		taskIDs[string(t.Id)] = true
		switch t.Status {
		case TASK_STATUS_PENDING:
			if len(t.Worker) != 20 {
				return ErrInvalidGenesis.Wrapf("pending task %x: its worker must be 20 bytes", t.Id)
			}
			fallthrough
		case TASK_STATUS_AWAITING_DATA:
			if t.DeadlineHeight <= 0 {
				return ErrInvalidGenesis.Wrapf("unfinished task %x has no deadline", t.Id)
			}
		case TASK_STATUS_DONE, TASK_STATUS_FAILED:
		default:
			return ErrInvalidGenesis.Wrapf("task %x: unknown status %d", t.Id, t.Status)
		}
	}
	// One receipt per key (a task's own receipt, or a refused record's) and
	// per sequence: the store keeps them under those and would silently
	// keep only one of two.
	seen := map[string]bool{}
	sequences := map[uint64]bool{}
	for _, r := range gs.Receipts {
		key := string(ReceiptKey(&r))
		if seen[key] {
			return ErrInvalidGenesis.Wrapf("two receipts for task %x", r.TaskId)
		}
		if sequences[r.Sequence] {
			return ErrInvalidGenesis.Wrapf("two receipts at sequence %d", r.Sequence)
		}
		if r.Sequence == 0 || r.Sequence >= gs.NextSequence {
			return ErrInvalidGenesis.Wrapf("receipt at sequence %d, outside 1 to next_sequence %d", r.Sequence, gs.NextSequence)
		}
		if r.Status == uint32(receipt.StatusRefused) && !refusedShape(&r) {
			return ErrInvalidGenesis.Wrapf("refused receipt at sequence %d is not one the chain writes", r.Sequence)
		}
		seen[key], sequences[r.Sequence] = true, true
	}
	return nil
}

// refusedShape reports whether r is a refused receipt as the chain writes
// one: no gas, no fee and no worker (nobody ran it), no output, delta,
// callback or signature, and the hash of the record it refunds.
func refusedShape(r *Receipt) bool {
	zero := func(b []byte) bool { return common.BytesToHash(b) == (common.Hash{}) }
	return r.GasUsed == 0 && (r.Fee.IsNil() || r.Fee.IsZero()) && common.BytesToAddress(r.Worker) == (common.Address{}) &&
		zero(r.OutputHash) && zero(r.DeltaHash) && r.DeltaIndex == 0 && len(r.Output) == 0 && len(r.CallbackTarget) == 0 &&
		len(r.CallbackData) == 0 && len(r.Signature) == 0 && len(r.RecordHash) == common.HashLength
}
