package ingress_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"runtime/pprof"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/ingress"
)

// BenchmarkIngress: task data accepted by the ingress and on chain, per
// second. The real app in process (goleveldb in a temporary directory, as
// a node keeps its state) with attested call records awaiting data; 256
// users post the data over HTTP (connections kept alive; at 2,000 a
// second and 100 ms an answer, about 200 wait at once) to the ingress,
// which checks each at the latest state and puts them on chain in
// fee-less transactions of up to 16 messages, each asking for the gas its
// check measured (no simulation, as submit's SendWithGas), signed in the
// ingress's goroutine and checked (CheckTx) as a node does; beside it,
// blocks are made, each holding every transaction broadcast since the
// last that its max_gas allows, proposed (PrepareProposal), accepted
// (ProcessProposal) and run, as a validator that proposes every block
// does. CheckTx and the blocks take one lock in turn, as CometBFT's local
// client does. It reports task data on chain per second, the process's
// CPU time per datum (users' included: they share the two cores), the
// time the lock was held per datum (work that cannot spread over cores:
// 2,000 data a second need it under 500 µs), the messages per
// transaction, and the p50 and p99 latency of the HTTP answer (202 once
// the transaction is in the mempool).
//
// Three cadences in one run: "asap", a block whenever a transaction waits
// (blocks of a hundred data or so: their fixed cost, the commit of every
// store, weighs on each datum), and "250ms", a block at most every 250
// ms, both over 2,048 records; and "1s", the localnet's block time, over
// 8,192 (a run of four blocks or so, so that the last block's wait is not
// most of it). INGRESS_BENCH_TASKS=n sets the records of all three.
func BenchmarkIngress(b *testing.B) {
	for _, c := range []struct {
		every time.Duration
		tasks int
	}{{0, 2048}, {250 * time.Millisecond, 2048}, {time.Second, 8192}} {
		name := "asap"
		if c.every > 0 {
			name = c.every.String()
		}
		tasks := envCount("INGRESS_BENCH_TASKS", c.tasks)
		b.Run(name, func(b *testing.B) { benchmarkIngress(b, c.every, tasks) })
	}
}

// envCount is the positive number in the environment variable name, or
// def.
func envCount(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

func benchmarkIngress(b *testing.B, blockEvery time.Duration, tasks int) {
	clients := envCount("INGRESS_BENCH_USERS", 256)
	for range b.N {
		b.StopTimer()
		db := apptest.LevelDB(b)
		// The node's lock: CheckTx and a block's ABCI calls hold it in
		// turn, as CometBFT's local client does; held is the time it was
		// held, the work no core can share.
		var (
			mu   sync.Mutex
			held time.Duration
			sent []int // messages per transaction
		)
		lock := func() func() {
			mu.Lock()
			t := time.Now()
			return func() {
				held += time.Since(t)
				mu.Unlock()
			}
		}
		// Epochs long enough that the data sealed before the timer names
		// the current or the previous epoch when it is posted.
		h := newHarnessOn(b, db, 200, ingress.Config{}, func(q *apptest.TxQueue) ingress.Sender {
			return ingress.SenderFunc(func(ctx context.Context, msgGas uint64, msgs ...sdk.Msg) (string, error) {
				// The ingress signs in its own goroutine; only CheckTx
				// holds the node's lock. What it signs with (x/auth's
				// params, the account's number) a node's submit package
				// reads once and keeps; here it is read for each
				// transaction, under the lock for blocks change the state
				// it is read from, and not counted: a few µs a
				// transaction, during which a block waits.
				mu.Lock()
				s, err := q.Signer()
				mu.Unlock()
				if err != nil {
					return "", err
				}
				tx, err := s.SignWithGas(msgGas, msgs...)
				if err != nil {
					return "", err
				}
				defer lock()()
				hash, err := q.BroadcastTx(tx)
				if err == nil {
					sent = append(sent, len(msgs))
				}
				return hash, err
			})
		})
		// Blocks come as fast as the chain makes them, not every second:
		// the records must wait for their data more blocks than 100.
		k := h.net.App.SecretComputeKeeper
		params, err := k.Params.Get(h.net.Context())
		require.NoError(b, err)
		params.DataTimeoutBlocks = 10_000
		require.NoError(b, k.Params.Set(h.net.Context(), params))
		_, contract := h.deployed()
		bodies := make([][]byte, tasks)
		for i := range tasks {
			s := h.recordCallNoBlock(contract)
			bz, err := json.Marshal(h.body(s))
			require.NoError(b, err)
			bodies[i] = bz
		}
		h.net.Next()
		latencies := make([]time.Duration, tasks)

		b.StartTimer()
		// INGRESS_BENCH_PROFILE=prefix writes a CPU profile of each timed
		// run alone (go test's -cpuprofile also takes the set-up).
		var profile *os.File
		if prefix := os.Getenv("INGRESS_BENCH_PROFILE"); prefix != "" {
			profile, err = os.Create(fmt.Sprintf("%s.%d", prefix, time.Now().UnixNano()))
			require.NoError(b, err)
			require.NoError(b, pprof.StartCPUProfile(profile))
		}
		cpu, cpuErr := processCPU()
		mu.Lock()
		held = 0
		mu.Unlock()
		start := time.Now()
		ctx, cancel := context.WithCancel(context.Background())
		onChain := make(chan int)
		go func() {
			// The chain: a block whenever something waits for one.
			total := 0
			defer func() { onChain <- total }()
			last := time.Now()
			for total < tasks && ctx.Err() == nil {
				if d := time.Until(last.Add(blockEvery)); d > 0 {
					time.Sleep(d)
				}
				last = time.Now()
				// Proposed, accepted and run, as a validator does, under
				// the lock CheckTx shares (released even when the block
				// fails the benchmark); what the block's limits leave out
				// waits for the next, as in a mempool.
				waiting, res, kept := func() (int, *abci.ResponseFinalizeBlock, [][]byte) {
					defer lock()()
					txs := h.queue.Take()
					if len(txs) == 0 {
						return 0, nil, nil
					}
					res, kept := h.net.NextAsProposer(txs...)
					in := make(map[string]bool, len(kept))
					for _, tx := range kept {
						in[string(tx)] = true
					}
					for _, tx := range txs {
						if !in[string(tx)] {
							h.queue.Requeue(tx)
						}
					}
					return len(txs), res, kept
				}()
				if waiting == 0 {
					time.Sleep(100 * time.Microsecond)
					continue
				}
				if len(kept) == 0 {
					// A mempool's recheck would drop what no proposal takes.
					b.Errorf("the proposal keeps none of the %d transactions waiting", waiting)
					cancel()
					return
				}
				for _, r := range res.TxResults {
					if r.Code != 0 {
						b.Errorf("a task data transaction failed in its block: %s", r.Log)
						cancel()
						return
					}
					var data sdk.TxMsgData
					if err := data.Unmarshal(r.Data); err != nil {
						b.Errorf("a block's transaction result: %v", err)
						cancel()
						return
					}
					total += len(data.MsgResponses)
				}
			}
		}()
		// Users' connections kept alive, as a browser's or an SDK's are:
		// the node's cost is serving the data, not accepting connections.
		client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
		var wg sync.WaitGroup
		for c := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := c; i < tasks; i += clients {
					t := time.Now()
					res, err := client.Post(h.url+ingress.RouteTaskData, "application/json", bytes.NewReader(bodies[i]))
					if err != nil {
						b.Error(err)
						return
					}
					var answer map[string]any
					err = json.NewDecoder(res.Body).Decode(&answer)
					_ = res.Body.Close() // read whole: the connection serves the next
					latencies[i] = time.Since(t)
					if res.StatusCode != http.StatusAccepted || err != nil {
						b.Errorf("task %d: HTTP %d %v %v", i, res.StatusCode, answer, err)
						return
					}
				}
			}()
		}
		wg.Wait()
		// Every answer is in: what was accepted reaches a block within a
		// few flushes, or never.
		go func() {
			select {
			case <-ctx.Done():
			case <-time.After(30 * time.Second):
				cancel()
			}
		}()
		got := <-onChain
		cancel()
		elapsed := time.Since(start)
		mu.Lock()
		lockHeld := held
		mu.Unlock()
		cpuEnd, err := processCPU()
		cpuUsed := cpuEnd - cpu
		if cpuErr == nil {
			cpuErr = err
		}
		if profile != nil {
			pprof.StopCPUProfile()
			require.NoError(b, profile.Close())
		}
		b.StopTimer()
		require.Equal(b, tasks, got, "task data on chain")
		sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
		msgs := 0
		for _, n := range sent {
			msgs += n
		}
		b.ReportMetric(float64(tasks)/elapsed.Seconds(), "data/s")
		// The process's CPU time for each datum (node and users, both
		// cores): steadier than the rate on a shared machine.
		if cpuErr == nil {
			b.ReportMetric(float64(cpuUsed.Microseconds())/float64(tasks), "cpu-µs/data")
		}
		// The node's lock held, a datum: 2,000 data a second need it
		// under 500 µs, whatever else runs on the other core.
		b.ReportMetric(float64(lockHeld.Microseconds())/float64(tasks), "lock-µs/data")
		b.ReportMetric(float64(msgs)/float64(len(sent)), "msgs/tx")
		b.ReportMetric(float64(latencies[tasks/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(latencies[tasks*99/100].Microseconds())/1000, "p99-ms")
		b.ReportMetric(0, "ns/op")
	}
}

// deployed records a Counter deployment and puts its result on chain
// through the worker, so that calls on it can be recorded.
func (h *harness) deployed() (common.Hash, common.Address) {
	step := h.runWorker()
	dep := h.recordDeploy()
	code, out, _ := h.post(ingress.RouteDeployData, h.body(dep))
	require.Equal(h.t, http.StatusAccepted, code, out)
	h.block()
	step()
	return dep.id, ids.ContractAddress(dep.id)
}
