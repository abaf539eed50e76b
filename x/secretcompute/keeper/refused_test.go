package keeper_test

import (
	"context"
	"encoding/binary"
	"math/big"
	"slices"
	"sync/atomic"
	"testing"

	sdkmath "cosmossdk.io/math"
	"github.com/cosmos/gogoproto/proto"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protowire"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/x/secretcompute/merkle"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// refusedEvents returns the EventTaskRecordRefused events in ctx's event
// manager.
func refusedEvents(t testing.TB, ctx sdk.Context) []*types.EventTaskRecordRefused {
	t.Helper()
	var out []*types.EventTaskRecordRefused
	for _, ev := range ctx.EventManager().ABCIEvents() {
		if ev.Type != proto.MessageName(&types.EventTaskRecordRefused{}) {
			continue
		}
		got, err := sdk.ParseTypedEvent(ev)
		require.NoError(t, err)
		out = append(out, got.(*types.EventTaskRecordRefused))
	}
	return out
}

// requireRefused checks the refused receipt at seq: stored under task id ‖
// sequence, written by the chain (status refused, nothing used, produced
// or owed), its leaf committing to rec, the record that was refused.
func requireRefused(t testing.TB, ctx sdk.Context, n *network, seq uint64, id common.Hash, contract common.Address, rec commitment.Record) types.Receipt {
	t.Helper()
	k := n.chain.App.SecretComputeKeeper
	key, err := k.Sequences.Get(ctx, seq)
	require.NoError(t, err)
	require.Equal(t, binary.BigEndian.AppendUint64(id.Bytes(), seq), key, "keyed by task id and sequence")
	r, err := k.Receipts.Get(ctx, key)
	require.NoError(t, err)
	zero := common.Hash{}.Bytes()
	require.Equal(t, id.Bytes(), r.TaskId)
	require.Equal(t, contract.Bytes(), r.Contract)
	require.Equal(t, uint32(receipt.StatusRefused), r.Status)
	require.Equal(t, seq, r.Sequence)
	require.Zero(t, r.GasUsed)
	require.Equal(t, zero, r.OutputHash)
	require.Equal(t, zero, r.DeltaHash)
	require.Equal(t, common.Address{}.Bytes(), r.Worker)
	require.Empty(t, r.Signature)
	require.Empty(t, r.CallbackTarget)
	require.True(t, r.Fee.IsZero(), "nothing owed to a worker")
	require.Equal(t, rec.FeeToken.Bytes(), r.FeeToken)
	require.Equal(t, rec.Hash().Bytes(), r.RecordHash)
	require.Len(t, r.TaskHash, 32, "the refused record as a task hash")
	rc := receipt.Receipt{TaskID: id, Contract: contract, Status: receipt.StatusRefused, TaskHash: common.BytesToHash(r.TaskHash)}
	require.Equal(t, commitment.Leaf{Sequence: seq, TaskID: id, RecordHash: rec.Hash(), Status: uint8(receipt.StatusRefused), ReceiptHash: rc.Hash()}.Hash().Bytes(), r.Leaf)
	return r
}

// requireProof checks a proof answer: the leaf is what its fields hash to
// (what the bridge contract recomputes from a claim) and proves against
// the batch's root.
func requireProof(t testing.TB, ctx sdk.Context, n *network, p *types.QueryReceiptProofResponse) {
	t.Helper()
	leaf := commitment.Leaf{Sequence: p.Receipt.Sequence, TaskID: common.BytesToHash(p.Receipt.TaskId), RecordHash: common.BytesToHash(p.RecordHash),
		Status: uint8(p.Receipt.Status), GasUsed: p.Receipt.GasUsed, CallbackHash: common.BytesToHash(p.CallbackHash), ReceiptHash: common.BytesToHash(p.ReceiptHash)}.Hash()
	require.Equal(t, leaf.Bytes(), p.Leaf)
	b, err := n.chain.App.SecretComputeKeeper.Batches.Get(ctx, p.Batch)
	require.NoError(t, err)
	require.Equal(t, b.Root, p.Root)
	var proof []common.Hash
	for _, x := range p.Proof {
		proof = append(proof, common.BytesToHash(x))
	}
	require.True(t, merkle.Verify(common.BytesToHash(p.Root), leaf, proof))
}

// TestDuplicateRecordIsRefunded: a record with a task id the chain has
// recorded is not stored and not an error; the chain writes it a refused
// receipt at a sequence of its own, whose leaf commits to that record, and
// the original task goes on as if nothing happened. Both receipts are
// batched and proven; the state exports, imports and keeps its invariants.
func TestDuplicateRecordIsRefunded(t *testing.T) {
	n := newNetwork(t)
	contract := deployCounter(t, n) // receipt 1
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	epoch := n.chain.CurrentEpoch().Number
	worker := n.worker.Info().Address
	sub := n.chain.Accounts[1].String()
	art, err := contracts.Load("Counter")
	require.NoError(t, err)
	inc, err := art.ABI.Pack("increment")
	require.NoError(t, err)

	user := common.HexToAddress("0xabc")
	id := ids.TaskID(ethChainID, bridge, user, ids.CounterSalt(0))
	e := n.encrypt(t, contract, id, envelope.Call{Data: inc})
	require.NoError(t, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: id, Contract: contract, Sender: user, InputsHash: ids.InputsHash(e), GasLimit: 100_000, GasPrice: gasPrice}))
	original, err := k.Tasks.Get(ctx, id.Bytes())
	require.NoError(t, err)

	// The same sender reuses its salt, for another contract, paying in a
	// token, with an escrow.
	dup := types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: id, Contract: common.HexToAddress("0xc0ffee"), Sender: user, InputsHash: common.Hash{9}, GasLimit: 250_000,
		GasPrice: big.NewInt(3_000_000_000), FeeToken: common.HexToAddress("0xfee"), EscrowToken: common.HexToAddress("0xe5c"), EscrowAmount: big.NewInt(777)}
	dupRecord := commitment.Record{Sender: user, SecretContract: dup.Contract, FeeToken: dup.FeeToken, GasLimit: dup.GasLimit, GasPrice: dup.GasPrice,
		EscrowToken: dup.EscrowToken, EscrowAmount: dup.EscrowAmount}
	ctx = ctx.WithEventManager(sdk.NewEventManager())
	require.NoError(t, k.OnTaskRecord(ctx, dup), "consumed, not an error: x/bridge must not retry it")
	require.Equal(t, []*types.EventTaskRecordRefused{{TaskId: id.Hex(), Sequence: 2, Reason: "task id already recorded", EventNonce: recordNonces.Load()}}, refusedEvents(t, ctx))
	requireRefused(t, ctx, n, 2, id, dup.Contract, dupRecord)
	task, err := k.Tasks.Get(ctx, id.Bytes())
	require.NoError(t, err)
	require.Equal(t, original, task, "the original task is untouched")
	has, err := k.Receipts.Has(ctx, id.Bytes())
	require.NoError(t, err)
	require.False(t, has, "the refusal is not the task's own receipt")

	// The original goes on: data, execution, result. Once its data is in,
	// it is listed as assigned to its worker until its result is.
	_, err = n.msgs.SubmitTaskData(ctx, &types.MsgSubmitTaskData{Submitter: sub, TaskId: id.Bytes(), Epoch: epoch, Worker: worker.Bytes(), Envelope: e})
	require.NoError(t, err)
	assigned, err := n.query.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: worker.Hex()})
	require.NoError(t, err)
	require.Len(t, assigned.Tasks, 1)
	require.Equal(t, id.Bytes(), assigned.Tasks[0].Id)
	require.Equal(t, e, assigned.Tasks[0].Data)
	require.NoError(t, k.CheckInvariants(ctx))
	results, errs := n.worker.Execute(context.Background(), []core.Task{{ID: id, Contract: contract, Sender: user, InputsHash: ids.InputsHash(e), GasLimit: 100_000, Envelope: e}})
	require.NoError(t, errs[0])
	out, err := n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: sub, Results: []types.Result{toMsg(results[0])}})
	require.NoError(t, err)
	require.Equal(t, []string{""}, out.Errors)
	own, err := k.Receipts.Get(ctx, id.Bytes())
	require.NoError(t, err)
	require.Equal(t, uint64(3), own.Sequence)
	assigned, err = n.query.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: worker.Hex()})
	require.NoError(t, err)
	require.Empty(t, assigned.Tasks, "a task with a result is done")
	require.NoError(t, k.CheckInvariants(ctx))
	require.Equal(t, uint32(receipt.StatusSuccess), own.Status)
	require.Equal(t, commitment.Record{Sender: user, SecretContract: contract, GasLimit: 100_000, GasPrice: gasPrice, EscrowAmount: new(big.Int)}.Hash().Bytes(), own.RecordHash)

	// The same record handed over again (its event nonce taken already, as
	// after a relayer's retry): refused as stale, and nothing is written, so
	// it cannot be refunded twice.
	next, err := k.NextSequence.Peek(ctx)
	require.NoError(t, err)
	require.ErrorIs(t, k.OnTaskRecord(ctx, dup), types.ErrStaleRecord)
	older := dup
	older.EventNonce--
	require.ErrorIs(t, k.OnTaskRecord(ctx, older), types.ErrStaleRecord)
	after, err := k.NextSequence.Peek(ctx)
	require.NoError(t, err)
	require.Equal(t, next, after, "no receipt for a stale record")

	// The same sender and salt in a later Ethereum event: another refusal
	// under another key, each refundable once on Ethereum (the bridge keys
	// claims by sequence).
	dup.EventNonce = nextRecordNonce()
	require.NoError(t, k.OnTaskRecord(ctx, dup))
	requireRefused(t, ctx, n, 4, id, dup.Contract, dupRecord)
	requireRefused(t, ctx, n, 2, id, dup.Contract, dupRecord)

	// All four receipts close in one batch; no fee for the refusals. The
	// worker's operator named a payout address: the batch credits it, not
	// the enclave address (x/registry).
	payout := common.HexToAddress("0x00000000000000000000000000000000000000a7")
	require.NoError(t, n.chain.App.RegistryKeeper.SetPayoutAddress(ctx, n.chain.Accounts[0].String(), payout.Hex()))
	nonce, err := k.CloseBatch(ctx)
	require.NoError(t, err)
	b, err := k.Batches.Get(ctx, nonce)
	require.NoError(t, err)
	require.Equal(t, uint64(1), b.FirstSequence)
	require.Equal(t, uint64(4), b.LastSequence)
	require.Len(t, b.Fees, 1)
	require.Equal(t, payout.Bytes(), b.Fees[0].Worker)

	// With a sequence, the proof is of the refused receipt and serves the
	// refused record's hash; without, of the task's own.
	for _, seq := range []uint64{2, 4} {
		p, err := n.query.ReceiptProof(ctx, &types.QueryReceiptProofRequest{TaskId: id.Hex(), Sequence: seq})
		require.NoError(t, err)
		require.Equal(t, seq, p.Receipt.Sequence)
		require.Equal(t, uint32(receipt.StatusRefused), p.Receipt.Status)
		require.Equal(t, dupRecord.Hash().Bytes(), p.RecordHash)
		require.Equal(t, nonce, p.Batch)
		requireProof(t, ctx, n, p)
	}
	p, err := n.query.ReceiptProof(ctx, &types.QueryReceiptProofRequest{TaskId: id.Hex()})
	require.NoError(t, err)
	require.Equal(t, uint64(3), p.Receipt.Sequence)
	require.Equal(t, own.RecordHash, p.RecordHash)
	requireProof(t, ctx, n, p)
	same, err := n.query.ReceiptProof(ctx, &types.QueryReceiptProofRequest{TaskId: id.Hex(), Sequence: 3})
	require.NoError(t, err)
	require.Equal(t, p, same, "the task's own sequence names its own receipt")
	for name, seq := range map[string]uint64{"another task's receipt": 1, "no receipt at all": 99} {
		_, err := n.query.ReceiptProof(ctx, &types.QueryReceiptProofRequest{TaskId: id.Hex(), Sequence: seq})
		require.Equal(t, codes.NotFound, status.Code(err), "%s: %v", name, err)
	}
	require.NoError(t, k.CheckInvariants(ctx))

	// Genesis round trip with refused receipts in it.
	gs, err := k.ExportGenesis(ctx)
	require.NoError(t, err)
	require.NoError(t, gs.Validate())
	require.Len(t, gs.Receipts, 4)
	require.Equal(t, uint32(receipt.StatusRefused), gs.Receipts[1].Status)
	require.Equal(t, dup.EventNonce, gs.LastRecordNonce, "the last record's event nonce is kept")
	fresh := newNetwork(t)
	fctx := fresh.chain.Context()
	fk := fresh.chain.App.SecretComputeKeeper
	require.NoError(t, fk.InitGenesis(fctx, *gs))
	again, err := fk.ExportGenesis(fctx)
	require.NoError(t, err)
	require.Equal(t, gs, again)
	require.NoError(t, fk.CheckInvariants(fctx))
	require.ErrorIs(t, fk.OnTaskRecord(fctx, dup), types.ErrStaleRecord, "nor taken again after a restart from genesis")
	_, r, _, err := fk.ReceiptProofAt(fctx, id.Bytes(), 2)
	require.NoError(t, err)
	require.Equal(t, uint32(receipt.StatusRefused), r.Status)

	// Two receipts under one key, or at one sequence, are refused on import.
	twice := *gs
	twice.Receipts = append(slices.Clone(gs.Receipts), gs.Receipts[1])
	require.ErrorIs(t, twice.Validate(), types.ErrInvalidGenesis)
	clash := *gs
	clash.Receipts = slices.Clone(gs.Receipts)
	clash.Receipts[2].Sequence = clash.Receipts[1].Sequence // the task's own receipt, at the refusal's sequence
	require.ErrorIs(t, clash.Validate(), types.ErrInvalidGenesis)
	require.ErrorContains(t, clash.Validate(), "two receipts at sequence 2")
	// A refused receipt must be one the chain writes: a fee or a worker in
	// one would be credited on Ethereum by the next batch.
	for name, mutate := range map[string]func(*types.Receipt){
		"a fee":             func(r *types.Receipt) { r.Fee = sdkmath.NewInt(1) },
		"a worker":          func(r *types.Receipt) { r.Worker = common.HexToAddress("0xbad").Bytes() },
		"gas used":          func(r *types.Receipt) { r.GasUsed = 1 },
		"a callback":        func(r *types.Receipt) { r.CallbackTarget = common.HexToAddress("0xca11").Bytes() },
		"no record hash":    func(r *types.Receipt) { r.RecordHash = nil },
		"a future sequence": func(r *types.Receipt) { r.Sequence = gs.NextSequence },
	} {
		forged := *gs
		forged.Receipts = slices.Clone(gs.Receipts)
		mutate(&forged.Receipts[1])
		require.ErrorIs(t, forged.Validate(), types.ErrInvalidGenesis, name)
	}

	// A receipt stored under another key than its own breaks an invariant.
	moved := gs.Receipts[1]
	require.NoError(t, fk.Receipts.Remove(fctx, types.ReceiptKey(&moved)))
	require.NoError(t, fk.Receipts.Set(fctx, moved.TaskId, moved))
	require.Error(t, fk.CheckInvariants(fctx))
}

// TestRecordsOutOfBoundsAreRefunded: a record whose gas limit is above
// max_task_gas_limit or whose gas price is below min_gas_price, call or
// deployment, gets a refused receipt committing to it and no task; at the
// bounds it is stored. A malformed record is still an error, and changes
// nothing.
func TestRecordsOutOfBoundsAreRefunded(t *testing.T) {
	n := newNetwork(t)
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	p, err := k.Params.Get(ctx)
	require.NoError(t, err)
	p.MinGasPrice = sdkmath.NewInt(10)
	p.MinTokenGasPrice = sdkmath.NewInt(5) // ENG fees have their own floor
	require.NoError(t, k.SetParams(ctx, apptest.Gov(), p))
	eng := common.HexToAddress("0xe6e6")
	limit := p.MaxTaskGasLimit
	sender := common.HexToAddress("0x5e")
	contract := common.HexToAddress("0xc0")
	escrowToken := common.HexToAddress("0xe5c")
	salt := uint64(0)
	newID := func() common.Hash { salt++; return ids.TaskID(ethChainID, bridge, sender, ids.CounterSalt(salt)) }
	feeToken := common.Address{}
	call := func(id common.Hash, gas uint64, price int64) types.TaskRecord {
		return types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: id, Contract: contract, Sender: sender, InputsHash: common.Hash{1}, GasLimit: gas, GasPrice: big.NewInt(price),
			FeeToken: feeToken, EscrowToken: escrowToken, EscrowAmount: big.NewInt(5)}
	}
	deploy := func(id common.Hash, gas uint64, price int64) types.DeploymentRecord {
		return types.DeploymentRecord{EventNonce: nextRecordNonce(), TaskID: id, CodeHash: crypto.Keccak256Hash([]byte{1}), Sender: sender, InputsHash: common.Hash{1}, GasLimit: gas, GasPrice: big.NewInt(price)}
	}

	seq := uint64(0)
	for _, tc := range []struct {
		name   string
		reason string
		gas    uint64
		price  int64
		deploy bool
		eng    bool // the fee is paid in the fee token
	}{
		{"a call above max_task_gas_limit", "gas limit 30000001 above max_task_gas_limit 30000000", limit + 1, 10, false, false},
		{"a call below min_gas_price", "gas price 9 below min_gas_price 10", 100_000, 9, false, false},
		{"a free call", "gas price 0 below min_gas_price 10", 100_000, 0, false, false},
		{"a deployment above max_task_gas_limit", "gas limit 4611686018427387904 above max_task_gas_limit 30000000", 1 << 62, 10, true, false},
		{"a deployment below min_gas_price", "gas price 1 below min_gas_price 10", 100_000, 1, true, false},
		{"an ENG-paid call below min_token_gas_price", "gas price 4 below min_token_gas_price 5", 100_000, 4, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			id := newID()
			feeToken = common.Address{}
			if tc.eng {
				feeToken = eng
			}
			ctx := ctx.WithEventManager(sdk.NewEventManager())
			// The record a refund claim presents: a deployment's is for the
			// derived contract, in ETH, without escrow.
			var rec commitment.Record
			var target common.Address
			if tc.deploy {
				target = ids.ContractAddress(id)
				rec = commitment.Record{Sender: sender, SecretContract: target, GasLimit: tc.gas, GasPrice: big.NewInt(tc.price), EscrowAmount: new(big.Int)}
				require.NoError(t, k.OnDeploymentRecord(ctx, deploy(id, tc.gas, tc.price)))
			} else {
				target = contract
				rec = commitment.Record{Sender: sender, SecretContract: contract, FeeToken: feeToken, GasLimit: tc.gas, GasPrice: big.NewInt(tc.price), EscrowToken: escrowToken, EscrowAmount: big.NewInt(5)}
				require.NoError(t, k.OnTaskRecord(ctx, call(id, tc.gas, tc.price)))
			}
			seq++
			require.Equal(t, []*types.EventTaskRecordRefused{{TaskId: id.Hex(), Sequence: seq, Reason: tc.reason, EventNonce: recordNonces.Load()}}, refusedEvents(t, ctx))
			requireRefused(t, ctx, n, seq, id, target, rec)
			has, err := k.Tasks.Has(ctx, id.Bytes())
			require.NoError(t, err)
			require.False(t, has, "no task")
		})
	}

	// An ENG-paid call at a price under the ETH floor but at the token's is
	// a task: the floors are per fee token.
	feeToken = eng
	engID := newID()
	require.NoError(t, k.OnTaskRecord(ctx, call(engID, 100_000, 5)))
	has, err := k.Tasks.Has(ctx, engID.Bytes())
	require.NoError(t, err)
	require.True(t, has, "an ENG record at min_token_gas_price is a task")
	feeToken = common.Address{}

	// At the bounds the record is a task. An id refused for its bounds was
	// never recorded, so the same id within them is recorded: a client may
	// send its envelope again with a corrected record.
	id, deployID := newID(), newID()
	require.NoError(t, k.OnTaskRecord(ctx, call(id, limit+1, 10)))
	require.NoError(t, k.OnTaskRecord(ctx, call(id, limit, 10)))
	require.NoError(t, k.OnDeploymentRecord(ctx, deploy(deployID, limit, 10)))
	for _, x := range []common.Hash{id, deployID} {
		task, err := k.Tasks.Get(ctx, x.Bytes())
		require.NoError(t, err)
		require.Equal(t, types.TASK_STATUS_AWAITING_DATA, task.Status)
	}

	// Malformed records are errors and write nothing.
	next, err := k.NextSequence.Peek(ctx)
	require.NoError(t, err)
	for name, err := range map[string]error{
		"call without gas":           k.OnTaskRecord(ctx, call(newID(), 0, 10)),
		"call without a price":       k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: newID(), GasLimit: 1}),
		"call with a negative price": k.OnTaskRecord(ctx, call(newID(), 1, -1)),
		"call with a negative escrow": k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: newID(), GasLimit: 1, GasPrice: big.NewInt(10),
			EscrowAmount: big.NewInt(-1)}),
		"deployment without gas":           k.OnDeploymentRecord(ctx, deploy(newID(), 0, 10)),
		"deployment with a negative price": k.OnDeploymentRecord(ctx, deploy(newID(), 1, -1)),
	} {
		require.ErrorIs(t, err, types.ErrMalformed, name)
	}
	after, err := k.NextSequence.Peek(ctx)
	require.NoError(t, err)
	require.Equal(t, next, after, "no receipt for a malformed record")
	require.NoError(t, k.CheckInvariants(ctx))
}

// TestTimeoutAboveLoweredGasLimitIsNotPenalized: governance lowers
// max_task_gas_limit under a pending task's gas limit; the enclave refuses
// such a task, so at its deadline it times out (a full refund) without
// penalizing its worker. A task within the limit still costs its silent
// worker.
func TestTimeoutAboveLoweredGasLimitIsNotPenalized(t *testing.T) {
	n := newNetwork(t)
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	worker := n.worker.Info().Address
	registry := n.chain.App.RegistryKeeper
	p, err := k.Params.Get(ctx)
	require.NoError(t, err)
	p.ResultTimeoutBlocks = 2
	require.NoError(t, k.SetParams(ctx, apptest.Gov(), p))

	sender := common.HexToAddress("0x5e")
	code := []byte{1}
	pending := func(salt, gas uint64) common.Hash {
		ctx := n.chain.Context()
		id := ids.TaskID(ethChainID, bridge, sender, ids.CounterSalt(salt))
		require.NoError(t, k.OnDeploymentRecord(ctx, types.DeploymentRecord{EventNonce: nextRecordNonce(), TaskID: id, CodeHash: crypto.Keccak256Hash(code), Sender: sender,
			InputsHash: ids.InputsHash([]byte("e")), GasLimit: gas, GasPrice: gasPrice}))
		require.NoError(t, k.SubmitData(ctx, id.Bytes(), types.TASK_KIND_DEPLOY, n.chain.CurrentEpoch().Number, worker.Bytes(), []byte("e"), code))
		return id
	}
	timedOut := func(id common.Hash) {
		for range p.ResultTimeoutBlocks + 1 {
			n.chain.Next()
		}
		ctx := n.chain.Context()
		task, err := k.Tasks.Get(ctx, id.Bytes())
		require.NoError(t, err)
		require.Equal(t, types.TASK_STATUS_FAILED, task.Status)
		r, err := k.Receipts.Get(ctx, id.Bytes())
		require.NoError(t, err)
		require.Equal(t, uint32(receipt.StatusTimeout), r.Status)
	}

	heavy := pending(0, 1_000_000)
	p.MaxTaskGasLimit = 500_000
	require.NoError(t, k.SetParams(n.chain.Context(), apptest.Gov(), p))
	before, err := registry.GetWorker(n.chain.Context(), worker.Bytes())
	require.NoError(t, err)
	timedOut(heavy)
	after, err := registry.GetWorker(n.chain.Context(), worker.Bytes())
	require.NoError(t, err)
	require.Equal(t, before.Stake, after.Stake, "not slashed")
	require.Equal(t, before.JailedUntilEpoch, after.JailedUntilEpoch, "not jailed")

	timedOut(pending(1, 500_000))
	after, err = registry.GetWorker(n.chain.Context(), worker.Bytes())
	require.NoError(t, err)
	require.True(t, after.Stake.Amount.LT(before.Stake.Amount), "within the limit, silence is penalized")
	require.NoError(t, k.CheckInvariants(n.chain.Context()))
}

// TestMinGasPriceParam: min_gas_price is at least 1 (the bridge contract
// refuses free records too), by default 1.
func TestMinGasPriceParam(t *testing.T) {
	require.True(t, types.DefaultParams().MinGasPrice.Equal(sdkmath.OneInt()))
	for name, tc := range map[string]struct {
		price sdkmath.Int
		ok    bool
	}{
		"unset":    {sdkmath.Int{}, false},
		"zero":     {sdkmath.ZeroInt(), false},
		"negative": {sdkmath.NewInt(-1), false},
		"one":      {sdkmath.OneInt(), true},
		"a gwei":   {sdkmath.NewInt(1_000_000_000), true},
	} {
		p := types.DefaultParams()
		p.MinGasPrice = tc.price
		if tc.ok {
			require.NoError(t, p.Validate(), name)
		} else {
			require.ErrorIs(t, p.Validate(), types.ErrInvalidParams, name)
		}
	}
	net := apptest.NewNetwork(t, 10, 1)
	k := net.App.SecretComputeKeeper
	p := types.DefaultParams()
	p.MinGasPrice = sdkmath.ZeroInt()
	require.ErrorIs(t, k.SetParams(net.Context(), apptest.Gov(), p), types.ErrInvalidParams)
	p = types.DefaultParams()
	p.MinTokenGasPrice = sdkmath.ZeroInt()
	require.ErrorIs(t, p.Validate(), types.ErrInvalidParams, "min_token_gas_price too")
	require.ErrorIs(t, k.SetParams(net.Context(), apptest.Gov(), p), types.ErrInvalidParams)
}

// TestMigrateToV3: a version-2 state's params (no min_gas_price) get the
// default; a set price is kept.
func TestMigrateToV3(t *testing.T) {
	net := apptest.NewNetwork(t, 10, 1)
	ctx := net.Context()
	k := net.App.SecretComputeKeeper

	// The params exactly as version 2 wrote them: fields 1 to 7.
	d := types.DefaultParams()
	var v2 []byte
	for i, v := range []uint64{d.MaxTaskDataSize, d.MaxBytecodeSize, d.DataTimeoutBlocks, d.ResultTimeoutBlocks, d.MaxResultsPerMsg, d.MaxBatchReceipts, d.MaxTaskGasLimit} {
		v2 = protowire.AppendVarint(protowire.AppendTag(v2, protowire.Number(i+1), protowire.VarintType), v)
	}
	ctx.KVStore(net.App.GetKey(types.StoreKey)).Set(types.ParamsKey, v2)
	old, err := k.Params.Get(ctx)
	require.NoError(t, err)
	require.True(t, old.MinGasPrice.IsNil(), "a version-2 state has no min_gas_price")
	require.ErrorIs(t, old.Validate(), types.ErrInvalidParams)

	require.NoError(t, k.MigrateToV3(ctx))
	got, err := k.Params.Get(ctx)
	require.NoError(t, err)
	require.NoError(t, got.Validate())
	require.True(t, got.MinGasPrice.Equal(sdkmath.OneInt()))
	require.True(t, got.MinTokenGasPrice.Equal(sdkmath.OneInt()))
	got.MinGasPrice, got.MinTokenGasPrice = d.MinGasPrice, d.MinTokenGasPrice
	require.Equal(t, d, got, "nothing else changed")

	set := types.DefaultParams()
	set.MinGasPrice = sdkmath.NewInt(7)
	require.NoError(t, k.Params.Set(ctx, set))
	require.NoError(t, k.MigrateToV3(ctx))
	got, err = k.Params.Get(ctx)
	require.NoError(t, err)
	require.True(t, got.MinGasPrice.Equal(sdkmath.NewInt(7)))
}

// recordNonces hands out bridge event nonces for the records the tests
// make, always increasing: x/secretcompute takes each record once, in the
// order of its event nonce.
var recordNonces atomic.Uint64

func nextRecordNonce() uint64 { return recordNonces.Add(1) }
