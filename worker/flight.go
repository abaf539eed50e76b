package worker

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// Holding back: a task the enclave could not run, or whose result the
// chain refused, is skipped for a while (doubling from Config.HoldBack up
// to holdMax) so that it does not take a step's room from the others; it
// is tried again after, until its deadline on chain.
const holdMax = 2 * time.Minute

type backoff struct {
	until time.Time
	next  time.Duration
}

// hold holds a task (or another chore, by key) back after a refusal by
// by (enclave, chain, provision; why, err), longer each time.
func (w *Worker) hold(key, by, why string, err error) {
	w.cfg.Metrics.heldBack(by)
	w.mu.Lock()
	defer w.mu.Unlock()
	h, ok := w.held[key]
	if !ok {
		h.next = w.cfg.HoldBack
	}
	h.until = time.Now().Add(h.next)
	w.cfg.Logger.Error(why, "key", key, "retry_in", h.next.String(), "err", err)
	h.next = min(2*h.next, max(holdMax, w.cfg.HoldBack))
	if len(w.held) > 10_000 {
		// A bound, not a policy: tasks refused this often time out on
		// chain long before.
		clear(w.held)
	}
	w.held[key] = h
}

// holding says whether key is held back now; w.mu is held.
func (w *Worker) holding(key string) bool {
	h, ok := w.held[key]
	return ok && time.Now().Before(h.until)
}

// taskKey is a task's key in held.
func taskKey(id common.Hash) string { return "task/" + id.Hex() }

// closed returns a closed channel: no flight before the first.
func closed() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}

// flightTimeout bounds a flight (broadcast and wait): a call that hangs
// must not hold the flights after it forever. A transaction's TTL is a
// minute; its block is long known by then.
const flightTimeout = 3 * time.Minute

// launch sends results in one MsgCommitResults in the background. The
// results' tasks are in flight until the transaction is in a block or
// failed. Flights are handed to the node in the order they were launched
// (a contract's results chain on the ones before; blocks may still take
// them in another order, which costs a round, not a result) and wait for
// their blocks side by side. A failure shakes the flight's contracts:
// they are synced from the chain once none of their results is in the
// air. ctx bounds the flight: Run's context, not a step's.
func (w *Worker) launch(ctx context.Context, results []types.Result, deployments bool) {
	f := &flight{tasks: make([]common.Hash, len(results)), contracts: make([]common.Address, len(results)), deployments: deployments}
	w.mu.Lock()
	w.launches++
	f.seq = w.launches
	for i, r := range results {
		if c := common.BytesToAddress(r.Contract); !containsAddress(f.contracts[:i], c) {
			w.aloft[c] = append(w.aloft[c], f.seq)
		}
		f.tasks[i], f.contracts[i] = common.BytesToHash(r.TaskId), common.BytesToAddress(r.Contract)
		w.flying[f.tasks[i]] = true
		if deployments {
			w.deploys[f.contracts[i]] = true
		}
	}
	prev, out := w.lastOut, make(chan struct{})
	w.lastOut = out
	w.cfg.Metrics.flying(len(w.flying))
	w.mu.Unlock()
	w.cfg.Metrics.sent(len(results))

	msg := &types.MsgCommitResults{Submitter: w.submitter, Results: results}
	// out is closed once this flight's fate at the node is known (taken,
	// refused, or given up): the next flight may go.
	release := sync.OnceFunc(func() { close(out) })
	w.flights.Add(1)
	go func() {
		defer w.flights.Done()
		ctx, cancel := context.WithTimeout(ctx, flightTimeout)
		defer cancel()
		var data *sdk.TxMsgData
		var err error
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("panic: %v", r)
			}
			release()
			w.land(f, data, err)
		}()
		select {
		case <-prev:
		case <-ctx.Done():
			err = ctx.Err()
			return
		}
		b, ok := w.send.(Broadcaster)
		if !ok {
			// Send returns once the transaction is in a block: the next
			// flight waits for it.
			err = w.send.Send(ctx, msg)
			return
		}
		var wait func(context.Context) (*sdk.TxMsgData, error)
		wait, err = b.Broadcast(ctx, msg)
		release()
		if err == nil {
			data, err = wait(ctx)
		}
	}()
}

// flight is one MsgCommitResults: its results' tasks and contracts,
// whether they are deployments, and its launch number.
type flight struct {
	tasks       []common.Hash
	contracts   []common.Address
	deployments bool
	seq         uint64
}

func containsAddress(list []common.Address, a common.Address) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}

// earlierAloft reports whether a flight launched before seq still carries
// results of contract c; it drops seq from c's flights. w.mu is held.
func (w *Worker) earlierAloft(c common.Address, seq uint64) bool {
	earlier := false
	kept := w.aloft[c][:0]
	for _, s := range w.aloft[c] {
		if s != seq {
			kept = append(kept, s)
			earlier = earlier || s < seq
		}
	}
	if len(kept) == 0 {
		delete(w.aloft, c)
	} else {
		w.aloft[c] = kept
	}
	return earlier
}

// recentFor is how long a task whose result the chain took is not run
// again, whatever a query read before its block says.
const recentFor = time.Minute

// land ends a flight: its tasks are no longer in flight. A failed
// transaction shakes its contracts. In a transaction that landed, a
// refused result shakes its contract (the enclave is ahead of the chain's
// log) and its task is held back, unless it was refused for running on a
// state that did not become the chain's because an earlier result of its
// contract failed, or its task is done already. When the sender cannot
// tell which results the chain took, every contract is synced.
func (w *Worker) land(f *flight, data *sdk.TxMsgData, err error) {
	refused, known := w.refusals(len(f.tasks), data)
	now := time.Now()
	w.mu.Lock()
	before := map[common.Address]bool{} // contracts with an earlier flight still in the air
	for _, c := range f.contracts {
		if _, done := before[c]; !done {
			before[c] = w.earlierAloft(c, f.seq)
		}
	}
	for i, t := range f.tasks {
		delete(w.flying, t)
		c := f.contracts[i]
		if f.deployments {
			delete(w.deploys, c)
		}
		if err != nil || !known {
			w.shaken[c] = true
		}
		if _, no := refused[i]; err == nil && known && !no {
			w.recent[t] = now
		}
	}
	for t, at := range w.recent {
		if now.Sub(at) > recentFor {
			delete(w.recent, t)
		}
	}
	w.cfg.Metrics.flying(len(w.flying))
	select {
	case w.landings <- struct{}{}:
	default:
	}
	var hold []int
	failed := map[common.Address]bool{}
	for i := range f.tasks {
		why, no := refused[i]
		if !no {
			continue
		}
		c := f.contracts[i]
		// Ran on a state that did not become the chain's because an
		// earlier result of the contract failed (here, or a flight
		// launched before this one, which may still be waiting to hear so:
		// flights wait for their blocks side by side and land in any
		// order), or done already: nothing to hold.
		innocent := why.code == types.ErrDeltaChain.ABCICode() && (failed[c] || w.shaken[c] || before[c]) ||
			why.code == types.ErrNotPending.ABCICode()
		failed[c] = true
		if !innocent {
			hold = append(hold, i)
		}
	}
	for c := range failed {
		w.shaken[c] = true
	}
	w.mu.Unlock()
	switch {
	case err != nil:
		w.cfg.Metrics.landed("lost", len(f.tasks))
		w.cfg.Logger.Error("results not committed; their tasks run again from the chain's state", "results", len(f.tasks), "err", err)
		return
	case !known:
		w.cfg.Metrics.landed("unknown", len(f.tasks))
	default:
		w.cfg.Metrics.landed("committed", len(f.tasks)-len(refused))
		w.cfg.Metrics.landed("refused", len(refused))
	}
	w.cfg.Logger.Info("committed", "results", len(f.tasks)-len(refused), "refused", len(refused))
	for _, i := range hold {
		w.hold(taskKey(f.tasks[i]), "chain", "the chain refused a result", refused[i])
	}
}

// refusal is the chain's reason for refusing one result.
type refusal struct {
	code uint32
	log  string
}

func (r refusal) Error() string {
	return fmt.Sprintf("%s code %d: %s", types.ModuleName, r.code, r.log)
}

// refusals reads the results the chain refused from MsgCommitResults'
// response (one code per result, 0 when accepted), by result index; known
// is false when the response does not say (a sender that does not return
// it).
func (w *Worker) refusals(n int, data *sdk.TxMsgData) (out map[int]refusal, known bool) {
	if data == nil || len(data.MsgResponses) == 0 {
		return nil, false
	}
	var res types.MsgCommitResultsResponse
	if err := res.Unmarshal(data.MsgResponses[0].Value); err != nil || len(res.Codes) != n {
		return nil, false
	}
	out = map[int]refusal{}
	for i, code := range res.Codes {
		if code == 0 {
			continue
		}
		r := refusal{code: code}
		if i < len(res.Errors) {
			r.log = res.Errors[i]
		}
		out[i] = r
	}
	return out, true
}

// Settle waits until every result the worker sent has landed (in a block,
// refused or given up); tests call it between a step and the block that
// holds what it sent.
func (w *Worker) Settle() { w.flights.Wait() }
