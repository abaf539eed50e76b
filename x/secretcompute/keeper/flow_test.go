package keeper_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/evm"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/worker"
	"github.com/enigmad/enigmad/x/secretcompute/keeper"
	"github.com/enigmad/enigmad/x/secretcompute/merkle"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

var (
	ethChainID = big.NewInt(1337)
	bridge     = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	gasPrice   = big.NewInt(1_000_000_000)
)

// network is a chain whose genesis worker runs a real simulation-mode
// enclave that holds the master seed and is selectable.
type network struct {
	chain  *apptest.Chain
	worker *core.Core
	msgs   types.MsgServer
	query  types.QueryServer
}

func newNetwork(t testing.TB) *network {
	net := apptest.NewNetwork(t, 5, 2)
	// The next two epochs' snapshots include it, so that tasks may name
	// the current or the previous epoch.
	net.NextEpochs(2)
	return &network{chain: net.Chain, worker: net.Worker,
		msgs: keeper.NewMsgServerImpl(net.App.SecretComputeKeeper), query: keeper.NewQueryServerImpl(net.App.SecretComputeKeeper)}
}

func (n *network) encrypt(t testing.TB, contract common.Address, taskID common.Hash, call envelope.Call) []byte {
	t.Helper()
	e, _, err := envelope.Seal(envelope.PublicKey{Suite: envelope.SuiteX25519, Bytes: n.worker.Info().Keys.X25519}, envelope.Binding{ChainID: app.DefaultChainID, Contract: contract, TaskID: taskID}, call)
	require.NoError(t, err)
	return e
}

// toMsg is the worker daemon's conversion of an enclave result.
var toMsg = worker.ResultMsg

func TestAuctionThroughTheChain(t *testing.T) {
	n := newNetwork(t)
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	epoch := n.chain.CurrentEpoch().Number
	worker := n.worker.Info().Address
	submitter := n.chain.Accounts[1].String()

	// Deploy the auction: record, data, execution, commit.
	art, err := contracts.Load("SealedBidAuction")
	require.NoError(t, err)
	seller := common.HexToAddress("0x5e11e2")
	deployID := ids.TaskID(ethChainID, bridge, seller, ids.CounterSalt(0))
	contract := ids.ContractAddress(deployID)
	args, err := art.ABI.Pack("", common.HexToAddress("0xda99"), big.NewInt(100))
	require.NoError(t, err)
	env := n.encrypt(t, contract, deployID, envelope.Call{Data: args})
	require.NoError(t, k.OnDeploymentRecord(ctx, types.DeploymentRecord{EventNonce: nextRecordNonce(), TaskID: deployID, CodeHash: crypto.Keccak256Hash(art.Bytecode),
		Sender: seller, InputsHash: ids.InputsHash(env), GasLimit: 2_000_000, GasPrice: gasPrice, EthBlock: 100, EthTime: 1_800_000_000}))
	// A second record with the id is consumed, not stored: the chain writes
	// it a refused receipt (sequence 1), and the deployment goes on.
	require.NoError(t, k.OnDeploymentRecord(ctx, types.DeploymentRecord{EventNonce: nextRecordNonce(), TaskID: deployID, GasLimit: 1, GasPrice: gasPrice}))

	_, err = n.msgs.SubmitDeployData(ctx, &types.MsgSubmitDeployData{Submitter: submitter, TaskId: deployID.Bytes(), Epoch: epoch, Worker: worker.Bytes(), Bytecode: art.Bytecode[:10], Envelope: env})
	require.ErrorIs(t, err, types.ErrCodeHash)
	_, err = n.msgs.SubmitDeployData(ctx, &types.MsgSubmitDeployData{Submitter: submitter, TaskId: deployID.Bytes(), Epoch: epoch, Worker: worker.Bytes(), Bytecode: art.Bytecode, Envelope: env})
	require.NoError(t, err)

	task, err := n.query.Task(ctx, &types.QueryTaskRequest{TaskId: deployID.Hex()})
	require.NoError(t, err)
	require.Equal(t, types.TASK_STATUS_PENDING, task.Task.Status)
	res, err := n.worker.Deploy(context.Background(), core.Deployment{ID: deployID, Sender: seller, CodeHash: crypto.Keccak256Hash(task.Task.Bytecode),
		InputsHash: common.BytesToHash(task.Task.InputsHash), GasLimit: task.Task.GasLimit, Env: evm.Env{Number: task.Task.EthBlock, Time: task.Task.EthTime},
		Bytecode: task.Task.Bytecode, Envelope: task.Task.Data})
	require.NoError(t, err)
	require.Equal(t, receipt.StatusSuccess, res.Receipt.Status, res.Reason)
	out, err := n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: submitter, Results: []types.Result{toMsg(res)}})
	require.NoError(t, err)
	require.Equal(t, []string{""}, out.Errors)
	c, err := n.query.Contract(ctx, &types.QueryContractRequest{Address: contract.Hex()})
	require.NoError(t, err)
	require.Equal(t, uint64(1), c.Contract.NextDelta)
	require.Equal(t, []byte(art.Bytecode), c.Contract.Bytecode, "the public bytecode is kept")

	// Bids: records with escrow, data, execution, one commit for all.
	amounts := []int64{300, 900, 450}
	var tasks []core.Task
	for i, a := range amounts {
		u := common.BigToAddress(big.NewInt(int64(0xb0 + i)))
		id := ids.TaskID(ethChainID, bridge, u, ids.CounterSalt(0))
		bid, _ := art.ABI.Pack("bid", big.NewInt(a))
		e := n.encrypt(t, contract, id, envelope.Call{Data: bid, Amount: big.NewInt(a)})
		require.NoError(t, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: id, Contract: contract, Sender: u, InputsHash: ids.InputsHash(e),
			GasLimit: 300_000, GasPrice: gasPrice, EscrowAmount: big.NewInt(a), EthBlock: 101, EthTime: 1_800_000_012}))
		_, err := n.msgs.SubmitTaskData(ctx, &types.MsgSubmitTaskData{Submitter: submitter, TaskId: id.Bytes(), Epoch: epoch, Worker: worker.Bytes(), Envelope: e})
		require.NoError(t, err)
		tasks = append(tasks, core.Task{ID: id, Contract: contract, Sender: u, InputsHash: ids.InputsHash(e), GasLimit: 300_000,
			EscrowAmount: big.NewInt(a), Env: evm.Env{Number: 101, Time: 1_800_000_012}, Envelope: e})
	}
	results, errs := n.worker.Execute(context.Background(), tasks)
	var msgs []types.Result
	for i, r := range results {
		require.NoError(t, errs[i])
		msgs = append(msgs, toMsg(r))
	}
	// Mix in bad results: a forged signature and a replay of the deployment.
	forged := msgs[0]
	forged.Signature = append([]byte(nil), forged.Signature...)
	forged.Signature[10] ^= 1
	replay := toMsg(res)
	out, err = n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: submitter, Results: []types.Result{forged, msgs[0], msgs[1], replay, msgs[2]}})
	require.NoError(t, err)
	require.Contains(t, out.Errors[0], "signature")
	require.Empty(t, out.Errors[1])
	require.Empty(t, out.Errors[2])
	require.Contains(t, out.Errors[3], "not awaiting a result")
	require.Empty(t, out.Errors[4])
	c, err = n.query.Contract(ctx, &types.QueryContractRequest{Address: contract.Hex()})
	require.NoError(t, err)
	require.Equal(t, uint64(4), c.Contract.NextDelta)

	rs, err := n.query.Receipts(ctx, &types.QueryReceiptsRequest{Limit: 2})
	require.NoError(t, err)
	require.Len(t, rs.Receipts, 2)
	require.Equal(t, uint32(receipt.StatusRefused), rs.Receipts[0].Status, "commit order: the refused duplicate first")
	require.Equal(t, deployID.Bytes(), rs.Receipts[1].TaskId, "then the deployment")
	require.Equal(t, uint32(receipt.StatusSuccess), rs.Receipts[1].Status)
	more, err := n.query.Receipts(ctx, &types.QueryReceiptsRequest{FromSequence: rs.NextSequence})
	require.NoError(t, err)
	require.Len(t, more.Receipts, 3)

	// The bids asked for Ethereum callbacks (their deposits go to the
	// dApp), so their commit closed batch 1 at once; every receipt proves
	// against its root.
	nonce, err := k.CloseBatch(ctx)
	require.NoError(t, err)
	require.Zero(t, nonce, "nothing left to batch")
	b, err := n.query.Batch(ctx, &types.QueryBatchRequest{Nonce: 1})
	require.NoError(t, err)
	require.Len(t, b.Batch.Fees, 1)
	require.Equal(t, worker.Bytes(), b.Batch.Fees[0].Worker)
	for _, id := range []common.Hash{deployID, tasks[0].ID, tasks[2].ID} {
		p, err := n.query.ReceiptProof(ctx, &types.QueryReceiptProofRequest{TaskId: id.Hex()})
		require.NoError(t, err)
		var proof []common.Hash
		for _, x := range p.Proof {
			proof = append(proof, common.BytesToHash(x))
		}
		require.True(t, merkle.Verify(common.BytesToHash(p.Root), common.BytesToHash(p.Leaf), proof))
	}
	nothing, err := k.CloseBatch(ctx)
	require.NoError(t, err)
	require.Zero(t, nothing, "no receipts since: no batch")

	// The seller settles: the receipt carries an Ethereum callback, so a
	// batch closes at once, without waiting for the epoch to end.
	settle, _ := art.ABI.Pack("settle")
	settleID := ids.TaskID(ethChainID, bridge, seller, ids.CounterSalt(1))
	e := n.encrypt(t, contract, settleID, envelope.Call{Data: settle})
	require.NoError(t, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: settleID, Contract: contract, Sender: seller, InputsHash: ids.InputsHash(e), GasLimit: 300_000, GasPrice: gasPrice}))
	_, err = n.msgs.SubmitTaskData(ctx, &types.MsgSubmitTaskData{Submitter: submitter, TaskId: settleID.Bytes(), Epoch: epoch, Worker: worker.Bytes(), Envelope: e})
	require.NoError(t, err)
	settled, errs := n.worker.Execute(context.Background(), []core.Task{{ID: settleID, Contract: contract, Sender: seller, InputsHash: ids.InputsHash(e), GasLimit: 300_000, Envelope: e}})
	require.NoError(t, errs[0])
	require.NotNil(t, settled[0].Callback)
	out, err = n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: submitter, Results: []types.Result{toMsg(settled[0])}})
	require.NoError(t, err)
	require.Equal(t, []string{""}, out.Errors)
	second, err := n.query.Batch(ctx, &types.QueryBatchRequest{Nonce: 2})
	require.NoError(t, err, "the callback closed batch 2 at once")
	require.Equal(t, second.Batch.FirstSequence, second.Batch.LastSequence)
	task, err = n.query.Task(ctx, &types.QueryTaskRequest{TaskId: settleID.Hex()})
	require.NoError(t, err)
	require.Equal(t, common.HexToAddress("0xda99").Bytes(), task.Receipt.CallbackTarget)

	// A fresh enclave rebuilds the contract from the queried delta log.
	fresh := apptest.OpenEnclave(t)
	info := fresh.Info()
	p, err := n.worker.ProvisionFor(info.Quote, info.Keys)
	require.NoError(t, err)
	commitment, err := n.chain.App.RegistryKeeper.SeedCommitment.Get(ctx)
	require.NoError(t, err)
	require.NoError(t, fresh.AcceptSeed(commitment, p))
	d, err := n.query.Deltas(ctx, &types.QueryDeltasRequest{Address: contract.Hex(), Limit: 2})
	require.NoError(t, err)
	require.Len(t, d.Deltas, 2)
	rest, err := n.query.Deltas(ctx, &types.QueryDeltasRequest{Address: contract.Hex(), FromIndex: d.NextIndex})
	require.NoError(t, err)
	var log []core.DeltaEntry
	for _, x := range append(d.Deltas, rest.Deltas...) {
		log = append(log, core.DeltaEntry{Index: x.Index, PrevHash: common.BytesToHash(x.PrevHash), Sealed: x.Sealed})
	}
	require.NoError(t, k.CheckInvariants(ctx))
	require.NoError(t, fresh.ApplyDeltas(contract, log))
	want, err := n.worker.Head(contract)
	require.NoError(t, err)
	got, err := fresh.Head(contract)
	require.NoError(t, err)
	require.Equal(t, want, got)
}
