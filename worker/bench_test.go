package worker_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/worker"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// timedEnclave adds up the time the worker spends in enclave calls.
type timedEnclave struct {
	worker.Enclave
	spent time.Duration
}

func (e *timedEnclave) Execute(ctx context.Context, tasks []core.Task) ([]core.Result, []error, error) {
	start := time.Now()
	defer func() { e.spent += time.Since(start) }()
	return e.Enclave.Execute(ctx, tasks)
}

func (e *timedEnclave) ApplyDeltas(ctx context.Context, c common.Address, entries []core.DeltaEntry) (core.Head, error) {
	start := time.Now()
	defer func() { e.spent += time.Since(start) }()
	return e.Enclave.ApplyDeltas(ctx, c, entries)
}

func (e *timedEnclave) Head(ctx context.Context, c common.Address) (core.Head, error) {
	start := time.Now()
	defer func() { e.spent += time.Since(start) }()
	return e.Enclave.Head(ctx, c)
}

// BenchmarkWorkerPipeline: the worker alone against the real app in
// process and the real enclave code behind its socket. Each op is a
// backlog of 1,024 trivial calls (Counter.increment, on 4 contracts)
// assigned to the worker, run and committed. The worker steps without
// pause while it has work, keeping results in flight; each transaction is
// simulated (the sender's gas estimate; the estimates are checked against
// the gas used) and checked (CheckTx) as a node does; beside it, blocks
// are made as fast as the chain runs them, each holding every transaction
// sent since the last (FinalizeBlock and Commit). It reports
// tasks committed per second and the share of the wall time the enclave
// was busy (Execute, ApplyDeltas, Head, over its socket), the chain was
// busy making blocks, and the worker waited with nothing to do; the first
// two overlap, which is the point of keeping results in flight.
func BenchmarkWorkerPipeline(b *testing.B) {
	// The default (256 tasks a step, 512 in flight), smaller steps, and
	// steps of the chain's whole max_results_per_msg.
	for _, c := range []struct{ step, flight int }{{0, 0}, {128, 512}, {1000, 2000}} {
		b.Run(fmt.Sprintf("step=%d,flight=%d", c.step, c.flight), func(b *testing.B) { benchmarkWorkerPipeline(b, c.step, c.flight) })
	}
}

func benchmarkWorkerPipeline(b *testing.B, step, flight int) {
	const backlog, contracts = 1024, 4
	db := apptest.LevelDB(b)
	h := newHarnessOn(b, db)
	enclave := &timedEnclave{Enclave: h.client}
	s := newBlockSender(h)
	w, err := worker.New(context.Background(), worker.Config{MaxResults: step, MaxInFlight: flight}, enclave, h.net.QueryConn(), s, h.net.Accounts[1])
	require.NoError(b, err)
	var addrs []common.Address
	for range contracts {
		_, c := h.deploy()
		addrs = append(addrs, c)
	}
	for {
		busy, err := w.Step(context.Background())
		require.NoError(b, err)
		if !busy {
			break
		}
		require.Eventually(b, func() bool { return s.inFlight() > 0 }, 5*time.Second, time.Millisecond)
		s.block()
		w.Settle()
	}
	var total, inChain, waiting time.Duration
	enclave.spent = 0
	tasks, blocks := 0, 0
	for range b.N {
		b.StopTimer()
		ids := make([]common.Hash, 0, backlog)
		for i := range backlog {
			ids = append(ids, h.call(addrs[i%contracts]))
		}
		h.net.Next() // the data on chain, as the worker sees it
		b.StartTimer()
		start := time.Now()
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() {
			// The chain: a block whenever something waits for one.
			defer close(done)
			committed := 0
			for committed < backlog && ctx.Err() == nil {
				if s.inFlight() == 0 {
					time.Sleep(100 * time.Microsecond)
					continue
				}
				t := time.Now()
				_, n := s.blockCounting()
				inChain += time.Since(t)
				committed += n
				blocks++
			}
		}()
	steps:
		for {
			select {
			case <-done:
				break steps
			default:
			}
			busy, err := w.Step(ctx)
			require.NoError(b, err)
			if !busy {
				// Everything assigned is in flight: wait a little, as
				// Run waits its poll interval.
				t := time.Now()
				time.Sleep(5 * time.Millisecond)
				waiting += time.Since(t)
			}
		}
		cancel()
		w.Settle()
		total += time.Since(start)
		tasks += backlog
		b.StopTimer()
		for _, id := range []common.Hash{ids[0], ids[len(ids)-1]} {
			require.Equal(b, types.TASK_STATUS_DONE, h.status(id))
		}
		b.StartTimer()
	}
	require.Zero(b, s.underestimated, "transactions that used more gas than their estimate")
	b.ReportMetric(float64(tasks)/total.Seconds(), "tasks/s")
	b.ReportMetric(float64(tasks)/float64(blocks), "tasks/block")
	b.ReportMetric(100*enclave.spent.Seconds()/total.Seconds(), "%enclave")
	b.ReportMetric(100*inChain.Seconds()/total.Seconds(), "%chain")
	b.ReportMetric(100*waiting.Seconds()/total.Seconds(), "%waiting")
	b.ReportMetric(0, "ns/op")
}
