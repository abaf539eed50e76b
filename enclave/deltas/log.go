package deltas

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Errors of log replay. Each leaves the log unchanged.
var (
	ErrGap      = errors.New("deltas: gap in the log")
	ErrReplay   = errors.New("deltas: delta already applied")
	ErrPrevHash = errors.New("deltas: previous delta hash does not match the log head")
)

// Log is one contract's state rebuilt from its delta log: the runtime code,
// the storage, the index the next delta must have, and the hash of the last
// delta (zero before the first).
type Log struct {
	Contract common.Address
	key      []byte
	Next     uint64
	Head     common.Hash
	Code     []byte
	Storage  map[common.Hash]common.Hash
}

// NewLog returns an empty log for contract under its state key.
func NewLog(contract common.Address, key []byte) *Log {
	return &Log{Contract: contract, key: key, Storage: make(map[common.Hash]common.Hash)}
}

// Position returns where the next delta goes.
func (l *Log) Position() Position {
	return Position{Contract: l.Contract, Index: l.Next, PrevHash: l.Head}
}

// Apply checks that a sealed delta is the next one (index and previous
// hash), opens it, and applies it. On any error the log is unchanged.
func (l *Log) Apply(index uint64, prevHash common.Hash, sealed []byte) error {
	switch {
	case index < l.Next:
		return fmt.Errorf("%w: index %d, the log is at %d", ErrReplay, index, l.Next)
	case index > l.Next:
		return fmt.Errorf("%w: index %d, expected %d", ErrGap, index, l.Next)
	case prevHash != l.Head:
		return fmt.Errorf("%w: delta %d names %s, head is %s", ErrPrevHash, index, prevHash, l.Head)
	}
	d, err := Open(l.key, l.Position(), sealed)
	if err != nil {
		return fmt.Errorf("delta %d of %s: %w", index, l.Contract, err)
	}
	if len(d.Code) > 0 && index != 0 {
		return fmt.Errorf("%w: delta %d of %s carries code; only the deployment delta may", ErrMalformed, index, l.Contract)
	}
	l.apply(d, Hash(sealed))
	return nil
}

// Append seals d as the next delta, applies it, and returns the sealed
// delta and its hash. It is what an enclave does after executing a task.
func (l *Log) Append(d Delta) (sealed []byte, hash common.Hash, err error) {
	sealed, err = Seal(l.key, l.Position(), d)
	if err != nil {
		return nil, common.Hash{}, err
	}
	hash = Hash(sealed)
	l.apply(d, hash)
	return sealed, hash, nil
}

func (l *Log) apply(d Delta, hash common.Hash) {
	if len(d.Code) > 0 {
		l.Code = d.Code
	}
	for _, c := range d.Changes {
		if c.Value == (common.Hash{}) {
			delete(l.Storage, c.Slot) // EVM storage reads zero for absent slots
		} else {
			l.Storage[c.Slot] = c.Value
		}
	}
	l.Next++
	l.Head = hash
}
