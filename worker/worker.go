// Package worker is the worker daemon's core: it runs the tasks the chain
// assigned to its enclave and commits their results, reading everything it
// needs from the chain so that a restart (of the worker or of its enclave)
// loses nothing and repeats nothing: what is left to run is the chain's
// AssignedTasks query, and a contract's state is rebuilt in the enclave
// from the chain's delta log.
package worker

import (
	"context"

	"fmt"
	"math/big"
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

// Config tunes a Worker. Zero values take the defaults.
type Config struct {
	// MaxResults bounds the tasks of one step (default: the chain's
	// max_results_per_msg, read each step; at most 32).
	MaxResults int
	// MaxCommitBytes bounds the results of one transaction, in encoded
	// bytes (default 512 KiB, under CometBFT's 1 MiB max_tx_bytes).
	MaxCommitBytes int
	// PollInterval is the pause between steps with nothing to do
	// (default 1 s).
	PollInterval time.Duration
	// DutyDelay is how long a provisioned worker waits per place in the
	// turn before it provisions a newcomer or submits the epoch's beacon
	// in another's place (default 10 s).
	DutyDelay time.Duration
	// Logger gets structured logs (default: none).
	Logger log.Logger
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
		cfg.PollInterval = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = log.NewNopLogger()
	}
	if cfg.DutyDelay == 0 {
		cfg.DutyDelay = 10 * time.Second
	}
	if cfg.MaxCommitBytes == 0 {
		cfg.MaxCommitBytes = 512 << 10
	}
	info, err := enclave.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("worker: the enclave's identity: %w", err)
	}
	w := &Worker{cfg: cfg, enclave: enclave, send: send, submitter: submitter.String(), address: info.Address, q: types.NewQueryClient(conn),
		registry: registrytypes.NewQueryClient(conn), epochs: epochtypes.NewQueryClient(conn), seen: map[string]time.Time{}}
	if _, err := w.registry.Worker(ctx, &registrytypes.QueryWorkerRequest{EnclaveAddress: info.Address.Hex()}); err != nil {
		return nil, ErrNotRegistered.Wrapf("register it with `enigmad tx registry register STAKE --enclave-socket SOCKET --from OPERATOR` (%s): %v",
			info.Address.Hex(), err)
	}
	return w, nil
}

// Address is the enclave address tasks are assigned to.
func (w *Worker) Address() common.Address { return w.address }

// Run runs steps (duties, then tasks) until ctx ends; a step's error is
// logged and the step retried after the poll interval, a panic recovered
// and logged.
func (w *Worker) Run(ctx context.Context) error {
	for ctx.Err() == nil {
		if _, err := w.safe(ctx, w.DutiesStep); err != nil && ctx.Err() == nil {
			w.cfg.Logger.Error("duties failed", "err", err)
		}
		busy, err := w.safe(ctx, w.Step)
		if err != nil && ctx.Err() == nil {
			w.cfg.Logger.Error("step failed", "err", err)
		}
		if busy && err == nil {
			continue
		}
		select {
		case <-ctx.Done():
		case <-time.After(w.cfg.PollInterval):
		}
	}
	return ctx.Err()
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
// (at most MaxResults, in task id order) and commits their results in one
// transaction. Each contract's state is brought to the chain's head first
// (sync). Tasks of one contract run in one Execute call, in order, each on
// the state the previous left. It reports busy when it committed
// something.
func (w *Worker) Step(ctx context.Context) (bool, error) {
	limit := w.cfg.MaxResults
	if limit == 0 {
		// The chain's bound, read each step: governance may change it.
		p, err := w.q.Params(ctx, &types.QueryParamsRequest{})
		if err != nil {
			return false, fmt.Errorf("x/secretcompute params: %w", err)
		}
		limit = int(p.Params.MaxResultsPerMsg)
	}
	// A page of tasks carries their data (up to max_task_data_size each):
	// a few at a time keep the answer well under gRPC's message limit.
	limit = min(limit, tasksPerQuery)
	res, err := w.q.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: w.address.Hex(), Limit: uint32(limit)})
	if err != nil {
		return false, fmt.Errorf("assigned tasks: %w", err)
	}
	if len(res.Tasks) == 0 {
		return false, nil
	}
	var results []types.Result
	// Deployments first, alone: a call in the same step might need the
	// contract, which exists on chain only once its result is committed.
	for _, t := range res.Tasks {
		if t.Kind != types.TASK_KIND_DEPLOY {
			continue
		}
		// A deployment the enclave ran before and whose result never
		// reached the chain (the task is still pending, so the contract
		// is not on chain) left the contract in the enclave: drop it first.
		addr := ids.ContractAddress(common.BytesToHash(t.Id))
		if _, err := w.enclave.Head(ctx, addr); err == nil {
			if err := w.enclave.Forget(ctx, addr); err != nil {
				return false, fmt.Errorf("forget the uncommitted deployment %s: %w", addr.Hex(), err)
			}
		}
		r, err := w.enclave.Deploy(ctx, core.Deployment{ID: common.BytesToHash(t.Id), Sender: common.BytesToAddress(t.Sender),
			CodeHash: common.BytesToHash(t.CodeHash), InputsHash: common.BytesToHash(t.InputsHash), GasLimit: t.GasLimit,
			Env: env(t), Bytecode: t.Bytecode, Envelope: t.Data})
		if err != nil {
			// Not a failed deployment (that has a receipt): the enclave
			// could not run it. The others go on; it is retried.
			w.cfg.Logger.Error("the enclave refused a deployment", "task", common.BytesToHash(t.Id).Hex(), "err", err)
			continue
		}
		results = append(results, ResultMsg(r))
	}
	calls := map[common.Address][]core.Task{}
	var order []common.Address
	for _, t := range res.Tasks {
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
		// One contract's trouble (a log the node cannot serve, an enclave
		// error) holds back that contract only.
		if err := w.sync(ctx, c); err != nil {
			w.cfg.Logger.Error("cannot bring a contract to the chain's head", "contract", c.Hex(), "err", err)
			continue
		}
		rs, errs, err := w.enclave.Execute(ctx, calls[c])
		if err != nil {
			w.cfg.Logger.Error("execute", "contract", c.Hex(), "err", err)
			continue
		}
		for i, r := range rs {
			if errs[i] != nil {
				// The enclave could not run it at all (not a failed task,
				// which has a receipt) and left the state as it was: the
				// tasks after it ran on that state, and their results
				// stand. It is retried, and times out if it never runs.
				w.cfg.Logger.Error("the enclave refused a task", "task", calls[c][i].ID.Hex(), "err", errs[i])
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
		if err := w.send.Send(ctx, &types.MsgCommitResults{Submitter: w.submitter, Results: results[:n]}); err != nil {
			return false, fmt.Errorf("commit %d results: %w", n, err)
		}
		w.cfg.Logger.Info("committed", "results", n)
		results = results[n:]
	}
	return true, nil
}

// env is what the EVM sees of the Ethereum block a task was recorded in.
func env(t types.Task) evm.Env { return evm.Env{Number: t.EthBlock, Time: t.EthTime} }

// Page sizes: tasks carry their data (up to max_task_data_size each) and
// deltas their sealed state changes, so pages stay small enough for
// gRPC's message limit.
const (
	tasksPerQuery  = 32
	deltasPerQuery = 64
)

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
	for from < c.Contract.NextDelta {
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
		if _, err := w.enclave.ApplyDeltas(ctx, contract, entries); err != nil {
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
