// Package worker is the worker daemon's core: it runs the tasks the chain
// assigned to its enclave and commits their results, reading everything it
// needs from the chain so that a restart (of the worker or of its enclave)
// loses nothing and repeats nothing: what is left to run is the chain's
// AssignedTasks query, and a contract's state is rebuilt in the enclave
// from the chain's delta log.
package worker

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"cosmossdk.io/log/v2"
	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/grpc"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/evm"
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
	// MaxResults bounds the results of one transaction (default: the
	// chain's max_results_per_msg).
	MaxResults int
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
var ErrNotRegistered = errors.New("worker: the enclave is not a registered worker")

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
	info, err := enclave.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("worker: the enclave's identity: %w", err)
	}
	w := &Worker{cfg: cfg, enclave: enclave, send: send, submitter: submitter.String(), address: info.Address, q: types.NewQueryClient(conn),
		registry: registrytypes.NewQueryClient(conn), epochs: epochtypes.NewQueryClient(conn), seen: map[string]time.Time{}}
	if _, err := w.registry.Worker(ctx, &registrytypes.QueryWorkerRequest{EnclaveAddress: info.Address.Hex()}); err != nil {
		return nil, fmt.Errorf("%w: register it with `enigmad tx registry register STAKE --enclave-socket SOCKET --from OPERATOR` (%s): %v",
			ErrNotRegistered, info.Address.Hex(), err)
	}
	if w.cfg.MaxResults == 0 {
		p, err := w.q.Params(ctx, &types.QueryParamsRequest{})
		if err != nil {
			return nil, fmt.Errorf("worker: x/secretcompute params: %w", err)
		}
		w.cfg.MaxResults = int(p.Params.MaxResultsPerMsg)
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
	res, err := w.q.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: w.address.Hex(), Limit: uint32(w.cfg.MaxResults)})
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
		r, err := w.enclave.Deploy(ctx, core.Deployment{ID: common.BytesToHash(t.Id), Sender: common.BytesToAddress(t.Sender),
			CodeHash: common.BytesToHash(t.CodeHash), InputsHash: common.BytesToHash(t.InputsHash), GasLimit: t.GasLimit,
			Env: env(t), Bytecode: t.Bytecode, Envelope: t.Data})
		if err != nil {
			return false, fmt.Errorf("deploy %x: %w", t.Id, err)
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
		if err := w.sync(ctx, c); err != nil {
			return false, fmt.Errorf("contract %s: %w", c.Hex(), err)
		}
		rs, errs, err := w.enclave.Execute(ctx, calls[c])
		if err != nil {
			return false, fmt.Errorf("execute on %s: %w", c.Hex(), err)
		}
		for i, r := range rs {
			if errs[i] != nil {
				// The enclave could not run it at all (not a failed task,
				// which has a receipt): it stops this contract's run here,
				// since the tasks after it would run on another state.
				w.cfg.Logger.Error("the enclave refused a task", "task", calls[c][i].ID.Hex(), "err", errs[i])
				break
			}
			results = append(results, ResultMsg(r))
		}
	}
	if len(results) == 0 {
		return false, nil
	}
	if err := w.send.Send(ctx, &types.MsgCommitResults{Submitter: w.submitter, Results: results}); err != nil {
		return false, fmt.Errorf("commit %d results: %w", len(results), err)
	}
	w.cfg.Logger.Info("committed", "results", len(results))
	return true, nil
}

// env is what the EVM sees of the Ethereum block a task was recorded in.
func env(t types.Task) evm.Env { return evm.Env{Number: t.EthBlock, Time: t.EthTime} }

// deltasPerQuery is the page size of the replay.
const deltasPerQuery = 1000

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
