package core

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/deltas"
	"github.com/enigmad/enigmad/enclave/ethsig"
	"github.com/enigmad/enigmad/enclave/evm"
)

// DeltaEntry is one entry of a contract's delta log as the chain keeps it.
type DeltaEntry struct {
	Index    uint64
	PrevHash common.Hash
	Sealed   []byte
}

// ApplyDeltas rebuilds a contract's state from its log, from where this
// enclave is. Entries must follow on without gap; the first bad one stops
// the replay with an error and leaves the state as the entries before it
// made it.
func (c *Core) ApplyDeltas(contract common.Address, entries []DeltaEntry) error {
	st, err := c.acquire(contract, true)
	if err != nil {
		return err
	}
	defer st.mu.Unlock()
	defer c.dropIfEmpty(contract, st)
	if st.log == nil {
		c.mu.Lock()
		key, err := c.stateKey(contract)
		c.mu.Unlock()
		if err != nil {
			return err
		}
		st.log = deltas.NewLog(contract, key)
	}
	defer st.refresh()
	for _, e := range entries {
		if err := st.log.Apply(e.Index, e.PrevHash, e.Sealed); err != nil {
			return err
		}
	}
	return nil
}

// refresh gives the slot a machine for its log's code, once the code is
// known (after delta 0); the caller holds st.mu.
func (st *contractState) refresh() {
	if len(st.log.Code) == 0 {
		return
	}
	if st.machine == nil || !bytes.Equal(st.machine.Code(), st.log.Code) {
		st.machine = evm.NewMachine(st.log.Contract, st.log.Code, st.log.Storage)
	}
}

// ready returns a contract's slot, locked, when tasks can run on it.
func (c *Core) ready(contract common.Address) (*contractState, error) {
	st, err := c.acquire(contract, false)
	if err != nil {
		return nil, err
	}
	if !st.ready() {
		st.mu.Unlock()
		return nil, fmt.Errorf("%w: %s", ErrUnknownContract, contract)
	}
	return st, nil
}

// Forget drops this enclave's state of a contract. The worker calls it when
// the chain committed another result at an index this enclave had already
// filled (its delta is appended optimistically), then replays the chain's
// log with ApplyDeltas or loads a snapshot with Restore.
func (c *Core) Forget(contract common.Address) error {
	st, err := c.ready(contract)
	if err != nil {
		return err
	}
	defer st.mu.Unlock()
	c.mu.Lock()
	delete(c.contracts, contract)
	c.mu.Unlock()
	return nil
}

// SignRegistration signs attestation.RegistrationDigest for this
// enclave's chain and operator with the enclave's signer key, so that its
// registration cannot be replayed under another operator.
func (c *Core) SignRegistration(operator string) ([]byte, error) {
	d, err := attestation.RegistrationDigest(c.cfg.ChainID, operator)
	if err != nil {
		return nil, err
	}
	return ethsig.Sign(common.BytesToHash(d), c.id.Signer)
}

// Snapshot seals a contract's whole state.
func (c *Core) Snapshot(contract common.Address) ([]byte, error) {
	st, err := c.ready(contract)
	if err != nil {
		return nil, err
	}
	defer st.mu.Unlock()
	return st.log.Snapshot()
}

// Restore replaces a contract's state with a snapshot.
func (c *Core) Restore(contract common.Address, snapshot []byte) error {
	st, err := c.acquire(contract, true)
	if err != nil {
		return err
	}
	defer st.mu.Unlock()
	defer c.dropIfEmpty(contract, st)
	c.mu.Lock()
	key, err := c.stateKey(contract)
	c.mu.Unlock()
	if err != nil {
		return err
	}
	log, err := deltas.RestoreSnapshot(contract, key, snapshot)
	if err != nil {
		return err
	}
	st.log, st.machine = log, nil
	st.refresh()
	return nil
}

// Head is where a contract's log stands in this enclave.
type Head struct {
	Next uint64
	Hash common.Hash
	// StateHash is keccak256 over the code and the sorted storage: two
	// enclaves with the same StateHash hold the same state.
	StateHash common.Hash
}

// Head returns the contract's log position and state hash.
func (c *Core) Head(contract common.Address) (Head, error) {
	st, err := c.ready(contract)
	if err != nil {
		return Head{}, err
	}
	defer st.mu.Unlock()
	slots := make([]common.Hash, 0, len(st.log.Storage))
	for k := range st.log.Storage {
		slots = append(slots, k)
	}
	sort.Slice(slots, func(i, j int) bool { return bytes.Compare(slots[i][:], slots[j][:]) < 0 })
	h := crypto.NewKeccakState()
	h.Write(st.log.Code)
	for _, k := range slots {
		v := st.log.Storage[k]
		h.Write(k[:])
		h.Write(v[:])
	}
	var sum common.Hash
	h.Read(sum[:])
	return Head{Next: st.log.Next, Hash: st.log.Head, StateHash: sum}, nil
}
