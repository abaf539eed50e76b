package ethereum_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/contracts/sim"
	"github.com/enigmad/enigmad/enclave/ids"
)

var (
	gwei     = big.NewInt(params.GWei)
	secret   = common.HexToAddress("0x5ec0000000000000000000000000000000000001")
	inputs   = crypto.Keccak256Hash([]byte("task data"))
	eth      = common.Address{}
	gasLimit = uint64(200_000)
)

func newChain(t *testing.T, o sim.Options) *sim.Chain {
	t.Helper()
	c, err := sim.New(o)
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	return c
}

func requireRevert(t *testing.T, err error, name string) {
	t.Helper()
	require.Error(t, err)
	require.Truef(t, errors.Is(err, sim.Revert(name)), "want %s, got %v", name, err)
}

func TestCreateTaskRecord(t *testing.T) {
	c := newChain(t, sim.Options{MinGasPrice: big.NewInt(1000)})
	u := c.Users[0]
	for i := range uint64(3) {
		salt := c.Salt()
		task, _, err := c.RecordTaskWithSalt(u, salt, secret, inputs, gasLimit, gwei)
		require.NoError(t, err)
		require.Equal(t, ids.TaskID(c.ChainID, c.BridgeAddr, u.Addr, salt), task.ID, "the id a client computes before sending")
		require.Equal(t, salt, task.Salt)
		require.Equal(t, i+1, task.EventNonce)
		require.Equal(t, u.Addr, task.Record.Sender)
		require.Equal(t, secret, task.Record.SecretContract)
		require.Equal(t, inputs, task.InputsHash)
		require.Equal(t, eth, task.Record.FeeToken)
		var out []byte
		require.NoError(t, c.Call(u.Addr, c.BridgeAddr, nil, c.Bridge.PackTaskIdOf(u.Addr, salt), &out))
		require.Equal(t, task.ID.Bytes(), out, "taskIdOf")
	}
	require.Equal(t, new(big.Int).Mul(big.NewInt(3), sim.Fee(gasLimit, gwei)), c.Balance(c.BridgeAddr))

	// Fee under- and overpayment, zero gas, gas outside the bounds: refused,
	// nothing recorded.
	salt := c.Salt()
	data := c.Bridge.PackCreateTaskRecord(salt, secret, inputs, gasLimit, gwei)
	_, err := c.Send(u, c.BridgeAddr, new(big.Int).Sub(sim.Fee(gasLimit, gwei), big.NewInt(1)), data)
	requireRevert(t, err, "FeeMismatch")
	_, err = c.Send(u, c.BridgeAddr, new(big.Int).Add(sim.Fee(gasLimit, gwei), big.NewInt(1)), data)
	requireRevert(t, err, "FeeMismatch")
	_, err = c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecord(salt, secret, inputs, 0, gwei))
	requireRevert(t, err, "ZeroGasLimit")
	// The auditor's scenario: 10^12 gas at 1 wei would cost 10^-6 ETH and
	// outrun the result timeout; the limit and the price are bounded.
	_, err = c.Send(u, c.BridgeAddr, big.NewInt(1e12), c.Bridge.PackCreateTaskRecord(salt, secret, inputs, 1e12, big.NewInt(1)))
	requireRevert(t, err, "GasLimitTooHigh")
	over := uint64(sim.DefaultMaxTaskGas + 1)
	_, err = c.Send(u, c.BridgeAddr, sim.Fee(over, gwei), c.Bridge.PackCreateTaskRecord(salt, secret, inputs, over, gwei))
	requireRevert(t, err, "GasLimitTooHigh")
	_, err = c.Send(u, c.BridgeAddr, sim.Fee(gasLimit, big.NewInt(999)), c.Bridge.PackCreateTaskRecord(salt, secret, inputs, gasLimit, big.NewInt(999)))
	requireRevert(t, err, "GasPriceTooLow")
	_, err = c.Send(u, c.BridgeAddr, sim.Fee(sim.DefaultMaxTaskGas, big.NewInt(1000)),
		c.Bridge.PackCreateTaskRecord(salt, secret, inputs, sim.DefaultMaxTaskGas, big.NewInt(1000)))
	require.NoError(t, err, "the bounds themselves are allowed")
	// A fee that overflows uint256 reverts (checked arithmetic) instead of wrapping.
	huge := new(big.Int).Lsh(big.NewInt(1), 255)
	_, err = c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecord(salt, secret, inputs, 4, huge))
	require.Error(t, err)

	// The same salt twice: Ethereum takes both (it keeps no per-sender
	// state); the chain refuses the second and refunds it in full.
	first, _, err := c.RecordTaskWithSalt(u, salt, secret, inputs, gasLimit, gwei)
	require.NoError(t, err)
	second, _, err := c.RecordTaskWithSalt(u, salt, secret, inputs, gasLimit, gwei)
	require.NoError(t, err)
	require.Equal(t, first.ID, second.ID)
	require.Equal(t, first.EventNonce+1, second.EventNonce)
	// Another sender's same salt is another id.
	other, _, err := c.RecordTaskWithSalt(c.Users[1], salt, secret, inputs, gasLimit, gwei)
	require.NoError(t, err)
	require.NotEqual(t, first.ID, other.ID)
}

// TestRecordsInAnyOrder: a client sends 20 records from one sender without
// waiting for any; one of them reverts. Every other record gets the id its
// envelope was sealed for, whatever the order they are mined in.
func TestRecordsInAnyOrder(t *testing.T) {
	c := newChain(t, sim.Options{})
	u := c.Users[0]
	nonce, err := c.Client.PendingNonceAt(t.Context(), u.Addr)
	require.NoError(t, err)
	salts := make([]common.Hash, 20)
	var hashes []common.Hash
	// Sent last nonce first: the pool holds them until the gap closes.
	for i := 19; i >= 0; i-- {
		salts[i] = c.Salt()
		value := sim.Fee(gasLimit, gwei)
		if i == 7 {
			value = big.NewInt(1) // underpays: this record reverts
		}
		tx, err := c.SendAsync(u, nonce+uint64(i), c.BridgeAddr, value, c.Bridge.PackCreateTaskRecord(salts[i], secret, inputs, gasLimit, gwei), 200_000)
		require.NoError(t, err)
		hashes = append([]common.Hash{tx}, hashes...)
	}
	c.Backend.Commit()
	for i, h := range hashes {
		r, err := c.Client.TransactionReceipt(t.Context(), h)
		require.NoError(t, err)
		if i == 7 {
			require.Equal(t, types.ReceiptStatusFailed, r.Status)
			continue
		}
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "record %d", i)
		tasks, err := c.TaskEvents(r)
		require.NoError(t, err)
		require.Len(t, tasks, 1)
		require.Equal(t, ids.TaskID(c.ChainID, c.BridgeAddr, u.Addr, salts[i]), tasks[0].ID, "record %d keeps its id", i)
	}
}

func TestCreateTaskRecords(t *testing.T) {
	c := newChain(t, sim.Options{})
	u := c.Users[1]
	var reqs []bindings.EnigmaBridgeTaskRequest
	total := new(big.Int)
	for i := range 10 {
		price := new(big.Int).Mul(gwei, big.NewInt(int64(i+1)))
		reqs = append(reqs, bindings.EnigmaBridgeTaskRequest{Salt: ids.CounterSalt(uint64(i)), SecretContract: secret,
			InputsHash: crypto.Keccak256Hash([]byte{byte(i)}), GasLimit: gasLimit, GasPrice: price})
		total.Add(total, sim.Fee(gasLimit, price))
	}
	_, err := c.Send(u, c.BridgeAddr, new(big.Int).Sub(total, big.NewInt(1)), c.Bridge.PackCreateTaskRecords(reqs))
	requireRevert(t, err, "FeeMismatch")
	bad := append([]bindings.EnigmaBridgeTaskRequest{}, reqs...)
	bad[3].GasLimit = sim.DefaultMaxTaskGas + 1
	_, err = c.Send(u, c.BridgeAddr, total, c.Bridge.PackCreateTaskRecords(bad))
	requireRevert(t, err, "GasLimitTooHigh")
	r, err := c.Send(u, c.BridgeAddr, total, c.Bridge.PackCreateTaskRecords(reqs))
	require.NoError(t, err)
	tasks, err := c.TaskEvents(r)
	require.NoError(t, err)
	require.Len(t, tasks, 10)
	for i, task := range tasks {
		require.Equal(t, ids.TaskID(c.ChainID, c.BridgeAddr, u.Addr, ids.CounterSalt(uint64(i))), task.ID)
		require.Equal(t, uint64(i+1), task.EventNonce)
		require.Equal(t, reqs[i].GasPrice, task.Record.GasPrice)
	}
	// The next single record continues the event nonce.
	task, _, err := c.RecordTask(u, secret, inputs, gasLimit, gwei)
	require.NoError(t, err)
	require.Equal(t, uint64(11), task.EventNonce)
}

func TestCreateDeploymentRecord(t *testing.T) {
	c := newChain(t, sim.Options{})
	u := c.Users[0]
	code := crypto.Keccak256Hash([]byte("bytecode"))
	salt := ids.NewSalt()
	r, err := c.Send(u, c.BridgeAddr, sim.Fee(gasLimit, gwei), c.Bridge.PackCreateDeploymentRecord(salt, code, inputs, gasLimit, gwei))
	require.NoError(t, err)
	require.Equal(t, 1, sim.CountEvents(r, c.BridgeAddr, c.Bridge.GetABI(), "DeploymentRecordCreated"))
	ev, err := c.Bridge.UnpackDeploymentRecordCreatedEvent(r.Logs[0])
	require.NoError(t, err)
	id := ids.TaskID(c.ChainID, c.BridgeAddr, u.Addr, salt)
	require.Equal(t, [32]byte(id), ev.TaskId)
	require.Equal(t, [32]byte(salt), ev.Salt)
	require.Equal(t, [32]byte(code), ev.CodeHash)
	require.Equal(t, uint64(1), ev.EventNonce)

	var out []byte
	require.NoError(t, c.Call(u.Addr, c.BridgeAddr, nil, c.Bridge.PackContractAddress(id), &out))
	addr, err := c.Bridge.UnpackContractAddress(out)
	require.NoError(t, err)
	require.Equal(t, ids.ContractAddress(id), addr)

	_, err = c.Send(u, c.BridgeAddr, big.NewInt(1), c.Bridge.PackCreateDeploymentRecord(salt, code, inputs, gasLimit, gwei))
	requireRevert(t, err, "FeeMismatch")
	_, err = c.Send(u, c.BridgeAddr, sim.Fee(sim.DefaultMaxTaskGas+1, gwei), c.Bridge.PackCreateDeploymentRecord(salt, code, inputs, sim.DefaultMaxTaskGas+1, gwei))
	requireRevert(t, err, "GasLimitTooHigh")
}

func TestCreateTaskRecordWithPermit(t *testing.T) {
	c := newChain(t, sim.Options{})
	u := c.Users[0]
	fee := sim.Fee(gasLimit, gwei)
	require.NoError(t, c.Transfer(u.Addr, new(big.Int).Mul(fee, big.NewInt(10))))
	deadline := big.NewInt(1 << 40)

	permit, err := c.SignPermit(u, c.BridgeAddr, fee, deadline)
	require.NoError(t, err)
	r, err := c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecordWithPermit(c.Salt(), secret, inputs, gasLimit, gwei, permit))
	require.NoError(t, err, "one transaction, no approve")
	tasks, err := c.TaskEvents(r)
	require.NoError(t, err)
	require.Len(t, tasks, 1)
	require.Equal(t, c.TokenAddr, tasks[0].Record.FeeToken)
	require.Equal(t, fee, c.TokenBalance(c.BridgeAddr))

	// The same permit again: already used, no allowance left.
	_, err = c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecordWithPermit(c.Salt(), secret, inputs, gasLimit, gwei, permit))
	requireRevert(t, err, "ERC20InsufficientAllowance")
	// ENG fees have their own floor.
	cheap := newChain(t, sim.Options{MinFeeTokenGasPrice: gwei})
	require.NoError(t, cheap.Transfer(u.Addr, fee))
	low, err := cheap.SignPermit(cheap.Users[0], cheap.BridgeAddr, sim.Fee(gasLimit, big.NewInt(1)), deadline)
	require.NoError(t, err)
	_, err = cheap.Send(cheap.Users[0], cheap.BridgeAddr, nil, cheap.Bridge.PackCreateTaskRecordWithPermit(cheap.Salt(), secret, inputs, gasLimit, big.NewInt(1), low))
	requireRevert(t, err, "GasPriceTooLow")
	_, _, err = cheap.RecordTask(cheap.Users[0], secret, inputs, gasLimit, big.NewInt(1))
	require.NoError(t, err, "an ETH fee at 1 wei is still allowed there")

	// A permit for less than the fee.
	small, err := c.SignPermit(u, c.BridgeAddr, new(big.Int).Sub(fee, big.NewInt(1)), deadline)
	require.NoError(t, err)
	_, err = c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecordWithPermit(c.Salt(), secret, inputs, gasLimit, gwei, small))
	requireRevert(t, err, "ERC20InsufficientAllowance")

	// A permit front-run by someone else still lets the record through.
	permit, err = c.SignPermit(u, c.BridgeAddr, fee, deadline)
	require.NoError(t, err)
	_, err = c.Send(c.Users[2], c.TokenAddr, nil, c.Token.PackPermit(u.Addr, c.BridgeAddr, fee, deadline, permit.V, permit.R, permit.S))
	require.NoError(t, err)
	_, err = c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecordWithPermit(c.Salt(), secret, inputs, gasLimit, gwei, permit))
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Mul(fee, big.NewInt(2)), c.TokenBalance(c.BridgeAddr))
}

// feeOnTransferToken deploys the test token that keeps 1% of every
// transfer, minting amount to owner.
func feeOnTransferToken(t *testing.T, c *sim.Chain, owner common.Address, amount *big.Int) (common.Address, *contracts.Artifact) {
	t.Helper()
	art, err := contracts.Load("FeeOnTransferToken")
	require.NoError(t, err)
	args, err := art.ABI.Pack("", owner, amount)
	require.NoError(t, err)
	addr, _, err := c.Deploy(c.Deployer, art.Bytecode.String(), args)
	require.NoError(t, err)
	return addr, art
}

// TestFeeTokenMustArriveWhole: a bridge whose fee token takes a cut on
// transfer refuses the record instead of holding less than the fee (which
// would leave the last refund of that token unpayable).
func TestFeeTokenMustArriveWhole(t *testing.T) {
	c := newChain(t, sim.Options{})
	u := c.Users[0]
	fee := sim.Fee(gasLimit, gwei)
	fot, art := feeOnTransferToken(t, c, u.Addr, new(big.Int).Mul(fee, big.NewInt(10)))
	bridge, _, err := c.Deploy(c.Deployer, bindings.EnigmaBridgeMetaData.Bin, c.Bridge.PackConstructor(c.Valset.Validators, c.Valset.Powers, fot,
		big.NewInt(300_000), sim.DefaultMaxTaskGas, big.NewInt(1), big.NewInt(1), nil))
	require.NoError(t, err)
	approve, err := art.ABI.Pack("approve", bridge, fee)
	require.NoError(t, err)
	_, err = c.Send(u, fot, nil, approve)
	require.NoError(t, err)
	noPermit := bindings.EnigmaBridgePermit{Deadline: big.NewInt(0)}
	_, err = c.Send(u, bridge, nil, c.Bridge.PackCreateTaskRecordWithPermit(c.Salt(), secret, inputs, gasLimit, gwei, noPermit))
	requireRevert(t, err, "TransferShortfall")
}

func TestCreatePayableTaskRecord(t *testing.T) {
	c := newChain(t, sim.Options{})
	u := c.Users[0]
	amount := big.NewInt(params.Ether)
	task, _, err := c.RecordPayableTask(u, secret, inputs, gasLimit, gwei, eth, amount)
	require.NoError(t, err)
	require.Equal(t, amount, task.Record.EscrowAmount)
	require.Equal(t, new(big.Int).Add(amount, sim.Fee(gasLimit, gwei)), c.Balance(c.BridgeAddr))

	// ETH escrow: the value must be fee + amount.
	_, err = c.Send(u, c.BridgeAddr, sim.Fee(gasLimit, gwei), c.Bridge.PackCreatePayableTaskRecord(c.Salt(), secret, inputs, gasLimit, gwei, eth, amount))
	requireRevert(t, err, "FeeMismatch")

	// ERC20 escrow (ENG is allowlisted at deployment): pulled after an
	// approve; without one, refused.
	require.NoError(t, c.Transfer(u.Addr, amount))
	_, _, err = c.RecordPayableTask(u, secret, inputs, gasLimit, gwei, c.TokenAddr, amount)
	requireRevert(t, err, "ERC20InsufficientAllowance")
	require.NoError(t, c.Approve(u, c.TokenAddr, c.BridgeAddr, amount))
	task, _, err = c.RecordPayableTask(u, secret, inputs, gasLimit, gwei, c.TokenAddr, amount)
	require.NoError(t, err)
	require.Equal(t, c.TokenAddr, task.Record.EscrowToken)
	require.Equal(t, amount, c.TokenBalance(c.BridgeAddr))
}

// TestEscrowTokenAllowlist: an escrow is a fixed amount out of the bridge's
// balance, so only tokens the validator set allowlisted may be escrowed; a
// token that takes a cut (or rebases) is refused, and one allowlisted by
// mistake still cannot deliver less than the escrow.
func TestEscrowTokenAllowlist(t *testing.T) {
	c := newChain(t, sim.Options{})
	u := c.Users[0]
	amount := big.NewInt(params.Ether)
	fot, art := feeOnTransferToken(t, c, u.Addr, amount)
	approve, err := art.ABI.Pack("approve", c.BridgeAddr, amount)
	require.NoError(t, err)
	_, err = c.Send(u, fot, nil, approve)
	require.NoError(t, err)
	_, _, err = c.RecordPayableTask(u, secret, inputs, gasLimit, gwei, fot, amount)
	requireRevert(t, err, "EscrowTokenNotAllowed")

	allowed := func(token common.Address) bool {
		var out []byte
		require.NoError(t, c.Call(u.Addr, c.BridgeAddr, nil, c.Bridge.PackEscrowTokenAllowed(token), &out))
		ok, err := c.Bridge.UnpackEscrowTokenAllowed(out)
		require.NoError(t, err)
		return ok
	}
	require.True(t, allowed(c.TokenAddr))
	// Only > 2/3 of the validators' power changes the list, in nonce order.
	add := commitment.TokenUpdate{Nonce: 1, Tokens: []common.Address{fot}, Allowed: []bool{true}}
	_, err = c.UpdateEscrowTokens(add, []int{0, 1})
	requireRevert(t, err, "InsufficientPower")
	skip := add
	skip.Nonce = 2
	_, err = c.UpdateEscrowTokens(skip, nil)
	requireRevert(t, err, "StaleNonce")
	uneven := add
	uneven.Allowed = nil
	_, err = c.UpdateEscrowTokens(uneven, nil)
	requireRevert(t, err, "BadTokenUpdate")
	nothing := add
	nothing.Tokens = []common.Address{common.HexToAddress("0xe6e6")} // no code there (yet)
	_, err = c.UpdateEscrowTokens(nothing, nil)
	requireRevert(t, err, "BadTokenUpdate")
	_, err = c.UpdateEscrowTokens(add, []int{1, 2, 3})
	require.NoError(t, err)
	require.True(t, allowed(fot))
	_, err = c.UpdateEscrowTokens(add, nil)
	requireRevert(t, err, "StaleNonce")

	_, _, err = c.RecordPayableTask(u, secret, inputs, gasLimit, gwei, fot, amount)
	requireRevert(t, err, "TransferShortfall")

	// Removing a token refuses new escrows in it.
	remove := commitment.TokenUpdate{Nonce: 2, Tokens: []common.Address{c.TokenAddr}, Allowed: []bool{false}}
	_, err = c.UpdateEscrowTokens(remove, nil)
	require.NoError(t, err)
	require.NoError(t, c.Transfer(u.Addr, amount))
	require.NoError(t, c.Approve(u, c.TokenAddr, c.BridgeAddr, amount))
	_, _, err = c.RecordPayableTask(u, secret, inputs, gasLimit, gwei, c.TokenAddr, amount)
	requireRevert(t, err, "EscrowTokenNotAllowed")
}

// TestConstructorBounds: a deployment whose callback gas the transaction
// gas cap of EIP-7825 (2^24) could not carry, or without task bounds, is
// refused; at the largest allowed callback gas, a secret contract's first
// callback (which also creates its executor) fits in one transaction even
// when the callback burns all its gas.
func TestConstructorBounds(t *testing.T) {
	c := newChain(t, sim.Options{})
	deploy := func(callbackGas uint64, maxTaskGas uint64, minPrice int64, escrowTokens ...common.Address) error {
		return c.CheckDeploy(c.Deployer, bindings.EnigmaBridgeMetaData.Bin, c.Bridge.PackConstructor(c.Valset.Validators, c.Valset.Powers, c.TokenAddr,
			new(big.Int).SetUint64(callbackGas), maxTaskGas, big.NewInt(minPrice), big.NewInt(minPrice), escrowTokens))
	}
	var out []byte
	require.NoError(t, c.Call(c.Deployer.Addr, c.BridgeAddr, nil, c.Bridge.PackMAXCALLBACKGAS(), &out))
	maxCallback, err := c.Bridge.UnpackMAXCALLBACKGAS(out)
	require.NoError(t, err)
	requireRevert(t, deploy(0, 1, 1), "BadConfig")
	requireRevert(t, deploy(maxCallback.Uint64()+1, 1, 1), "BadConfig")
	requireRevert(t, deploy(300_000, 0, 1), "BadConfig")
	requireRevert(t, deploy(300_000, 1, 0), "BadConfig")
	requireRevert(t, c.CheckDeploy(c.Deployer, bindings.EnigmaBridgeMetaData.Bin, c.Bridge.PackConstructor(c.Valset.Validators, c.Valset.Powers,
		common.HexToAddress("0xe6e6"), big.NewInt(300_000), 1, big.NewInt(1), big.NewInt(1), nil)), "BadConfig")
	requireRevert(t, c.CheckDeploy(c.Deployer, bindings.EnigmaBridgeMetaData.Bin, c.Bridge.PackConstructor(c.Valset.Validators, c.Valset.Powers,
		c.TokenAddr, big.NewInt(300_000), 1, big.NewInt(1), big.NewInt(0), nil)), "BadConfig")
	requireRevert(t, deploy(300_000, 1, 1, common.HexToAddress("0xe6e6")), "BadConfig") // an escrow token that is not a contract
	require.NoError(t, deploy(maxCallback.Uint64(), 1, 1))

	wide := newChain(t, sim.Options{CallbackGas: maxCallback.Uint64()})
	burner, err := wide.Runtime("5b600056") // JUMPDEST PUSH1 0 JUMP: loops until out of gas
	require.NoError(t, err)
	task, _, err := wide.RecordPayableTask(wide.Users[0], secret, inputs, gasLimit, gwei, eth, big.NewInt(1e17))
	require.NoError(t, err)
	b, tree := batchOf(t, wide, 1, 1, []sim.Entry{callbackEntry(task, 1, burner, nil)})
	_, err = wide.SubmitBatch(b, nil)
	require.NoError(t, err)
	executor, err := wide.ExecutorOf(secret)
	require.NoError(t, err)
	code, err := wide.Client.CodeAt(t.Context(), executor, nil)
	require.NoError(t, err)
	require.Empty(t, code, "no callback yet, no executor")
	r, err := wide.ExecuteCallback(wide.Users[1], 1, tree, 0, burner, nil, 1<<24)
	require.NoError(t, err, "the first callback at the largest callback gas fits under the cap")
	t.Logf("first callback at %d callback gas: %d gas of %d", maxCallback, r.GasUsed, 1<<24)
	code, err = wide.Client.CodeAt(t.Context(), executor, nil)
	require.NoError(t, err)
	require.NotEmpty(t, code, "the executor was created")
}
