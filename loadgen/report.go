package loadgen

import (
	"context"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/contracts/bindings"
)

// Percentiles of a duration.
type Percentiles struct {
	P50 time.Duration `json:"p50"`
	P99 time.Duration `json:"p99"`
	Max time.Duration `json:"max"`
}

// Stage is one step of a task's life and how long it took.
type Stage struct {
	Name string      `json:"name"`
	Took Percentiles `json:"took"`
}

// EthGas is the Ethereum gas the tasks cost: their records, and their
// share of the batches (their receipts' roots) and of the validator-set
// updates the relayers committed during the run.
type EthGas struct {
	RecordPerTask float64 `json:"record_per_task"`
	BatchPerTask  float64 `json:"batch_per_task"`
	ValsetPerTask float64 `json:"valset_per_task"`
	TotalPerTask  float64 `json:"total_per_task"`
	RecordTxs     uint64  `json:"record_txs"`
	Batches       int     `json:"batches"`
	Receipts      uint64  `json:"batched_receipts"`
	Valsets       int     `json:"valsets"`
}

// Report is a run's outcome.
type Report struct {
	Tasks          int     `json:"tasks"`
	Succeeded      int     `json:"succeeded"`
	Failed         int     `json:"failed"`
	Seconds        float64 `json:"seconds"`
	TasksPerSecond float64 `json:"tasks_per_second"`
	// SteadyTasksPerSecond is the rate between the 10th and the 90th
	// percent of the answers: the pipeline full, not filling or draining.
	SteadyTasksPerSecond float64 `json:"steady_tasks_per_second"`
	// Latency is from the record mined on Ethereum to the result
	// decrypted at the client; Stages splits it.
	Latency Percentiles `json:"latency"`
	Stages  []Stage     `json:"stages"`
	// Blocks is the chain's blocks during the run; BlockSeconds their
	// mean interval as the follower saw them; MaxTxs the fullest.
	Blocks       int        `json:"blocks"`
	BlockSeconds float64    `json:"block_seconds"`
	MaxTxs       int        `json:"max_txs_per_block"`
	EthGas       EthGas     `json:"eth_gas"`
	Accounting   Accounting `json:"accounting"`
	Errors       []string   `json:"errors,omitempty"`
}

func (r *run) report(start, end time.Time) *Report {
	r.mu.Lock()
	defer r.mu.Unlock()
	rep := &Report{Tasks: r.cfg.Tasks, Failed: int(r.failed.Load()), Seconds: end.Sub(start).Seconds()}
	rep.Succeeded = rep.Tasks - rep.Failed
	rep.TasksPerSecond = float64(rep.Succeeded) / rep.Seconds
	var total, observe, hand, execute, read []time.Duration
	for _, t := range r.tasks {
		if t.mined.IsZero() || t.decrypted.IsZero() {
			continue
		}
		total = append(total, t.decrypted.Sub(t.mined))
		if !t.observed.IsZero() && !t.assigned.IsZero() {
			observe = append(observe, t.observed.Sub(t.mined))
			hand = append(hand, t.assigned.Sub(t.observed))
			execute = append(execute, t.committed.Sub(t.assigned))
		}
		read = append(read, t.decrypted.Sub(t.committed))
	}
	rep.Latency = percentiles(total)
	var answered []time.Time
	for _, t := range r.tasks {
		if !t.decrypted.IsZero() {
			answered = append(answered, t.decrypted)
		}
	}
	sort.Slice(answered, func(i, j int) bool { return answered[i].Before(answered[j]) })
	if n := len(answered); n >= 20 {
		lo, hi := n/10, n*9/10
		if d := answered[hi].Sub(answered[lo]).Seconds(); d > 0 {
			rep.SteadyTasksPerSecond = float64(hi-lo) / d
		}
	}
	rep.Stages = []Stage{
		{"record mined → observed by the chain (orchestrators' claims, their tally)", percentiles(observe)},
		{"observed → data on chain (the client hands it to the ingress, the ingress's transaction)", percentiles(hand)},
		{"data on chain → result on chain (the worker runs it, its results' transaction)", percentiles(execute)},
		{"result on chain → decrypted at the client", percentiles(read)},
	}
	var first, last time.Time
	for _, b := range r.blocks {
		if b.at.Before(start) || b.at.After(end) {
			continue
		}
		if first.IsZero() {
			first = b.at
		}
		last = b.at
		rep.Blocks++
		rep.MaxTxs = max(rep.MaxTxs, b.txs)
	}
	if rep.Blocks > 1 {
		rep.BlockSeconds = last.Sub(first).Seconds() / float64(rep.Blocks-1)
	}
	r.errMu.Lock()
	rep.Errors = append(rep.Errors, r.errs...)
	r.errMu.Unlock()
	return rep
}

// ethereumSide waits until the run's receipts are in batches on Ethereum,
// then reads the gas of the records and of the batches and validator sets
// committed since the run began (into rep.EthGas), and returns the tasks
// the run's senders recorded there.
func (n *Network) ethereumSide(ctx context.Context, r *run, from uint64, rep *Report) (map[common.Hash]bool, error) {
	logf := r.cfg.Logf
	rep.EthGas = EthGas{RecordTxs: r.recordTxs.Load()}
	g := &rep.EthGas
	recorded := map[common.Hash]bool{}
	if n := r.recordedTasks.Load(); n > 0 {
		g.RecordPerTask = float64(r.recordGas.Load()) / float64(n)
	}
	br := bindings.NewEnigmaBridge()
	bridge := common.HexToAddress(n.settings.BridgeContract)
	want := r.maxSequence()
	deadline := time.Now().Add(3 * time.Minute)
	logf("loadgen: waiting for the batches of receipts up to %d on Ethereum", want)
	for {
		out, err := n.Eth.CallContract(ctx, ethereum.CallMsg{To: &bridge, Data: br.PackState()}, nil)
		if err != nil {
			return recorded, err
		}
		st, err := br.UnpackState(out)
		if err != nil {
			return recorded, err
		}
		if st.LastSequence >= want {
			break
		}
		if time.Now().After(deadline) {
			logf("loadgen: the bridge holds receipts up to %d, not %d, after 3 minutes", st.LastSequence, want)
			break
		}
		time.Sleep(time.Second)
	}
	logs, err := n.Eth.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{bridge}})
	if err != nil {
		return recorded, err
	}
	r.mu.Lock()
	ours := map[common.Address]bool{}
	for _, t := range r.tasks {
		ours[t.sender.Sender()] = true
	}
	r.mu.Unlock()
	batchGas, valsetGas := map[common.Hash]uint64{}, map[common.Hash]uint64{}
	for i := range logs {
		l := &logs[i]
		if ev, err := br.UnpackBatchSubmittedEvent(l); err == nil {
			g.Batches++
			g.Receipts += ev.LastSequence - ev.FirstSequence + 1
			batchGas[l.TxHash] = 0
		} else if _, err := br.UnpackValsetUpdatedEvent(l); err == nil {
			g.Valsets++
			valsetGas[l.TxHash] = 0
		} else if ev, err := br.UnpackTaskRecordCreatedEvent(l); err == nil && ours[ev.Sender] {
			recorded[ev.TaskId] = true
		}
	}
	sum := func(m map[common.Hash]uint64) (uint64, error) {
		var total uint64
		for h := range m {
			rc, err := n.Eth.TransactionReceipt(ctx, h)
			if err != nil {
				return 0, err
			}
			total += rc.GasUsed
		}
		return total, nil
	}
	bg, err := sum(batchGas)
	if err != nil {
		return recorded, err
	}
	vg, err := sum(valsetGas)
	if err != nil {
		return recorded, err
	}
	if g.Receipts > 0 {
		g.BatchPerTask = float64(bg) / float64(g.Receipts)
		g.ValsetPerTask = float64(vg) / float64(g.Receipts)
	}
	g.TotalPerTask = g.RecordPerTask + g.BatchPerTask + g.ValsetPerTask
	return recorded, nil
}
