// Package worker is the worker daemon's core: it runs the tasks the chain
// assigned to its enclave and commits their results, reading everything it
// needs from the chain so that a restart (of the worker or of its enclave)
// loses nothing and every task gets one result: what is left to run is the chain's
// AssignedTasks query, and a contract's state is rebuilt in the enclave
// from the chain's delta log.
package worker

import (
	"bytes"
	"context"

	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	errorsmod "cosmossdk.io/errors"

	"cosmossdk.io/log/v2"
	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/grpc"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/evm"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/seed"
	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// Enclave is what the worker needs of its enclave; enclave/rpc's Client,
// talking to enigma-enclave over its socket, has it.
type Enclave interface {
	Info(ctx context.Context) (core.Info, error)
	Execute(ctx context.Context, tasks []core.Task) ([]core.Result, []error, error)
	Deploy(ctx context.Context, d core.Deployment) (core.Result, error)
	ApplyDeltas(ctx context.Context, contract common.Address, entries []core.DeltaEntry) (core.Head, error)
	Head(ctx context.Context, contract common.Address) (core.Head, error)
	Forget(ctx context.Context, contract common.Address) error
	Provision(ctx context.Context, quote []byte, keys attestation.PublicKeys) (seed.Provision, error)
	AcceptSeed(ctx context.Context, commitment []byte, p seed.Provision) error
	Beacon(ctx context.Context, epoch uint64) (value, signature []byte, err error)
}

// Sender sends one chain transaction of msgs and returns once it is in a
// block (nil) or refused; internal/submit's Submitter.SendAndWait is one.
type Sender interface {
	Send(ctx context.Context, msgs ...sdk.Msg) error
}

// Broadcaster is a Sender that can also hand a transaction to the mempool
// and wait for it apart: Broadcast returns once a node took the
// transaction, and wait returns its messages' responses once it is in a
// block (or the refusal). A worker whose Sender is a Broadcaster keeps
// several result transactions in flight, broadcast in the order it ran
// them, instead of one per block.
type Broadcaster interface {
	Sender
	Broadcast(ctx context.Context, msgs ...sdk.Msg) (wait func(context.Context) (*sdk.TxMsgData, error), err error)
}

// Config tunes a Worker. Zero values take the defaults.
type Config struct {
	// MaxResults bounds the tasks of one step (default 256, and never
	// more than the chain's max_results_per_msg, read each step). Smaller
	// steps let the chain run a step's results while the enclave runs the
	// next; 256 gave the most tasks a second in BenchmarkWorkerPipeline.
	MaxResults int
	// MaxCommitBytes bounds the results of one transaction, in encoded
	// bytes (default 512 KiB, under CometBFT's 1 MiB max_tx_bytes).
	MaxCommitBytes int
	// MaxInFlight bounds the results sent and not yet in a block (default
	// twice a step's tasks): the worker runs ahead of the chain by that
	// much at most.
	MaxInFlight int
	// PollInterval is the pause between steps with nothing to do
	// (default 250 ms) while Events is not live.
	PollInterval time.Duration
	// Events wakes the worker when the chain has something for it (a
	// wake.Watcher on Queries(address)); nil: the worker polls.
	Events Events
	// IdlePoll is the pause between steps with nothing to do while Events
	// is live (default 2 s): events only wake, so this is the safety net
	// for a missed event and for tasks coming out of a hold.
	IdlePoll time.Duration
	// DutyDelay is how long a provisioned worker waits per place in the
	// turn before it provisions a newcomer or submits the epoch's beacon
	// in another's place (default 10 s).
	DutyDelay time.Duration
	// HoldBack is how long a task the enclave or the chain refused is
	// skipped the first time (default 2 s); it doubles each time, up to
	// 2 minutes.
	HoldBack time.Duration
	// Metrics records the worker's Prometheus metrics (default: none).
	Metrics *Metrics
	// Logger gets structured logs (default: none).
	Logger log.Logger
}

// Events is what the worker needs of a wake.Watcher: a wake-up when a
// subscribed event arrived, and whether the subscription is up.
type Events interface {
	C() <-chan struct{}
	Live() bool
}

// Worker runs one enclave's tasks.
type Worker struct {
	cfg       Config
	enclave   Enclave
	send      Sender
	submitter string
	address   common.Address
	q         types.QueryClient
	registry  registrytypes.QueryClient
	epochs    epochtypes.QueryClient

	// The duties' memory: when each chore was first seen, the epoch whose
	// beacon is done, whether the operator mismatch was logged.
	seen         map[string]time.Time
	beaconDone   uint64
	toldOperator bool

	// Results in flight (flight.go), guarded by mu.
	mu       sync.Mutex
	flying   map[common.Hash]bool        // tasks whose result is sent and not yet in a block
	aloft    map[common.Address][]uint64 // the flights in the air per contract, by launch number
	launches uint64                      // flights launched
	shaken   map[common.Address]bool     // a flight of the contract failed: sync it once all landed
	held     map[string]backoff          // tasks (and newcomers) refused: skipped until
	recent   map[common.Hash]time.Time   // tasks whose result the chain took, and when
	deploys  map[common.Address]bool     // contracts whose deployment is in flight
	lastOut  chan struct{}               // closed once the last flight was broadcast
	flights  sync.WaitGroup
	landings chan struct{} // a flight landed: room for more, contracts to sync
}

// ErrNotRegistered is returned by New for an enclave the chain does not
// know: its operator registers it first.
var ErrNotRegistered = errorsmod.Register(Codespace, 2, "the enclave is not a registered worker")

// Codespace is the codespace of the worker's registered errors.
const Codespace = "worker"

// New returns the worker of enclave, reading the chain through conn (a
// node's gRPC) and sending results through send, as submitter (any funded
// account: results are checked by the enclave's signature, not by who
// sends them).
func New(ctx context.Context, cfg Config, enclave Enclave, conn grpc.ClientConnInterface, send Sender, submitter sdk.AccAddress) (*Worker, error) {
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 250 * time.Millisecond
	}
	if cfg.Logger == nil {
		cfg.Logger = log.NewNopLogger()
	}
	if cfg.DutyDelay == 0 {
		cfg.DutyDelay = 10 * time.Second
	}
	if cfg.IdlePoll == 0 {
		cfg.IdlePoll = 2 * time.Second
	}
	if cfg.HoldBack == 0 {
		cfg.HoldBack = 2 * time.Second
	}
	if cfg.MaxCommitBytes == 0 {
		cfg.MaxCommitBytes = 512 << 10
	}
	info, err := enclave.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("worker: the enclave's identity: %w", err)
	}
	w := &Worker{cfg: cfg, enclave: enclave, send: send, submitter: submitter.String(), address: info.Address, q: types.NewQueryClient(conn),
		registry: registrytypes.NewQueryClient(conn), epochs: epochtypes.NewQueryClient(conn), seen: map[string]time.Time{},
		flying: map[common.Hash]bool{}, aloft: map[common.Address][]uint64{}, shaken: map[common.Address]bool{},
		held: map[string]backoff{}, recent: map[common.Hash]time.Time{}, deploys: map[common.Address]bool{}, lastOut: closed(),
		landings: make(chan struct{}, 1)}
	if _, err := w.registry.Worker(ctx, &registrytypes.QueryWorkerRequest{EnclaveAddress: info.Address.Hex()}); err != nil {
		return nil, ErrNotRegistered.Wrapf("register it with `enigmad tx registry register STAKE --enclave-socket SOCKET --from OPERATOR` (%s): %v",
			info.Address.Hex(), err)
	}
	return w, nil
}

// SetEvents sets what wakes the worker between idle steps (Config.Events),
// for a watcher that needs the worker's address; call it before Run.
func (w *Worker) SetEvents(e Events) { w.cfg.Events = e }

// Address is the enclave address tasks are assigned to.
func (w *Worker) Address() common.Address { return w.address }

// Run runs steps (duties, then tasks) until ctx ends; a step's error is
// logged and the step retried after the poll interval, a panic recovered
// and logged. Between steps with nothing to do it waits for an event
// (cfg.Events), a flight that landed, or the poll interval (IdlePoll while
// the events are live, PollInterval otherwise). It returns once the
// results in flight have landed or ctx ended.
func (w *Worker) Run(ctx context.Context) error {
	defer w.Settle()
	var events <-chan struct{}
	if w.cfg.Events != nil {
		events = w.cfg.Events.C()
	}
	for ctx.Err() == nil {
		if _, err := w.safe(ctx, w.DutiesStep); err != nil && ctx.Err() == nil {
			w.cfg.Metrics.failed("duties")
			w.cfg.Logger.Error("duties failed", "err", err)
		}
		busy, err := w.safe(ctx, w.Step)
		if err != nil && ctx.Err() == nil {
			w.cfg.Metrics.failed("tasks")
			w.cfg.Logger.Error("step failed", "err", err)
		}
		if busy && err == nil {
			continue
		}
		pause := w.cfg.PollInterval
		if w.cfg.Events != nil && w.cfg.Events.Live() && err == nil {
			pause = w.cfg.IdlePoll
		}
		select {
		case <-ctx.Done():
		case <-events:
			w.cfg.Metrics.woke("event")
		case <-w.landings:
			w.cfg.Metrics.woke("landing")
		case <-time.After(pause):
			w.cfg.Metrics.woke("poll")
		}
	}
	return ctx.Err()
}

// Queries are the chain events that give a worker something to do, in
// CometBFT's query language (for a wake.Watcher): a task assigned to it,
// a worker registered (a newcomer to provision), a provision for it (the
// seed to take), an epoch started (a beacon to submit).
func Queries(enclave common.Address) []string {
	return []string{
		// x/secretcompute writes addresses in lower case, x/registry
		// checksummed; event values are JSON, quotes included.
		fmt.Sprintf(`tm.event='Tx' AND enigma.secretcompute.v1.EventTaskAssigned.worker='"%s"'`, strings.ToLower(enclave.Hex())),
		`tm.event='Tx' AND enigma.registry.v1.EventWorkerRegistered.enclave_address EXISTS`,
		fmt.Sprintf(`tm.event='Tx' AND enigma.registry.v1.EventWorkerProvisioned.newcomer='"%s"'`, enclave.Hex()),
		`tm.event='NewBlockEvents' AND enigma.epoch.v1.EventEpochStarted.number EXISTS`,
	}
}

func (w *Worker) safe(ctx context.Context, step func(context.Context) (bool, error)) (busy bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return step(ctx)
}

// Step runs the first tasks the chain lists as assigned to this worker
// that are neither in flight nor held back (at most MaxResults, in task
// id order) and sends their results, without waiting for the block. Each
// contract's state is brought to the chain's head first (sync), unless
// results of it are in flight: then the enclave's state is the chain's
// plus those, and the new tasks run on it. Tasks of one contract run in
// one Execute call, in order, each on the state the previous left. It
// reports busy when it sent something.
func (w *Worker) Step(ctx context.Context) (bool, error) {
	// The chain's bound, read each step: governance may change it.
	p, err := w.q.Params(ctx, &types.QueryParamsRequest{})
	if err != nil {
		return false, fmt.Errorf("x/secretcompute params: %w", err)
	}
	limit := int(p.Params.MaxResultsPerMsg)
	if w.cfg.MaxResults > 0 {
		limit = min(limit, w.cfg.MaxResults)
	} else {
		limit = min(limit, defaultStep)
	}
	maxInFlight := w.cfg.MaxInFlight
	if maxInFlight == 0 {
		maxInFlight = 2 * limit
	}
	w.mu.Lock()
	limit = min(limit, maxInFlight-len(w.flying))
	w.mu.Unlock()
	if limit <= 0 {
		// The chain has to catch up first.
		w.cfg.Metrics.took(0)
		w.cfg.Logger.Debug("results in flight at their bound; waiting for blocks", "max_in_flight", maxInFlight)
		return false, nil
	}
	tasks, err := w.assigned(ctx, limit)
	if err != nil {
		return false, err
	}
	w.cfg.Metrics.took(len(tasks))
	if len(tasks) == 0 {
		return false, nil
	}
	var results []types.Result
	// Deployments first, alone: a call in the same step might need the
	// contract, which exists on chain only once its result is committed.
	for _, t := range tasks {
		if t.Kind != types.TASK_KIND_DEPLOY {
			continue
		}
		// A deployment the enclave ran before and whose result never
		// reached the chain (the task is still pending and not in flight,
		// so the contract is not on chain) left the contract in the
		// enclave: drop it first.
		addr := ids.ContractAddress(common.BytesToHash(t.Id))
		if _, err := w.enclave.Head(ctx, addr); err == nil {
			if err := w.enclave.Forget(ctx, addr); err != nil {
				return false, fmt.Errorf("forget the uncommitted deployment %s: %w", addr.Hex(), err)
			}
		}
		start := time.Now()
		r, err := w.enclave.Deploy(ctx, core.Deployment{ID: common.BytesToHash(t.Id), Sender: common.BytesToAddress(t.Sender),
			CodeHash: common.BytesToHash(t.CodeHash), InputsHash: common.BytesToHash(t.InputsHash), GasLimit: t.GasLimit,
			Env: env(t), Bytecode: t.Bytecode, Envelope: t.Data})
		w.cfg.Metrics.timed("deploy", start)
		if err != nil {
			// Not a failed deployment (that has a receipt): the enclave
			// could not run it. The others go on; it is held back, then
			// retried.
			w.hold(taskKey(common.BytesToHash(t.Id)), "enclave", "the enclave refused a deployment", err)
			continue
		}
		results = append(results, ResultMsg(r))
	}
	deployments := len(results) > 0
	calls := map[common.Address][]core.Task{}
	var order []common.Address
	for _, t := range tasks {
		if t.Kind != types.TASK_KIND_CALL || len(results) > 0 {
			continue
		}
		c := common.BytesToAddress(t.Contract)
		if _, ok := calls[c]; !ok {
			order = append(order, c)
		}
		escrow := new(big.Int)
		if !t.EscrowAmount.IsNil() {
			escrow = t.EscrowAmount.BigInt()
		}
		calls[c] = append(calls[c], core.Task{ID: common.BytesToHash(t.Id), Contract: c, Sender: common.BytesToAddress(t.Sender),
			InputsHash: common.BytesToHash(t.InputsHash), GasLimit: t.GasLimit, EscrowToken: common.BytesToAddress(t.EscrowToken),
			EscrowAmount: escrow, Env: env(t), Envelope: t.Data})
	}
	for _, c := range order {
		w.mu.Lock()
		airborne, shaken, deploying := len(w.aloft[c]) > 0, w.shaken[c], w.deploys[c]
		if !airborne {
			delete(w.shaken, c)
		}
		w.mu.Unlock()
		switch {
		case airborne && shaken:
			// A flight of this contract failed and others are still in
			// the air, built on it: wait for them before syncing.
			continue
		case airborne && deploying:
			// Its deployment is on its way: a call's result could not be
			// estimated or applied before it lands.
			continue
		case airborne:
			// The enclave's state is the chain's plus the results in
			// flight: the new tasks run on it.
		default:
			// One contract's trouble (a log the node cannot serve, an
			// enclave error) holds back that contract only.
			if err := w.sync(ctx, c); err != nil {
				w.cfg.Logger.Error("cannot bring a contract to the chain's head", "contract", c.Hex(), "err", err)
				continue
			}
		}
		start := time.Now()
		rs, errs, err := w.enclave.Execute(ctx, calls[c])
		w.cfg.Metrics.timed("execute", start)
		if err != nil {
			// The enclave's state of the contract is unknown now: sync it
			// before its next tasks.
			w.mu.Lock()
			w.shaken[c] = true
			w.mu.Unlock()
			w.cfg.Logger.Error("execute", "contract", c.Hex(), "err", err)
			continue
		}
		for i, r := range rs {
			if errs[i] != nil {
				// The enclave could not run it at all (not a failed task,
				// which has a receipt) and left the state as it was: the
				// tasks after it ran on that state, and their results
				// stand. It is held back, retried, and times out at its
				// deadline if it never runs.
				w.hold(taskKey(calls[c][i].ID), "enclave", "the enclave refused a task", errs[i])
				continue
			}
			results = append(results, ResultMsg(r))
		}
	}
	if len(results) == 0 {
		return false, nil
	}
	// Results go in transactions of at most MaxCommitBytes each, in
	// order (a contract's results chain on one another).
	for len(results) > 0 {
		n, size := 0, 0
		for n < len(results) && (n == 0 || size+results[n].Size() <= w.cfg.MaxCommitBytes) {
			size += results[n].Size()
			n++
		}
		w.launch(ctx, results[:n], deployments)
		results = results[n:]
	}
	return true, nil
}

// assigned lists up to limit tasks assigned to this worker that are
// neither in flight nor held back, in task id order. It pages through the
// ids alone first, since most of them may be in flight (a task stays
// assigned until its result's block), and then reads only the tasks it
// will run, with their data.
func (w *Worker) assigned(ctx context.Context, limit int) ([]types.Task, error) {
	var want []string
	after := ""
	for len(want) < limit {
		res, err := w.q.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: w.address.Hex(), IdsOnly: true,
			Limit: idsPerQuery, StartAfter: after})
		if err != nil {
			return nil, fmt.Errorf("assigned tasks: %w", err)
		}
		if len(res.TaskIds) == 0 && len(res.Tasks) > 0 {
			// A node from before ids_only lists the tasks instead: it
			// would look like nothing to run.
			return nil, fmt.Errorf("assigned tasks: the node does not list ids alone (AssignedTasks ids_only): upgrade it")
		}
		w.mu.Lock()
		for _, raw := range res.TaskIds {
			id := common.BytesToHash(raw)
			// A task whose result just landed may be on a page read
			// before its block: recent keeps it from running twice.
			_, landed := w.recent[id]
			if len(want) < limit && !w.flying[id] && !landed && !w.holding(taskKey(id)) {
				want = append(want, id.Hex())
			}
		}
		w.mu.Unlock()
		if !res.More || len(res.TaskIds) == 0 {
			break
		}
		after = common.BytesToHash(res.TaskIds[len(res.TaskIds)-1]).Hex()
	}
	out := make([]types.Task, 0, len(want))
	for len(want) > 0 {
		n := min(len(want), tasksPerQuery)
		res, err := w.q.TasksByID(ctx, &types.QueryTasksByIDRequest{TaskIds: want[:n]})
		if err != nil {
			return nil, fmt.Errorf("assigned tasks' data: %w", err)
		}
		for _, t := range res.Tasks {
			// Listed a moment ago; one that has since been answered or
			// timed out is no longer ours to run.
			if t.Status == types.TASK_STATUS_PENDING && bytes.Equal(t.Worker, w.address.Bytes()) {
				out = append(out, t)
			}
		}
		next := n
		if res.More && len(res.Tasks) > 0 {
			// The answer stopped at its size bound: go on after the last
			// task it holds.
			last := common.BytesToHash(res.Tasks[len(res.Tasks)-1].Id).Hex()
			for i, id := range want[:n] {
				if id == last {
					next = i + 1
					break
				}
			}
		}
		want = want[next:]
	}
	return out, nil
}

// env is what the EVM sees of the Ethereum block a task was recorded in.
func env(t types.Task) evm.Env { return evm.Env{Number: t.EthBlock, Time: t.EthTime} }

// Page sizes: tasks carry their data (up to max_task_data_size each) and
// deltas their sealed state changes, so pages stay small enough for
// gRPC's message limit; ids are 32 bytes each.
const (
	tasksPerQuery  = 32
	deltasPerQuery = 64
	idsPerQuery    = 1000
)

// defaultStep is a step's tasks by default (Config.MaxResults).
const defaultStep = 256

// replayProgressFrom is the replay, in deltas, that logs its progress
// (every 5 s).
const replayProgressFrom = 1000

// sync brings the enclave's state of contract to the chain's head: it
// replays the delta log from where the enclave stands, or from the start
// when the enclave's state is not a prefix of the chain's log (another
// result won an index the enclave had executed, or it lost its state).
func (w *Worker) sync(ctx context.Context, contract common.Address) error {
	c, err := w.q.Contract(ctx, &types.QueryContractRequest{Address: contract.Hex()})
	if err != nil {
		return fmt.Errorf("the chain's contract: %w", err)
	}
	head, err := w.enclave.Head(ctx, contract)
	from := uint64(0)
	switch {
	case err != nil:
		// The enclave does not hold the contract (new, or forgotten).
	case head.Next == c.Contract.NextDelta && head.Hash == common.BytesToHash(c.Contract.HeadHash):
		return nil
	case head.Next < c.Contract.NextDelta:
		from = head.Next
	default:
		// Ahead of the chain, or on another branch: start over.
		if err := w.enclave.Forget(ctx, contract); err != nil {
			return fmt.Errorf("forget: %w", err)
		}
	}
	total, logged := c.Contract.NextDelta-from, time.Now()
	for from < c.Contract.NextDelta {
		if total >= replayProgressFrom && time.Since(logged) >= 5*time.Second {
			// A large state takes a while to rebuild: say how far it is.
			w.cfg.Logger.Info("replaying a contract's state", "contract", contract.Hex(), "delta", from, "of", c.Contract.NextDelta)
			logged = time.Now()
		}
		page, err := w.q.Deltas(ctx, &types.QueryDeltasRequest{Address: contract.Hex(), FromIndex: from, Limit: deltasPerQuery})
		if err != nil {
			return fmt.Errorf("deltas from %d: %w", from, err)
		}
		if len(page.Deltas) == 0 {
			return fmt.Errorf("the chain serves no delta at %d of %d", from, c.Contract.NextDelta)
		}
		entries := make([]core.DeltaEntry, len(page.Deltas))
		for i, d := range page.Deltas {
			entries[i] = core.DeltaEntry{Index: d.Index, PrevHash: common.BytesToHash(d.PrevHash), Sealed: d.Sealed}
		}
		start := time.Now()
		_, err = w.enclave.ApplyDeltas(ctx, contract, entries)
		w.cfg.Metrics.timed("apply_deltas", start)
		if err != nil {
			if from == 0 {
				return fmt.Errorf("replay: %w", err)
			}
			// The enclave's state is not a prefix of the log: start over.
			if err := w.enclave.Forget(ctx, contract); err != nil {
				return fmt.Errorf("forget: %w", err)
			}
			from = 0
			continue
		}
		w.cfg.Metrics.replay(len(entries))
		from = page.NextIndex
	}
	return nil
}

// ResultMsg is an enclave result as MsgCommitResults carries it.
func ResultMsg(r core.Result) types.Result {
	out := types.Result{
		TaskId: r.Receipt.TaskID.Bytes(), Contract: r.Receipt.Contract.Bytes(), Status: uint32(r.Receipt.Status),
		OutputHash: r.Receipt.OutputHash.Bytes(), DeltaIndex: r.Receipt.DeltaIndex, DeltaHash: r.Receipt.DeltaHash.Bytes(),
		GasUsed: r.Receipt.GasUsed, Worker: r.Receipt.Worker.Bytes(), Signature: r.Signature, Output: r.Output,
		Delta: r.Delta, PrevHash: r.PrevHash.Bytes(),
	}
	if r.Callback != nil {
		out.CallbackTarget, out.CallbackData = r.Callback.Target.Bytes(), r.Callback.Data
	}
	return out
}
