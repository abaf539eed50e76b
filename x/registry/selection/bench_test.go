package selection_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/x/registry/selection"
)

func thousandWorkers() []selection.Worker {
	ws := make([]selection.Worker, 1000)
	for i := range ws {
		ws[i] = selection.Worker{
			Address: common.BytesToAddress(crypto.Keccak256(big.NewInt(int64(i)).Bytes())[12:]),
			Stake:   big.NewInt(int64(1_000_000 + i*997)),
		}
	}
	return ws
}

// BenchmarkSelect1000 selects the worker of one contract among 1,000 from an
// epoch's snapshot (the target: ≤ 50 µs).
func BenchmarkSelect1000(b *testing.B) {
	s, err := selection.NewSet(thousandWorkers())
	if err != nil {
		b.Fatal(err)
	}
	seed := crypto.Keccak256Hash([]byte("seed"))
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		contract := common.BigToAddress(big.NewInt(int64(i)))
		if _, err := s.Select(seed, contract, 1); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewSet1000 builds the sorted, cumulative set of 1,000 workers, the
// in-memory part of an epoch snapshot.
func BenchmarkNewSet1000(b *testing.B) {
	ws := thousandWorkers()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := selection.NewSet(ws); err != nil {
			b.Fatal(err)
		}
	}
}
