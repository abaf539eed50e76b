package keeper_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/evm"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// FuzzCommitResults delivers MsgCommitResults with arbitrary signature
// bytes and result fields in blocks of the real app, against a task that is
// really pending on the genesis worker. Whatever the input, the block is
// finalized and committed (no panic escapes, not even from the parallel
// signature recovery), the next block follows, the invariants hold, and
// the task finishes only for the result its worker's enclave really
// signed. The genuine result is not in the corpus (its acceptance is
// TestAuctionThroughTheChain's), so the task stays pending and every input
// reaches the result checks.
func FuzzCommitResults(f *testing.F) {
	n := newNetwork(f)
	contract := deployCounter(f, n)
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	worker := n.worker.Info().Address
	art, err := contracts.Load("Counter")
	require.NoError(f, err)
	inc, err := art.ABI.Pack("increment")
	require.NoError(f, err)
	user := common.HexToAddress("0xf1")
	id := ids.TaskID(ethChainID, bridge, user, ids.CounterSalt(0))
	e := n.encrypt(f, contract, id, envelope.Call{Data: inc})
	// The task stays pending however many blocks the fuzzer runs.
	p, err := k.Params.Get(ctx)
	require.NoError(f, err)
	p.ResultTimeoutBlocks = 1 << 40
	require.NoError(f, k.SetParams(ctx, "fuzz", p))
	require.NoError(f, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: id, Contract: contract, Sender: user, InputsHash: ids.InputsHash(e), GasLimit: 100_000, GasPrice: gasPrice}))
	_, err = n.msgs.SubmitTaskData(ctx, &types.MsgSubmitTaskData{Submitter: n.chain.Accounts[1].String(), TaskId: id.Bytes(),
		Epoch: n.chain.CurrentEpoch().Number, Worker: worker.Bytes(), Envelope: e})
	require.NoError(f, err)
	n.chain.Next()
	results, errs := n.worker.Execute(context.Background(), []core.Task{{ID: id, Contract: contract, Sender: user, InputsHash: ids.InputsHash(e), GasLimit: 100_000, Env: evm.Env{}, Envelope: e}})
	require.NoError(f, errs[0])
	genuine := toMsg(results[0])

	add := func(r types.Result, useTask bool) {
		f.Add(useTask, r.TaskId, r.Contract, r.Status, r.OutputHash, r.DeltaIndex, r.DeltaHash, r.GasUsed, r.Worker, r.Signature, r.Output, r.Delta, r.PrevHash, r.CallbackTarget, r.CallbackData)
	}
	for _, sig := range [][]byte{nil, {}, make([]byte, 64), make([]byte, 65), make([]byte, 66), append(genuine.Signature[:64:64], 0), append(genuine.Signature[:64:64], 29)} {
		r := genuine
		r.Signature = sig
		add(r, true)
	}
	// The genuine result with one field changed each: the signature no
	// longer covers it, and each reaches a different check first.
	for _, mutate := range []func(*types.Result){
		func(r *types.Result) { r.OutputHash, r.DeltaHash, r.Worker = []byte{1}, nil, []byte{2} },
		func(r *types.Result) { r.Contract = common.HexToAddress("0x01").Bytes() },
		func(r *types.Result) { r.Status = 9 },
		func(r *types.Result) { r.GasUsed++ },
		func(r *types.Result) { r.DeltaIndex += 3 },
		func(r *types.Result) { r.PrevHash = common.Hash{1}.Bytes() },
		func(r *types.Result) { r.Output = append(r.Output, 0) },
		func(r *types.Result) {
			r.CallbackTarget, r.CallbackData = common.HexToAddress("0xcb").Bytes(), []byte{1}
		},
		func(r *types.Result) { r.Delta = nil },
	} {
		r := genuine
		mutate(&r)
		add(r, true)
	}
	add(types.Result{}, false)

	f.Fuzz(func(t *testing.T, useTask bool, taskID, contractAddr []byte, status uint32, outputHash []byte, deltaIndex uint64, deltaHash []byte,
		gasUsed uint64, workerAddr, sig, output, delta, prevHash, cbTarget, cbData []byte) {
		if len(output)+len(delta)+len(cbData)+len(sig) > 64<<10 {
			t.Skip("larger than a block needs to show anything")
		}
		if useTask {
			taskID = id.Bytes()
		}
		r := types.Result{TaskId: taskID, Contract: contractAddr, Status: status, OutputHash: outputHash, DeltaIndex: deltaIndex, DeltaHash: deltaHash,
			GasUsed: gasUsed, Worker: workerAddr, Signature: sig, Output: output, Delta: delta, PrevHash: prevHash, CallbackTarget: cbTarget, CallbackData: cbData}
		c := n.chain
		c.SetT(t)
		before, err := k.Tasks.Get(c.Context(), id.Bytes())
		require.NoError(t, err)

		tx := c.SignedTx(1, sdk.NewCoins(), 100_000_000, &types.MsgCommitResults{Submitter: c.Accounts[1].String(), Results: []types.Result{r}})
		res := c.NextWith(tx) // fails the test if FinalizeBlock or Commit fails
		if code := res.TxResults[0].Code; code != 0 {
			require.Equal(t, types.ModuleName, res.TxResults[0].Codespace, res.TxResults[0].Log)
		}
		c.Next()
		require.NoError(t, k.CheckInvariants(c.Context()))

		after, err := k.Tasks.Get(c.Context(), id.Bytes())
		require.NoError(t, err)
		if after.Status != before.Status {
			// Accepted: it must be a receipt the assigned enclave signed.
			stored := r.Receipt()
			signer, err := receipt.SignerOf(app.DefaultChainID, stored.EnclaveReceipt().Hash(), sig)
			require.NoError(t, err)
			require.Equal(t, worker, signer, "a result nobody signed was applied")
			require.Equal(t, mustMarshal(t, &genuine), mustMarshal(t, &r), "only the enclave's own result is applied")
		}
	})
}

func mustMarshal(t *testing.T, r *types.Result) []byte {
	bz, err := r.Marshal()
	require.NoError(t, err)
	return bz
}
