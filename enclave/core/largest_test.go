package core_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
)

// slowLoops are contracts whose every call loops until its gas runs out on
// operations that are cheap in gas for the work they make the EVM do: the
// candidates for the slowest task a gas limit allows. Each is runtime code;
// the loop body ends in PUSH1 0 JUMP back to the JUMPDEST at 0.
var slowLoops = []struct{ name, code string }{
	{"jump", "5b600056"},                                          // JUMPDEST PUSH1 0 JUMP: 12 gas
	{"keccak-empty", "5b600060002050600056"},                      // SHA3 of nothing: 50 gas
	{"sload-warm", "5b60005450600056"},                            // SLOAD of one warm slot: 117 gas
	{"balance-self", "5b303150600056"},                            // BALANCE of itself: 116 gas
	{"staticcall-identity", "5b600060006000600060045afa50600056"}, // an empty call to a precompile: 142 gas
	{"sstore-same", "5b6001600055600056"},                         // SSTORE of the value already there: 117 gas
	// Secret randomness at its most work per gas: 1,024 bytes with a
	// 256-byte personalization per call (2,652 gas).
	{"random-1024-bytes", "610400600052" + "6040602052" + "610100604052" + "5b" + "610400" + "610160" + "610160" + "6000" +
		"730e00000000000000000000000000000000000001" + "5afa50" + "6011" + "56"},
	// CODECOPY a valid (hash, v, r, s) to memory, then recover it for ever:
	// 3,000 gas and a full secp256k1 recovery per call.
	{"ecrecover", "608060186000395b602060806080600060015afa50600756" +
		"8c3ce18b987029f7e3517f7e6a2a2690371489ed6f64d9f011137699ac809766" +
		"000000000000000000000000000000000000000000000000000000000000001b" +
		"e220eb7f95f460714b249de32d50cf3fe1bf52bbf0c599e4825e1c9b828ce30b" +
		"202a60ab0e988d4475994cc9ff90fd331a8c5850ca25738cc9bce28bc5355054"},
}

// runtime wraps code in initcode that deploys it: PUSH1 n PUSH1 12 PUSH1 0
// CODECOPY PUSH1 n PUSH1 0 RETURN, then the code.
func runtime(code []byte) []byte {
	n := byte(len(code))
	return append([]byte{0x60, n, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, n, 0x60, 0x00, 0xf3}, code...)
}

// BenchmarkLargestTask runs a task of the largest gas limit the chain and
// the bridge allow (core.DefaultMaxTaskGas, the default max_task_gas_limit
// and the bridge's maxTaskGas) on each slow loop, to size the result
// timeout and the enclave's time budget (docs/bridge.md, "Task gas"):
// s/task is how long the slowest allowed task takes on this machine.
func BenchmarkLargestTask(b *testing.B) {
	for _, l := range slowLoops {
		b.Run(l.name, func(b *testing.B) {
			c := openBudgeted(b, core.DefaultMaxTaskGas, time.Minute)
			ctx := context.Background()
			res, err := c.Deploy(ctx, deployment(b, c, 0, runtime(common.FromHex(l.code)), 1_000_000))
			require.NoError(b, err)
			require.Equal(b, receipt.StatusSuccess, res.Receipt.Status, res.Reason)
			contract := res.Receipt.Contract
			var elapsed time.Duration
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				id := ids.TaskID(ethChainID, bridge, common.HexToAddress("0x5107"), ids.CounterSalt(uint64(i)))
				e, _ := encrypt(b, c.Info(), contract, id, envelope.Call{})
				task := core.Task{ID: id, Contract: contract, Sender: common.HexToAddress("0x5107"), InputsHash: ids.InputsHash(e),
					GasLimit: core.DefaultMaxTaskGas, Env: env, Envelope: e}
				b.StartTimer()
				start := time.Now()
				results, errs := c.Execute(ctx, []core.Task{task})
				elapsed += time.Since(start)
				require.NoError(b, errs[0])
				require.Equal(b, receipt.StatusOutOfGas, results[0].Receipt.Status, "the loop burns all its gas")
			}
			secs := elapsed.Seconds() / float64(b.N)
			b.ReportMetric(secs, "s/task")
			b.ReportMetric(float64(core.DefaultMaxTaskGas)/secs/1e6, "Mgas/s")
		})
	}
}

// TestSlowLoopsBurnTheirGas checks the benchmark's contracts with a small
// gas limit, so that a broken loop fails in `make test`, not in a benchmark.
func TestSlowLoopsBurnTheirGas(t *testing.T) {
	c := openBudgeted(t, core.DefaultMaxTaskGas, time.Minute)
	ctx := context.Background()
	for i, l := range slowLoops {
		res, err := c.Deploy(ctx, deployment(t, c, uint64(i), runtime(common.FromHex(l.code)), 1_000_000))
		require.NoError(t, err)
		require.Equal(t, receipt.StatusSuccess, res.Receipt.Status, res.Reason)
		id := ids.TaskID(ethChainID, bridge, common.HexToAddress("0x5107"), ids.CounterSalt(uint64(i)))
		e, _ := encrypt(t, c.Info(), res.Receipt.Contract, id, envelope.Call{})
		results, errs := c.Execute(ctx, []core.Task{{ID: id, Contract: res.Receipt.Contract, Sender: common.HexToAddress("0x5107"),
			InputsHash: ids.InputsHash(e), GasLimit: 200_000, Env: env, Envelope: e}})
		require.NoError(t, errs[0], l.name)
		require.Equal(t, receipt.StatusOutOfGas, results[0].Receipt.Status, fmt.Sprintf("%s: %s", l.name, results[0].Reason))
		require.Equal(t, uint64(200_000), results[0].Receipt.GasUsed, l.name)
	}
}
