// Package selection is the worker-selection rule of docs/design.md §4, the one
// implementation used by the chain, the worker and the Go client. The
// TypeScript client implements the same rule and checks itself against
// testdata/vectors.json.
//
// For an epoch seed, a secret contract and a group size k:
//
//	r_n = uint256(keccak256(abi.encodePacked(bytes32 seed, address contract, uint256 n))) mod totalStake
//
// for n = 0, 1, …; r_n falls in the cumulative stake range of one worker
// (workers sorted by address, each owning [sum of stakes before it, that sum
// plus its stake)); a worker already chosen is skipped, until k distinct
// workers are chosen. Workers with zero stake are never chosen. If fewer
// than k workers have stake, k is lowered to their number. So that one tiny
// stake cannot make the walk run for ages, at most MaxDrawsPerPlace·k draws
// are made; places still empty then go to the unchosen workers in address
// order. (With k = 1, the default, the first draw always decides.)
package selection

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Worker is one entry of an epoch's worker set.
type Worker struct {
	Address common.Address
	Stake   *big.Int
}

// MaxDrawsPerPlace bounds the draws per group place.
const MaxDrawsPerPlace = 1024

// ErrNoStake is returned when no worker has stake.
var ErrNoStake = errors.New("selection: no worker with stake")

// maxUint256 bounds stakes so that totals fit the Solidity side's uint256.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Set is a worker set ready for selection: positive stakes, sorted by
// address, with cumulative sums.
type Set struct {
	workers    []Worker
	cumulative []*big.Int
	total      *big.Int
}

// NewSet checks and sorts a worker set. Duplicate addresses and negative
// stakes are errors; zero stakes are dropped.
func NewSet(workers []Worker) (*Set, error) {
	ws := make([]Worker, 0, len(workers))
	for _, w := range workers {
		if w.Stake == nil || w.Stake.Sign() < 0 {
			return nil, fmt.Errorf("selection: worker %s has a negative or missing stake", w.Address)
		}
		if w.Stake.Sign() > 0 {
			ws = append(ws, Worker{Address: w.Address, Stake: new(big.Int).Set(w.Stake)})
		}
	}
	sort.Slice(ws, func(i, j int) bool { return bytes.Compare(ws[i].Address[:], ws[j].Address[:]) < 0 })
	s := &Set{workers: ws, cumulative: make([]*big.Int, len(ws)), total: new(big.Int)}
	for i, w := range ws {
		if i > 0 && ws[i-1].Address == w.Address {
			return nil, fmt.Errorf("selection: worker %s appears twice", w.Address)
		}
		s.total.Add(s.total, w.Stake)
		s.cumulative[i] = new(big.Int).Set(s.total)
	}
	if s.total.Cmp(maxUint256) > 0 {
		return nil, errors.New("selection: total stake exceeds uint256")
	}
	return s, nil
}

// Len is the number of workers with stake.
func (s *Set) Len() int { return len(s.workers) }

// Draw returns r_n for seed, contract and n.
func Draw(seed common.Hash, contract common.Address, n uint64) *big.Int {
	var nonce [32]byte
	new(big.Int).SetUint64(n).FillBytes(nonce[:])
	return new(big.Int).SetBytes(crypto.Keccak256(seed[:], contract[:], nonce[:]))
}

// Select returns the k workers selected for contract under seed, in the
// order they were drawn.
func (s *Set) Select(seed common.Hash, contract common.Address, k int) ([]common.Address, error) {
	if k <= 0 {
		return nil, fmt.Errorf("selection: group size must be at least 1, got %d", k)
	}
	if len(s.workers) == 0 {
		return nil, ErrNoStake
	}
	k = min(k, len(s.workers))
	chosen := make([]common.Address, 0, k)
	seen := make(map[int]bool, k)
	r := new(big.Int)
	for n := uint64(0); len(chosen) < k && n < uint64(MaxDrawsPerPlace*k); n++ {
		r.Mod(Draw(seed, contract, n), s.total)
		// The first worker whose cumulative stake exceeds r.
		i := sort.Search(len(s.cumulative), func(i int) bool { return s.cumulative[i].Cmp(r) > 0 })
		if !seen[i] {
			seen[i] = true
			chosen = append(chosen, s.workers[i].Address)
		}
	}
	for i := 0; len(chosen) < k; i++ {
		if !seen[i] {
			chosen = append(chosen, s.workers[i].Address)
		}
	}
	return chosen, nil
}
