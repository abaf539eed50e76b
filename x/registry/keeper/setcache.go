package keeper

import (
	"bytes"
	"context"
	"math/big"
	"sync"

	"cosmossdk.io/collections"
	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/x/registry/selection"
	"github.com/enigmad/enigmad/x/registry/types"
)

// setCacheSize is how many decoded worker sets the cache keeps: the current
// epoch's and the previous one's (task data sealed before the boundary,
// the grace rule), with room for a query about an older epoch.
const setCacheSize = 4

// setCache keeps the decoded, sorted selection.Set of the worker sets
// last read. Every task-data check and every selection query selects from
// an epoch's set; decoding 1,000 entries (decimal stakes) and building the
// cumulative stakes again each time costs far more than the selection.
//
// It is keyed by the stored set's bytes, which are read from the store
// every time as before: the gas a selection consumes, and anything else
// consensus sees, is the same with or without the cache, and a set that
// changed in the store (another epoch's, a rollback, another branch of
// state in CheckTx) can never be answered from a stale entry. It is safe
// for concurrent use (CheckTx, FinalizeBlock and queries run at once).
type setCache struct {
	mu      sync.Mutex
	entries [setCacheSize]cachedSet
	clock   uint64 // counts uses, for the least recently used entry
}

type cachedSet struct {
	raw  []byte
	set  *selection.Set
	used uint64
}

// get returns the set decoded from raw, if cached.
func (c *setCache) get(raw []byte) *selection.Set {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lookup(raw)
}

// lookup is get with c.mu held.
func (c *setCache) lookup(raw []byte) *selection.Set {
	for i := range c.entries {
		if e := &c.entries[i]; e.set != nil && bytes.Equal(e.raw, raw) {
			c.clock++
			e.used = c.clock
			return e.set
		}
	}
	return nil
}

// put keeps set as the decoding of raw in place of the least recently
// used entry, unless another caller put it first.
func (c *setCache) put(raw []byte, set *selection.Set) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lookup(raw) != nil {
		return
	}
	oldest := 0
	for i := range c.entries {
		if c.entries[i].used < c.entries[oldest].used {
			oldest = i
		}
	}
	c.clock++
	c.entries[oldest] = cachedSet{raw: bytes.Clone(raw), set: set, used: c.clock}
}

// selectionSet returns epoch's worker set as a selection.Set. It reads the
// stored set's bytes exactly as WorkerSets.Get does (the same key, so the
// same gas) and decodes them only when the cache does not hold them.
func (k Keeper) selectionSet(ctx context.Context, epoch uint64) (*selection.Set, error) {
	key, err := collections.EncodeKeyWithPrefix(types.WorkerSetsKey, collections.Uint64Key, epoch)
	if err != nil {
		return nil, err
	}
	raw, err := k.storeService.OpenKVStore(ctx).Get(key)
	if err != nil {
		return nil, err
	}
	if raw == nil {
		return nil, types.ErrWorkerNotFound.Wrapf("no worker set for epoch %d", epoch)
	}
	if set := k.sets.get(raw); set != nil {
		return set, nil
	}
	var ws types.WorkerSet
	if err := k.cdc.Unmarshal(raw, &ws); err != nil {
		return nil, err
	}
	workers := make([]selection.Worker, len(ws.Workers))
	for i, w := range ws.Workers {
		workers[i] = selection.Worker{Address: common.BytesToAddress(w.EnclaveAddress), Stake: new(big.Int).Set(w.Stake.BigInt())}
	}
	set, err := selection.NewSet(workers)
	if err != nil {
		return nil, err
	}
	k.sets.put(raw, set)
	return set, nil
}
