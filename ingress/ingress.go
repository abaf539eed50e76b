// Package ingress is the node service that takes task data from users who
// hold no chain account (docs/design.md §2 step 5) and puts it on chain in
// fee-less MsgSubmitTaskData / MsgSubmitDeployData transactions signed by
// the node's ingress key. ingress/README.md is its spec.
//
// It leans on the chain's fee-less rules, so it must not become a way to
// fill blocks for free: data is checked with x/secretcompute's own rule
// (Keeper.CheckTaskData) at the latest state before it is queued, a task's
// data is queued once while it is in flight, and a refusal answers at once
// with the module's registered error and puts nothing on chain.
package ingress

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	errorsmod "cosmossdk.io/errors"

	"cosmossdk.io/log/v2"

	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/ingress/types"
	"github.com/enigmad/enigmad/internal/submit"
	scante "github.com/enigmad/enigmad/x/secretcompute/ante"
	sckeeper "github.com/enigmad/enigmad/x/secretcompute/keeper"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// State returns a context on the chain's latest committed state, for reads
// and checks that write nothing (the node's query context).
type State func() (sdk.Context, error)

// Sender signs msgs as one transaction from the ingress key, broadcasts it
// and returns its hash once a mempool took it (internal/submit's
// Submitter). msgGas is what the messages will use in a block, as the
// ingress's check measured it: the transaction asks for that and its own
// gas, with no simulation.
type Sender interface {
	SendWithGas(ctx context.Context, msgGas uint64, msgs ...sdk.Msg) (string, error)
}

// Config tunes an Ingress. Zero values take the defaults.
type Config struct {
	// QueueSize bounds the task data checked and waiting for a
	// transaction (default 4096). A full queue refuses with ErrBusy.
	QueueSize int
	// FlushInterval is how long the first queued data waits for others to
	// share its transaction (default 100 ms).
	FlushInterval time.Duration
	// Senders is how many transactions may be in the making at once
	// (default 4): each is signed and broadcast by one.
	Senders int
	// Retain is how long a broadcast task is remembered, so that the same
	// data given again answers with the same transaction instead of a
	// second one (default 5 minutes, the transactions' lifetime).
	Retain time.Duration
	// MaxRequests bounds the requests (HTTP and gRPC) served at once
	// (default 1024); beyond it a request is refused with ErrBusy before
	// its body is read, so that slow or many clients cannot hold the
	// node's memory.
	MaxRequests int
	// RequestTimeout bounds a request, its body's reading included
	// (default 30 s).
	RequestTimeout time.Duration
	// DropMargin is how much longer than Retain, on the local clock and in
	// block time since its broadcast, a transaction must have waited before
	// it is taken for dropped (default 30 s): blocks' time lags the clock
	// the transaction's timeout was set by.
	DropMargin time.Duration
	Logger     log.Logger
}

func (c *Config) defaults() {
	if c.QueueSize <= 0 {
		c.QueueSize = 4096
	}
	if c.FlushInterval <= 0 {
		c.FlushInterval = 100 * time.Millisecond
	}
	if c.Senders <= 0 {
		c.Senders = 4
	}
	if c.Retain <= 0 {
		c.Retain = 5 * time.Minute
	}
	if c.MaxRequests <= 0 {
		c.MaxRequests = 1024
	}
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = 30 * time.Second
	}
	if c.DropMargin <= 0 {
		c.DropMargin = 30 * time.Second
	}
	if c.Logger == nil {
		c.Logger = log.NewNopLogger()
	}
}

// Data is one task's data as a user hands it over.
type Data struct {
	TaskID   []byte
	Kind     sctypes.TaskKind
	Epoch    uint64
	Worker   []byte
	Envelope []byte
	Bytecode []byte // deployments only
}

// Ingress checks, queues and submits task data.
type Ingress struct {
	cfg       Config
	keeper    sckeeper.Keeper
	state     State
	submitter string // the ingress account, bech32
	metrics   *Metrics
	requests  chan struct{} // a slot per request being served (MaxRequests)

	mu      sync.Mutex
	sender  Sender           // nil until SetSender
	tasks   map[string]*item // in flight or recently broadcast, by task id
	queued  []*item
	wake    chan struct{}
	stopped bool
}

// item is one task's data in the ingress.
type item struct {
	id    string
	msg   sdk.Msg
	size  int
	gas   uint64        // what msg will use in a block (the check measured it)
	done  chan struct{} // closed once state is BROADCAST or FAILED
	state types.IngressState
	hash  string
	err   error
	since time.Time // when it was broadcast or failed
	sent  time.Time // the latest block's time when it was broadcast
}

// New returns an Ingress that checks data with keeper at state and signs
// as submitter (the ingress key's account, bech32). It sends nothing until
// SetSender gives it a way to, and nothing at all until Run.
func New(cfg Config, keeper sckeeper.Keeper, state State, submitter string, metrics *Metrics) *Ingress {
	cfg.defaults()
	return &Ingress{cfg: cfg, keeper: keeper, state: state, submitter: submitter, metrics: metrics,
		requests: make(chan struct{}, cfg.MaxRequests), tasks: make(map[string]*item), wake: make(chan struct{}, 1)}
}

// SetSender gives the ingress its way to send transactions: until then,
// data is refused with ErrNotReady (the ingress account may not be on
// chain yet).
func (in *Ingress) SetSender(s Sender) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.sender = s
}

// Check runs the module's acceptance rule on d at the latest state, as
// CheckTx will: the epoch is the next block's.
func (in *Ingress) Check(d Data) error {
	ctx, err := in.latest()
	if err != nil {
		return err
	}
	_, _, err = in.checkAt(ctx, d)
	return err
}

// latest is the latest committed state in CheckTx's mode (so the epoch is
// the next block's).
func (in *Ingress) latest() (sdk.Context, error) {
	ctx, err := in.state()
	if err != nil {
		return ctx, types.ErrNotReady.Wrapf("no state to check against: %v", err)
	}
	return ctx.WithExecMode(sdk.ExecModeCheck), nil
}

// checkAt is Check at ctx (from latest). It returns the message that
// carries d and the gas that message will use in a block, as the chain's
// ante handler measures it (its check and its write): the sender asks for
// that, and runs no simulation.
func (in *Ingress) checkAt(ctx sdk.Context, d Data) (sdk.Msg, uint64, error) {
	if len(d.TaskID) != 32 {
		return nil, 0, types.ErrInvalidRequest.Wrapf("task_id must be 32 bytes, got %d", len(d.TaskID))
	}
	if len(d.Worker) != 20 {
		return nil, 0, types.ErrInvalidRequest.Wrapf("worker must be a 20-byte enclave address, got %d bytes", len(d.Worker))
	}
	if d.Kind == sctypes.TASK_KIND_CALL && len(d.Bytecode) > 0 {
		return nil, 0, types.ErrInvalidRequest.Wrap("a call carries no bytecode")
	}
	var msg sdk.Msg
	if d.Kind == sctypes.TASK_KIND_DEPLOY {
		msg = &sctypes.MsgSubmitDeployData{Submitter: in.submitter, TaskId: d.TaskID, Epoch: d.Epoch, Worker: d.Worker, Bytecode: d.Bytecode, Envelope: d.Envelope}
	} else {
		msg = &sctypes.MsgSubmitTaskData{Submitter: in.submitter, TaskId: d.TaskID, Epoch: d.Epoch, Worker: d.Worker, Envelope: d.Envelope}
	}
	_, gas, err := scante.TaskDataGas(ctx, in.keeper, msg)
	return msg, gas, err
}

// Submit checks d, queues it and waits until the transaction that carries
// it is broadcast, returning its hash. The same task's data given again
// while the first is in flight, or within Retain of its broadcast, answers
// with the first one's outcome. When ctx ends first, the data stays queued
// (TaskStatus follows it).
func (in *Ingress) Submit(ctx context.Context, d Data) (string, error) {
	state, err := in.latest()
	if err != nil {
		in.metrics.refused(err)
		return "", err
	}
	return in.submitAt(ctx, state, d)
}

// submitAt is Submit checking at state (from latest): an HTTP request
// reads the state once, for its body's limit and the check.
func (in *Ingress) submitAt(ctx context.Context, state sdk.Context, d Data) (string, error) {
	msg, gas, err := in.checkAt(state, d)
	if err != nil {
		in.metrics.refused(err)
		return "", err
	}
	it, err := in.enqueue(d.TaskID, msg, gas, len(d.Envelope)+len(d.Bytecode), state.BlockTime())
	if err != nil {
		in.metrics.refused(err)
		return "", err
	}
	select {
	case <-it.done:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	return it.hash, it.err
}

// enqueue queues msg, the data of task id (size bytes), checked at a state
// whose block time is blockTime, which will use gas in a block.
func (in *Ingress) enqueue(id []byte, msg sdk.Msg, gas uint64, size int, blockTime time.Time) (*item, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.stopped {
		return nil, types.ErrStopped
	}
	if in.sender == nil {
		return nil, types.ErrNotReady.Wrapf("the ingress account %s is not on chain yet", in.submitter)
	}
	key := string(id)
	if it, ok := in.tasks[key]; ok {
		// The data passed the check just now, so the chain still awaits
		// it: a transaction that carried it and has outlived Retain was
		// dropped, and the data goes again.
		in.dropIfOutlived(it, time.Now(), blockTime)
		if it.state != types.IngressState_INGRESS_STATE_FAILED || refusedForGood(it.err) {
			return it, nil
		}
	}
	if len(in.queued) >= in.cfg.QueueSize {
		return nil, types.ErrBusy.Wrapf("%d task data queued", len(in.queued))
	}
	it := &item{id: key, msg: msg, size: size + 128, gas: gas, done: make(chan struct{}), state: types.IngressState_INGRESS_STATE_QUEUED}
	in.tasks[key] = it
	in.queued = append(in.queued, it)
	in.metrics.accepted()
	in.metrics.setQueued(len(in.queued))
	select {
	case in.wake <- struct{}{}:
	default:
	}
	return it, nil
}

// Status is a task's status in the ingress and on chain.
func (in *Ingress) Status(taskID []byte) (*types.TaskStatusResponse, error) {
	if len(taskID) != 32 {
		return nil, types.ErrInvalidRequest.Wrapf("task_id must be 32 bytes, got %d", len(taskID))
	}
	res := &types.TaskStatusResponse{TaskId: taskID}
	ctx, err := in.state()
	if err != nil {
		return nil, types.ErrNotReady.Wrapf("no state to read: %v", err)
	}
	t, err := in.keeper.Tasks.Get(ctx, taskID)
	in.mu.Lock()
	if it, ok := in.tasks[string(taskID)]; ok {
		if err == nil && t.Status == sctypes.TASK_STATUS_AWAITING_DATA {
			in.dropIfOutlived(it, time.Now(), ctx.BlockTime())
		}
		res.Ingress, res.TxHash = it.state, it.hash
		if it.err != nil {
			res.Error = it.err.Error()
		}
	}
	in.mu.Unlock()
	switch {
	case err == nil:
		res.Status = t.Status
	case res.Ingress == types.IngressState_INGRESS_STATE_UNSPECIFIED:
		return nil, sctypes.ErrUnknownTask.Wrapf("%x", taskID)
	}
	return res, nil
}

// Run sends the queued data until ctx ends: up to Senders transactions at
// a time, each with at most MaxFeelessMessages messages and the fee-less
// size bound, the first message of each waiting at most FlushInterval for
// others. On the way out it refuses whatever is still queued.
func (in *Ingress) Run(ctx context.Context) error {
	batches := make(chan []*item)
	var wg sync.WaitGroup
	for range in.cfg.Senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				in.send(ctx, b)
			}
		}()
	}
	defer func() {
		close(batches)
		wg.Wait()
		in.mu.Lock()
		in.stopped = true
		for _, it := range in.queued {
			in.finish(it, "", types.ErrStopped)
		}
		in.queued = nil
		in.mu.Unlock()
	}()
	sweep := time.NewTicker(time.Minute)
	defer sweep.Stop()
	for {
		select {
		case <-sweep.C: // also when the queue never empties
			in.forget(time.Now())
		default:
		}
		b := in.take(ctx)
		if b == nil {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-in.wake:
			case <-sweep.C:
				in.forget(time.Now())
			}
			continue
		}
		select {
		case batches <- b:
		case <-ctx.Done():
			in.mu.Lock()
			for _, it := range b {
				in.finish(it, "", types.ErrStopped)
			}
			in.mu.Unlock()
			return ctx.Err()
		}
	}
}

// take returns the next batch: as many queued items as fit one fee-less
// transaction, once that many are queued or the first has waited
// FlushInterval; nil when there is none yet.
func (in *Ingress) take(ctx context.Context) []*item {
	budget := in.sizeBudget()
	deadline := time.Now().Add(in.cfg.FlushInterval)
	for {
		in.mu.Lock()
		n, size := 0, 0
		for n < len(in.queued) && n < sckeeper.MaxFeelessMessages && (n == 0 || size+in.queued[n].size <= budget) {
			size += in.queued[n].size
			n++
		}
		full := n == sckeeper.MaxFeelessMessages || n < len(in.queued)
		if n > 0 && (full || !time.Now().Before(deadline)) {
			b := append([]*item(nil), in.queued[:n]...)
			in.queued = in.queued[n:]
			in.metrics.setQueued(len(in.queued))
			in.mu.Unlock()
			return b
		}
		in.mu.Unlock()
		if n == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-in.wake:
		case <-time.After(time.Until(deadline)):
		}
	}
}

// sizeBudget is how many bytes of data one transaction may carry: the
// fee-less bound less a margin for the transaction's own fields.
func (in *Ingress) sizeBudget() int {
	ctx, err := in.state()
	if err != nil {
		return 1 << 20
	}
	p, err := in.keeper.DataLimits(ctx)
	if err != nil {
		return 1 << 20
	}
	return int(max(1<<20, p.MaxTaskDataSize+p.MaxBytecodeSize)) - 32<<10
}

// send puts one batch in a transaction. When the chain refuses it (one
// message that no longer passes, say its epoch just ended, or whose data
// another transaction in the mempool carries), each message is checked
// again and those that pass go again in two halves, each split again if
// refused: one bad message must not take the others down with it.
func (in *Ingress) send(ctx context.Context, b []*item) {
	defer func() {
		if r := recover(); r != nil {
			in.cfg.Logger.Error("ingress sender panicked", "panic", r)
			in.mu.Lock()
			for _, it := range b {
				if it.state == types.IngressState_INGRESS_STATE_QUEUED {
					in.finish(it, "", types.ErrBroadcast.Wrapf("panic: %v", r))
				}
			}
			in.mu.Unlock()
		}
	}()
	in.mu.Lock()
	sender := in.sender
	in.mu.Unlock()
	msgs := make([]sdk.Msg, len(b))
	var gas uint64
	for i, it := range b {
		msgs[i] = it.msg
		gas += it.gas
	}
	start := time.Now()
	hash, err := sender.SendWithGas(ctx, gas, msgs...)
	in.metrics.sent(len(msgs), time.Since(start), err)
	if isRefusal(err) && len(b) > 1 {
		in.cfg.Logger.Info("task data transaction refused: checking its messages again and sending them in halves", "messages", len(b), "err", err)
		var pass []*item
		state, serr := in.latest()
		for _, it := range b {
			cerr := serr
			if cerr == nil {
				// The gas measured again too: the state moved on.
				_, it.gas, cerr = in.checkAt(state, dataOf(it.msg))
			}
			if cerr != nil {
				in.mu.Lock()
				in.finish(it, "", cerr)
				in.mu.Unlock()
				continue
			}
			pass = append(pass, it)
		}
		// Data the check passes can still be refused: another transaction
		// in the mempool may carry it (the check sees committed state
		// only). Halving finds k such messages among n in about k·log2(n)
		// transactions instead of n.
		if len(pass) > 1 {
			in.send(ctx, pass[:len(pass)/2])
			in.send(ctx, pass[len(pass)/2:])
		} else if len(pass) == 1 {
			in.send(ctx, pass)
		}
		return
	}
	errs := make([]error, len(b))
	if err != nil {
		in.cfg.Logger.Info("task data not sent", "tasks", len(b), "err", err)
		for i, it := range b {
			errs[i] = in.explain(it, err) // each its own: one task's fate is not another's
		}
	}
	var sent time.Time
	if state, serr := in.state(); serr == nil {
		sent = state.BlockTime()
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	for i, it := range b {
		it.sent = sent
		in.finish(it, hash, errs[i])
	}
}

// explain turns a refusal into the registered error it stands for: the
// chain's own when CheckTx refused (its codespace and code), the module's
// check when a simulation refused (a refusal inside a simulation loses its
// code on the way back through gRPC) and the check now fails, and
// ErrBroadcast for anything else.
func (in *Ingress) explain(it *item, err error) error {
	var r *submit.Refusal
	if errors.As(err, &r) && r.Codespace != "simulate" {
		return errorsmod.ABCIError(r.Codespace, r.Code, r.Log)
	}
	if cerr := in.Check(dataOf(it.msg)); cerr != nil {
		return cerr
	}
	return types.ErrBroadcast.Wrap(err.Error())
}

// dataOf is the Data a queued message carries.
func dataOf(msg sdk.Msg) Data {
	switch m := msg.(type) {
	case *sctypes.MsgSubmitTaskData:
		return Data{TaskID: m.TaskId, Kind: sctypes.TASK_KIND_CALL, Epoch: m.Epoch, Worker: m.Worker, Envelope: m.Envelope}
	case *sctypes.MsgSubmitDeployData:
		return Data{TaskID: m.TaskId, Kind: sctypes.TASK_KIND_DEPLOY, Epoch: m.Epoch, Worker: m.Worker, Envelope: m.Envelope, Bytecode: m.Bytecode}
	}
	return Data{}
}

// finish records an item's outcome; in.mu is held.
func (in *Ingress) finish(it *item, hash string, err error) {
	if it.state != types.IngressState_INGRESS_STATE_QUEUED {
		return
	}
	it.hash, it.err, it.since = hash, err, time.Now()
	it.msg = nil // the data is on its way or refused: keep no copy
	if err != nil {
		it.state = types.IngressState_INGRESS_STATE_FAILED
		in.metrics.refused(err)
	} else {
		it.state = types.IngressState_INGRESS_STATE_BROADCAST
	}
	close(it.done)
}

// refusedForGood reports whether a send-time failure is the chain's
// refusal of the data itself (x/secretcompute's error: taken by another
// transaction, epoch over), which giving it again cannot change within
// Retain; the ingress's own failures (a broadcast that failed) may.
func refusedForGood(err error) bool {
	var reg *errorsmod.Error
	return errors.As(err, &reg) && reg.Codespace() == sctypes.ModuleName
}

// dropIfOutlived marks a broadcast item whose transaction has outlived
// Retain (its lifetime, the submitter's TTL) and DropMargin, both on the
// local clock and in block time (blockTime, of the state the caller read)
// as failed, dropped: the caller has just seen the chain still awaiting
// the task's data, so that transaction was never included and never will
// be (an unordered transaction past its timeout is refused; a stalled
// chain's block time does not move). Its data may be given again; if the
// old transaction did land after all, the chain refuses the second copy
// (ErrDataPresent). in.mu is held.
func (in *Ingress) dropIfOutlived(it *item, now, blockTime time.Time) {
	life := in.cfg.Retain + in.cfg.DropMargin
	if it.state != types.IngressState_INGRESS_STATE_BROADCAST || now.Sub(it.since) <= life ||
		it.sent.IsZero() || blockTime.Sub(it.sent) <= life {
		return
	}
	it.state, it.since = types.IngressState_INGRESS_STATE_FAILED, now
	it.err = types.ErrBroadcast.Wrapf("transaction %s was not included within its lifetime (dropped from the mempool): give the data again", it.hash)
	in.metrics.refused(it.err)
}

// forget drops what was broadcast or failed more than Retain ago.
func (in *Ingress) forget(now time.Time) {
	in.mu.Lock()
	defer in.mu.Unlock()
	for k, it := range in.tasks {
		if it.state != types.IngressState_INGRESS_STATE_QUEUED && now.Sub(it.since) > in.cfg.Retain {
			delete(in.tasks, k)
		}
	}
}

// String describes the ingress for logs.
func (in *Ingress) String() string {
	return fmt.Sprintf("ingress(%s)", in.submitter)
}

func isRefusal(err error) bool { return errors.Is(err, submit.ErrRefused) }

// QueryState is State on a node's app: the latest committed state, as the
// node's queries read it. Opening a query context reads each store's root
// from the database (about 150 µs with twenty stores), so a context is
// shared by up to sharedStateUses calls at one height: each call gets its
// own cache layer over it (what a check writes stays in its layer), its
// own gas meter and event manager. The shared context keeps what it reads
// (a task may hold hundreds of KiB of data), hence the bound on its uses.
func QueryState(app interface {
	CreateQueryContext(height int64, prove bool) (sdk.Context, error)
	CommittedHeight() int64
}) State {
	var (
		mu     sync.Mutex
		height int64
		base   sdk.Context
		uses   int
	)
	return func() (sdk.Context, error) {
		h := app.CommittedHeight()
		mu.Lock()
		if uses++; h != height || h == 0 || uses > sharedStateUses {
			// The latest, as a query without a height opens it (its header
			// checked against the committed height).
			ctx, err := app.CreateQueryContext(0, false)
			if err != nil {
				mu.Unlock()
				return ctx, err
			}
			height, base, uses = ctx.BlockHeight(), ctx, 1
		}
		ctx := base
		mu.Unlock()
		return ctx.WithMultiStore(ctx.MultiStore().CacheMultiStore()).
			WithGasMeter(storetypes.NewInfiniteGasMeter()).
			WithEventManager(sdk.NewEventManager()), nil
	}
}

// sharedStateUses bounds the calls that share one query context: its
// opening's cost spread over them is under 1 µs each, and what it keeps in
// memory is what they read.
const sharedStateUses = 256

// SenderFunc is a function as a Sender.
type SenderFunc func(ctx context.Context, msgGas uint64, msgs ...sdk.Msg) (string, error)

// SendWithGas calls f.
func (f SenderFunc) SendWithGas(ctx context.Context, msgGas uint64, msgs ...sdk.Msg) (string, error) {
	return f(ctx, msgGas, msgs...)
}

// Serving is how many requests, HTTP and gRPC, are being served: at most
// MaxRequests.
func (in *Ingress) Serving() int { return len(in.requests) }

// Queued is how many task data wait in the queue.
func (in *Ingress) Queued() int {
	in.mu.Lock()
	defer in.mu.Unlock()
	return len(in.queued)
}
