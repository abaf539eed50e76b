package ethereum_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

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
	c := newChain(t, sim.Options{})
	u := c.Users[0]
	for nonce := range uint64(3) {
		task, _, err := c.RecordTask(u, secret, inputs, gasLimit, gwei)
		require.NoError(t, err)
		require.Equal(t, ids.TaskID(c.ChainID, c.BridgeAddr, u.Addr, nonce), task.ID, "the id a client computes before sending")
		require.Equal(t, nonce+1, task.Event.EventNonce)
		require.Equal(t, u.Addr, task.Event.Sender)
		require.Equal(t, secret, task.Event.SecretContract)
		require.Equal(t, [32]byte(inputs), task.Event.InputsHash)
		require.Equal(t, eth, task.Event.FeeToken)
	}
	require.Equal(t, new(big.Int).Mul(big.NewInt(3), sim.Fee(gasLimit, gwei)), c.Balance(c.BridgeAddr))

	// Fee under- and overpayment, zero gas: refused, nothing recorded.
	data := c.Bridge.PackCreateTaskRecord(secret, inputs, gasLimit, gwei)
	_, err := c.Send(u, c.BridgeAddr, new(big.Int).Sub(sim.Fee(gasLimit, gwei), big.NewInt(1)), data)
	requireRevert(t, err, "FeeMismatch")
	_, err = c.Send(u, c.BridgeAddr, new(big.Int).Add(sim.Fee(gasLimit, gwei), big.NewInt(1)), data)
	requireRevert(t, err, "FeeMismatch")
	_, err = c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecord(secret, inputs, 0, gwei))
	requireRevert(t, err, "ZeroGasLimit")
	_, err = c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecord(secret, inputs, gasLimit, new(big.Int)))
	requireRevert(t, err, "ZeroGasPrice")
	// A fee that overflows uint256 reverts (checked arithmetic) instead of wrapping.
	huge := new(big.Int).Lsh(big.NewInt(1), 255)
	_, err = c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecord(secret, inputs, 4, huge))
	require.Error(t, err)

	var out []byte
	require.NoError(t, c.Call(u.Addr, c.BridgeAddr, nil, c.Bridge.PackNextTaskId(u.Addr), &out))
	next, err := c.Bridge.UnpackNextTaskId(out)
	require.NoError(t, err)
	require.Equal(t, ids.TaskID(c.ChainID, c.BridgeAddr, u.Addr, 3), common.Hash(next))
}

func TestCreateTaskRecords(t *testing.T) {
	c := newChain(t, sim.Options{})
	u := c.Users[1]
	var reqs []bindings.EnigmaBridgeTaskRequest
	total := new(big.Int)
	for i := range 10 {
		price := new(big.Int).Mul(gwei, big.NewInt(int64(i+1)))
		reqs = append(reqs, bindings.EnigmaBridgeTaskRequest{SecretContract: secret, InputsHash: crypto.Keccak256Hash([]byte{byte(i)}), GasLimit: gasLimit, GasPrice: price})
		total.Add(total, sim.Fee(gasLimit, price))
	}
	_, err := c.Send(u, c.BridgeAddr, new(big.Int).Sub(total, big.NewInt(1)), c.Bridge.PackCreateTaskRecords(reqs))
	requireRevert(t, err, "FeeMismatch")
	r, err := c.Send(u, c.BridgeAddr, total, c.Bridge.PackCreateTaskRecords(reqs))
	require.NoError(t, err)
	tasks, err := c.TaskEvents(r)
	require.NoError(t, err)
	require.Len(t, tasks, 10)
	for i, task := range tasks {
		require.Equal(t, ids.TaskID(c.ChainID, c.BridgeAddr, u.Addr, uint64(i)), task.ID)
		require.Equal(t, uint64(i+1), task.Event.EventNonce)
		require.Equal(t, reqs[i].GasPrice, task.Event.GasPrice)
	}
	// The next single record continues both counters.
	task, _, err := c.RecordTask(u, secret, inputs, gasLimit, gwei)
	require.NoError(t, err)
	require.Equal(t, ids.TaskID(c.ChainID, c.BridgeAddr, u.Addr, 10), task.ID)
	require.Equal(t, uint64(11), task.Event.EventNonce)
}

func TestCreateDeploymentRecord(t *testing.T) {
	c := newChain(t, sim.Options{})
	u := c.Users[0]
	code := crypto.Keccak256Hash([]byte("bytecode"))
	r, err := c.Send(u, c.BridgeAddr, sim.Fee(gasLimit, gwei), c.Bridge.PackCreateDeploymentRecord(code, inputs, gasLimit, gwei))
	require.NoError(t, err)
	require.Equal(t, 1, sim.CountEvents(r, c.BridgeAddr, c.Bridge.GetABI(), "DeploymentRecordCreated"))
	ev, err := c.Bridge.UnpackDeploymentRecordCreatedEvent(r.Logs[0])
	require.NoError(t, err)
	id := ids.TaskID(c.ChainID, c.BridgeAddr, u.Addr, 0)
	require.Equal(t, [32]byte(id), ev.TaskId)
	require.Equal(t, [32]byte(code), ev.CodeHash)
	require.Equal(t, uint64(1), ev.EventNonce)

	var out []byte
	require.NoError(t, c.Call(u.Addr, c.BridgeAddr, nil, c.Bridge.PackContractAddress(id), &out))
	addr, err := c.Bridge.UnpackContractAddress(out)
	require.NoError(t, err)
	require.Equal(t, ids.ContractAddress(id), addr)

	_, err = c.Send(u, c.BridgeAddr, big.NewInt(1), c.Bridge.PackCreateDeploymentRecord(code, inputs, gasLimit, gwei))
	requireRevert(t, err, "FeeMismatch")
}

func TestCreateTaskRecordWithPermit(t *testing.T) {
	c := newChain(t, sim.Options{})
	u := c.Users[0]
	fee := sim.Fee(gasLimit, gwei)
	require.NoError(t, c.Transfer(u.Addr, new(big.Int).Mul(fee, big.NewInt(10))))
	deadline := big.NewInt(1 << 40)

	permit, err := c.SignPermit(u, c.BridgeAddr, fee, deadline)
	require.NoError(t, err)
	r, err := c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecordWithPermit(secret, inputs, gasLimit, gwei, permit))
	require.NoError(t, err, "one transaction, no approve")
	tasks, err := c.TaskEvents(r)
	require.NoError(t, err)
	require.Len(t, tasks, 1)
	require.Equal(t, c.TokenAddr, tasks[0].Event.FeeToken)
	require.Equal(t, fee, c.TokenBalance(c.BridgeAddr))

	// The same permit again: already used, no allowance left.
	_, err = c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecordWithPermit(secret, inputs, gasLimit, gwei, permit))
	requireRevert(t, err, "ERC20InsufficientAllowance")
	// A permit for less than the fee.
	small, err := c.SignPermit(u, c.BridgeAddr, new(big.Int).Sub(fee, big.NewInt(1)), deadline)
	require.NoError(t, err)
	_, err = c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecordWithPermit(secret, inputs, gasLimit, gwei, small))
	requireRevert(t, err, "ERC20InsufficientAllowance")

	// A permit front-run by someone else still lets the record through.
	permit, err = c.SignPermit(u, c.BridgeAddr, fee, deadline)
	require.NoError(t, err)
	_, err = c.Send(c.Users[2], c.TokenAddr, nil, c.Token.PackPermit(u.Addr, c.BridgeAddr, fee, deadline, permit.V, permit.R, permit.S))
	require.NoError(t, err)
	_, err = c.Send(u, c.BridgeAddr, nil, c.Bridge.PackCreateTaskRecordWithPermit(secret, inputs, gasLimit, gwei, permit))
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Mul(fee, big.NewInt(2)), c.TokenBalance(c.BridgeAddr))
}

func TestCreatePayableTaskRecord(t *testing.T) {
	c := newChain(t, sim.Options{})
	u := c.Users[0]
	amount := big.NewInt(params.Ether)
	task, _, err := c.RecordPayableTask(u, secret, inputs, gasLimit, gwei, eth, amount)
	require.NoError(t, err)
	require.Equal(t, amount, task.Event.EscrowAmount)
	require.Equal(t, new(big.Int).Add(amount, sim.Fee(gasLimit, gwei)), c.Balance(c.BridgeAddr))

	// ETH escrow: the value must be fee + amount.
	_, err = c.Send(u, c.BridgeAddr, sim.Fee(gasLimit, gwei), c.Bridge.PackCreatePayableTaskRecord(secret, inputs, gasLimit, gwei, eth, amount))
	requireRevert(t, err, "FeeMismatch")

	// ERC20 escrow: pulled after an approve; without one, refused.
	require.NoError(t, c.Transfer(u.Addr, amount))
	_, _, err = c.RecordPayableTask(u, secret, inputs, gasLimit, gwei, c.TokenAddr, amount)
	requireRevert(t, err, "ERC20InsufficientAllowance")
	require.NoError(t, c.Approve(u, c.TokenAddr, c.BridgeAddr, amount))
	task, _, err = c.RecordPayableTask(u, secret, inputs, gasLimit, gwei, c.TokenAddr, amount)
	require.NoError(t, err)
	require.Equal(t, c.TokenAddr, task.Event.EscrowToken)
	require.Equal(t, amount, c.TokenBalance(c.BridgeAddr))

	// A token that delivers less than asked is refused.
	art, err := contracts.Load("FeeOnTransferToken")
	require.NoError(t, err)
	args, err := art.ABI.Pack("", u.Addr, amount)
	require.NoError(t, err)
	fot, _, err := c.Deploy(c.Deployer, art.Bytecode.String(), args)
	require.NoError(t, err)
	approve, err := art.ABI.Pack("approve", c.BridgeAddr, amount)
	require.NoError(t, err)
	_, err = c.Send(u, fot, nil, approve)
	require.NoError(t, err)
	_, _, err = c.RecordPayableTask(u, secret, inputs, gasLimit, gwei, fot, amount)
	requireRevert(t, err, "EscrowShortfall")
}
