package keeper_test

import (
	"testing"

	"github.com/enigmad/enigmad/x/epoch/types"
)

// BenchmarkBeginBlocker measures the per-block cost of x/epoch: an ordinary
// block (a params read and a current-epoch read) and a boundary block (close,
// seed, open, prune, events, hooks), on a real in-memory store.
func BenchmarkBeginBlocker(b *testing.B) {
	for _, bc := range []struct {
		name   string
		length uint64
	}{
		{"ordinary", 1 << 40},
		{"boundary", 1},
	} {
		b.Run(bc.name, func(b *testing.B) {
			f := initFixture(b, types.Params{EpochLength: bc.length, KeepEpochs: types.DefaultKeepEpochs})
			f.block(b, 1)
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				f.block(b, int64(i)+2)
			}
		})
	}
}
