package orchestrator_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/codec"

	"github.com/enigmad/enigmad/bridge/orchestrator"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
)

// BenchmarkObserveRecords: four orchestrators claim records made on a
// simulated Ethereum on the real app in process, until every record is
// observed. One op is one record. It reports records observed per second
// of work (the Ethereum reads, the claims' transactions through
// FinalizeBlock, the tallies and x/secretcompute's records) and records
// per chain block, which bounds a network with 1-second blocks. Claims
// sent in a round land in that round's block and are observed in its end
// block: the lag from a safe Ethereum block to observation is one chain
// block plus the orchestrators' poll.
func BenchmarkObserveRecords(b *testing.B) {
	h := newHarness(b, orchestrator.Config{MsgsPerTx: 4}, func(cdc codec.Codec, genesis map[string]json.RawMessage) {
		var gs bridgetypes.GenesisState
		cdc.MustUnmarshalJSON(genesis[bridgetypes.ModuleName], &gs)
		gs.Params.MaxEventsPerMsg = 1000
		genesis[bridgetypes.ModuleName] = cdc.MustMarshalJSON(&gs)
	})
	h.recordTasks(b.N)
	b.ResetTimer()
	start := time.Now()
	blocks := 0
	for h.status().LastObserved.EventNonce < uint64(b.N) {
		h.round()
		blocks++
		require.LessOrEqual(b, blocks, b.N/100+5, "every block observes what its claims carry")
	}
	elapsed := time.Since(start)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "records/s")
	b.ReportMetric(float64(b.N)/float64(blocks), "records/block")
	b.ReportMetric(float64(h.gasUsed)/float64(b.N), "gas/record")
}
