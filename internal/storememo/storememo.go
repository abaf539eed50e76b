// Package storememo remembers what was decoded from a store entry that
// every transaction reads and few change: a module's params, the current
// epoch's record. Under ingress load each task-data message is checked
// five times a node (the ingress, CheckTx, the proposal, the block's ante
// handler and its message handler), and decoding the same params each
// time (a decimal, a coin, lists) was a tenth of a check.
//
// A Value is keyed by the entry's bytes, read from the store every time
// exactly as the collection reads them (the same key, so the same gas):
// what consensus sees is the same with or without it, and a value that
// changed (a params update, another branch of state in CheckTx, a
// rollback) is never answered from memory. What it keeps is a projection
// the caller chooses; it must not share memory anyone may change (plain
// numbers, copies), because every caller gets the same one.
package storememo

import (
	"bytes"
	"context"
	"sync/atomic"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/store"
)

// Value is the remembered projection of one store entry. The zero Value
// is ready; it is safe for concurrent use (CheckTx, FinalizeBlock and
// queries read at once).
type Value[T any] struct {
	last atomic.Pointer[entry[T]]
}

type entry[T any] struct {
	raw []byte
	v   T
}

// Get reads key from s in ctx's store and returns project(its bytes),
// computing it only when the bytes differ from the last ones it saw. An
// absent entry gives collections.ErrNotFound, as a collection's Get does.
func (m *Value[T]) Get(ctx context.Context, s store.KVStoreService, key []byte, project func([]byte) (T, error)) (T, error) {
	raw, err := s.OpenKVStore(ctx).Get(key)
	if err != nil {
		var zero T
		return zero, err
	}
	if raw == nil {
		var zero T
		return zero, collections.ErrNotFound
	}
	if e := m.last.Load(); e != nil && bytes.Equal(e.raw, raw) {
		return e.v, nil
	}
	v, err := project(raw)
	if err != nil {
		return v, err
	}
	m.last.Store(&entry[T]{raw: bytes.Clone(raw), v: v})
	return v, nil
}
