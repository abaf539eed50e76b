package evm_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/deltas"
	"github.com/enigmad/enigmad/enclave/evm"
	"github.com/enigmad/enigmad/enclave/receipt"
)

var (
	env      = evm.Env{Number: 100, Time: 1_800_000_000}
	address  = common.HexToAddress("0x00000000000000000000000000000000c0ffee01")
	alice    = common.HexToAddress("0xa11ce")
	bob      = common.HexToAddress("0xb0b")
	carol    = common.HexToAddress("0xca201")
	gasLimit = uint64(1_000_000)
)

// contract is a deployed secret contract with its state log, as an enclave
// keeps it: the machine reads the log's storage, deltas are appended to it.
type contract struct {
	t   *testing.T
	art *contracts.Artifact
	m   *evm.Machine
	log *deltas.Log
}

func deploy(t *testing.T, name string, deployer common.Address, args ...any) *contract {
	t.Helper()
	art, err := contracts.Load(name)
	require.NoError(t, err)
	ctorArgs, err := art.ABI.Pack("", args...)
	require.NoError(t, err)
	log := deltas.NewLog(address, make([]byte, 32))
	m, out := evm.Deploy(env, address, deployer, append(art.Bytecode, ctorArgs...), nil, gasLimit, log.Storage)
	require.Equal(t, receipt.StatusSuccess, out.Status, out.Reason)
	// The constructor returns the runtime code, immutables filled in.
	require.Len(t, m.Code(), len(art.DeployedBytecode))
	require.Equal(t, m.Code(), out.Delta.Code, "the deployment delta carries the runtime code")
	c := &contract{t: t, art: art, m: m, log: log}
	c.commit(out)
	require.Equal(t, m.Code(), log.Code)
	return c
}

// commit appends a successful outcome's delta to the log, as the enclave does.
func (c *contract) commit(out evm.Outcome) {
	c.t.Helper()
	if out.Status == receipt.StatusSuccess {
		_, _, err := c.log.Append(out.Delta)
		require.NoError(c.t, err)
	}
}

func (c *contract) call(from common.Address, value int64, method string, args ...any) evm.Outcome {
	c.t.Helper()
	input, err := c.art.ABI.Pack(method, args...)
	require.NoError(c.t, err)
	out := c.m.Call(env, from, input, big.NewInt(value), gasLimit)
	c.commit(out)
	return out
}

func (c *contract) unpack(method string, out evm.Outcome) []any {
	c.t.Helper()
	require.Equal(c.t, receipt.StatusSuccess, out.Status, out.Reason)
	vals, err := c.art.ABI.Unpack(method, out.Return)
	require.NoError(c.t, err)
	return vals
}

func TestMillionaires(t *testing.T) {
	c := deploy(t, "Millionaires", alice)
	require.Equal(t, receipt.StatusRevert, c.call(alice, 0, "whoIsRichest").Status, "fewer than two participants")

	out := c.call(alice, 0, "submit", big.NewInt(5_000_000))
	require.Equal(t, receipt.StatusSuccess, out.Status, out.Reason)
	require.NotEmpty(t, out.Delta.Changes)
	require.Greater(t, out.GasUsed, uint64(21_000/2))
	c.call(bob, 0, "submit", big.NewInt(9_000_000))
	c.call(carol, 0, "submit", big.NewInt(7_000_000))

	require.Equal(t, bob, c.unpack("whoIsRichest", c.call(carol, 0, "whoIsRichest"))[0])
	require.Equal(t, big.NewInt(3), c.unpack("participants", c.call(carol, 0, "participants"))[0])

	// A revert with a custom error: a failure outcome, no delta, no state change.
	before := len(c.log.Storage)
	next := c.log.Next
	again := c.call(bob, 0, "submit", big.NewInt(1))
	require.Equal(t, receipt.StatusRevert, again.Status)
	id := c.art.ABI.Errors["AlreadySubmitted"].ID
	require.Equal(t, id[:4], again.Return[:4])
	require.Empty(t, again.Delta.Changes)
	require.Equal(t, before, len(c.log.Storage))
	require.Equal(t, next, c.log.Next)

	// A view call changes nothing: an empty delta.
	require.True(t, c.call(alice, 0, "whoIsRichest").Delta.IsEmpty())
}

func TestOutOfGasAndBadInput(t *testing.T) {
	c := deploy(t, "Millionaires", alice)
	input, err := c.art.ABI.Pack("submit", big.NewInt(1))
	require.NoError(t, err)
	out := c.m.Call(env, alice, input, nil, 30_000) // enough to start, not to store
	require.Equal(t, receipt.StatusOutOfGas, out.Status)
	require.Equal(t, uint64(30_000), out.GasUsed)
	require.Empty(t, out.Delta.Changes)

	out = c.m.Call(env, alice, []byte{0xde, 0xad}, nil, gasLimit)
	require.Equal(t, receipt.StatusRevert, out.Status, "unknown selector")
	out = c.m.Call(env, alice, input, big.NewInt(-1), gasLimit)
	require.Equal(t, receipt.StatusBadInput, out.Status)
	out = c.m.Call(env, alice, input, big.NewInt(1), gasLimit)
	require.Equal(t, receipt.StatusRevert, out.Status, "value sent to a non-payable function")
}

func TestSecretVoting(t *testing.T) {
	c := deploy(t, "SecretVoting", alice, big.NewInt(3))
	for _, v := range []struct {
		who    common.Address
		choice int64
	}{{alice, 2}, {bob, 0}, {carol, 2}} {
		out := c.call(v.who, 0, "vote", big.NewInt(v.choice))
		require.Equal(t, receipt.StatusSuccess, out.Status, out.Reason)
	}
	require.Equal(t, receipt.StatusRevert, c.call(bob, 0, "vote", big.NewInt(1)).Status, "one vote each")
	require.Equal(t, receipt.StatusRevert, c.call(bob, 0, "close").Status, "only the owner closes")
	totals := c.unpack("close", c.call(alice, 0, "close"))[0].([]*big.Int)
	require.Equal(t, "[1 0 2]", fmt.Sprint(totals))
	require.Equal(t, receipt.StatusRevert, c.call(carol, 0, "vote", big.NewInt(0)).Status, "closed")
}

func TestSealedBidAuctionSettlesWithCallback(t *testing.T) {
	dapp := common.HexToAddress("0xda99")
	c := deploy(t, "SealedBidAuction", alice, dapp, big.NewInt(100))
	require.Equal(t, receipt.StatusRevert, c.call(bob, 50, "bid", big.NewInt(50)).Status, "below the minimum")
	require.Equal(t, receipt.StatusRevert, c.call(bob, 200, "bid", big.NewInt(300)).Status, "above the deposit")
	placed := c.call(bob, 400, "bid", big.NewInt(300))
	require.Equal(t, receipt.StatusSuccess, placed.Status)
	require.NotNil(t, placed.Callback, "the deposit goes to the dApp")
	require.Equal(t, dapp, placed.Callback.Target)
	require.Equal(t, append(crypto.Keccak256([]byte("bidDeposited(address)"))[:4], common.LeftPadBytes(bob.Bytes(), 32)...), placed.Callback.Data)
	require.Equal(t, receipt.StatusSuccess, c.call(carol, 250, "bid", big.NewInt(250)).Status)
	require.Equal(t, big.NewInt(300), c.unpack("myBid", c.call(bob, 0, "myBid"))[0], "the bid, not the deposit")
	require.Equal(t, receipt.StatusRevert, c.call(bob, 0, "settle").Status, "only the seller")

	out := c.call(alice, 0, "settle")
	vals := c.unpack("settle", out)
	require.Equal(t, bob, vals[0])
	require.Equal(t, big.NewInt(300), vals[1])
	require.NotNil(t, out.Callback)
	require.Equal(t, dapp, out.Callback.Target)
	want := append(crypto.Keccak256([]byte("auctionSettled(address,uint256)"))[:4],
		append(common.LeftPadBytes(bob.Bytes(), 32), common.LeftPadBytes(big.NewInt(300).Bytes(), 32)...)...)
	require.Equal(t, want, out.Callback.Data)
}

// A bid that takes the lead writes what one that does not writes: the
// size of a task's delta and its gas used are public, so they must not
// tell whether a bid is the highest so far.
func TestSealedBidsLookAlike(t *testing.T) {
	c := deploy(t, "SealedBidAuction", alice, common.HexToAddress("0xda99"), big.NewInt(100))
	require.Equal(t, receipt.StatusSuccess, c.call(bob, 1000, "bid", big.NewInt(500)).Status) // the first bid creates the list
	leads := c.call(carol, 1000, "bid", big.NewInt(900))
	trails := c.call(common.HexToAddress("0xd0d0"), 1000, "bid", big.NewInt(200))
	require.Equal(t, receipt.StatusSuccess, leads.Status, leads.Reason)
	require.Equal(t, receipt.StatusSuccess, trails.Status, trails.Reason)
	require.Equal(t, leads.GasUsed, trails.GasUsed, "gas used tells nothing of the amount")
	require.Len(t, trails.Delta.Changes, len(leads.Delta.Changes), "nor does the delta's size")
	vals := c.unpack("settle", c.call(alice, 0, "settle"))
	require.Equal(t, carol, vals[0])
	require.Equal(t, big.NewInt(900), vals[1])
	require.Equal(t, big.NewInt(3), c.unpack("bidCount", c.call(alice, 0, "bidCount"))[0])
}

// A submission that makes its sender the richest costs and writes what
// another costs and writes.
func TestMillionairesSubmissionsLookAlike(t *testing.T) {
	c := deploy(t, "Millionaires", alice)
	require.Equal(t, receipt.StatusSuccess, c.call(alice, 0, "submit", big.NewInt(500)).Status)
	richer := c.call(bob, 0, "submit", big.NewInt(900))
	poorer := c.call(carol, 0, "submit", big.NewInt(200))
	require.Equal(t, richer.GasUsed, poorer.GasUsed)
	require.Len(t, poorer.Delta.Changes, len(richer.Delta.Changes))
	require.Equal(t, bob, c.unpack("whoIsRichest", c.call(alice, 0, "whoIsRichest"))[0])
}

// A vote costs and writes the same whatever its choice, the first vote
// for a choice included.
func TestVotesLookAlike(t *testing.T) {
	c := deploy(t, "SecretVoting", alice, big.NewInt(3))
	first := c.call(bob, 0, "vote", big.NewInt(1))
	again := c.call(carol, 0, "vote", big.NewInt(1))
	other := c.call(common.HexToAddress("0xd0d0"), 0, "vote", big.NewInt(2))
	for _, o := range []evm.Outcome{again, other} {
		require.Equal(t, receipt.StatusSuccess, o.Status, o.Reason)
		require.Equal(t, first.GasUsed, o.GasUsed)
		require.Len(t, o.Delta.Changes, len(first.Delta.Changes))
	}
	require.Equal(t, "[0 2 1]", fmt.Sprint(c.unpack("close", c.call(alice, 0, "close"))[0]))
}

// A refused bid costs the same whether it was below the minimum or above
// its deposit, and the settlement the same whatever the bids' order.
func TestSealedBidRefusalsAndSettlementHideTheSecrets(t *testing.T) {
	c := deploy(t, "SealedBidAuction", alice, common.HexToAddress("0xda99"), big.NewInt(100))
	low := c.call(bob, 50, "bid", big.NewInt(50))
	high := c.call(carol, 200, "bid", big.NewInt(300))
	require.Equal(t, receipt.StatusRevert, low.Status)
	require.Equal(t, receipt.StatusRevert, high.Status)
	require.Equal(t, low.GasUsed, high.GasUsed, "a refusal's gas does not tell which check failed")

	settle := func(amounts ...int64) uint64 {
		c := deploy(t, "SealedBidAuction", alice, common.HexToAddress("0xda99"), big.NewInt(100))
		for i, a := range amounts {
			who := common.BigToAddress(big.NewInt(int64(0x1000 + i)))
			require.Equal(t, receipt.StatusSuccess, c.call(who, 10_000, "bid", big.NewInt(a)).Status)
		}
		out := c.call(alice, 0, "settle")
		require.Equal(t, receipt.StatusSuccess, out.Status, out.Reason)
		return out.GasUsed
	}
	require.Equal(t, settle(300, 200, 100), settle(100, 200, 300), "the settlement's gas does not count the lead changes")
	art, err := contracts.Load("SealedBidAuction")
	require.NoError(t, err)
	zeroMinimum, err := art.ABI.Pack("", common.HexToAddress("0xda99"), big.NewInt(0))
	require.NoError(t, err)
	_, out := evm.Deploy(env, address, alice, append(art.Bytecode, zeroMinimum...), nil, gasLimit, deltas.NewLog(address, make([]byte, 32)).Storage)
	require.Equal(t, receipt.StatusRevert, out.Status, "a zero minimum is refused")
}

// A wealth of 0 costs what any other costs; asking costs the same
// whatever the order of the wealths.
func TestMillionairesZeroAndOrderHidden(t *testing.T) {
	c := deploy(t, "Millionaires", alice)
	require.Equal(t, receipt.StatusSuccess, c.call(alice, 0, "submit", big.NewInt(5)).Status)
	zero := c.call(bob, 0, "submit", big.NewInt(0))
	some := c.call(carol, 0, "submit", big.NewInt(7))
	require.Equal(t, zero.GasUsed, some.GasUsed)
	ask := func(wealths ...int64) uint64 {
		c := deploy(t, "Millionaires", alice)
		for i, w := range wealths {
			require.Equal(t, receipt.StatusSuccess, c.call(common.BigToAddress(big.NewInt(int64(0x2000+i))), 0, "submit", big.NewInt(w)).Status)
		}
		out := c.call(alice, 0, "whoIsRichest")
		require.Equal(t, receipt.StatusSuccess, out.Status, out.Reason)
		return out.GasUsed
	}
	require.Equal(t, ask(3, 2, 1), ask(1, 2, 3))
}

func TestOnlySelfAndPrecompiles(t *testing.T) {
	// PUSH1 0 ×5, PUSH2 0x1234, GAS, CALL, STOP: a call to another address.
	callOther := hexutil.MustDecode("0x600060006000600060006112345af100")
	// The same to the SHA-256 precompile (address 2), then SSTORE slot 0 := 1.
	callPrecompile := hexutil.MustDecode("0x600060006000600060006002" + "5af150" + "6001600055" + "00")
	// CREATE with empty code.
	create := hexutil.MustDecode("0x600060006000f000")

	log := deltas.NewLog(address, make([]byte, 32))
	out := evm.NewMachine(address, callOther, log.Storage).Call(env, alice, nil, nil, gasLimit)
	require.Equal(t, receipt.StatusRevert, out.Status)
	require.Contains(t, out.Reason, "only call themselves")
	require.Empty(t, out.Delta.Changes)

	out = evm.NewMachine(address, create, log.Storage).Call(env, alice, nil, nil, gasLimit)
	require.Equal(t, receipt.StatusRevert, out.Status)

	out = evm.NewMachine(address, callPrecompile, log.Storage).Call(env, alice, nil, nil, gasLimit)
	require.Equal(t, receipt.StatusSuccess, out.Status, out.Reason)
	require.Len(t, out.Delta.Changes, 1)
}

func TestMachineIsReusedAcrossTasks(t *testing.T) {
	c := deploy(t, "Millionaires", alice)
	for i := range 50 {
		who := common.BigToAddress(big.NewInt(int64(1000 + i)))
		out := c.call(who, 0, "submit", big.NewInt(int64(i)))
		require.Equal(t, receipt.StatusSuccess, out.Status, out.Reason)
	}
	require.Equal(t, big.NewInt(50), c.unpack("participants", c.call(alice, 0, "participants"))[0])
	require.Equal(t, common.BigToAddress(big.NewInt(1049)), c.unpack("whoIsRichest", c.call(alice, 0, "whoIsRichest"))[0])
}
