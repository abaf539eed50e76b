package ethereum_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/contracts/sim"
)

// callbackEntry makes the leaf of a successful task with a callback.
func callbackEntry(task *sim.Task, seq uint64, target common.Address, data []byte) sim.Entry {
	return sim.Entry{Record: task.Record, Leaf: commitment.Leaf{
		Sequence: seq, TaskID: task.ID, RecordHash: task.Record.Hash(), Status: 0, GasUsed: 50_000,
		CallbackHash: commitment.CallbackHash(target, data), ReceiptHash: crypto.Keccak256Hash(task.ID.Bytes()),
	}}
}

// TestAuctionCallbacks runs the sealed-bid auction's Ethereum half: bid
// deposits arrive with the bids' callbacks, the settlement callback pays
// the seller, and everyone withdraws what is theirs.
func TestAuctionCallbacks(t *testing.T) {
	c := newChain(t, sim.Options{Users: 4})
	seller, bidders := c.Users[0], c.Users[1:]
	// The secret auction's address follows from its deployment task id.
	deployID := common.Hash(crypto.Keccak256Hash([]byte("deployment")))
	var out []byte
	require.NoError(t, c.Call(seller.Addr, c.BridgeAddr, nil, c.Bridge.PackContractAddress(deployID), &out))
	auction, err := c.Bridge.UnpackContractAddress(out)
	require.NoError(t, err)
	house := bindings.NewAuctionHouse()
	executor, err := c.ExecutorOf(auction)
	require.NoError(t, err)
	houseAddr, _, err := c.Deploy(seller, bindings.AuctionHouseMetaData.Bin, house.PackConstructor(executor, auction, big.NewInt(1<<40)))
	require.NoError(t, err)

	deposits := []*big.Int{big.NewInt(5e17), big.NewInt(9e17), big.NewInt(4e17)}
	var entries []sim.Entry
	for i, b := range bidders {
		task, _, err := c.RecordPayableTask(b, auction, inputs, gasLimit, gwei, eth, deposits[i])
		require.NoError(t, err)
		entries = append(entries, callbackEntry(task, uint64(i+1), houseAddr, house.PackBidDeposited(b.Addr)))
	}
	settleTask, _, err := c.RecordTask(seller, auction, inputs, gasLimit, gwei)
	require.NoError(t, err)
	price := big.NewInt(7e17) // bidder 1 won with a bid of 0.7 ETH (deposit 0.9)
	entries = append(entries, callbackEntry(settleTask, 4, houseAddr, house.PackAuctionSettled(bidders[1].Addr, price)))
	// A callback from another secret contract to the same dApp.
	rogueTask, _, err := c.RecordPayableTask(bidders[0], secret, inputs, gasLimit, gwei, eth, big.NewInt(1))
	require.NoError(t, err)
	entries = append(entries, callbackEntry(rogueTask, 5, houseAddr, house.PackAuctionSettled(bidders[0].Addr, big.NewInt(1))))
	b, tree := batchOf(t, c, 1, 1, entries)
	_, err = c.SubmitBatch(b, nil)
	require.NoError(t, err)

	exec := func(i int) bool {
		data := house.PackBidDeposited(common.Address{})
		switch i {
		case 0, 1, 2:
			data = house.PackBidDeposited(bidders[i].Addr)
		case 3:
			data = house.PackAuctionSettled(bidders[1].Addr, price)
		case 4:
			data = house.PackAuctionSettled(bidders[0].Addr, big.NewInt(1))
		}
		r, err := c.ExecuteCallback(c.Users[0], 1, tree, i, houseAddr, data, 0)
		require.NoError(t, err)
		var ev *bindings.EnigmaBridgeCallbackExecuted
		for _, l := range r.Logs {
			if l.Address == c.BridgeAddr {
				ev, err = c.Bridge.UnpackCallbackExecutedEvent(l)
				require.NoError(t, err)
			}
		}
		require.NotNil(t, ev)
		return ev.Ok
	}
	for i := range 3 {
		require.True(t, exec(i))
	}
	require.Equal(t, new(big.Int).Add(new(big.Int).Add(deposits[0], deposits[1]), deposits[2]), c.Balance(houseAddr))
	require.False(t, exec(4), "the dApp refuses callbacks of another secret contract")
	require.Equal(t, big.NewInt(1), c.Credit(bidders[0].Addr, eth), "the rogue task's escrow went back to its sender")
	require.True(t, exec(3))

	// Executed once only; the data must be what the receipt committed to.
	_, err = c.ExecuteCallback(c.Users[0], 1, tree, 3, houseAddr, house.PackAuctionSettled(bidders[1].Addr, price), 0)
	requireRevert(t, err, "AlreadyClaimed")
	_, err = c.ExecuteCallback(c.Users[0], 1, tree, 0, houseAddr, house.PackBidDeposited(bidders[2].Addr), 0)
	requireRevert(t, err, "CallbackMismatch")

	// Withdrawals after settlement.
	withdraw := func(a *sim.Account) *big.Int {
		before := c.Balance(a.Addr)
		r, err := c.Send(a, houseAddr, nil, house.PackWithdraw())
		require.NoError(t, err)
		fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
		return new(big.Int).Sub(new(big.Int).Add(c.Balance(a.Addr), fee), before)
	}
	require.Equal(t, price, withdraw(seller))
	require.Equal(t, new(big.Int).Sub(deposits[1], price), withdraw(bidders[1]))
	require.Equal(t, deposits[0], withdraw(bidders[0]))
	require.Equal(t, deposits[2], withdraw(bidders[2]))
	require.Zero(t, c.Balance(houseAddr).Sign())

	// A successful task with a callback gets its unused fee back, not its escrow.
	before := c.Balance(bidders[0].Addr)
	_, err = c.ClaimRefund(c.Users[3], 1, tree, 0)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(before, sim.Fee(gasLimit-50_000, gwei)), c.Balance(bidders[0].Addr))
}

// TestCallbackGriefing: callbacks that revert or burn all their gas count as
// executed, the escrow goes back to the sender, and an executor cannot make
// a callback fail by sending too little gas.
func TestCallbackGriefing(t *testing.T) {
	c := newChain(t, sim.Options{CallbackGas: 200_000})
	reverter, err := c.Runtime("60006000fd") // REVERT(0, 0)
	require.NoError(t, err)
	burner, err := c.Runtime("5b600056") // JUMPDEST PUSH1 0 JUMP: loops until out of gas
	require.NoError(t, err)
	escrow := big.NewInt(2e17)
	u := c.Users[0]

	var entries []sim.Entry
	for i, target := range []common.Address{reverter, burner, burner} {
		task, _, err := c.RecordPayableTask(u, secret, inputs, gasLimit, gwei, eth, escrow)
		require.NoError(t, err)
		entries = append(entries, callbackEntry(task, uint64(i+1), target, []byte{0xde, 0xad}))
	}
	failed, _, err := c.RecordTask(u, secret, inputs, gasLimit, gwei)
	require.NoError(t, err)
	bad := callbackEntry(failed, 4, reverter, nil)
	bad.Leaf.Status = 1
	entries = append(entries, bad)
	b, tree := batchOf(t, c, 1, 1, entries)
	_, err = c.SubmitBatch(b, nil)
	require.NoError(t, err)

	r, err := c.ExecuteCallback(c.Users[1], 1, tree, 0, reverter, []byte{0xde, 0xad}, 0)
	require.NoError(t, err)
	require.Equal(t, escrow, c.Credit(u.Addr, eth), "a reverted callback's escrow is credited to the sender")
	r, err = c.ExecuteCallback(c.Users[1], 1, tree, 1, burner, []byte{0xde, 0xad}, 0)
	require.NoError(t, err, "the executor's transaction survives a callback that burns all its gas")
	require.Less(t, r.GasUsed, uint64(400_000))
	require.Equal(t, new(big.Int).Mul(escrow, big.NewInt(2)), c.Credit(u.Addr, eth))

	// Too little gas for the promised callback gas: the call is refused and
	// the callback stays executable.
	e := entries[2]
	short := c.Bridge.PackExecuteCallback(tree.Ref(1), sim.ReceiptArgs(e.Leaf), sim.RecordArgs(e.Record), tree.Proof(2), burner, []byte{0xde, 0xad})
	requireRevert(t, c.CallGas(c.Users[1].Addr, c.BridgeAddr, nil, short, 230_000, nil), "InsufficientGasForCallback")
	r, err = c.ExecuteCallback(c.Users[1], 1, tree, 2, burner, []byte{0xde, 0xad}, 230_000)
	require.Error(t, err)
	require.Equal(t, uint64(0), r.Status)
	_, err = c.ExecuteCallback(c.Users[1], 1, tree, 2, burner, []byte{0xde, 0xad}, 0)
	require.NoError(t, err)

	// A failed task has no callback to run; its sender is refunded instead.
	_, err = c.ExecuteCallback(c.Users[1], 1, tree, 3, reverter, nil, 0)
	requireRevert(t, err, "NotSuccessful")

	// Nobody but the bridge may enter the callback frame.
	_, err = c.Send(c.Users[1], c.BridgeAddr, nil, c.Bridge.PackDeliverCallback(reverter, nil, secret, eth, big.NewInt(1)))
	requireRevert(t, err, "OnlySelf")

	// The sender withdraws the credited escrows.
	before := c.Balance(u.Addr)
	r, err = c.Send(u, c.BridgeAddr, nil, c.Bridge.PackWithdraw(eth))
	require.NoError(t, err)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	require.Equal(t, new(big.Int).Sub(new(big.Int).Add(before, new(big.Int).Mul(escrow, big.NewInt(3))), fee), c.Balance(u.Addr))
}

// TestCallbacksCannotActAsTheBridge: a secret contract chooses its callback,
// so a callback must not be able to use the bridge's balances or rights.
// Calls come from the callback executor, which holds nothing.
func TestCallbacksCannotActAsTheBridge(t *testing.T) {
	c := newChain(t, sim.Options{})
	u, thief := c.Users[0], c.Users[1]
	// The bridge holds ENG fees and an ETH escrow.
	fee := sim.Fee(gasLimit, gwei)
	require.NoError(t, c.Transfer(u.Addr, fee))
	permit, err := c.SignPermit(u, c.BridgeAddr, fee, big.NewInt(1<<40))
	require.NoError(t, err)
	_, err = c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecordWithPermit(c.Salt(), secret, inputs, gasLimit, gwei, permit))
	require.NoError(t, err)
	escrow := big.NewInt(3e17)
	executor, err := c.ExecutorOf(secret)
	require.NoError(t, err)

	attacks := []struct {
		name   string
		target common.Address
		data   []byte
	}{
		{"the fee token's transfer", c.TokenAddr, c.Token.PackTransfer(thief.Addr, fee)},
		{"the bridge's own callback frame", c.BridgeAddr, c.Bridge.PackDeliverCallback(thief.Addr, nil, secret, eth, big.NewInt(1e18))},
		{"the bridge's withdraw", c.BridgeAddr, c.Bridge.PackWithdraw(eth)},
		{"the executor itself", executor, bindings.NewCallbackExecutor().PackExecute(thief.Addr, nil)},
	}
	var entries []sim.Entry
	for i, a := range attacks {
		task, _, err := c.RecordPayableTask(u, secret, inputs, gasLimit, gwei, eth, escrow)
		require.NoError(t, err)
		entries = append(entries, callbackEntry(task, uint64(i+1), a.target, a.data))
	}
	b, tree := batchOf(t, c, 1, 1, entries)
	_, err = c.SubmitBatch(b, nil)
	require.NoError(t, err)
	tokens, ether := c.TokenBalance(c.BridgeAddr), c.Balance(c.BridgeAddr)
	for i, a := range attacks {
		r, err := c.ExecuteCallback(c.Users[2], 1, tree, i, a.target, a.data, 0)
		require.NoError(t, err, a.name)
		ev, err := c.Bridge.UnpackCallbackExecutedEvent(r.Logs[len(r.Logs)-1])
		require.NoError(t, err)
		require.False(t, ev.Ok, a.name)
	}
	require.Equal(t, tokens, c.TokenBalance(c.BridgeAddr), "no fee token left the bridge")
	require.Zero(t, c.TokenBalance(thief.Addr).Sign())
	require.Equal(t, ether, c.Balance(c.BridgeAddr), "no ETH left the bridge")
	require.Equal(t, new(big.Int).Mul(escrow, big.NewInt(int64(len(attacks)))), c.Credit(u.Addr, eth), "every escrow is the sender's again")

	// Nobody but the bridge may use the executor.
	_, err = c.Send(thief, executor, nil, bindings.NewCallbackExecutor().PackExecute(thief.Addr, nil))
	requireRevert(t, err, "OnlyBridge")
}

// TestAuctionInAnyOrder: callbacks run by anyone in any order still settle
// the auction right, and an auction not settled in time is void.
func TestAuctionInAnyOrder(t *testing.T) {
	c := newChain(t, sim.Options{Users: 4})
	seller, bidders := c.Users[0], c.Users[1:]
	auction := common.HexToAddress("0xa0c7")
	house := bindings.NewAuctionHouse()
	head, err := c.Client.HeaderByNumber(t.Context(), nil)
	require.NoError(t, err)
	settleBy := new(big.Int).SetUint64(head.Time + 3600)
	executor, err := c.ExecutorOf(auction)
	require.NoError(t, err)
	houseAddr, _, err := c.Deploy(seller, bindings.AuctionHouseMetaData.Bin, house.PackConstructor(executor, auction, settleBy))
	require.NoError(t, err)
	voidAddr, _, err := c.Deploy(seller, bindings.AuctionHouseMetaData.Bin, house.PackConstructor(executor, auction, settleBy))
	require.NoError(t, err)

	deposits := []*big.Int{big.NewInt(5e17), big.NewInt(9e17), big.NewInt(4e17)}
	price := big.NewInt(7e17)
	type cb struct {
		task *sim.Task
		data []byte
		to   common.Address
	}
	var cbs []cb
	for _, to := range []common.Address{houseAddr, voidAddr} {
		for i, b := range bidders {
			task, _, err := c.RecordPayableTask(b, auction, inputs, gasLimit, gwei, eth, deposits[i])
			require.NoError(t, err)
			cbs = append(cbs, cb{task, house.PackBidDeposited(b.Addr), to})
		}
	}
	settle, _, err := c.RecordTask(seller, auction, inputs, gasLimit, gwei)
	require.NoError(t, err)
	cbs = append(cbs, cb{settle, house.PackAuctionSettled(bidders[1].Addr, price), houseAddr})
	var entries []sim.Entry
	for i, x := range cbs {
		e := callbackEntry(x.task, uint64(i+1), x.to, x.data)
		e.Record.SecretContract = auction
		entries = append(entries, e)
	}
	b, tree := batchOf(t, c, 1, 1, entries)
	_, err = c.SubmitBatch(b, nil)
	require.NoError(t, err)
	run := func(i int) {
		r, err := c.ExecuteCallback(c.Deployer, 1, tree, i, cbs[i].to, cbs[i].data, 0)
		require.NoError(t, err)
		ev, err := c.Bridge.UnpackCallbackExecutedEvent(r.Logs[len(r.Logs)-1])
		require.NoError(t, err)
		require.True(t, ev.Ok, "callback %d", i)
	}
	withdraw := func(a *sim.Account, house common.Address) (*big.Int, error) {
		before := c.Balance(a.Addr)
		r, err := c.Send(a, house, nil, bindings.NewAuctionHouse().PackWithdraw())
		if err != nil {
			return nil, err
		}
		fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
		return new(big.Int).Sub(new(big.Int).Add(c.Balance(a.Addr), fee), before), nil
	}

	// Settlement first, then a loser's deposit; nothing for anyone until
	// the winner's deposit is there, then the price and the rest.
	run(6)
	run(0)
	_, err = withdraw(bidders[0], houseAddr)
	require.NoError(t, err, "a loser takes its deposit at once")
	_, err = withdraw(seller, houseAddr)
	requireRevert(t, err, "NothingToWithdraw")
	run(1)
	run(2)
	got, err := withdraw(seller, houseAddr)
	require.NoError(t, err)
	require.Equal(t, price, got)
	got, err = withdraw(bidders[1], houseAddr)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Sub(deposits[1], price), got)
	got, err = withdraw(bidders[2], houseAddr)
	require.NoError(t, err)
	require.Equal(t, deposits[2], got)
	require.Zero(t, c.Balance(houseAddr).Sign())

	// The second auction is never settled: after its deadline everyone
	// takes its deposit back.
	for i := 3; i < 6; i++ {
		run(i)
	}
	_, err = withdraw(bidders[0], voidAddr)
	requireRevert(t, err, "NotSettled")
	// The simulated backend refuses to move the time while its pool lists
	// a pending transaction, and the pool forgets a mined one on a
	// goroutine of its own: under load it can still list the last
	// withdrawal (CI saw "could not adjust time on non-empty block" once).
	// A refused adjustment changes nothing: it is tried until the pool
	// has caught up.
	require.Eventually(t, func() bool { return c.Backend.AdjustTime(2*time.Hour) == nil }, 10*time.Second, 10*time.Millisecond)
	c.Backend.Commit()
	for i, bd := range bidders {
		got, err := withdraw(bd, voidAddr)
		require.NoError(t, err)
		require.Equal(t, deposits[i], got)
	}
	require.Zero(t, c.Balance(voidAddr).Sign())
}

// TestRefundToAContractThatRefusesETH: a refund that cannot be pushed is
// credited, and the contract withdraws it elsewhere.
func TestRefundToAContractThatRefusesETH(t *testing.T) {
	c := newChain(t, sim.Options{})
	art, err := contracts.Load("Forwarder")
	require.NoError(t, err)
	fwd, _, err := c.Deploy(c.Deployer, art.Bytecode.String(), nil)
	require.NoError(t, err)
	forward := func(value *big.Int, data []byte) (*types.Receipt, error) {
		call, err := art.ABI.Pack("forward", c.BridgeAddr, data)
		require.NoError(t, err)
		return c.Send(c.Users[0], fwd, value, call)
	}
	escrow := big.NewInt(1e17)
	r, err := forward(new(big.Int).Add(sim.Fee(gasLimit, gwei), escrow), c.Bridge.PackCreatePayableTaskRecord(c.Salt(), secret, inputs, gasLimit, gwei, eth, escrow))
	require.NoError(t, err)
	tasks, err := c.TaskEvents(r)
	require.NoError(t, err)
	require.Equal(t, fwd, tasks[0].Record.Sender)
	entry := sim.Entry{Record: tasks[0].Record, Leaf: commitment.Leaf{Sequence: 1, TaskID: tasks[0].ID, RecordHash: tasks[0].Record.Hash(), Status: 1, GasUsed: 1000}}
	b, tree := batchOf(t, c, 1, 1, []sim.Entry{entry})
	_, err = c.SubmitBatch(b, nil)
	require.NoError(t, err)
	_, err = c.ClaimRefund(c.Users[1], 1, tree, 0)
	require.NoError(t, err, "the claim goes through")
	owed := new(big.Int).Add(sim.Fee(gasLimit-1000, gwei), escrow)
	require.Equal(t, owed, c.Credit(fwd, eth), "credited, not lost")
	_, err = c.ClaimRefund(c.Users[1], 1, tree, 0)
	requireRevert(t, err, "AlreadyClaimed")

	to := sim.NewAccount("forwarder-owner").Addr
	_, err = forward(nil, c.Bridge.PackWithdrawTo(eth, to))
	require.NoError(t, err)
	require.Equal(t, owed, c.Balance(to))
	require.Zero(t, c.Credit(fwd, eth).Sign())
}

// TestExecutorPerSecretContract: each secret contract's callbacks come from
// its own executor, at an address a dApp computes in advance (CREATE2 by
// the bridge, salt = the secret contract). What a dApp sends back to the
// caller of one secret contract's callback (change, a refund) cannot be
// taken by another secret contract's callback, and a dApp that trusts one
// executor refuses the others.
func TestExecutorPerSecretContract(t *testing.T) {
	c := newChain(t, sim.Options{})
	u, thief := c.Users[0], c.Users[1]
	other := common.HexToAddress("0x5ec0000000000000000000000000000000000002")
	execA, err := c.ExecutorOf(secret)
	require.NoError(t, err)
	execB, err := c.ExecutorOf(other)
	require.NoError(t, err)
	require.NotEqual(t, execA, execB)
	initCode := common.FromHex(bindings.CallbackExecutorMetaData.Bin)
	require.Equal(t, crypto.CreateAddress2(c.BridgeAddr, common.BytesToHash(secret.Bytes()), crypto.Keccak256(initCode)), execA,
		"computable off chain: CREATE2(bridge, secret contract, executor init code)")

	house := bindings.NewAuctionHouse()
	houseAddr, _, err := c.Deploy(u, bindings.AuctionHouseMetaData.Bin, house.PackConstructor(execA, secret, big.NewInt(1<<40)))
	require.NoError(t, err)
	// A's first callback creates its executor and delivers a deposit.
	bid, _, err := c.RecordPayableTask(u, secret, inputs, gasLimit, gwei, eth, big.NewInt(1e17))
	require.NoError(t, err)
	// B's callbacks: one into A's dApp, one that takes whatever sits in
	// A's executor (ENG "change" the dApp sent back).
	change := big.NewInt(1e18)
	intoHouse, _, err := c.RecordPayableTask(thief, other, inputs, gasLimit, gwei, eth, big.NewInt(1))
	require.NoError(t, err)
	steal, _, err := c.RecordTask(thief, other, inputs, gasLimit, gwei)
	require.NoError(t, err)
	cbs := []struct {
		task   *sim.Task
		target common.Address
		data   []byte
	}{
		{bid, houseAddr, house.PackBidDeposited(u.Addr)},
		{intoHouse, houseAddr, house.PackBidDeposited(thief.Addr)},
		{steal, c.TokenAddr, c.Token.PackTransfer(thief.Addr, change)},
	}
	var entries []sim.Entry
	for i, cb := range cbs {
		entries = append(entries, callbackEntry(cb.task, uint64(i+1), cb.target, cb.data))
	}
	b, tree := batchOf(t, c, 1, 1, entries)
	_, err = c.SubmitBatch(b, nil)
	require.NoError(t, err)
	ok := func(i int) bool {
		r, err := c.ExecuteCallback(c.Users[2], 1, tree, i, cbs[i].target, cbs[i].data, 0)
		require.NoError(t, err)
		ev, err := c.Bridge.UnpackCallbackExecutedEvent(r.Logs[len(r.Logs)-1])
		require.NoError(t, err)
		return ev.Ok
	}
	require.True(t, ok(0), "A's callback reaches A's dApp")
	require.NoError(t, c.Transfer(execA, change)) // the dApp's change lands with A's executor
	require.False(t, ok(1), "A's dApp refuses B's executor")
	require.False(t, ok(2), "B's callback cannot move what A's executor holds")
	require.Equal(t, change, c.TokenBalance(execA))
	require.Zero(t, c.TokenBalance(thief.Addr).Sign())
}
