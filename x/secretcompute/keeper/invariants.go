package keeper

import (
	"bytes"
	"context"
	"fmt"

	"cosmossdk.io/collections"

	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// CheckInvariants verifies what must always hold. SDK v0.55 has no x/crisis
// to run it every block; tests run it after every flow, and an operator can
// run it against an exported state.
//
//   - every contract's delta log is continuous from 0 to next_delta − 1,
//     each delta naming the previous one's hash, the last one's being head;
//   - every receipt is stored under its key (types.ReceiptKey: the task id
//     for a task's own receipt, so a task has at most one; the task id and
//     sequence for a refused record's), has exactly one sequence, and every
//     sequence points to one receipt;
//   - batches cover consecutive sequence ranges from 1 without overlap, and
//     a receipt's batch is the one whose range holds its sequence (so every
//     receipt is in at most one batch);
//   - no task-data claim is in the state (claims live only in CheckTx's and
//     the proposals' states, which are never committed).
func (k Keeper) CheckInvariants(ctx context.Context) error {
	claims, err := k.Claims.Iterate(ctx, nil)
	if err != nil {
		return err
	}
	claimed := claims.Valid()
	claims.Close()
	if claimed {
		return fmt.Errorf("a task-data claim is in the state being checked")
	}
	if err := k.Contracts.Walk(ctx, nil, func(addr []byte, c types.SecretContract) (bool, error) {
		prev := make([]byte, 32)
		var n uint64
		err := k.Deltas.Walk(ctx, collections.NewPrefixedPairRange[[]byte, uint64](addr), func(key collections.Pair[[]byte, uint64], d types.Delta) (bool, error) {
			if key.K2() != n || d.Index != n || !bytes.Equal(d.PrevHash, prev) {
				return true, fmt.Errorf("contract %x: delta %d does not follow on", addr, key.K2())
			}
			prev, n = d.Hash, n+1
			return false, nil
		})
		if err != nil {
			return true, err
		}
		if n != c.NextDelta || !bytes.Equal(prev, c.HeadHash) {
			return true, fmt.Errorf("contract %x: head %d/%x, log ends at %d/%x", addr, c.NextDelta, c.HeadHash, n, prev)
		}
		return false, nil
	}); err != nil {
		return err
	}
	// Every pending task is in the index under its worker, and nothing
	// else is.
	assigned := 0
	if err := k.Assigned.Walk(ctx, nil, func(key collections.Pair[[]byte, []byte]) (bool, error) {
		assigned++
		t, err := k.Tasks.Get(ctx, key.K2())
		if err != nil || t.Status != types.TASK_STATUS_PENDING || !bytes.Equal(t.Worker, key.K1()) {
			return true, fmt.Errorf("task %x is indexed as assigned to %x but is not pending with it", key.K2(), key.K1())
		}
		return false, nil
	}); err != nil {
		return err
	}
	pending := 0
	if err := k.Tasks.Walk(ctx, nil, func(_ []byte, t types.Task) (bool, error) {
		if t.Status == types.TASK_STATUS_PENDING {
			pending++
		}
		return false, nil
	}); err != nil {
		return err
	}
	if pending != assigned {
		return fmt.Errorf("%d pending tasks, %d indexed as assigned", pending, assigned)
	}
	receipts := 0
	if err := k.Receipts.Walk(ctx, nil, func(key []byte, r types.Receipt) (bool, error) {
		receipts++
		if !bytes.Equal(key, types.ReceiptKey(&r)) {
			return true, fmt.Errorf("receipt %x of task %x at sequence %d is stored under another key", key, r.TaskId, r.Sequence)
		}
		got, err := k.Sequences.Get(ctx, r.Sequence)
		if err != nil || !bytes.Equal(got, key) {
			return true, fmt.Errorf("receipt %x: sequence %d does not point back to it", key, r.Sequence)
		}
		return false, nil
	}); err != nil {
		return err
	}
	sequences := 0
	if err := k.Sequences.Walk(ctx, nil, func(uint64, []byte) (bool, error) { sequences++; return false, nil }); err != nil {
		return err
	}
	if sequences != receipts {
		return fmt.Errorf("%d sequences for %d receipts", sequences, receipts)
	}
	next := uint64(1)
	return k.Batches.Walk(ctx, nil, func(nonce uint64, b types.Batch) (bool, error) {
		if b.FirstSequence != next || b.LastSequence < b.FirstSequence {
			return true, fmt.Errorf("batch %d covers %d..%d, expected to start at %d", nonce, b.FirstSequence, b.LastSequence, next)
		}
		for s := b.FirstSequence; s <= b.LastSequence; s++ {
			id, err := k.Sequences.Get(ctx, s)
			if err != nil {
				return true, err
			}
			r, err := k.Receipts.Get(ctx, id)
			if err != nil || r.Batch != nonce {
				return true, fmt.Errorf("receipt %d is not marked as in batch %d", s, nonce)
			}
		}
		next = b.LastSequence + 1
		return false, nil
	})
}
