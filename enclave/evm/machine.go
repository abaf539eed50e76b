// Package evm is the confidential EVM (docs/design.md §5): go-ethereum's core/vm
// running one secret contract over its in-memory state. One vm.EVM is kept
// per contract and reused across tasks. A task may only run the contract's
// own code and precompiles; reaching any other address, creating contracts
// or self-destructing fails the task. Reverts and out-of-gas become failure
// outcomes, never panics. The changed storage slots of a successful task are
// returned as a delta.
package evm

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/enigmad/enigmad/enclave/deltas"
	"github.com/enigmad/enigmad/enclave/receipt"
)

// CallbackEvent is the event by which a secret contract asks for an
// Ethereum callback, published in clear with the receipt:
//
//	event EthereumCallback(address target, bytes data);
//
// At most one per task; the data is the calldata for target on Ethereum.
const CallbackEvent = "EthereumCallback(address,bytes)"

// callbackTopic is keccak256 of CallbackEvent.
var callbackTopic = crypto.Keccak256Hash([]byte(CallbackEvent))

// MaxCallbackData bounds a callback's calldata.
const MaxCallbackData = 16 << 10

// ChainConfig is the fork set secret contracts run under: Cancun (compile
// them with solc's evmVersion "cancun").
var ChainConfig = func() *params.ChainConfig {
	zero := uint64(0)
	return &params.ChainConfig{
		ChainID:                 big.NewInt(1),
		HomesteadBlock:          new(big.Int),
		EIP150Block:             new(big.Int),
		EIP155Block:             new(big.Int),
		EIP158Block:             new(big.Int),
		ByzantiumBlock:          new(big.Int),
		ConstantinopleBlock:     new(big.Int),
		PetersburgBlock:         new(big.Int),
		IstanbulBlock:           new(big.Int),
		MuirGlacierBlock:        new(big.Int),
		BerlinBlock:             new(big.Int),
		LondonBlock:             new(big.Int),
		TerminalTotalDifficulty: new(big.Int),
		MergeNetsplitBlock:      new(big.Int),
		ShanghaiTime:            &zero,
		CancunTime:              &zero,
		BlobScheduleConfig:      &params.BlobScheduleConfig{Cancun: params.DefaultCancunBlobConfig},
	}
}()

// Env is the block context a task sees. It comes from the task record so
// that every enclave executing the task sees the same values.
type Env struct {
	Number uint64
	Time   uint64
	// Random is the task's secret randomness (enclave/random), served by
	// the precompile at RandomAddress; nil outside a task, where the
	// precompile fails.
	Random Randomness
}

// Callback is an Ethereum call a contract asked for, published in clear.
type Callback struct {
	Target common.Address
	Data   []byte
}

// Outcome is the result of running one task.
type Outcome struct {
	Status  receipt.Status
	Return  []byte
	GasUsed uint64
	// Delta is what a successful task changed (possibly nothing); for a
	// deployment it carries the runtime code.
	Delta    deltas.Delta
	Callback *Callback
	// Reason explains a failure.
	Reason string
}

// ErrForbiddenCall is the reason of tasks that reached outside the contract.
var ErrForbiddenCall = errors.New("evm: secret contracts may only call themselves and precompiles")

// Machine runs tasks of one contract.
type Machine struct {
	address     common.Address
	db          *stateDB
	evm         *vm.EVM
	rules       params.Rules
	precompiles map[common.Address]struct{}
	active      []common.Address
	contracts   vm.PrecompiledContracts
	violation   error
	// random is the running task's randomness (Env.Random).
	random Randomness
}

// NewMachine returns a machine for the contract at address with its runtime
// code, reading committed storage from storage (the map a deltas.Log keeps;
// the machine never writes to it).
func NewMachine(address common.Address, code []byte, storage map[common.Hash]common.Hash) *Machine {
	m := &Machine{address: address, db: newStateDB(address, code, storage)}
	blockCtx := vm.BlockContext{
		CanTransfer: core.CanTransfer,
		Transfer:    core.Transfer,
		GetHash:     func(uint64) common.Hash { return common.Hash{} },
		BlockNumber: new(big.Int),
		Difficulty:  new(big.Int),
		BaseFee:     new(big.Int),
		BlobBaseFee: new(big.Int),
		Random:      &common.Hash{},
		GasLimit:    ^uint64(0),
	}
	m.rules = ChainConfig.Rules(blockCtx.BlockNumber, true, 0)
	// Ethereum's precompiles under these rules, and Enigma's.
	m.contracts = vm.ActivePrecompiledContracts(m.rules)
	m.contracts[RandomAddress] = randomPrecompile{m}
	m.active = append(vm.ActivePrecompiles(m.rules), RandomAddress)
	m.precompiles = make(map[common.Address]struct{}, len(m.active))
	for _, p := range m.active {
		m.precompiles[p] = struct{}{}
	}
	m.evm = m.newEVM(blockCtx)
	return m
}

// newEVM is a vm.EVM over the machine's state with its precompiles. (No
// precompile result cache is attached; none could serve the randomness
// precompile anyway, whose output is not a function of its input.)
func (m *Machine) newEVM(ctx vm.BlockContext) *vm.EVM {
	e := vm.NewEVM(ctx, m.db, ChainConfig, m.vmConfig())
	e.SetPrecompiles(m.contracts)
	return e
}

func (m *Machine) vmConfig() vm.Config {
	return vm.Config{Tracer: &tracing.Hooks{OnEnter: m.onEnter}, NoBaseFee: true}
}

// Canceller returns a function that stops the task running on the machine
// at its next jump (go-ethereum's EVM.Cancel: a loop always jumps). It may
// be called from another goroutine. A cancelled machine must be Reset
// before it runs again.
func (m *Machine) Canceller() func() { return m.evm.Cancel }

// Cancelled reports whether the last task was cancelled: then its outcome
// is not the task's (a cancelled EVM stops as if the code had).
func (m *Machine) Cancelled() bool { return m.evm.Cancelled() }

// Reset gives the machine a fresh EVM after a cancellation (go-ethereum
// cannot clear the flag), keeping its contract and committed storage.
func (m *Machine) Reset() {
	m.evm = m.newEVM(m.evm.Context)
}

// Address is the contract's address.
func (m *Machine) Address() common.Address { return m.address }

// Code is the contract's runtime code.
func (m *Machine) Code() []byte { return m.db.accounts[m.address].code }

// onEnter refuses every frame that is not the contract itself or a
// precompile. The EVM cannot be stopped from a hook, so the task runs on
// (the forbidden frame has no code and no state here) and is failed after.
func (m *Machine) onEnter(depth int, typ byte, from, to common.Address, _ []byte, _ uint64, _ *big.Int) {
	if depth == 0 || m.violation != nil {
		return
	}
	switch vm.OpCode(typ) {
	case vm.CALL, vm.CALLCODE, vm.DELEGATECALL, vm.STATICCALL:
		if to == m.address {
			return
		}
		if _, ok := m.precompiles[to]; ok {
			return
		}
		m.violation = fmt.Errorf("%w: %s to %s", ErrForbiddenCall, vm.OpCode(typ), to)
	default:
		m.violation = fmt.Errorf("%w: %s", ErrForbiddenCall, vm.OpCode(typ))
	}
}

// Call runs a task: caller calls the contract with input, sending value,
// with at most gasLimit gas.
func (m *Machine) Call(env Env, caller common.Address, input []byte, value *big.Int, gasLimit uint64) Outcome {
	return m.run(env, caller, input, value, gasLimit, false)
}

// Deploy runs a contract's constructor: initcode (bytecode followed by the
// ABI-encoded constructor arguments) at the machine's address. On success
// the returned runtime code becomes the machine's code and is part of the
// outcome's delta (it may embed secret constructor arguments).
func Deploy(env Env, address common.Address, caller common.Address, initcode []byte, value *big.Int, gasLimit uint64, storage map[common.Hash]common.Hash) (*Machine, Outcome) {
	m := NewMachine(address, initcode, storage)
	return m, m.Construct(env, caller, value, gasLimit)
}

// Construct runs the constructor of a machine made with NewMachine over
// initcode (see Deploy); on success the runtime code replaces it.
func (m *Machine) Construct(env Env, caller common.Address, value *big.Int, gasLimit uint64) Outcome {
	address := m.address
	out := m.run(env, caller, nil, value, gasLimit, true)
	if out.Status == receipt.StatusSuccess {
		if len(out.Return) == 0 {
			out = Outcome{Status: receipt.StatusRevert, GasUsed: out.GasUsed, Reason: "constructor returned no runtime code"}
		} else {
			code := out.Return
			m.db.accounts[address] = &account{code: code, codeHash: crypto.Keccak256Hash(code)}
			out.Return = nil
		}
	}
	return out
}

func (m *Machine) run(env Env, caller common.Address, input []byte, value *big.Int, gasLimit uint64, deploying bool) Outcome {
	m.db.reset()
	m.violation = nil
	m.random = env.Random
	defer func() { m.random = nil }()
	m.evm.Context.BlockNumber = new(big.Int).SetUint64(env.Number)
	m.evm.Context.Time = env.Time
	m.evm.SetTxContext(vm.TxContext{Origin: caller, GasPrice: new(uint256.Int)})

	v := new(uint256.Int)
	if value != nil {
		if value.Sign() < 0 || v.SetFromBig(value) {
			return Outcome{Status: receipt.StatusBadInput, Reason: "value out of range"}
		}
	}
	// The escrowed amount is the caller's whole balance; the contract starts
	// at zero, so address(this).balance is this task's msg.value.
	m.db.AddBalance(caller, v, tracing.BalanceChangeUnspecified)
	m.db.Prepare(m.rules, caller, common.Address{}, &m.address, m.active, nil)
	if deploying {
		m.db.CreateContract(m.address)
	}
	ret, left, err := m.evm.Call(caller, m.address, input, vm.NewGasBudget(gasLimit, 0), v)
	used := gasLimit - left.ExecutionGas
	if err == nil {
		// EIP-3529: refunds are capped at a fifth of the gas used.
		used -= min(m.db.GetRefund(), used/5)
	}
	switch {
	case m.violation != nil:
		return Outcome{Status: receipt.StatusRevert, GasUsed: used, Reason: m.violation.Error()}
	case errors.Is(err, vm.ErrOutOfGas) || errors.Is(err, vm.ErrCodeStoreOutOfGas):
		return Outcome{Status: receipt.StatusOutOfGas, GasUsed: gasLimit, Reason: err.Error()}
	case errors.Is(err, vm.ErrExecutionReverted):
		return Outcome{Status: receipt.StatusRevert, Return: ret, GasUsed: used, Reason: revertReason(ret)}
	case err != nil:
		return Outcome{Status: receipt.StatusRevert, GasUsed: used, Reason: err.Error()}
	}
	cb, err := m.callback()
	if err != nil {
		return Outcome{Status: receipt.StatusRevert, GasUsed: used, Reason: err.Error()}
	}
	d := deltas.Delta{Changes: deltas.SortedChanges(m.db.changes())}
	if deploying {
		d.Code = ret
	}
	if _, err := d.Encode(); err != nil {
		return Outcome{Status: receipt.StatusRevert, GasUsed: used, Reason: fmt.Sprintf("task's changes do not fit one delta: %s", err)}
	}
	return Outcome{Status: receipt.StatusSuccess, Return: ret, GasUsed: used, Delta: d, Callback: cb}
}

// callback extracts the EthereumCallback event, if any.
func (m *Machine) callback() (*Callback, error) {
	var cb *Callback
	for _, l := range m.db.logs {
		if l.Address != m.address || len(l.Topics) == 0 || l.Topics[0] != callbackTopic {
			continue
		}
		if cb != nil {
			return nil, errors.New("evm: a task may ask for at most one Ethereum callback")
		}
		c, err := decodeCallback(l)
		if err != nil {
			return nil, err
		}
		cb = c
	}
	return cb, nil
}

func decodeCallback(l *types.Log) (*Callback, error) {
	// Non-indexed (address, bytes): head word target, head word offset,
	// then length and data.
	d := l.Data
	if len(d) < 96 {
		return nil, errors.New("evm: malformed EthereumCallback event")
	}
	target := common.BytesToAddress(d[12:32])
	off := new(big.Int).SetBytes(d[32:64])
	if !off.IsUint64() || off.Uint64() != 64 {
		return nil, errors.New("evm: malformed EthereumCallback event")
	}
	n := new(big.Int).SetBytes(d[64:96])
	if !n.IsUint64() || n.Uint64() > MaxCallbackData || uint64(len(d)) < 96+n.Uint64() {
		return nil, fmt.Errorf("evm: EthereumCallback data missing or over %d bytes", MaxCallbackData)
	}
	return &Callback{Target: target, Data: common.CopyBytes(d[96 : 96+n.Uint64()])}, nil
}

// revertReason decodes Error(string) revert data, or describes it.
func revertReason(ret []byte) string {
	if reason, err := abi.UnpackRevert(ret); err == nil {
		return "execution reverted: " + reason
	}
	if len(ret) == 0 {
		return "execution reverted"
	}
	return fmt.Sprintf("execution reverted (%d bytes of revert data)", len(ret))
}
