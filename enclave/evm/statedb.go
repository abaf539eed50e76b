package evm

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/stateless"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/types/bal"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// stateDB is the whole world a secret contract sees during one task: its own
// storage (committed: the state rebuilt from the delta log; dirty: this
// task's writes), the caller's and its own balances, and the bookkeeping the
// EVM needs (refunds, access lists, transient storage, logs). Every change
// is journaled so that reverts of inner frames undo exactly their writes.
type stateDB struct {
	contract  common.Address
	committed map[common.Hash]common.Hash // read-only during a task
	dirty     map[common.Hash]common.Hash

	accounts  map[common.Address]*account
	transient map[slotKey]common.Hash
	addrAL    map[common.Address]struct{}
	slotAL    map[slotKey]struct{}
	refund    uint64
	logs      []*types.Log
	journal   []func()
}

type account struct {
	balance  uint256.Int
	nonce    uint64
	code     []byte
	codeHash common.Hash
	created  bool // created in this task
	suicided bool
}

type slotKey struct {
	addr common.Address
	slot common.Hash
}

var _ vm.StateDB = (*stateDB)(nil)

func newStateDB(contract common.Address, code []byte, committed map[common.Hash]common.Hash) *stateDB {
	db := &stateDB{contract: contract, committed: committed}
	db.reset()
	db.accounts[contract] = &account{code: code, codeHash: crypto.Keccak256Hash(code)}
	return db
}

// reset clears everything a task changed except the contract's code.
func (db *stateDB) reset() {
	var code []byte
	if a := db.accounts[db.contract]; a != nil {
		code = a.code
	}
	db.dirty = make(map[common.Hash]common.Hash)
	db.accounts = make(map[common.Address]*account)
	db.transient = make(map[slotKey]common.Hash)
	db.addrAL = make(map[common.Address]struct{})
	db.slotAL = make(map[slotKey]struct{})
	db.refund = 0
	db.logs = db.logs[:0]
	db.journal = db.journal[:0]
	if code != nil {
		db.accounts[db.contract] = &account{code: code, codeHash: crypto.Keccak256Hash(code)}
	}
}

func (db *stateDB) acct(addr common.Address) *account {
	a := db.accounts[addr]
	if a == nil {
		a = &account{}
		db.accounts[addr] = a
		db.journal = append(db.journal, func() { delete(db.accounts, addr) })
	}
	return a
}

// CreateAccount implements vm.StateDB.
func (db *stateDB) CreateAccount(addr common.Address) { db.acct(addr) }

// CreateContract implements vm.StateDB.
func (db *stateDB) CreateContract(addr common.Address) {
	a := db.acct(addr)
	if !a.created {
		a.created = true
		db.journal = append(db.journal, func() { a.created = false })
	}
}

// SubBalance implements vm.StateDB.
func (db *stateDB) SubBalance(addr common.Address, amount *uint256.Int, _ tracing.BalanceChangeReason) uint256.Int {
	a := db.acct(addr)
	prev := a.balance
	a.balance.Sub(&a.balance, amount)
	db.journal = append(db.journal, func() { a.balance = prev })
	return prev
}

// AddBalance implements vm.StateDB.
func (db *stateDB) AddBalance(addr common.Address, amount *uint256.Int, _ tracing.BalanceChangeReason) uint256.Int {
	a := db.acct(addr)
	prev := a.balance
	a.balance.Add(&a.balance, amount)
	db.journal = append(db.journal, func() { a.balance = prev })
	return prev
}

// GetBalance implements vm.StateDB.
func (db *stateDB) GetBalance(addr common.Address) *uint256.Int {
	if a := db.accounts[addr]; a != nil {
		return new(uint256.Int).Set(&a.balance)
	}
	return new(uint256.Int)
}

// GetNonce implements vm.StateDB.
func (db *stateDB) GetNonce(addr common.Address) uint64 {
	if a := db.accounts[addr]; a != nil {
		return a.nonce
	}
	return 0
}

// SetNonce implements vm.StateDB.
func (db *stateDB) SetNonce(addr common.Address, nonce uint64, _ tracing.NonceChangeReason) {
	a := db.acct(addr)
	prev := a.nonce
	a.nonce = nonce
	db.journal = append(db.journal, func() { a.nonce = prev })
}

// GetCodeHash implements vm.StateDB.
func (db *stateDB) GetCodeHash(addr common.Address) common.Hash {
	a := db.accounts[addr]
	if a == nil {
		return common.Hash{}
	}
	if len(a.code) == 0 {
		return types.EmptyCodeHash
	}
	return a.codeHash
}

// GetCode implements vm.StateDB.
func (db *stateDB) GetCode(addr common.Address) []byte {
	if a := db.accounts[addr]; a != nil {
		return a.code
	}
	return nil
}

// SetCode implements vm.StateDB.
func (db *stateDB) SetCode(addr common.Address, code []byte, _ tracing.CodeChangeReason) []byte {
	a := db.acct(addr)
	prev, prevHash := a.code, a.codeHash
	a.code, a.codeHash = code, crypto.Keccak256Hash(code)
	db.journal = append(db.journal, func() { a.code, a.codeHash = prev, prevHash })
	return prev
}

// GetCodeSize implements vm.StateDB.
func (db *stateDB) GetCodeSize(addr common.Address) int { return len(db.GetCode(addr)) }

// AddRefund implements vm.StateDB.
func (db *stateDB) AddRefund(gas uint64) {
	prev := db.refund
	db.refund += gas
	db.journal = append(db.journal, func() { db.refund = prev })
}

// SubRefund implements vm.StateDB.
func (db *stateDB) SubRefund(gas uint64) {
	prev := db.refund
	if gas > db.refund {
		db.refund = 0
	} else {
		db.refund -= gas
	}
	db.journal = append(db.journal, func() { db.refund = prev })
}

// GetRefund implements vm.StateDB.
func (db *stateDB) GetRefund() uint64 { return db.refund }

// GetStateAndCommittedState implements vm.StateDB.
func (db *stateDB) GetStateAndCommittedState(addr common.Address, slot common.Hash) (common.Hash, common.Hash) {
	if addr != db.contract {
		return common.Hash{}, common.Hash{}
	}
	committed := db.committed[slot]
	if v, ok := db.dirty[slot]; ok {
		return v, committed
	}
	return committed, committed
}

// GetState implements vm.StateDB.
func (db *stateDB) GetState(addr common.Address, slot common.Hash) common.Hash {
	v, _ := db.GetStateAndCommittedState(addr, slot)
	return v
}

// SetState implements vm.StateDB. Only the contract has storage: the
// machine refuses tasks that reach any other code.
func (db *stateDB) SetState(addr common.Address, slot, value common.Hash) common.Hash {
	prev := db.GetState(addr, slot)
	if addr != db.contract {
		return prev
	}
	old, had := db.dirty[slot]
	db.dirty[slot] = value
	db.journal = append(db.journal, func() {
		if had {
			db.dirty[slot] = old
		} else {
			delete(db.dirty, slot)
		}
	})
	return prev
}

// GetTransientState implements vm.StateDB.
func (db *stateDB) GetTransientState(addr common.Address, key common.Hash) common.Hash {
	return db.transient[slotKey{addr, key}]
}

// SetTransientState implements vm.StateDB.
func (db *stateDB) SetTransientState(addr common.Address, key, value common.Hash) {
	k := slotKey{addr, key}
	prev := db.transient[k]
	db.transient[k] = value
	db.journal = append(db.journal, func() { db.transient[k] = prev })
}

// SelfDestruct implements vm.StateDB.
func (db *stateDB) SelfDestruct(addr common.Address) {
	a := db.acct(addr)
	prev := a.suicided
	a.suicided = true
	db.journal = append(db.journal, func() { a.suicided = prev })
}

// HasSelfDestructed implements vm.StateDB.
func (db *stateDB) HasSelfDestructed(addr common.Address) bool {
	a := db.accounts[addr]
	return a != nil && a.suicided
}

// Exist implements vm.StateDB.
func (db *stateDB) Exist(addr common.Address) bool { return db.accounts[addr] != nil }

// Touch implements vm.StateDB.
func (db *stateDB) Touch(common.Address) {}

// IsNewContract implements vm.StateDB.
func (db *stateDB) IsNewContract(addr common.Address) bool {
	a := db.accounts[addr]
	return a != nil && a.created
}

// Empty implements vm.StateDB (EIP-161).
func (db *stateDB) Empty(addr common.Address) bool {
	a := db.accounts[addr]
	return a == nil || (a.nonce == 0 && a.balance.IsZero() && len(a.code) == 0)
}

// AddressInAccessList implements vm.StateDB.
func (db *stateDB) AddressInAccessList(addr common.Address) bool {
	_, ok := db.addrAL[addr]
	return ok
}

// SlotInAccessList implements vm.StateDB.
func (db *stateDB) SlotInAccessList(addr common.Address, slot common.Hash) (bool, bool) {
	_, a := db.addrAL[addr]
	_, s := db.slotAL[slotKey{addr, slot}]
	return a, s
}

// AddAddressToAccessList implements vm.StateDB.
func (db *stateDB) AddAddressToAccessList(addr common.Address) {
	if _, ok := db.addrAL[addr]; ok {
		return
	}
	db.addrAL[addr] = struct{}{}
	db.journal = append(db.journal, func() { delete(db.addrAL, addr) })
}

// AddSlotToAccessList implements vm.StateDB.
func (db *stateDB) AddSlotToAccessList(addr common.Address, slot common.Hash) {
	db.AddAddressToAccessList(addr)
	k := slotKey{addr, slot}
	if _, ok := db.slotAL[k]; ok {
		return
	}
	db.slotAL[k] = struct{}{}
	db.journal = append(db.journal, func() { delete(db.slotAL, k) })
}

// Prepare implements vm.StateDB: the warm addresses of EIP-2929.
func (db *stateDB) Prepare(_ params.Rules, sender, coinbase common.Address, dest *common.Address, precompiles []common.Address, list types.AccessList) {
	db.AddAddressToAccessList(sender)
	db.AddAddressToAccessList(coinbase)
	if dest != nil {
		db.AddAddressToAccessList(*dest)
	}
	for _, p := range precompiles {
		db.AddAddressToAccessList(p)
	}
	for _, el := range list {
		for _, k := range el.StorageKeys {
			db.AddSlotToAccessList(el.Address, k)
		}
	}
}

// Snapshot implements vm.StateDB.
func (db *stateDB) Snapshot() int { return len(db.journal) }

// RevertToSnapshot implements vm.StateDB.
func (db *stateDB) RevertToSnapshot(id int) {
	for i := len(db.journal) - 1; i >= id; i-- {
		db.journal[i]()
	}
	db.journal = db.journal[:id]
}

// AddLog implements vm.StateDB.
func (db *stateDB) AddLog(l *types.Log) {
	db.logs = append(db.logs, l)
	n := len(db.logs) - 1
	db.journal = append(db.journal, func() { db.logs = db.logs[:n] })
}

// AddPreimage implements vm.StateDB.
func (db *stateDB) AddPreimage(common.Hash, []byte) {}

// Witness implements vm.StateDB: no stateless witness here.
func (db *stateDB) Witness() *stateless.Witness { return nil }

// AccessEvents implements vm.StateDB: only used by Verkle rules, which are off.
func (db *stateDB) AccessEvents() *state.AccessEvents { return nil }

// Finalise implements vm.StateDB.
func (db *stateDB) Finalise(params.Rules) *bal.ConstructionBlockAccessList { return nil }

// SetTxContext implements vm.StateDB.
func (db *stateDB) SetTxContext(common.Hash, int, uint32) {}

// changes returns the slots whose value differs from the committed state.
func (db *stateDB) changes() map[common.Hash]common.Hash {
	out := make(map[common.Hash]common.Hash, len(db.dirty))
	for slot, v := range db.dirty {
		if db.committed[slot] != v {
			out[slot] = v
		}
	}
	return out
}
