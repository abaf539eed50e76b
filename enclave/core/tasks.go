package core

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/enclave/deltas"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/evm"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/random"
	"github.com/enigmad/enigmad/enclave/receipt"
)

// Task is a task record as the chain attested it, with its data.
type Task struct {
	ID         common.Hash
	Contract   common.Address
	Sender     common.Address
	InputsHash common.Hash
	GasLimit   uint64
	// EscrowToken and EscrowAmount are what the record escrowed for the
	// contract (zero address: ETH); the envelope must name the same.
	EscrowToken  common.Address
	EscrowAmount *big.Int
	Env          evm.Env
	Envelope     []byte
}

// Deployment is a deployment record with its data: the public bytecode and
// the envelope holding the constructor arguments.
type Deployment struct {
	ID         common.Hash
	Sender     common.Address
	CodeHash   common.Hash
	InputsHash common.Hash
	GasLimit   uint64
	Env        evm.Env
	Bytecode   []byte
	Envelope   []byte
}

// Result is what the worker submits for one task.
type Result struct {
	Receipt   receipt.Receipt
	Signature []byte
	// Output is the return (or revert) data encrypted to the user; empty
	// when there is none or the envelope could not be opened.
	Output []byte
	// Delta is the sealed state delta; empty when the task changed nothing.
	Delta []byte
	// PrevHash is the head hash of the contract's log the task ran on (zero
	// for a deployment): the delta's previous hash, and the receipt's
	// StateHead whatever the outcome.
	PrevHash common.Hash
	Callback *evm.Callback
	// Reason is a public explanation of a failure status. It never carries
	// the contract's revert data, which is in Output.
	Reason string
}

// ErrInputsHash is returned when task data does not match its record.
var ErrInputsHash = errors.New("core: task data does not match the record's inputs hash")

// Execute runs tasks in order. A task gets either a result (success or a
// failure receipt) or, if no receipt can be made for it (not provisioned,
// unknown contract, data that is not the record's, a gas limit above the
// enclave's budget, a caller that gave up), an error. When ctx ends, the
// running task is stopped and it and the tasks after it get ErrCancelled.
func (c *Core) Execute(ctx context.Context, tasks []Task) ([]Result, []error) {
	results := make([]Result, len(tasks))
	errs := make([]error, len(tasks))
	for i, t := range tasks {
		results[i], errs[i] = c.execute(ctx, t)
	}
	return results, errs
}

func (c *Core) execute(ctx context.Context, t Task) (Result, error) {
	if err := c.checkBudget(ctx, t.GasLimit); err != nil {
		return Result{}, err
	}
	if ids.InputsHash(t.Envelope) != t.InputsHash {
		return Result{}, ErrInputsHash
	}
	st, err := c.acquire(t.Contract, false)
	if err != nil {
		return Result{}, err
	}
	defer st.mu.Unlock()
	if !st.ready() {
		return Result{}, fmt.Errorf("%w: %s", ErrUnknownContract, t.Contract)
	}
	r := receipt.Receipt{TaskID: t.ID, Contract: t.Contract, Worker: c.id.Address(),
		TaskHash: receipt.TaskHash(t.Sender, t.InputsHash, common.Hash{}, t.GasLimit, t.EscrowToken, t.EscrowAmount, t.Env.Number, t.Env.Time)}
	opened, err := envelope.Open(c.id.EnvelopeKeys(), envelope.Binding{ChainID: c.cfg.ChainID, Contract: t.Contract, TaskID: t.ID}, t.Envelope)
	if err != nil {
		r.Status = receipt.StatusBadInput
		return c.finish(r, nil, nil, Result{Reason: err.Error(), PrevHash: st.log.Head})
	}
	if reason := escrowMismatch(opened.Call, t.EscrowToken, t.EscrowAmount); reason != "" {
		r.Status = receipt.StatusEscrowMismatch
		return c.finish(r, nil, nil, Result{Reason: reason, PrevHash: st.log.Head})
	}
	env, err := c.withRandomness(t.Env, random.Task{Contract: t.Contract, ID: t.ID, InputsHash: t.InputsHash, Sender: t.Sender, GasLimit: t.GasLimit})
	if err != nil {
		return Result{}, err
	}
	out, err := c.bounded(ctx, st.machine, func() evm.Outcome {
		return st.machine.Call(env, t.Sender, opened.Call.Data, callValue(opened.Call), t.GasLimit)
	})
	if err != nil {
		return Result{}, err
	}
	return c.conclude(r, st, out, opened.ResultKey)
}

// Deploy runs a deployment task: the contract's address is derived from the
// task id; its constructor runs with the envelope's arguments.
func (c *Core) Deploy(ctx context.Context, d Deployment) (Result, error) {
	if err := c.checkBudget(ctx, d.GasLimit); err != nil {
		return Result{}, err
	}
	if crypto.Keccak256Hash(d.Bytecode) != d.CodeHash {
		return Result{}, ErrCodeHash
	}
	if ids.InputsHash(d.Envelope) != d.InputsHash {
		return Result{}, ErrInputsHash
	}
	address := ids.ContractAddress(d.ID)
	st, err := c.acquire(address, true)
	if err != nil {
		return Result{}, err
	}
	defer st.mu.Unlock()
	defer c.dropIfEmpty(address, st)
	if st.ready() {
		return Result{}, fmt.Errorf("%w: %s", ErrContractExists, address)
	}
	c.mu.Lock()
	key, err := c.stateKey(address)
	c.mu.Unlock()
	if err != nil {
		return Result{}, err
	}
	r := receipt.Receipt{TaskID: d.ID, Contract: address, Worker: c.id.Address(),
		TaskHash: receipt.TaskHash(d.Sender, d.InputsHash, d.CodeHash, d.GasLimit, common.Address{}, nil, d.Env.Number, d.Env.Time)}
	opened, err := envelope.Open(c.id.EnvelopeKeys(), envelope.Binding{ChainID: c.cfg.ChainID, Contract: address, TaskID: d.ID}, d.Envelope)
	if err != nil {
		r.Status = receipt.StatusBadInput
		return c.finish(r, nil, nil, Result{Reason: err.Error()})
	}
	// A deployment record escrows nothing: a constructor never receives value.
	if reason := escrowMismatch(opened.Call, common.Address{}, nil); reason != "" {
		r.Status = receipt.StatusEscrowMismatch
		return c.finish(r, nil, nil, Result{Reason: reason})
	}
	log := deltas.NewLog(address, key)
	initcode := append(bytes.Clone(d.Bytecode), opened.Call.Data...)
	machine := evm.NewMachine(address, initcode, log.Storage)
	env, err := c.withRandomness(d.Env, random.Task{Contract: address, ID: d.ID, InputsHash: d.InputsHash, Sender: d.Sender, GasLimit: d.GasLimit})
	if err != nil {
		return Result{}, err
	}
	out, err := c.bounded(ctx, machine, func() evm.Outcome {
		return machine.Construct(env, d.Sender, new(big.Int), d.GasLimit)
	})
	if err != nil {
		return Result{}, err
	}
	deployed := &contractState{log: log, machine: machine}
	res, err := c.conclude(r, deployed, out, opened.ResultKey)
	if err == nil && out.Status == receipt.StatusSuccess {
		st.log, st.machine = log, machine
	}
	return res, err
}

// acquire returns a contract's slot, locked: nil and ErrUnknownContract
// when there is none and create is not set. It checks, once it holds the
// slot's lock, that the slot is still the contract's: a Forget meanwhile
// removes it, and then it looks again.
func (c *Core) acquire(contract common.Address, create bool) (*contractState, error) {
	for {
		c.mu.Lock()
		if c.seed == nil {
			c.mu.Unlock()
			return nil, ErrNotProvisioned
		}
		st := c.contracts[contract]
		if st == nil && create {
			st = &contractState{}
			c.contracts[contract] = st
		}
		c.mu.Unlock()
		if st == nil {
			return nil, fmt.Errorf("%w: %s", ErrUnknownContract, contract)
		}
		st.mu.Lock()
		c.mu.Lock()
		live := c.contracts[contract] == st
		c.mu.Unlock()
		if live {
			return st, nil
		}
		st.mu.Unlock()
	}
}

// dropIfEmpty removes a slot that nothing filled (a deployment or replay
// that failed before any log); the caller holds st.mu.
func (c *Core) dropIfEmpty(contract common.Address, st *contractState) {
	if st.log != nil {
		return
	}
	c.mu.Lock()
	if c.contracts[contract] == st {
		delete(c.contracts, contract)
	}
	c.mu.Unlock()
}

// checkBudget refuses a task the enclave will not start: one that asks for
// more gas than MaxTaskGas, or whose caller has already given up.
func (c *Core) checkBudget(ctx context.Context, gasLimit uint64) error {
	limit := c.cfg.MaxTaskGas
	if limit == 0 {
		limit = DefaultMaxTaskGas
	}
	if gasLimit > limit {
		return fmt.Errorf("%w: %d gas, the budget is %d", ErrGasLimit, gasLimit, limit)
	}
	if ctx.Err() != nil {
		return fmt.Errorf("%w: %v", ErrCancelled, ctx.Err())
	}
	return nil
}

// bounded runs one task on m within the enclave's wall-time budget and
// until ctx ends, whichever comes first. A task stopped for either reason
// gets no receipt (ErrTimeBudget, ErrCancelled); the machine is reset and
// its contract's state is untouched. A task that ends just as it is
// stopped counts as stopped.
func (c *Core) bounded(ctx context.Context, m *evm.Machine, run func() evm.Outcome) (evm.Outcome, error) {
	budget := c.cfg.MaxTaskTime
	if budget <= 0 {
		budget = DefaultMaxTaskTime
	}
	timer := time.NewTimer(budget)
	defer timer.Stop()
	cancel := m.Canceller()
	done, watched := make(chan struct{}), make(chan struct{})
	overtime := false
	go func() {
		// Cancelling only sets a flag: nothing here can panic.
		defer close(watched)
		select {
		case <-done:
		case <-timer.C:
			overtime = true
			cancel()
		case <-ctx.Done():
			cancel()
		}
	}()
	out := run()
	close(done)
	<-watched
	if !m.Cancelled() {
		return out, nil
	}
	m.Reset()
	if overtime {
		return evm.Outcome{}, fmt.Errorf("%w of %s", ErrTimeBudget, budget)
	}
	return evm.Outcome{}, fmt.Errorf("%w: %v", ErrCancelled, ctx.Err())
}

// conclude turns an EVM outcome into a signed result, appending the delta
// of a successful task to the contract's log.
func (c *Core) conclude(r receipt.Receipt, st *contractState, out evm.Outcome, resultKey []byte) (Result, error) {
	r.Status = out.Status
	r.GasUsed = out.GasUsed
	// Every receipt names the state it ran on (the log's head), not only
	// those that append a delta to it.
	res := Result{Callback: out.Callback, PrevHash: st.log.Head}
	if out.Status != receipt.StatusSuccess {
		res.Reason = out.Status.String()
		if out.Status == receipt.StatusRevert && len(out.Return) == 0 && out.Reason != "" {
			// Reasons from the machine itself (forbidden calls, oversize
			// deltas) reveal nothing secret.
			res.Reason = out.Reason
		}
	}
	var output []byte
	if len(out.Return) > 0 {
		sealed, err := envelope.SealResult(resultKey, r.TaskID.Bytes(), out.Return)
		if err != nil {
			return Result{}, err
		}
		output = sealed
	}
	var sealedDelta []byte
	if out.Status == receipt.StatusSuccess && !out.Delta.IsEmpty() {
		r.DeltaIndex = st.log.Next
		sealed, hash, err := st.log.Append(out.Delta)
		if err != nil {
			return Result{}, err
		}
		sealedDelta, r.DeltaHash = sealed, hash
	}
	return c.finish(r, output, sealedDelta, res)
}

// finish signs the receipt.
func (c *Core) finish(r receipt.Receipt, output, delta []byte, res Result) (Result, error) {
	if len(output) > 0 {
		r.OutputHash = crypto.Keccak256Hash(output)
	}
	if res.Callback != nil {
		r.CallbackHash = receipt.CallbackHash(res.Callback.Target, res.Callback.Data)
	}
	r.StateHead = res.PrevHash
	sig, err := receipt.Sign(c.cfg.ChainID, r, c.id.Signer)
	if err != nil {
		return Result{}, err
	}
	res.Receipt, res.Signature, res.Output, res.Delta = r, sig, output, delta
	return res, nil
}

// callValue is the msg.value a call sees: an ETH escrow. An ERC20 escrow is
// not value (any token can be minted at will, so counting it as money would
// let worthless tokens pass for ETH); it reaches Ethereum with the task's
// callback, where the target is told the token and amount.
func callValue(call envelope.Call) *big.Int {
	if call.Token != (common.Address{}) || call.Amount == nil {
		return new(big.Int)
	}
	return call.Amount
}

func escrowMismatch(call envelope.Call, token common.Address, amount *big.Int) string {
	if amount == nil {
		amount = new(big.Int)
	}
	if call.Token != token || call.Amount.Cmp(amount) != 0 {
		return fmt.Sprintf("the envelope sends %s of token %s but the record escrowed %s of %s", call.Amount, call.Token, amount, token)
	}
	return ""
}
