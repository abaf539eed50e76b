package merkle_test

import (
	"flag"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/internal/golden"
	"github.com/enigmad/enigmad/x/secretcompute/merkle"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json")

func leaves(n int) []common.Hash {
	out := make([]common.Hash, n)
	for i := range out {
		out[i] = crypto.Keccak256Hash(big.NewInt(int64(i)).Bytes())
	}
	return out
}

func pair(a, b common.Hash) common.Hash {
	if new(big.Int).SetBytes(a[:]).Cmp(new(big.Int).SetBytes(b[:])) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

func TestSmallTreesByHand(t *testing.T) {
	l := leaves(5)
	r1, err := merkle.Root(l[:1])
	require.NoError(t, err)
	require.Equal(t, l[0], r1)
	r3, err := merkle.Root(l[:3])
	require.NoError(t, err)
	require.Equal(t, pair(pair(l[0], l[1]), l[2]), r3, "the odd node moves up unchanged")
	r5, err := merkle.Root(l)
	require.NoError(t, err)
	require.Equal(t, pair(pair(pair(l[0], l[1]), pair(l[2], l[3])), l[4]), r5)
	_, err = merkle.Root(nil)
	require.ErrorIs(t, err, merkle.ErrEmpty)
}

func TestProofsVerify(t *testing.T) {
	for n := 1; n <= 33; n++ {
		l := leaves(n)
		root, err := merkle.Root(l)
		require.NoError(t, err)
		for i := range l {
			proof, err := merkle.Proof(l, i)
			require.NoError(t, err)
			require.True(t, merkle.Verify(root, l[i], proof), "n=%d i=%d", n, i)
			require.False(t, merkle.Verify(root, crypto.Keccak256Hash([]byte("other")), proof))
			if len(proof) > 0 {
				bad := append([]common.Hash(nil), proof...)
				bad[0][0] ^= 1
				require.False(t, merkle.Verify(root, l[i], bad))
			}
		}
		_, err = merkle.Proof(l, n)
		require.ErrorIs(t, err, merkle.ErrIndex)
	}
	// Padding by repeating the last leaf gives another root.
	a, _ := merkle.Root(leaves(3))
	b, _ := merkle.Root(append(leaves(3), leaves(3)[2]))
	require.NotEqual(t, a, b)
}

// Vector is a tree the Solidity side must reproduce.
type Vector struct {
	Leaves []common.Hash   `json:"leaves"`
	Root   common.Hash     `json:"root"`
	Proofs [][]common.Hash `json:"proofs"`
}

func TestVectors(t *testing.T) {
	var vs []Vector
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 10} {
		l := leaves(n)
		root, err := merkle.Root(l)
		require.NoError(t, err)
		v := Vector{Leaves: l, Root: root}
		for i := range l {
			p, err := merkle.Proof(l, i)
			require.NoError(t, err)
			if p == nil {
				p = []common.Hash{}
			}
			v.Proofs = append(v.Proofs, p)
		}
		vs = append(vs, v)
	}
	golden.CheckJSON(t, filepath.Join("testdata", "vectors.json"), vs, *update)
}

// BenchmarkRoot10000 closes a batch of 10,000 receipts (target ≤ 100 ms).
func BenchmarkRoot10000(b *testing.B) {
	l := leaves(10_000)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := merkle.Root(l); err != nil {
			b.Fatal(err)
		}
	}
}
