package keeper_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// assignCalls records count Counter.increment calls, each from a sender of
// its own (salt, incremented), and submits their data for the genesis
// worker: they are pending and assigned once the block is made.
func assignCalls(b *testing.B, n *network, contract common.Address, count int, salt *int64) []core.Task {
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	art, _ := contracts.Load("Counter")
	inc, _ := art.ABI.Pack("increment")
	epoch := n.chain.CurrentEpoch().Number
	worker := n.worker.Info().Address
	tasks := make([]core.Task, count)
	for i := range tasks {
		*salt++
		u := common.BigToAddress(big.NewInt(*salt))
		id := ids.TaskID(ethChainID, bridge, u, ids.CounterSalt(0))
		e := n.encrypt(b, contract, id, envelope.Call{Data: inc})
		require.NoError(b, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: id, Contract: contract, Sender: u, InputsHash: ids.InputsHash(e), GasLimit: 100_000, GasPrice: gasPrice}))
		require.NoError(b, k.SubmitData(ctx, id.Bytes(), types.TASK_KIND_CALL, epoch, worker.Bytes(), e, nil))
		tasks[i] = core.Task{ID: id, Contract: contract, Sender: u, InputsHash: ids.InputsHash(e), GasLimit: 100_000, Envelope: e}
	}
	return tasks
}

// resultsFor records, submits and executes n Counter tasks and returns
// their results as a MsgCommitResults, ready to be delivered.
func resultsFor(b *testing.B, n *network, contract common.Address, count int, salt *int64) *types.MsgCommitResults {
	tasks := assignCalls(b, n, contract, count, salt)
	results, errs := n.worker.Execute(context.Background(), tasks)
	msg := &types.MsgCommitResults{Submitter: n.chain.Accounts[1].String()}
	for i, r := range results {
		require.NoError(b, errs[i])
		msg.Results = append(msg.Results, toMsg(r))
	}
	n.chain.Next() // commit the records and data
	return msg
}

// BenchmarkDeliverCommitResults delivers, in real blocks (FinalizeBlock and
// Commit), one MsgCommitResults with 100 results, one bank MsgSend, and
// nothing, all in the same run; the empty block is the baseline taken off
// the other two. It reports the cost per result, per send, and their ratio
// (target: a result costs at most 3 × a MsgSend).
func BenchmarkDeliverCommitResults(b *testing.B) {
	n := newNetwork(b)
	contract := deployCounter(b, n)
	n.chain.Next()
	var salt int64 = 1 << 20
	var commitTime, sendTime, emptyTime time.Duration
	const per = 100
	for range b.N {
		b.StopTimer()
		msg := resultsFor(b, n, contract, per, &salt)
		commitTx := n.chain.SignedTx(1, sdk.NewCoins(), 50_000_000, msg)
		start := time.Now()
		res := n.chain.NextWith(commitTx)
		commitTime += time.Since(start)
		require.Zero(b, res.TxResults[0].Code, res.TxResults[0].Log)

		send := banktypes.NewMsgSend(n.chain.Accounts[1], n.chain.Accounts[0], sdk.NewCoins(sdk.NewCoin(app.BondDenom, math.NewInt(1))))
		sendTx := n.chain.SignedTx(1, sdk.NewCoins(), 200_000, send)
		start = time.Now()
		res = n.chain.NextWith(sendTx)
		sendTime += time.Since(start)
		require.Zero(b, res.TxResults[0].Code, res.TxResults[0].Log)

		start = time.Now()
		n.chain.NextWith()
		emptyTime += time.Since(start)
		b.StartTimer()
	}
	empty := float64(emptyTime.Nanoseconds()) / float64(b.N)
	perResult := (float64(commitTime.Nanoseconds())/float64(b.N) - empty) / per
	perSend := float64(sendTime.Nanoseconds())/float64(b.N) - empty
	b.ReportMetric(perResult/1000, "µs/result")
	b.ReportMetric(perSend/1000, "µs/send")
	b.ReportMetric(empty/1000, "µs/empty-block")
	b.ReportMetric(perResult/perSend, "result/send")
}

// BenchmarkBlockOf1000Results finalizes and commits a block whose one
// transaction commits 1,000 results (target ≤ 300 ms).
func BenchmarkBlockOf1000Results(b *testing.B) {
	n := newNetwork(b)
	contract := deployCounter(b, n)
	n.chain.Next()
	var salt int64 = 1 << 30
	var total time.Duration
	var gasUsed int64
	for range b.N {
		b.StopTimer()
		msg := resultsFor(b, n, contract, 1000, &salt)
		tx := n.chain.SignedTx(1, sdk.NewCoins(), 99_000_000, msg)
		start := time.Now()
		res := n.chain.NextWith(tx)
		total += time.Since(start)
		require.Zero(b, res.TxResults[0].Code, "code %d codespace %s: %s", res.TxResults[0].Code, res.TxResults[0].Codespace, res.TxResults[0].Log)
		gasUsed += res.TxResults[0].GasUsed
		b.StartTimer()
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/block")
	b.ReportMetric(float64(gasUsed)/float64(b.N), "gas/block")
}

// BenchmarkListAssigned compares, in one run, the two ways a worker finds
// the tasks it has not started among its assigned ones when most are in
// flight: 2,000 assigned, the 256 with the highest ids not started. "data"
// pages through all of them with their data, 32 a query, as the worker did
// before; "ids" pages through the ids alone and then reads the 256 by id
// (TasksByID, 32 a query), as it does now. In process: the node's work,
// without gRPC's encoding (which the data path pays more of).
func BenchmarkListAssigned(b *testing.B) {
	n := newNetwork(b)
	contract := deployCounter(b, n)
	n.chain.Next()
	const assigned, fresh = 2000, 256
	salt := int64(1 << 30)
	assignCalls(b, n, contract, assigned, &salt)
	worker := n.worker.Info().Address
	n.chain.Next()
	ctx := n.chain.Context()
	q := n.query

	// All ids in order; the first assigned-fresh are "in flight".
	all, err := q.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: worker.Hex(), IdsOnly: true})
	require.NoError(b, err)
	require.Len(b, all.TaskIds, assigned)
	flying := map[string]bool{}
	for _, id := range all.TaskIds[:assigned-fresh] {
		flying[string(id)] = true
	}

	var dataTime, idsTime time.Duration
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		got, after := 0, ""
		for {
			res, err := q.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: worker.Hex(), Limit: 32, StartAfter: after})
			require.NoError(b, err)
			for _, t := range res.Tasks {
				if !flying[string(t.Id)] {
					got++
				}
			}
			if !res.More {
				break
			}
			after = common.BytesToHash(res.Tasks[len(res.Tasks)-1].Id).Hex()
		}
		dataTime += time.Since(start)
		require.Equal(b, fresh, got)

		start = time.Now()
		var want []string
		after = ""
		for {
			res, err := q.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: worker.Hex(), IdsOnly: true, Limit: 1000, StartAfter: after})
			require.NoError(b, err)
			for _, id := range res.TaskIds {
				if !flying[string(id)] {
					want = append(want, common.BytesToHash(id).Hex())
				}
			}
			if !res.More {
				break
			}
			after = common.BytesToHash(res.TaskIds[len(res.TaskIds)-1]).Hex()
		}
		got = 0
		for len(want) > 0 {
			m := min(len(want), 32)
			res, err := q.TasksByID(ctx, &types.QueryTasksByIDRequest{TaskIds: want[:m]})
			require.NoError(b, err)
			got += len(res.Tasks)
			want = want[m:]
		}
		idsTime += time.Since(start)
		require.Equal(b, fresh, got)
	}
	b.ReportMetric(float64(dataTime.Microseconds())/float64(b.N), "µs/list-data")
	b.ReportMetric(float64(idsTime.Microseconds())/float64(b.N), "µs/list-ids")
	b.ReportMetric(float64(dataTime)/float64(idsTime), "data/ids")
}
