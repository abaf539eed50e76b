package loadgen

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/enclave/receipt"
)

// Accounting is the run checked against Ethereum and the contracts: every
// task recorded on Ethereum was answered exactly once (a result or a
// failure), each success applied once, each failure refundable once.
type Accounting struct {
	// RecordedOnEthereum counts the run's senders' TaskRecordCreated events.
	RecordedOnEthereum int `json:"recorded_on_ethereum"`
	// Succeeded and Failed count the receipts of those tasks (failures
	// include timeouts); Lost those recorded with no receipt.
	Succeeded int `json:"succeeded"`
	Failed    int `json:"failed"`
	Lost      int `json:"lost"`
	// Duplicates counts Counter values (one count per contract and
	// caller) returned twice over all runs (a
	// task applied twice, or a state replayed wrong); Gaps values never
	// returned (an increment applied that no receipt reports).
	Duplicates int `json:"duplicates"`
	Gaps       int `json:"gaps"`
	// Refunded counts failed tasks refunded on Ethereum; RefusedTwice
	// those whose second claim the bridge refused (AlreadyClaimed), as it
	// must.
	Refunded     int `json:"refunded"`
	RefusedTwice int `json:"refused_twice"`
}

// OK says whether nothing was lost, doubled or paid twice.
func (a Accounting) OK(refunds bool) error {
	var bad []string
	if a.Lost != 0 {
		bad = append(bad, fmt.Sprintf("%d recorded tasks have no receipt", a.Lost))
	}
	if a.RecordedOnEthereum != a.Succeeded+a.Failed+a.Lost {
		bad = append(bad, fmt.Sprintf("%d recorded on Ethereum, %d answered", a.RecordedOnEthereum, a.Succeeded+a.Failed))
	}
	if a.Duplicates != 0 || a.Gaps != 0 {
		bad = append(bad, fmt.Sprintf("the counters returned %d values twice and skipped %d", a.Duplicates, a.Gaps))
	}
	if refunds && (a.Refunded != a.Failed || a.RefusedTwice != a.Failed) {
		bad = append(bad, fmt.Sprintf("%d failed tasks, %d refunded, %d second claims refused", a.Failed, a.Refunded, a.RefusedTwice))
	}
	if len(bad) > 0 {
		return fmt.Errorf("accounting: %s", strings.Join(bad, "; "))
	}
	return nil
}

// account fills rep.Accounting: the tasks Ethereum recorded against the
// receipts the run read, the counters' values over every run, and (with
// Config.Refunds) every failed task's refund claimed twice.
func (n *Network) account(ctx context.Context, r *run, recorded map[common.Hash]bool, rep *Report) {
	a := &rep.Accounting
	a.RecordedOnEthereum = len(recorded)
	var failed []*task
	r.mu.Lock()
	for id := range recorded {
		t, ok := r.tasks[hexID(id)]
		switch {
		case !ok || t.receipt == nil:
			a.Lost++
		case t.status == receipt.StatusSuccess.String():
			a.Succeeded++
		default:
			a.Failed++
			failed = append(failed, t)
		}
	}
	n.countsMu.Lock()
	for _, t := range r.tasks {
		if t.value != 0 && recorded[t.sealed.TaskID] {
			// Counter keeps a count per caller.
			k := counter{t.sealed.Contract, t.sender.Sender()}
			n.counts[k] = append(n.counts[k], t.value)
		}
	}
	for _, vs := range n.counts {
		slices.Sort(vs)
		for i := 1; i < len(vs); i++ {
			if vs[i] == vs[i-1] {
				a.Duplicates++
			}
		}
		if len(vs) > 0 {
			a.Gaps += int(vs[len(vs)-1]) - len(slices.Compact(slices.Clone(vs)))
		}
	}
	n.countsMu.Unlock()
	r.mu.Unlock()
	if !r.cfg.Refunds {
		return
	}
	for _, t := range failed {
		p, err := n.Client.Proof(ctx, t.receipt)
		if err != nil {
			rep.Errors = append(rep.Errors, fmt.Sprintf("refund of %s: %v", t.sealed.TaskID, err))
			continue
		}
		if _, err := t.sender.ClaimRefund(ctx, p, t.record); err != nil {
			rep.Errors = append(rep.Errors, fmt.Sprintf("refund of %s: %v", t.sealed.TaskID, err))
			continue
		}
		a.Refunded++
		if _, err := t.sender.ClaimRefund(ctx, p, t.record); err != nil && strings.Contains(err.Error(), "AlreadyClaimed") {
			a.RefusedTwice++
		} else {
			rep.Errors = append(rep.Errors, fmt.Sprintf("a second refund of %s: %v", t.sealed.TaskID, err))
		}
	}
}
