package core

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/enclave/deltas"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/evm"
	"github.com/enigmad/enigmad/enclave/ids"
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
	Delta    []byte
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
// unknown contract, data that is not the record's), an error.
func (c *Core) Execute(tasks []Task) ([]Result, []error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	results := make([]Result, len(tasks))
	errs := make([]error, len(tasks))
	for i, t := range tasks {
		results[i], errs[i] = c.execute(t)
	}
	return results, errs
}

func (c *Core) execute(t Task) (Result, error) {
	if c.seed == nil {
		return Result{}, ErrNotProvisioned
	}
	st := c.contracts[t.Contract]
	if st == nil {
		return Result{}, fmt.Errorf("%w: %s", ErrUnknownContract, t.Contract)
	}
	if ids.InputsHash(t.Envelope) != t.InputsHash {
		return Result{}, ErrInputsHash
	}
	r := receipt.Receipt{TaskID: t.ID, Contract: t.Contract, Worker: c.id.Address()}
	opened, err := envelope.Open(c.id.EnvelopeKeys(), envelope.Binding{ChainID: c.cfg.ChainID, Contract: t.Contract, TaskID: t.ID}, t.Envelope)
	if err != nil {
		r.Status = receipt.StatusBadInput
		return c.finish(r, nil, nil, Result{Reason: err.Error()})
	}
	if reason := escrowMismatch(opened.Call, t.EscrowToken, t.EscrowAmount); reason != "" {
		r.Status = receipt.StatusEscrowMismatch
		return c.finish(r, nil, nil, Result{Reason: reason})
	}
	out := st.machine.Call(t.Env, t.Sender, opened.Call.Data, callValue(opened.Call), t.GasLimit)
	return c.conclude(r, st, out, opened.ResultKey)
}

// Deploy runs a deployment task: the contract's address is derived from the
// task id; its constructor runs with the envelope's arguments.
func (c *Core) Deploy(d Deployment) (Result, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seed == nil {
		return Result{}, ErrNotProvisioned
	}
	address := ids.ContractAddress(d.ID)
	if c.contracts[address] != nil {
		return Result{}, fmt.Errorf("%w: %s", ErrContractExists, address)
	}
	if crypto.Keccak256Hash(d.Bytecode) != d.CodeHash {
		return Result{}, ErrCodeHash
	}
	if ids.InputsHash(d.Envelope) != d.InputsHash {
		return Result{}, ErrInputsHash
	}
	key, err := c.stateKey(address)
	if err != nil {
		return Result{}, err
	}
	r := receipt.Receipt{TaskID: d.ID, Contract: address, Worker: c.id.Address()}
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
	machine, out := evm.Deploy(d.Env, address, d.Sender, initcode, new(big.Int), d.GasLimit, log.Storage)
	st := &contractState{log: log, machine: machine}
	res, err := c.conclude(r, st, out, opened.ResultKey)
	if err == nil && out.Status == receipt.StatusSuccess {
		c.contracts[address] = st
	}
	return res, err
}

// conclude turns an EVM outcome into a signed result, appending the delta
// of a successful task to the contract's log.
func (c *Core) conclude(r receipt.Receipt, st *contractState, out evm.Outcome, resultKey []byte) (Result, error) {
	r.Status = out.Status
	r.GasUsed = out.GasUsed
	res := Result{Callback: out.Callback}
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
		res.PrevHash = st.log.Head
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
	sig, err := receipt.Sign(r, c.id.Signer)
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
