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

// hold holds a task (or another chore, by key) back after a refusal
// (why, err), longer each time.
func (w *Worker) hold(key string, why string, err error) {
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

// launch sends results in one MsgCommitResults in the background. The
// results' tasks are in flight until the transaction is in a block or
// failed; flights are broadcast in the order they were launched (a
// contract's results chain on the ones before), and wait for their blocks
// side by side. A failure marks the flight's contracts shaken: they are
// synced from the chain once none of their results is in the air.
func (w *Worker) launch(ctx context.Context, results []types.Result) {
	tasks := make([]common.Hash, len(results))
	contracts := map[common.Address]int{}
	w.mu.Lock()
	for i, r := range results {
		tasks[i] = common.BytesToHash(r.TaskId)
		w.flying[tasks[i]] = true
		contracts[common.BytesToAddress(r.Contract)]++
	}
	for c, n := range contracts {
		w.airborne[c] += n
	}
	prev, out := w.lastOut, make(chan struct{})
	w.lastOut = out
	w.mu.Unlock()

	msg := &types.MsgCommitResults{Submitter: w.submitter, Results: results}
	// out is closed once this flight was handed to the node (or will
	// never be): the next flight may go.
	release := sync.OnceFunc(func() { close(out) })
	w.flights.Add(1)
	go func() {
		defer w.flights.Done()
		var data *sdk.TxMsgData
		var err error
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("panic: %v", r)
			}
			release()
			w.land(tasks, contracts, data, err)
		}()
		select {
		case <-prev:
		case <-ctx.Done():
			err = ctx.Err()
			return
		}
		b, ok := w.send.(Broadcaster)
		if !ok {
			release()
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

// land ends a flight: its tasks are no longer in flight. A failed
// transaction shakes its contracts; a result the chain refused in a
// transaction that landed is held back and shakes its contract.
func (w *Worker) land(tasks []common.Hash, contracts map[common.Address]int, data *sdk.TxMsgData, err error) {
	refused := w.refusals(tasks, data)
	w.mu.Lock()
	for _, t := range tasks {
		delete(w.flying, t)
	}
	for c, n := range contracts {
		w.airborne[c] -= n
		if w.airborne[c] <= 0 {
			delete(w.airborne, c)
		}
		if err != nil {
			w.shaken[c] = true
		}
	}
	w.mu.Unlock()
	if err != nil {
		w.cfg.Logger.Error("results not committed; their tasks run again from the chain's state", "results", len(tasks), "err", err)
		return
	}
	w.cfg.Logger.Info("committed", "results", len(tasks)-len(refused), "refused", len(refused))
	for i, why := range refused {
		// A refused result leaves the contract's log behind the enclave.
		w.mu.Lock()
		for c := range contracts {
			w.shaken[c] = true
		}
		w.mu.Unlock()
		if why.code == types.ErrDeltaChain.ABCICode() || why.code == types.ErrNotPending.ABCICode() {
			// Ran on a state that did not become the chain's (an earlier
			// result was refused), or done already: nothing to hold.
			continue
		}
		w.hold(taskKey(tasks[i]), "the chain refused a result", why)
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
// response (one code per result, 0 when accepted), by result index.
func (w *Worker) refusals(tasks []common.Hash, data *sdk.TxMsgData) map[int]refusal {
	if data == nil || len(data.MsgResponses) == 0 {
		return nil
	}
	var res types.MsgCommitResultsResponse
	if err := res.Unmarshal(data.MsgResponses[0].Value); err != nil || len(res.Codes) != len(tasks) {
		return nil
	}
	out := map[int]refusal{}
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
	return out
}

// Settle waits until every result the worker sent has landed (in a block,
// refused or given up); tests call it between a step and the block that
// holds what it sent.
func (w *Worker) Settle() { w.flights.Wait() }
