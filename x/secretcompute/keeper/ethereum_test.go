package keeper_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/contracts/sim"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/evm"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// TestBatchesProveOnEthereum drives the sealed-bid auction across both
// chains: records made on a simulated Ethereum reach x/secretcompute as the
// bridge would hand them over, the enclave runs them, the chain's batches
// are submitted to the EnigmaBridge, and the chain's receipts and proofs
// release the bids' deposits to the dApp, settle the auction and refund
// unused fees, exactly as the contract computes them.
func TestBatchesProveOnEthereum(t *testing.T) {
	n := newNetwork(t)
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	epoch := n.chain.CurrentEpoch().Number
	worker := n.worker.Info().Address
	submitter := n.chain.Accounts[1].String()
	eth, err := sim.New(sim.Options{Users: 4})
	require.NoError(t, err)
	defer eth.Close()
	seller, bidders := eth.Users[0], eth.Users[1:]
	price := big.NewInt(1_000_000_000)
	env := evm.Env{Number: 10, Time: 1_800_000_000}

	// The seller knows the secret contract's address before deploying the
	// dApp or the auction.
	art, err := contracts.Load("SealedBidAuction")
	require.NoError(t, err)
	deployID := ids.TaskID(eth.ChainID, eth.BridgeAddr, seller.Addr, ids.CounterSalt(0))
	auction := ids.ContractAddress(deployID)
	house := bindings.NewAuctionHouse()
	executor, err := eth.ExecutorOf(auction)
	require.NoError(t, err)
	houseAddr, _, err := eth.Deploy(seller, bindings.AuctionHouseMetaData.Bin, house.PackConstructor(executor, auction, big.NewInt(1<<40)))
	require.NoError(t, err)

	args, err := art.ABI.Pack("", houseAddr, big.NewInt(100))
	require.NoError(t, err)
	deployEnv := n.encrypt(t, auction, deployID, envelope.Call{Data: args})
	r, err := eth.Send(seller, eth.BridgeAddr, sim.Fee(2_000_000, price),
		eth.Bridge.PackCreateDeploymentRecord(ids.CounterSalt(0), crypto.Keccak256Hash(art.Bytecode), ids.InputsHash(deployEnv), 2_000_000, price))
	require.NoError(t, err)
	dep, err := eth.Bridge.UnpackDeploymentRecordCreatedEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, deployID, common.Hash(dep.TaskId))
	require.NoError(t, k.OnDeploymentRecord(ctx, types.DeploymentRecord{EventNonce: dep.EventNonce, TaskID: dep.TaskId, CodeHash: dep.CodeHash, Sender: dep.Sender,
		InputsHash: dep.InputsHash, GasLimit: dep.GasLimit, GasPrice: dep.GasPrice, EthBlock: env.Number, EthTime: env.Time}))
	_, err = n.msgs.SubmitDeployData(ctx, &types.MsgSubmitDeployData{Submitter: submitter, TaskId: deployID.Bytes(), Epoch: epoch, Worker: worker.Bytes(), Bytecode: art.Bytecode, Envelope: deployEnv})
	require.NoError(t, err)
	res, err := n.worker.Deploy(context.Background(), core.Deployment{ID: deployID, Sender: seller.Addr, CodeHash: crypto.Keccak256Hash(art.Bytecode),
		InputsHash: ids.InputsHash(deployEnv), GasLimit: 2_000_000, Env: env, Bytecode: art.Bytecode, Envelope: deployEnv})
	require.NoError(t, err)
	require.Equal(t, receipt.StatusSuccess, res.Receipt.Status, res.Reason)
	out, err := n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: submitter, Results: []types.Result{toMsg(res)}})
	require.NoError(t, err)
	require.Equal(t, []string{""}, out.Errors)

	// Bids: payable records escrowing each deposit; the bid itself is sealed.
	deposits := []int64{5e17, 9e17, 4e17}
	bids := []int64{3e17, 7e17, 4e17}
	gasLimit := uint64(300_000)
	var tasks []core.Task
	for i, b := range bidders {
		id := ids.TaskID(eth.ChainID, eth.BridgeAddr, b.Addr, ids.CounterSalt(0))
		data, err := art.ABI.Pack("bid", big.NewInt(bids[i]))
		require.NoError(t, err)
		e := n.encrypt(t, auction, id, envelope.Call{Data: data, Amount: big.NewInt(deposits[i])})
		task, _, err := eth.RecordPayableTaskWithSalt(b, ids.CounterSalt(0), auction, ids.InputsHash(e), gasLimit, price, common.Address{}, big.NewInt(deposits[i]))
		require.NoError(t, err)
		require.Equal(t, id, task.ID)
		require.NoError(t, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: task.EventNonce, TaskID: task.ID, Contract: task.Record.SecretContract, Sender: task.Record.Sender,
			InputsHash: task.InputsHash, GasLimit: task.Record.GasLimit, GasPrice: task.Record.GasPrice, FeeToken: task.Record.FeeToken,
			EscrowToken: task.Record.EscrowToken, EscrowAmount: task.Record.EscrowAmount, EthBlock: env.Number, EthTime: env.Time}))
		_, err = n.msgs.SubmitTaskData(ctx, &types.MsgSubmitTaskData{Submitter: submitter, TaskId: id.Bytes(), Epoch: epoch, Worker: worker.Bytes(), Envelope: e})
		require.NoError(t, err)
		tasks = append(tasks, core.Task{ID: id, Contract: auction, Sender: b.Addr, InputsHash: ids.InputsHash(e), GasLimit: gasLimit,
			EscrowAmount: big.NewInt(deposits[i]), Env: env, Envelope: e})
	}
	// The seller settles (its second record).
	settleID := ids.TaskID(eth.ChainID, eth.BridgeAddr, seller.Addr, ids.CounterSalt(1))
	settle, err := art.ABI.Pack("settle")
	require.NoError(t, err)
	e := n.encrypt(t, auction, settleID, envelope.Call{Data: settle})
	task, _, err := eth.RecordTaskWithSalt(seller, ids.CounterSalt(1), auction, ids.InputsHash(e), gasLimit, price)
	require.NoError(t, err)
	require.NoError(t, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: task.EventNonce, TaskID: task.ID, Contract: auction, Sender: seller.Addr, InputsHash: ids.InputsHash(e),
		GasLimit: gasLimit, GasPrice: price, EthBlock: env.Number, EthTime: env.Time}))
	_, err = n.msgs.SubmitTaskData(ctx, &types.MsgSubmitTaskData{Submitter: submitter, TaskId: settleID.Bytes(), Epoch: epoch, Worker: worker.Bytes(), Envelope: e})
	require.NoError(t, err)
	tasks = append(tasks, core.Task{ID: settleID, Contract: auction, Sender: seller.Addr, InputsHash: ids.InputsHash(e), GasLimit: gasLimit, Env: env, Envelope: e})

	executed, errs := n.worker.Execute(context.Background(), tasks)
	var msgs []types.Result
	for i, x := range executed {
		require.NoError(t, errs[i])
		require.Equal(t, receipt.StatusSuccess, x.Receipt.Status, x.Reason)
		msgs = append(msgs, toMsg(x))
	}
	// One commit: the callbacks close batch 1 (the deployment and these) at once.
	out, err = n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: submitter, Results: msgs})
	require.NoError(t, err)
	require.Equal(t, []string{"", "", "", ""}, out.Errors)
	b, err := n.query.Batch(ctx, &types.QueryBatchRequest{Nonce: 1})
	require.NoError(t, err)

	// Ethereum: the validators sign the chain's batch; it is submitted.
	cb := commitment.Batch{Nonce: b.Batch.Nonce, Root: common.BytesToHash(b.Batch.Root), FirstSequence: b.Batch.FirstSequence, LastSequence: b.Batch.LastSequence}
	for _, f := range b.Batch.Fees {
		cb.Workers = append(cb.Workers, common.BytesToAddress(f.Worker))
		cb.FeeTokens = append(cb.FeeTokens, common.BytesToAddress(f.Token))
		cb.FeeTotals = append(cb.FeeTotals, f.Amount.BigInt())
	}
	_, err = eth.SubmitBatch(cb, nil)
	require.NoError(t, err)
	require.Equal(t, cb.FeeTotals[0], eth.Credit(worker, common.Address{}), "the worker's fees, credited on Ethereum")

	// Each receipt's callback and refund, proven with what the chain serves.
	records := map[common.Hash]commitment.Record{}
	for i, b := range bidders {
		records[ids.TaskID(eth.ChainID, eth.BridgeAddr, b.Addr, ids.CounterSalt(0))] = commitment.Record{Sender: b.Addr, SecretContract: auction, GasLimit: gasLimit, GasPrice: price, EscrowAmount: big.NewInt(deposits[i])}
	}
	records[settleID] = commitment.Record{Sender: seller.Addr, SecretContract: auction, GasLimit: gasLimit, GasPrice: price}
	records[deployID] = commitment.Record{Sender: seller.Addr, SecretContract: auction, GasLimit: 2_000_000, GasPrice: price}
	for _, id := range []common.Hash{tasks[0].ID, tasks[1].ID, tasks[2].ID, settleID, deployID} {
		p, err := n.query.ReceiptProof(ctx, &types.QueryReceiptProofRequest{TaskId: id.Hex()})
		require.NoError(t, err)
		rc := p.Receipt
		leaf := sim.ReceiptArgs(commitment.Leaf{Sequence: rc.Sequence, TaskID: id, Status: uint8(rc.Status), GasUsed: rc.GasUsed,
			CallbackHash: types.CallbackHash(rc.CallbackTarget, rc.CallbackData), ReceiptHash: rc.EnclaveReceipt().Hash()})
		var proof [][32]byte
		for _, x := range p.Proof {
			proof = append(proof, common.BytesToHash(x))
		}
		rec := sim.RecordArgs(records[id])
		// The receipt hash the query serves is the one the enclave signed.
		signer, err := receipt.SignerOf(app.DefaultChainID, common.BytesToHash(p.ReceiptHash), rc.Signature)
		require.NoError(t, err)
		require.Equal(t, n.worker.Info().Address, signer, "the query serves the leaf's fields")
		require.Equal(t, types.CallbackHash(rc.CallbackTarget, rc.CallbackData).Bytes(), p.CallbackHash)
		require.Equal(t, records[id].Hash().Bytes(), p.RecordHash)
		ref := bindings.EnigmaBridgeBatchRef{Nonce: p.Batch, FirstSequence: p.FirstSequence, LastSequence: p.LastSequence}
		require.Equal(t, b.Batch.FirstSequence, p.FirstSequence)
		require.Equal(t, b.Batch.LastSequence, p.LastSequence)
		if len(rc.CallbackTarget) > 0 {
			_, err := eth.Send(eth.Deployer, eth.BridgeAddr, nil, eth.Bridge.PackExecuteCallback(ref, leaf, rec, proof, common.BytesToAddress(rc.CallbackTarget), rc.CallbackData))
			require.NoError(t, err)
		}
		before := eth.Balance(records[id].Sender)
		_, err = eth.Send(eth.Deployer, eth.BridgeAddr, nil, eth.Bridge.PackClaimRefund(ref, leaf, rec, proof))
		require.NoError(t, err)
		require.Equal(t, new(big.Int).Add(before, sim.Fee(records[id].GasLimit-rc.GasUsed, price)), eth.Balance(records[id].Sender), "unused fee back")
	}
	// The dApp holds the deposits and has settled on the highest bid.
	var got []byte
	require.NoError(t, eth.Call(seller.Addr, houseAddr, nil, house.PackWinner(), &got))
	winner, err := house.UnpackWinner(got)
	require.NoError(t, err)
	require.Equal(t, bidders[1].Addr, winner)
	require.Equal(t, big.NewInt(deposits[0]+deposits[1]+deposits[2]), eth.Balance(houseAddr))

	// A duplicate id: bidder 0 records again with the salt of its bid.
	// Ethereum takes it (no per-sender state); the chain refuses it with a
	// receipt of its own, at a new sequence, and its whole fee and escrow
	// come back through the next batch. The first record's refund above
	// and this one are each paid once.
	dupEscrow := big.NewInt(2e17)
	dup, _, err := eth.RecordPayableTaskWithSalt(bidders[0], ids.CounterSalt(0), auction, ids.InputsHash([]byte("again")), gasLimit, price, common.Address{}, dupEscrow)
	require.NoError(t, err)
	require.Equal(t, tasks[0].ID, dup.ID, "one id, two records")
	ctx = ctx.WithEventManager(sdk.NewEventManager())
	require.NoError(t, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: dup.EventNonce, TaskID: dup.ID, Contract: dup.Record.SecretContract, Sender: dup.Record.Sender,
		InputsHash: dup.InputsHash, GasLimit: dup.Record.GasLimit, GasPrice: dup.Record.GasPrice, FeeToken: dup.Record.FeeToken,
		EscrowToken: dup.Record.EscrowToken, EscrowAmount: dup.Record.EscrowAmount, EthBlock: env.Number, EthTime: env.Time}))
	refused := refusedEvents(t, ctx)
	require.Len(t, refused, 1)
	nonce, err := k.CloseBatch(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(2), nonce)
	b2, err := n.query.Batch(ctx, &types.QueryBatchRequest{Nonce: nonce})
	require.NoError(t, err)
	_, err = eth.SubmitBatch(commitment.Batch{Nonce: nonce, Root: common.BytesToHash(b2.Batch.Root), FirstSequence: b2.Batch.FirstSequence,
		LastSequence: b2.Batch.LastSequence}, nil)
	require.NoError(t, err)
	p, err := n.query.ReceiptProof(ctx, &types.QueryReceiptProofRequest{TaskId: dup.ID.Hex(), Sequence: refused[0].Sequence})
	require.NoError(t, err)
	require.Equal(t, uint32(receipt.StatusRefused), p.Receipt.Status)
	require.Equal(t, dup.Record.Hash().Bytes(), p.RecordHash, "the leaf commits to the duplicate's own record")
	var proof [][32]byte
	for _, x := range p.Proof {
		proof = append(proof, common.BytesToHash(x))
	}
	claim := eth.Bridge.PackClaimRefund(bindings.EnigmaBridgeBatchRef{Nonce: p.Batch, FirstSequence: p.FirstSequence, LastSequence: p.LastSequence},
		sim.ReceiptArgs(commitment.Leaf{Sequence: p.Receipt.Sequence, TaskID: dup.ID, Status: uint8(p.Receipt.Status), ReceiptHash: common.BytesToHash(p.ReceiptHash)}),
		sim.RecordArgs(dup.Record), proof)
	before := eth.Balance(bidders[0].Addr)
	_, err = eth.Send(eth.Deployer, eth.BridgeAddr, nil, claim)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(before, new(big.Int).Add(sim.Fee(gasLimit, price), dupEscrow)), eth.Balance(bidders[0].Addr),
		"the whole fee and the escrow back")
	_, err = eth.Send(eth.Deployer, eth.BridgeAddr, nil, claim)
	require.ErrorIs(t, err, sim.Revert("AlreadyClaimed"))
}
