package worker_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/internal/submit"
	"github.com/enigmad/enigmad/worker"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// blockSender is a worker.Broadcaster on the in-process chain, as a node
// and submit.Submitter are: Broadcast runs CheckTx and queues the
// transaction; its wait returns the transaction's result once block() put
// it in a block, or fails once drop() threw it away (a transaction that
// never made it into a block). CheckTx and blocks never run at once, as a
// node's mempool lock keeps them.
type blockSender struct {
	h       *harness
	mu      sync.Mutex // CheckTx or a block
	waiting map[string]chan outcome
	// estimated is each transaction's simulated gas, by hash; last pairs
	// it with the gas used, for the transactions of the last block;
	// underestimated counts the transactions that used more than 5 %
	// above their estimate.
	estimated      map[string]uint64
	last           []gas
	underestimated int
}

type gas struct{ estimated, used uint64 }

type outcome struct {
	data *sdk.TxMsgData
	err  error
}

func newBlockSender(h *harness) *blockSender {
	return &blockSender{h: h, waiting: map[string]chan outcome{}, estimated: map[string]uint64{}}
}

func (s *blockSender) Send(ctx context.Context, msgs ...sdk.Msg) error {
	wait, err := s.Broadcast(ctx, msgs...)
	if err != nil {
		return err
	}
	_, err = wait(ctx)
	return err
}

func (s *blockSender) Broadcast(ctx context.Context, msgs ...sdk.Msg) (func(context.Context) (*sdk.TxMsgData, error), error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	hash, estimate, err := s.h.queue.SimulateAndBroadcast(ctx, msgs...)
	if err != nil {
		return nil, err
	}
	s.estimated[hash] = estimate
	ch := make(chan outcome, 1)
	s.waiting[hash] = ch
	return func(ctx context.Context) (*sdk.TxMsgData, error) {
		select {
		case o := <-ch:
			return o.data, o.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}, nil
}

// block puts the queued transactions in a block and tells their waiters;
// it reports how many there were.
func (s *blockSender) block() int {
	n, _ := s.blockCounting()
	return n
}

// blockCounting is block, and it also counts the results the block's
// MsgCommitResults accepted.
func (s *blockSender) blockCounting() (txs, accepted int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.blockLocked()
}

func (s *blockSender) blockLocked() (int, int) {
	accepted := 0
	txs := s.h.queue.Take()
	res := s.h.net.NextWith(txs...)
	s.last = s.last[:0]
	for i, tx := range txs {
		g := gas{estimated: s.estimated[submit.TxHash(tx)], used: uint64(res.TxResults[i].GasUsed)}
		delete(s.estimated, submit.TxHash(tx))
		s.last = append(s.last, g)
		if float64(g.used) > 1.05*float64(g.estimated) {
			s.underestimated++
		}
		ch := s.waiting[submit.TxHash(tx)]
		delete(s.waiting, submit.TxHash(tx))
		if ch == nil {
			continue
		}
		r := res.TxResults[i]
		if r.Code != 0 {
			ch <- outcome{err: &submit.Refusal{Codespace: r.Codespace, Code: r.Code, Log: r.Log}}
			continue
		}
		var data sdk.TxMsgData
		err := data.Unmarshal(r.Data)
		for _, m := range data.MsgResponses {
			var cr types.MsgCommitResultsResponse
			if cr.Unmarshal(m.Value) == nil {
				for _, code := range cr.Codes {
					if code == 0 {
						accepted++
					}
				}
			}
		}
		ch <- outcome{data: &data, err: err}
	}
	return len(txs), accepted
}

// dropFirst throws the first queued transaction away (its waiter fails)
// and keeps the others queued.
func (s *blockSender) dropFirst() {
	s.mu.Lock()
	defer s.mu.Unlock()
	txs := s.h.queue.Take()
	require.NotEmpty(s.h.t, txs)
	s.waiting[submit.TxHash(txs[0])] <- outcome{err: errors.New("not included within its TTL")}
	delete(s.waiting, submit.TxHash(txs[0]))
	for _, tx := range txs[1:] {
		s.h.queue.Requeue(tx)
	}
}

// inFlight is how many transactions wait for a block.
func (s *blockSender) inFlight() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.waiting)
}

// The worker keeps results in flight: the next step runs new tasks on the
// state the results in flight left, without waiting for their block, and
// never a task whose result is in flight. A flight that never lands takes
// the ones built on it down with it; the contract is then synced from the
// chain once none of its results is in the air, and the tasks get one
// result each.
func TestWorkerPipelines(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	s := newBlockSender(h)
	reg := prometheus.NewRegistry()
	w, err := worker.New(ctx, worker.Config{Metrics: worker.NewMetrics(reg)}, h.client, h.net.QueryConn(), s, h.net.Accounts[1])
	require.NoError(t, err)
	step := func() bool {
		t.Helper()
		busy, err := w.Step(ctx)
		require.NoError(t, err)
		return busy
	}
	flying := func(n int) {
		t.Helper()
		require.Eventually(t, func() bool { return s.inFlight() == n }, 5*time.Second, time.Millisecond)
	}
	deployID, contract := h.deploy()
	require.True(t, step())
	require.False(t, step(), "the deployment is in flight: not run again")
	flying(1)
	require.Equal(t, 1, s.block())
	w.Settle()
	require.Equal(t, types.TASK_STATUS_DONE, h.status(deployID))

	// Two steps before a block.
	a, b := h.call(contract), h.call(contract)
	require.True(t, step())
	c := h.call(contract)
	require.True(t, step(), "c runs on the state a and b left")
	require.False(t, step(), "everything is in flight")
	flying(2)
	// The second transaction extends the first, which the simulated state
	// does not hold yet: its estimate is still what it uses in the block.
	require.Equal(t, 2, s.block())
	for i, g := range s.last {
		require.InEpsilon(t, g.used, g.estimated, 0.05, "transaction %d: estimated %d, used %d", i, g.estimated, g.used)
	}
	w.Settle()
	for _, id := range []common.Hash{a, b, c} {
		require.Equal(t, types.TASK_STATUS_DONE, h.status(id))
	}
	require.Equal(t, uint64(4), h.receipts())

	// The first of two flights never lands; the second, built on it, lands
	// and its result is refused (its state is not the chain's).
	lost := h.call(contract)
	require.True(t, step())
	flying(1)
	next := h.call(contract)
	require.True(t, step())
	flying(2)
	s.dropFirst()
	require.Equal(t, 1, s.block())
	w.Settle()
	require.Equal(t, types.TASK_STATUS_PENDING, h.status(lost))
	require.Equal(t, types.TASK_STATUS_PENDING, h.status(next))
	// Synced from the chain, both run again: one result each.
	require.True(t, step())
	flying(1)
	require.Equal(t, 1, s.block())
	w.Settle()
	require.Equal(t, types.TASK_STATUS_DONE, h.status(lost))
	require.Equal(t, types.TASK_STATUS_DONE, h.status(next))
	require.Equal(t, uint64(6), h.receipts())
	con, err := h.net.App.SecretComputeKeeper.Contracts.Get(h.net.Context(), contract.Bytes())
	require.NoError(t, err)
	require.Equal(t, uint64(6), con.NextDelta)
	require.NoError(t, h.net.App.SecretComputeKeeper.CheckInvariants(h.net.Context()))
	for outcome, n := range map[string]float64{"committed": 6, "refused": 1, "lost": 1, "unknown": 0} {
		require.Equal(t, n, metric(t, reg, "enigma_worker_results_total", "outcome", outcome), outcome)
	}
}

// refusing is the real enclave, which refuses to run the tasks in refuse
// (as it refuses a task it cannot run: without touching the state).
type refusing struct {
	worker.Enclave
	refuse map[common.Hash]bool
}

func (e *refusing) Execute(ctx context.Context, tasks []core.Task) ([]core.Result, []error, error) {
	var run []core.Task
	for _, t := range tasks {
		if !e.refuse[t.ID] {
			run = append(run, t)
		}
	}
	rs, errs, err := e.Enclave.Execute(ctx, run)
	if err != nil {
		return nil, nil, err
	}
	outR, outE := make([]core.Result, len(tasks)), make([]error, len(tasks))
	for i, t := range tasks {
		if e.refuse[t.ID] {
			outE[i] = errors.New("refused")
			continue
		}
		outR[i], outE[i] = rs[0], errs[0]
		rs, errs = rs[1:], errs[1:]
	}
	return outR, outE, nil
}

// A task the enclave refuses is held back: the others of its step and the
// steps after go on without it, and it runs once the hold is over.
func TestWorkerHoldsBackARefusedTask(t *testing.T) {
	h := newHarness(t)
	enclave := &refusing{Enclave: h.client, refuse: map[common.Hash]bool{}}
	reg := prometheus.NewRegistry()
	w, err := worker.New(context.Background(), worker.Config{HoldBack: 2 * time.Second, Metrics: worker.NewMetrics(reg)}, enclave,
		h.net.QueryConn(), h.queue, h.net.Accounts[1])
	require.NoError(t, err)
	_, contract := h.deploy()
	require.True(t, h.step(w))

	a, x, b := h.call(contract), h.call(contract), h.call(contract)
	enclave.refuse[x] = true
	require.True(t, h.step(w))
	require.Equal(t, types.TASK_STATUS_DONE, h.status(a))
	require.Equal(t, types.TASK_STATUS_DONE, h.status(b))
	require.Equal(t, types.TASK_STATUS_PENDING, h.status(x))
	require.False(t, h.step(w), "x is held back")
	c := h.call(contract)
	require.True(t, h.step(w), "c goes past it")
	require.Equal(t, types.TASK_STATUS_DONE, h.status(c))

	enclave.refuse[x] = false
	time.Sleep(2 * time.Second) // the hold: long enough that the steps above, on a loaded machine, end within it
	require.True(t, h.step(w), "the hold is over")
	require.Equal(t, types.TASK_STATUS_DONE, h.status(x))
	require.Equal(t, uint64(5), h.receipts())

	// The metrics tell the same story. (This sender only sends and
	// waits: which results the chain took is not known to the worker.)
	require.Equal(t, 5.0, metric(t, reg, "enigma_worker_results_total", "outcome", "unknown"))
	require.Equal(t, 0.0, metric(t, reg, "enigma_worker_results_total", "outcome", "committed"))
	require.Equal(t, 0.0, metric(t, reg, "enigma_worker_results_total", "outcome", "lost"))
	require.Equal(t, 1.0, metric(t, reg, "enigma_worker_held_total", "by", "enclave"))
	require.Equal(t, 0.0, metric(t, reg, "enigma_worker_results_in_flight", "", ""))
	require.Equal(t, 4.0, metric(t, reg, "enigma_worker_results_per_transaction", "", ""), "four transactions")
	require.Equal(t, 3.0, metric(t, reg, "enigma_worker_enclave_seconds", "call", "execute"), "three steps executed calls")
}

// metric is the value of the metric name (with label = value, if label is
// not empty) in reg: a counter's or gauge's value, a histogram's count.
func metric(t *testing.T, reg *prometheus.Registry, name, label, value string) float64 {
	t.Helper()
	families, err := reg.Gather()
	require.NoError(t, err)
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
		for _, m := range f.GetMetric() {
			match := label == ""
			for _, l := range m.GetLabel() {
				match = match || l.GetName() == label && l.GetValue() == value
			}
			if !match {
				continue
			}
			switch {
			case m.Counter != nil:
				return m.Counter.GetValue()
			case m.Gauge != nil:
				return m.Gauge.GetValue()
			case m.Histogram != nil:
				return float64(m.Histogram.GetSampleCount())
			}
		}
	}
	return 0
}
