package selection_test

import (
	"flag"
	"fmt"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/internal/golden"
	"github.com/enigmad/enigmad/x/registry/selection"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json")

func addr(i int) common.Address { return common.BigToAddress(big.NewInt(int64(0x1000 + i))) }

func TestDrawIsEncodePacked(t *testing.T) {
	seed := crypto.Keccak256Hash([]byte("seed"))
	contract := common.HexToAddress("0xc0ffee")
	packed := append(append(seed.Bytes(), contract.Bytes()...), common.LeftPadBytes([]byte{7}, 32)...)
	require.Equal(t, new(big.Int).SetBytes(crypto.Keccak256(packed)), selection.Draw(seed, contract, 7))
}

func TestSelectWalksCumulativeStake(t *testing.T) {
	// Two workers, stakes 1 and 3: the first owns [0,1), the second [1,4).
	ws := []selection.Worker{{Address: addr(2), Stake: big.NewInt(3)}, {Address: addr(1), Stake: big.NewInt(1)}}
	s, err := selection.NewSet(ws)
	require.NoError(t, err)
	contract := common.HexToAddress("0xc0")
	for i := range 50 {
		seed := crypto.Keccak256Hash([]byte{byte(i)})
		r := new(big.Int).Mod(selection.Draw(seed, contract, 0), big.NewInt(4))
		want := addr(2)
		if r.Sign() == 0 {
			want = addr(1)
		}
		got, err := s.Select(seed, contract, 1)
		require.NoError(t, err)
		require.Equal(t, []common.Address{want}, got)
	}
}

func TestSelectProportionalToStake(t *testing.T) {
	s, err := selection.NewSet([]selection.Worker{{Address: addr(1), Stake: big.NewInt(1)}, {Address: addr(2), Stake: big.NewInt(9)}})
	require.NoError(t, err)
	count := 0
	const n = 4000
	for i := range n {
		got, err := s.Select(crypto.Keccak256Hash(big.NewInt(int64(i)).Bytes()), common.HexToAddress("0xc0"), 1)
		require.NoError(t, err)
		if got[0] == addr(2) {
			count++
		}
	}
	require.InDelta(t, 0.9, float64(count)/n, 0.03)
}

func TestSelectGroups(t *testing.T) {
	var ws []selection.Worker
	for i := range 5 {
		ws = append(ws, selection.Worker{Address: addr(i), Stake: big.NewInt(int64(10 * (i + 1)))})
	}
	ws = append(ws, selection.Worker{Address: addr(9), Stake: big.NewInt(0)})
	s, err := selection.NewSet(ws)
	require.NoError(t, err)
	require.Equal(t, 5, s.Len(), "zero stake is dropped")
	group, err := s.Select(common.Hash{1}, common.HexToAddress("0xc0"), 3)
	require.NoError(t, err)
	require.Len(t, group, 3)
	seen := map[common.Address]bool{}
	for _, a := range group {
		require.False(t, seen[a], "no repeats")
		seen[a] = true
	}
	all, err := s.Select(common.Hash{1}, common.HexToAddress("0xc0"), 10)
	require.NoError(t, err)
	require.Len(t, all, 5, "k is capped at the workers with stake")
	require.Equal(t, group, all[:3], "a larger group extends a smaller one")

	// A huge stake beside a tiny one still terminates.
	skewed, err := selection.NewSet([]selection.Worker{{Address: addr(1), Stake: big.NewInt(1)}, {Address: addr(2), Stake: new(big.Int).Lsh(big.NewInt(1), 200)}})
	require.NoError(t, err)
	both, err := skewed.Select(common.Hash{2}, common.HexToAddress("0xc0"), 2)
	require.NoError(t, err)
	require.Equal(t, []common.Address{addr(2), addr(1)}, both)
}

func TestBadSets(t *testing.T) {
	_, err := selection.NewSet([]selection.Worker{{Address: addr(1), Stake: big.NewInt(-1)}})
	require.Error(t, err)
	_, err = selection.NewSet([]selection.Worker{{Address: addr(1), Stake: big.NewInt(1)}, {Address: addr(1), Stake: big.NewInt(2)}})
	require.Error(t, err)
	empty, err := selection.NewSet(nil)
	require.NoError(t, err)
	_, err = empty.Select(common.Hash{}, common.Address{}, 1)
	require.ErrorIs(t, err, selection.ErrNoStake)
	one, _ := selection.NewSet([]selection.Worker{{Address: addr(1), Stake: big.NewInt(1)}})
	_, err = one.Select(common.Hash{}, common.Address{}, 0)
	require.Error(t, err)
}

// Vector is one selection the TypeScript client must reproduce.
type Vector struct {
	// Note says what the vector tells apart, when it is a special case.
	Note     string           `json:"note,omitempty"`
	Seed     common.Hash      `json:"seed"`
	Contract common.Address   `json:"contract"`
	K        int              `json:"k"`
	Workers  []VectorWorker   `json:"workers"`
	Draws    []string         `json:"first_draws"`
	Selected []common.Address `json:"selected"`
}

// VectorWorker is a worker of a vector.
type VectorWorker struct {
	Address common.Address `json:"address"`
	Stake   string         `json:"stake"`
}

func buildVectors(t *testing.T) []Vector {
	var out []Vector
	sets := [][]int64{{100}, {1, 3}, {5, 5, 5, 5}, {1_000_000, 250_000, 7, 90_000_000_000}, {10, 20, 30, 40, 50, 60, 70}}
	for si, stakes := range sets {
		for _, k := range []int{1, 2, 3} {
			seed := crypto.Keccak256Hash([]byte{byte(si), byte(k)})
			contract := common.BytesToAddress(crypto.Keccak256([]byte("contract"), []byte{byte(si)})[12:])
			var ws []selection.Worker
			var vws []VectorWorker
			for i, st := range stakes {
				a := common.BytesToAddress(crypto.Keccak256([]byte("worker"), []byte{byte(si), byte(i)})[12:])
				ws = append(ws, selection.Worker{Address: a, Stake: big.NewInt(st)})
				vws = append(vws, VectorWorker{a, big.NewInt(st).String()})
			}
			s, err := selection.NewSet(ws)
			require.NoError(t, err)
			got, err := s.Select(seed, contract, k)
			require.NoError(t, err)
			v := Vector{Seed: seed, Contract: contract, K: k, Workers: vws, Selected: got}
			for n := range uint64(3) {
				v.Draws = append(v.Draws, selection.Draw(seed, contract, n).String())
			}
			out = append(out, v)
		}
	}
	return append(out, boundedVectors(t)...)
}

// boundedVectors are two selections with k = 2 over one huge stake and
// two tiny ones, where the second place needs many draws. In the first,
// the draws first leave the huge worker after draw 1,024 (and before
// 2,048), on the tiny worker that comes last by address: the rule (1,024·k
// draws in all) chooses it, while a rule of 1,024 draws per place would
// have given the place by address order to the other tiny worker. In the
// second, no draw within 2,048 leaves the huge worker, and the place goes
// by address order.
func boundedVectors(t *testing.T) []Vector {
	huge, tiny := big.NewInt(1_500_000), big.NewInt(1_000)
	ws := []selection.Worker{ // in address order
		{Address: common.HexToAddress("0x1000000000000000000000000000000000000001"), Stake: huge},
		{Address: common.HexToAddress("0x2000000000000000000000000000000000000002"), Stake: tiny},
		{Address: common.HexToAddress("0x3000000000000000000000000000000000000003"), Stake: tiny},
	}
	s, err := selection.NewSet(ws)
	require.NoError(t, err)
	total := new(big.Int).Add(huge, new(big.Int).Mul(tiny, big.NewInt(2)))
	lastStart := new(big.Int).Add(huge, tiny) // where the last worker's range starts
	contract := common.HexToAddress("0xc0")
	// firstOff is the first draw that leaves the huge worker and whether it
	// lands on the last worker; -1 when none does within the bound.
	firstOff := func(seed common.Hash) (int, bool) {
		for n := range uint64(2 * selection.MaxDrawsPerPlace) {
			r := new(big.Int).Mod(selection.Draw(seed, contract, n), total)
			if r.Cmp(huge) >= 0 {
				return int(n), r.Cmp(lastStart) >= 0
			}
		}
		return -1, false
	}
	var out []Vector
	for _, want := range []string{"late", "exhausted"} {
		for i := 0; ; i++ {
			seed := crypto.Keccak256Hash([]byte(want), []byte{byte(i), byte(i >> 8)})
			n, last := firstOff(seed)
			if want == "late" && !(n >= selection.MaxDrawsPerPlace && last) || want == "exhausted" && n != -1 {
				continue
			}
			got, err := s.Select(seed, contract, 2)
			require.NoError(t, err)
			v := Vector{Seed: seed, Contract: contract, K: 2, Selected: got}
			for _, w := range ws {
				v.Workers = append(v.Workers, VectorWorker{w.Address, w.Stake.String()})
			}
			if want == "late" {
				require.Equal(t, []common.Address{ws[0].Address, ws[2].Address}, got)
				v.Note = fmt.Sprintf("draw %d is the first off the huge worker, on the last worker by address: within 1,024·k = 2,048 draws in all "+
					"(1,024 per place would have given the place to the other tiny worker)", n)
			} else {
				require.Equal(t, []common.Address{ws[0].Address, ws[1].Address}, got)
				v.Note = "no draw within 2,048 leaves the huge worker: the place goes to the unchosen workers in address order"
			}
			for n := range uint64(3) {
				v.Draws = append(v.Draws, selection.Draw(seed, contract, n).String())
			}
			out = append(out, v)
			break
		}
	}
	return out
}

func TestVectors(t *testing.T) {
	golden.CheckJSON(t, filepath.Join("testdata", "vectors.json"), buildVectors(t), *update)
}
