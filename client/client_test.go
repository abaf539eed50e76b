package client_test

import (
	"context"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/client"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/contracts/sim"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/ingress"
	"github.com/enigmad/enigmad/worker"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// network is the whole path a user's task takes, in process: the
// simulated Ethereum with the bridge contract, the real app with a
// provisioned worker whose real enclave code serves on a unix socket, the
// worker's daemon, and a node's ingress on a loopback port. Two things
// are played by the test, each tested on its own elsewhere: the bridge's
// validators observing Ethereum's records (observe hands a record to
// x/secretcompute as x/bridge does once they agree) and the relayers
// committing the chain's batches on Ethereum (relay).
type network struct {
	t       *testing.T
	eth     *sim.Chain
	chain   *apptest.Network
	queue   *apptest.TxQueue
	worker  *worker.Worker
	results *apptest.TxQueue
	conn    *grpc.ClientConn
	relayed map[uint64]bool
}

func newNetwork(t *testing.T) *network {
	eth, err := sim.New(sim.Options{Users: 3})
	require.NoError(t, err)
	t.Cleanup(func() { _ = eth.Close() })
	// Mined as geth --dev with a period is: the client sends and waits
	// like on any Ethereum node.
	t.Cleanup(eth.AutoMine(10 * time.Millisecond))
	db := apptest.LevelDB(t)
	chain := apptest.NewNetworkOn(t, db, 10, 3)
	chain.NextEpochs(1)
	// The chain names the simulated bridge (as the localnet's genesis
	// names the deployed one).
	ctx := chain.Context()
	bp, err := chain.App.BridgeKeeper.Params.Get(ctx)
	require.NoError(t, err)
	bp.EthereumChainId, bp.BridgeContract = eth.ChainID.Uint64(), eth.BridgeAddr.Hex()
	require.NoError(t, chain.App.BridgeKeeper.Params.Set(ctx, bp))
	chain.Next()

	// The ingress, signing as account 1, into the queue the test puts in
	// blocks.
	queue := chain.NewTxQueue(1)
	in := ingress.New(ingress.Config{}, chain.App.SecretComputeKeeper, ingress.QueryState(chain.App), chain.Accounts[1].String(), nil)
	in.SetSender(ingress.SenderFunc(queue.BroadcastWithGas))
	runCtx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go func() { _ = in.Run(runCtx) }()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	go func() { _ = in.ServeListener(runCtx, l) }()
	conn, err := grpc.NewClient(l.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	require.NoError(t, err)
	t.Cleanup(func() { _ = conn.Close() })

	// The genesis worker's daemon, sending as account 2.
	results := chain.NewTxQueue(2)
	w, err := worker.New(context.Background(), worker.Config{}, apptest.ServeEnclave(t, chain.Worker), chain.QueryConn(), results, chain.Accounts[2])
	require.NoError(t, err)
	return &network{t: t, eth: eth, chain: chain, queue: queue, worker: w, results: results, conn: conn, relayed: map[uint64]bool{}}
}

// client is a user's client of the network.
func (n *network) client(chainID string) *client.Client {
	c, err := client.New(client.Config{ChainID: chainID, Node: n.chain.QueryConn(), Ingress: n.conn, PollInterval: 10 * time.Millisecond,
		AllowSimulated: true, Bridge: n.eth.BridgeAddr})
	require.NoError(n.t, err)
	return c
}

// observe hands Ethereum's record to x/secretcompute, as x/bridge does
// once the validators agree on it, and commits a block.
func (n *network) observe(r client.Recorded, inputsHash common.Hash, deployment *commitment.Record, codeHash common.Hash) {
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	if deployment != nil {
		require.NoError(n.t, k.OnDeploymentRecord(ctx, sctypes.DeploymentRecord{EventNonce: r.EventNonce, TaskID: r.TaskID, CodeHash: codeHash,
			Sender: r.Record.Sender, InputsHash: inputsHash, GasLimit: r.Record.GasLimit, GasPrice: r.Record.GasPrice, EthBlock: r.Block,
			EthTime: 1_800_000_000}))
	} else {
		require.NoError(n.t, k.OnTaskRecord(ctx, sctypes.TaskRecord{EventNonce: r.EventNonce, TaskID: r.TaskID, Contract: r.Record.SecretContract,
			Sender: r.Record.Sender, InputsHash: inputsHash, GasLimit: r.Record.GasLimit, GasPrice: r.Record.GasPrice, FeeToken: r.Record.FeeToken,
			EscrowToken: r.Record.EscrowToken, EscrowAmount: r.Record.EscrowAmount, EthBlock: r.Block, EthTime: 1_800_000_000}))
	}
	n.chain.Next()
}

// record is what a user's client does for one call up to handing its
// data over: the contract's worker selected and verified, the call (with
// deposit escrowed when positive) sealed for it and recorded on Ethereum
// by user; then the chain observes the record.
func (n *network) record(c *client.Client, user *client.Ethereum, contract common.Address, data []byte, deposit int64, gasLimit uint64) (client.Sealed, client.Recorded) {
	n.t.Helper()
	ctx := context.Background()
	salt := ids.NewSalt()
	target, err := c.Target(ctx, contract)
	require.NoError(n.t, err)
	s, err := c.Seal(target, user.TaskID(salt), envelope.Call{Data: data, Amount: big.NewInt(deposit)}, envelope.SuiteX25519)
	require.NoError(n.t, err)
	req, err := user.RequestFor(s, salt, gasLimit, big.NewInt(1_000_000_000))
	require.NoError(n.t, err)
	if deposit > 0 {
		req.EscrowAmount = big.NewInt(deposit)
	}
	recs, err := user.Record(ctx, req)
	require.NoError(n.t, err)
	n.observe(recs[0], s.InputsHash, nil, common.Hash{})
	return s, recs[0]
}

// run puts what the ingress sent in a block, lets the worker run what is
// assigned, and puts its results in a block.
func (n *network) run() {
	n.chain.RequireOK(n.chain.NextWith(n.queue.Take()...))
	_, err := n.worker.Step(context.Background())
	require.NoError(n.t, err)
	n.worker.Settle()
	n.chain.RequireOK(n.chain.NextWith(n.results.Take()...))
}

// relay closes the chain's open batch (an epoch end) and commits it on
// Ethereum, as the relayers do once the validators signed it.
func (n *network) relay() {
	n.chain.NextEpochs(1)
	q := sctypes.NewQueryClient(n.chain.QueryConn())
	for nonce := uint64(1); ; nonce++ {
		b, err := q.Batch(context.Background(), &sctypes.QueryBatchRequest{Nonce: nonce})
		if err != nil {
			break
		}
		if n.relayed[nonce] {
			continue
		}
		cb := commitment.Batch{Nonce: b.Batch.Nonce, Root: common.BytesToHash(b.Batch.Root), FirstSequence: b.Batch.FirstSequence,
			LastSequence: b.Batch.LastSequence}
		for _, f := range b.Batch.Fees {
			cb.Workers = append(cb.Workers, common.BytesToAddress(f.Worker))
			cb.FeeTokens = append(cb.FeeTokens, common.BytesToAddress(f.Token))
			cb.FeeTotals = append(cb.FeeTotals, f.Amount.BigInt())
		}
		_, err = n.eth.SubmitBatch(cb, nil)
		require.NoError(n.t, err)
		n.relayed[nonce] = true
	}
}

func counter(t *testing.T) *contracts.Artifact {
	art, err := contracts.Load("Counter")
	require.NoError(t, err)
	return art
}

// A user deploys a secret contract and calls it through the client: the
// worker is found and its attestation verified, the inputs sealed (X25519
// and X-Wing), the tasks recorded on Ethereum (one, then two in one
// transaction) with the ids the client computed, the data handed to the
// ingress, the results waited for, checked against their receipts and
// decrypted; a call that reverts is refunded on Ethereum from the chain's
// proof, once.
func TestClientRoundTrip(t *testing.T) {
	n := newNetwork(t)
	c := n.client(app.DefaultChainID)
	ctx := context.Background()
	user := n.eth.Users[0]
	eth, err := c.Ethereum(ctx, n.eth.Client, user.Key)
	require.NoError(t, err)
	price := big.NewInt(1_000_000_000)
	art := counter(t)

	// The deployment: the contract's address is known before anything is
	// sent.
	salt := ids.NewSalt()
	deployID := eth.TaskID(salt)
	contract := ids.ContractAddress(deployID)
	target, err := c.Target(ctx, contract)
	require.NoError(t, err)
	require.Equal(t, n.chain.Worker.Info().Address, target.Address())
	require.True(t, target.Verdict.Simulated)
	deploy, err := c.Seal(target, deployID, envelope.Call{}, envelope.SuiteX25519)
	require.NoError(t, err)
	codeHash := crypto.Keccak256Hash(art.Bytecode)
	rec, err := eth.RecordDeployment(ctx, salt, codeHash, deploy.InputsHash, 2_000_000, price)
	require.NoError(t, err)
	require.Equal(t, deployID, rec.TaskID)
	// Before the chain has observed the record, the ingress refuses it.
	_, err = c.SubmitDeployment(ctx, deploy, art.Bytecode)
	require.ErrorIs(t, err, sctypes.ErrUnknownTask)
	n.observe(rec, deploy.InputsHash, &rec.Record, codeHash)
	_, err = c.SubmitDeployment(ctx, deploy, art.Bytecode)
	require.NoError(t, err)
	n.run()
	r, err := c.Wait(ctx, deployID)
	require.NoError(t, err)
	o, err := c.Open(deploy, r)
	require.NoError(t, err)
	require.Equal(t, receipt.StatusSuccess, o.Status)

	// Two calls in one createTaskRecords, one sealed with X-Wing.
	increment, err := art.ABI.Pack("increment")
	require.NoError(t, err)
	var calls []client.Sealed
	var reqs []client.Request
	for _, suite := range []envelope.Suite{envelope.SuiteX25519, envelope.SuiteXWing} {
		salt := ids.NewSalt()
		target, err := c.Target(ctx, contract)
		require.NoError(t, err)
		s, err := c.Seal(target, eth.TaskID(salt), envelope.Call{Data: increment}, suite)
		require.NoError(t, err)
		calls = append(calls, s)
		reqs = append(reqs, client.Request{Salt: salt, Contract: contract, InputsHash: s.InputsHash, GasLimit: 200_000, GasPrice: price})
	}
	recs, err := eth.Record(ctx, reqs...)
	require.NoError(t, err)
	for i, rec := range recs {
		require.Equal(t, calls[i].TaskID, rec.TaskID)
		n.observe(rec, reqs[i].InputsHash, nil, common.Hash{})
		_, err := c.Submit(ctx, calls[i])
		require.NoError(t, err)
	}
	n.run()
	// The worker runs a contract's tasks in task id order: the counter
	// reads 1 after one of them, 2 after the other.
	seen := map[int64]bool{}
	for _, s := range calls {
		r, err := c.Wait(ctx, s.TaskID)
		require.NoError(t, err)
		o, err := c.Open(s, r)
		require.NoError(t, err)
		require.Equal(t, receipt.StatusSuccess, o.Status)
		seen[new(big.Int).SetBytes(o.Output).Int64()] = true
	}
	require.Equal(t, map[int64]bool{1: true, 2: true}, seen)

	// A call engCall in ENG, with a permit the client signs; its record is
	// built from the sealed task.
	payer, err := c.Ethereum(ctx, n.eth.Client, n.eth.Deployer.Key)
	require.NoError(t, err)
	salt = ids.NewSalt()
	target, err = c.Target(ctx, contract)
	require.NoError(t, err)
	engCall, err := c.Seal(target, payer.TaskID(salt), envelope.Call{Data: increment}, envelope.SuiteX25519)
	require.NoError(t, err)
	_, err = eth.RequestFor(engCall, salt, 200_000, price)
	require.ErrorIs(t, err, client.ErrConfig, "another sender's salt gives another task id")
	tokenPrice, err := payer.MinGasPrice(ctx, true)
	require.NoError(t, err)
	req, err := payer.RequestFor(engCall, salt, 200_000, tokenPrice)
	require.NoError(t, err)
	engRec, err := payer.RecordWithPermit(ctx, req, time.Now().Add(time.Hour))
	require.NoError(t, err)
	require.Equal(t, n.eth.TokenAddr, engRec.Record.FeeToken)
	n.observe(engRec, engCall.InputsHash, nil, common.Hash{})
	_, err = c.Submit(ctx, engCall)
	require.NoError(t, err)
	n.run()
	r, err = c.Wait(ctx, engCall.TaskID)
	require.NoError(t, err)
	o, err = c.Open(engCall, r)
	require.NoError(t, err)
	require.Equal(t, receipt.StatusSuccess, o.Status)
	require.Equal(t, int64(1), new(big.Int).SetBytes(o.Output).Int64(), "the payer's own counter")

	// A call Counter does not have reverts; its unused gas is refunded on
	// Ethereum once its batch is there, and only once.
	salt = ids.NewSalt()
	target, err = c.Target(ctx, contract)
	require.NoError(t, err)
	bad, err := c.Seal(target, eth.TaskID(salt), envelope.Call{Data: []byte{0xde, 0xad, 0xbe, 0xef}}, envelope.SuiteX25519)
	require.NoError(t, err)
	recs, err = eth.Record(ctx, client.Request{Salt: salt, Contract: contract, InputsHash: bad.InputsHash, GasLimit: 200_000, GasPrice: price})
	require.NoError(t, err)
	n.observe(recs[0], bad.InputsHash, nil, common.Hash{})
	_, err = c.Submit(ctx, bad)
	require.NoError(t, err)
	n.run()
	r, err = c.Wait(ctx, bad.TaskID)
	require.NoError(t, err)
	o, err = c.Open(bad, r)
	require.NoError(t, err)
	require.Equal(t, receipt.StatusRevert, o.Status)
	_, err = c.Proof(ctx, r)
	require.ErrorIs(t, err, client.ErrNotReady, "not in a batch before the epoch ends")
	n.relay()
	p, err := c.Proof(ctx, r)
	require.NoError(t, err)
	before := n.eth.Balance(user.Addr)
	claim, err := eth.ClaimRefund(ctx, p, recs[0].Record)
	require.NoError(t, err)
	refund := new(big.Int).Mul(new(big.Int).SetUint64(200_000-o.GasUsed), price)
	paid := new(big.Int).Mul(new(big.Int).SetUint64(claim.GasUsed), claim.EffectiveGasPrice)
	require.Equal(t, new(big.Int).Sub(new(big.Int).Add(before, refund), paid), n.eth.Balance(user.Addr), "the refund, less the claim's gas")
	_, err = eth.ClaimRefund(ctx, p, recs[0].Record)
	require.ErrorIs(t, err, client.ErrEthereum)
	require.ErrorContains(t, err, "AlreadyClaimed")
}

// The client refuses what it must, each with a clear error: a worker that
// does not bind this chain id, a simulated worker on a chain that no
// longer allows them, too little ETH or a gas price under the bridge's
// floor, the ingress's refusals with the chain's registered error, a
// result that does not come, and a result that does not check.
func TestClientRefuses(t *testing.T) {
	n := newNetwork(t)
	ctx := context.Background()
	c := n.client(app.DefaultChainID)
	user := n.eth.Users[1]
	eth, err := c.Ethereum(ctx, n.eth.Client, user.Key)
	require.NoError(t, err)
	price := big.NewInt(1_000_000_000)
	art := counter(t)

	// A client that does not allow simulated enclaves refuses them, even
	// where the chain allows them (a node could say it does).
	strict, err := client.New(client.Config{ChainID: app.DefaultChainID, Node: n.chain.QueryConn()})
	require.NoError(t, err)
	_, err = strict.Target(ctx, common.HexToAddress("0xc0"))
	require.ErrorIs(t, err, client.ErrAttestation)
	require.ErrorContains(t, err, "this client does not")

	// The bridge the user pays is pinned: without it, or where the node
	// names another (a hostile node's own contract would take the fees),
	// the client refuses to pay.
	_, err = strict.Ethereum(ctx, n.eth.Client, user.Key)
	require.ErrorIs(t, err, client.ErrConfig)
	require.ErrorContains(t, err, "Config.Bridge")
	elsewhere, err := client.New(client.Config{ChainID: app.DefaultChainID, Node: n.chain.QueryConn(), Bridge: common.HexToAddress("0xb0")})
	require.NoError(t, err)
	_, err = elsewhere.Ethereum(ctx, n.eth.Client, user.Key)
	require.ErrorIs(t, err, client.ErrConfig)
	require.ErrorContains(t, err, "the node names the bridge")

	// A client of another chain refuses this chain's worker.
	_, err = n.client("other-chain").Target(ctx, common.HexToAddress("0xc0"))
	require.ErrorIs(t, err, client.ErrAttestation)
	require.ErrorContains(t, err, "does not bind this chain id")

	// A deployment to call later.
	salt := ids.NewSalt()
	deployID := eth.TaskID(salt)
	contract := ids.ContractAddress(deployID)
	target, err := c.Target(ctx, contract)
	require.NoError(t, err)
	deploy, err := c.Seal(target, deployID, envelope.Call{}, 0)
	require.NoError(t, err)
	require.Equal(t, envelope.SuiteX25519, deploy.Suite, "X25519 by default")
	// Seal encrypts to the keys the verdict verified, not to a record's:
	// a target made by hand, or with the record's keys changed, is refused
	// or ignored.
	handMade := client.Target{Contract: contract, Epoch: target.Epoch, Worker: target.Worker, Verdict: client.Verdict{Worker: target.Address()}}
	_, err = c.Seal(handMade, deployID, envelope.Call{}, 0)
	require.ErrorIs(t, err, client.ErrAttestation)
	swapped := target
	swapped.Worker.X25519Key = make([]byte, 32)
	again, err := c.Seal(swapped, deployID, envelope.Call{}, 0)
	require.NoError(t, err)
	_, err = envelope.Parse(again.Envelope)
	require.NoError(t, err)
	rec, err := eth.RecordDeployment(ctx, salt, crypto.Keccak256Hash(art.Bytecode), deploy.InputsHash, 2_000_000, price)
	require.NoError(t, err)
	n.observe(rec, deploy.InputsHash, &rec.Record, crypto.Keccak256Hash(art.Bytecode))
	_, err = c.SubmitDeployment(ctx, deploy, art.Bytecode)
	require.NoError(t, err)
	n.run()

	// Ethereum: a user without ETH, a gas price under the bridge's floor.
	broke, err := crypto.GenerateKey()
	require.NoError(t, err)
	poor, err := c.Ethereum(ctx, n.eth.Client, broke)
	require.NoError(t, err)
	req := client.Request{Salt: ids.NewSalt(), Contract: contract, InputsHash: common.Hash{1}, GasLimit: 200_000, GasPrice: price}
	_, err = poor.Record(ctx, req)
	require.ErrorIs(t, err, client.ErrEthereum)
	require.ErrorContains(t, err, "too little ETH")
	cheap := req
	cheap.GasPrice = big.NewInt(0)
	_, err = eth.Record(ctx, cheap)
	require.ErrorIs(t, err, client.ErrEthereum)
	require.ErrorContains(t, err, "GasPriceTooLow")

	// The ingress's refusals carry the chain's registered errors: an epoch
	// neither current nor previous; a contract that does not exist.
	increment, err := art.ABI.Pack("increment")
	require.NoError(t, err)
	s, _ := n.record(c, eth, contract, increment, 0, 200_000)
	stale := s
	stale.Epoch += 5
	_, err = c.Submit(ctx, stale)
	require.ErrorIs(t, err, sctypes.ErrEpoch)
	nowhere, _ := n.record(c, eth, common.HexToAddress("0x0000000000000000000000000000000000c0ffee"), increment, 0, 200_000)
	_, err = c.Submit(ctx, nowhere)
	require.ErrorIs(t, err, sctypes.ErrUnknownContract)

	// No data, no result: Wait gives up when its context ends.
	short, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	_, err = c.Wait(short, s.TaskID)
	require.ErrorIs(t, err, client.ErrTimeout)
	require.ErrorContains(t, err, "TASK_STATUS_AWAITING_DATA")

	// The result must check against its receipt and open with the key.
	_, err = c.Submit(ctx, s)
	require.NoError(t, err)
	n.run()
	res, err := c.Wait(ctx, s.TaskID)
	require.NoError(t, err)
	_, err = c.Open(s, res)
	require.NoError(t, err)
	changed := *res
	changed.Output = append([]byte(nil), res.Output...)
	changed.Output[len(changed.Output)-1] ^= 1
	_, err = c.Open(s, &changed)
	require.ErrorIs(t, err, client.ErrResult)
	require.ErrorContains(t, err, "does not hash")
	changed.OutputHash = crypto.Keccak256(changed.Output)
	_, err = c.Open(s, &changed)
	require.ErrorContains(t, err, "the enclave's signature")
	otherKey := s
	otherKey.ResultKey = deploy.ResultKey
	_, err = c.Open(otherKey, res)
	require.ErrorContains(t, err, "does not open with the result key")
	_, err = c.Open(deploy, res)
	require.ErrorContains(t, err, "the receipt is for task")

	// A chain that stops allowing simulated enclaves: refused at the next
	// epoch's verdict.
	rctx := n.chain.Context()
	rp, err := n.chain.App.RegistryKeeper.Params.Get(rctx)
	require.NoError(t, err)
	rp.AllowSimulatedAttestation = false
	require.NoError(t, n.chain.App.RegistryKeeper.Params.Set(rctx, rp))
	n.chain.NextEpochs(1)
	_, err = c.Target(ctx, contract)
	require.ErrorIs(t, err, client.ErrAttestation)
	require.ErrorContains(t, err, "simulated quotes are not accepted")
}

// The sealed-bid auction through the client: the seller deploys it (its
// address known first, so the dApp on Ethereum is deployed before it),
// two bidders record payable bids escrowing their deposits, the seller
// settles, and every callback the secret contract asked for is executed
// on Ethereum from the chain's proofs: the dApp holds the deposits and
// names the higher bidder.
func TestClientCallbacks(t *testing.T) {
	n := newNetwork(t)
	ctx := context.Background()
	c := n.client(app.DefaultChainID)
	price := big.NewInt(1_000_000_000)
	art, err := contracts.Load("SealedBidAuction")
	require.NoError(t, err)
	seller, err := c.Ethereum(ctx, n.eth.Client, n.eth.Users[0].Key)
	require.NoError(t, err)

	salt := ids.NewSalt()
	deployID := seller.TaskID(salt)
	auction := ids.ContractAddress(deployID)
	house := bindings.NewAuctionHouse()
	executor, err := n.eth.ExecutorOf(auction)
	require.NoError(t, err)
	houseAddr, _, err := n.eth.Deploy(n.eth.Users[0], bindings.AuctionHouseMetaData.Bin, house.PackConstructor(executor, auction, big.NewInt(1<<40)))
	require.NoError(t, err)
	args, err := art.ABI.Pack("", houseAddr, big.NewInt(100))
	require.NoError(t, err)
	target, err := c.Target(ctx, auction)
	require.NoError(t, err)
	deploy, err := c.Seal(target, deployID, envelope.Call{Data: args}, envelope.SuiteX25519)
	require.NoError(t, err)
	rec, err := seller.RecordDeployment(ctx, salt, crypto.Keccak256Hash(art.Bytecode), deploy.InputsHash, 2_000_000, price)
	require.NoError(t, err)
	n.observe(rec, deploy.InputsHash, &rec.Record, crypto.Keccak256Hash(art.Bytecode))
	_, err = c.SubmitDeployment(ctx, deploy, art.Bytecode)
	require.NoError(t, err)
	n.run()

	// call records one task of user's through the client and hands its
	// data over; it returns what the user keeps.
	type task struct {
		sealed client.Sealed
		rec    client.Recorded
	}
	call := func(user *client.Ethereum, data []byte, deposit int64) task {
		t.Helper()
		s, rec := n.record(c, user, auction, data, deposit, 300_000)
		_, err := c.Submit(ctx, s)
		require.NoError(t, err)
		return task{s, rec}
	}
	var tasks []task
	for i, amounts := range [][2]int64{{3e17, 5e17}, {7e17, 9e17}} {
		bidder, err := c.Ethereum(ctx, n.eth.Client, n.eth.Users[1+i].Key)
		require.NoError(t, err)
		bid, err := art.ABI.Pack("bid", big.NewInt(amounts[0]))
		require.NoError(t, err)
		tasks = append(tasks, call(bidder, bid, amounts[1]))
	}
	n.run()
	settle, err := art.ABI.Pack("settle")
	require.NoError(t, err)
	tasks = append(tasks, call(seller, settle, 0))
	n.run()
	n.relay()

	for _, x := range tasks {
		r, err := c.Wait(ctx, x.sealed.TaskID)
		require.NoError(t, err)
		o, err := c.Open(x.sealed, r)
		require.NoError(t, err)
		require.Equal(t, receipt.StatusSuccess, o.Status)
		require.NotEmpty(t, r.CallbackTarget, "each of these asked for a callback")
		p, err := c.Proof(ctx, r)
		require.NoError(t, err)
		anyone, err := c.Ethereum(ctx, n.eth.Client, n.eth.Users[0].Key)
		require.NoError(t, err)
		_, err = anyone.ExecuteCallback(ctx, p, x.rec.Record)
		require.NoError(t, err)
	}
	var got []byte
	require.NoError(t, n.eth.Call(n.eth.Users[0].Addr, houseAddr, nil, house.PackWinner(), &got))
	winner, err := house.UnpackWinner(got)
	require.NoError(t, err)
	require.Equal(t, n.eth.Users[2].Addr, winner)
	require.Equal(t, big.NewInt(5e17+9e17), n.eth.Balance(houseAddr), "the deposits, sent by the bid callbacks")
}
