package worker_test

import (
	"context"
	"math/big"
	"testing"

	dbm "github.com/cosmos/cosmos-db"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/rpc"
	"github.com/enigmad/enigmad/worker"
	"github.com/enigmad/enigmad/x/secretcompute/keeper"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// harness: the real app in process with a registered, provisioned worker
// whose enclave (the real enclave code) serves on a unix socket, as
// enigma-enclave does.
type harness struct {
	t      testing.TB
	net    *apptest.Network
	client *rpc.Client
	queue  *apptest.TxQueue
	nonce  uint64
	sender common.Address
	// events, when set, collects the events of the tasks handed over.
	events *sdk.EventManager
}

// ctx is a context on the chain's state, collecting events into h.events
// when set.
func (h *harness) ctx() sdk.Context {
	ctx := h.net.Context()
	if h.events != nil {
		ctx = ctx.WithEventManager(h.events)
	}
	return ctx
}

func newHarness(t testing.TB) *harness {
	return newHarnessOn(t, dbm.NewMemDB())
}

func newHarnessOn(t testing.TB, db dbm.DB) *harness {
	net := apptest.NewNetworkOn(t, db, 5, 3)
	net.NextEpochs(2)
	client := apptest.ServeEnclave(t, net.Worker)
	return &harness{t: t, net: net, client: client, queue: net.NewTxQueue(1), sender: common.HexToAddress("0x5e11e2")}
}

func (h *harness) newWorker() *worker.Worker {
	w, err := worker.New(context.Background(), worker.Config{}, h.client, h.net.QueryConn(), h.queue, h.net.Accounts[1])
	require.NoError(h.t, err)
	return w
}

// step runs one worker step and puts what it sent in a block.
func (h *harness) step(w *worker.Worker) bool {
	busy := h.run(w)
	h.net.RequireOK(h.net.NextWith(h.queue.Take()...))
	return busy
}

// run runs one worker step and waits until what it sent is queued.
func (h *harness) run(w *worker.Worker) bool {
	busy, err := w.Step(context.Background())
	require.NoError(h.t, err)
	w.Settle()
	return busy
}

func (h *harness) seal(contract common.Address, id common.Hash, data []byte) []byte {
	e, _, err := envelope.Seal(envelope.PublicKey{Suite: envelope.SuiteX25519, Bytes: h.net.Worker.Info().Keys.X25519},
		envelope.Binding{ChainID: app.DefaultChainID, Contract: contract, TaskID: id}, envelope.Call{Data: data})
	require.NoError(h.t, err)
	return e
}

var (
	ethChainID = big.NewInt(1337)
	bridge     = common.HexToAddress("0xb71d6")
)

// deploy records a Counter deployment and hands its data to the worker.
func (h *harness) deploy() (common.Hash, common.Address) {
	art, err := contracts.Load("Counter")
	require.NoError(h.t, err)
	h.nonce++
	id := ids.TaskID(ethChainID, bridge, h.sender, ids.CounterSalt(h.nonce))
	contract := ids.ContractAddress(id)
	env := h.seal(contract, id, nil)
	ctx := h.ctx()
	k := h.net.App.SecretComputeKeeper
	require.NoError(h.t, k.OnDeploymentRecord(ctx, types.DeploymentRecord{EventNonce: h.nonce, TaskID: id, CodeHash: crypto.Keccak256Hash(art.Bytecode),
		Sender: h.sender, InputsHash: ids.InputsHash(env), GasLimit: 2_000_000, GasPrice: big.NewInt(1), EthBlock: 100, EthTime: 1_800_000_000}))
	_, err = keeper.NewMsgServerImpl(k).SubmitDeployData(ctx, &types.MsgSubmitDeployData{Submitter: h.net.Accounts[1].String(), TaskId: id.Bytes(),
		Epoch: h.net.CurrentEpoch().Number, Worker: h.net.Worker.Info().Address.Bytes(), Bytecode: art.Bytecode, Envelope: env})
	require.NoError(h.t, err)
	return id, contract
}

// call records Counter.increment on contract and hands its data over.
func (h *harness) call(contract common.Address) common.Hash {
	return h.callFor(contract, func() uint64 { return h.net.CurrentEpoch().Number })
}

// callFor is call, with the data sealed for the worker selected in the
// current epoch and handed over naming the epoch epoch() returns then.
func (h *harness) callFor(contract common.Address, epoch func() uint64) common.Hash {
	art, err := contracts.Load("Counter")
	require.NoError(h.t, err)
	data, err := art.ABI.Pack("increment")
	require.NoError(h.t, err)
	h.nonce++
	id := ids.TaskID(ethChainID, bridge, h.sender, ids.CounterSalt(h.nonce))
	env := h.seal(contract, id, data)
	ctx := h.ctx()
	k := h.net.App.SecretComputeKeeper
	require.NoError(h.t, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: h.nonce, TaskID: id, Contract: contract, Sender: h.sender,
		InputsHash: ids.InputsHash(env), GasLimit: 200_000, GasPrice: big.NewInt(1), EscrowAmount: new(big.Int), EthBlock: 101, EthTime: 1_800_000_012}))
	_, err = keeper.NewMsgServerImpl(k).SubmitTaskData(ctx, &types.MsgSubmitTaskData{Submitter: h.net.Accounts[1].String(), TaskId: id.Bytes(),
		Epoch: epoch(), Worker: h.net.Worker.Info().Address.Bytes(), Envelope: env})
	require.NoError(h.t, err)
	return id
}

func (h *harness) status(id common.Hash) types.TaskStatus {
	t, err := h.net.App.SecretComputeKeeper.Tasks.Get(h.net.Context(), id.Bytes())
	require.NoError(h.t, err)
	return t.Status
}

func (h *harness) receipts() uint64 {
	n, err := h.net.App.SecretComputeKeeper.NextSequence.Peek(h.net.Context())
	require.NoError(h.t, err)
	return n
}

// A deployment and calls assigned to the worker are run and committed by
// it alone, once each, whatever happens to the worker or its enclave.
func TestWorkerRunsWhatIsAssigned(t *testing.T) {
	h := newHarness(t)
	w := h.newWorker()
	require.False(t, h.step(w), "nothing assigned yet")

	// A deployment run and never sent (the worker killed before its
	// transaction went out) is run again on the next step: the enclave's
	// uncommitted copy of the contract is dropped first.
	deployID, contract := h.deploy()
	h.run(w)
	h.queue.Take()
	h.net.Next()
	require.Equal(t, types.TASK_STATUS_PENDING, h.status(deployID))
	require.True(t, h.step(w))
	require.Equal(t, types.TASK_STATUS_DONE, h.status(deployID))

	first, second := h.call(contract), h.call(contract)
	require.True(t, h.step(w), "both calls in one transaction")
	require.Equal(t, types.TASK_STATUS_DONE, h.status(first))
	require.Equal(t, types.TASK_STATUS_DONE, h.status(second))
	c, err := h.net.App.SecretComputeKeeper.Contracts.Get(h.net.Context(), contract.Bytes())
	require.NoError(t, err)
	require.Equal(t, uint64(3), c.NextDelta, "the deployment's delta and one a call")
	require.False(t, h.step(w), "nothing left")
	require.Equal(t, uint64(3), h.receipts(), "one receipt a task")

	// A restarted worker finds nothing to do: never a second result.
	w = h.newWorker()
	require.False(t, h.step(w))

	// Killed after executing, before its transaction went out: the
	// enclave is ahead of the chain; the next step starts the contract
	// over from the chain's log and commits the one result.
	lost := h.call(contract)
	h.run(w)
	h.queue.Take() // never sent
	h.net.Next()
	require.Equal(t, types.TASK_STATUS_PENDING, h.status(lost))
	w = h.newWorker()
	require.True(t, h.step(w))
	require.Equal(t, types.TASK_STATUS_DONE, h.status(lost))
	require.Equal(t, uint64(4), h.receipts())

	// The enclave lost the contract's state (a restart without its
	// sealed data): rebuilt from the log, results go on.
	require.NoError(t, h.client.Forget(context.Background(), contract))
	again := h.call(contract)
	require.True(t, h.step(w))
	require.Equal(t, types.TASK_STATUS_DONE, h.status(again))
	require.NoError(t, h.net.App.SecretComputeKeeper.CheckInvariants(h.net.Context()))
	c, err = h.net.App.SecretComputeKeeper.Contracts.Get(h.net.Context(), contract.Bytes())
	require.NoError(t, err)
	require.Equal(t, uint64(5), c.NextDelta)
}

// An enclave the chain does not know is told how to register.
func TestUnregisteredEnclave(t *testing.T) {
	h := newHarness(t)
	stranger := apptest.OpenEnclave(t)
	client := apptest.ServeEnclave(t, stranger)
	_, err := worker.New(context.Background(), worker.Config{}, client, h.net.QueryConn(), h.queue, h.net.Accounts[1])
	require.ErrorIs(t, err, worker.ErrNotRegistered)
	require.ErrorContains(t, err, "enigmad tx registry register")
	require.ErrorContains(t, err, stranger.Info().Address.Hex())
}

// Data sealed for the worker selected in an epoch and handed over after
// the epoch changed, naming it (the grace rule: the current or the
// previous epoch), is accepted and the task executed.
func TestWorkerRunsATaskSealedInThePreviousEpoch(t *testing.T) {
	h := newHarness(t)
	w := h.newWorker()
	_, contract := h.deploy()
	require.True(t, h.step(w))
	sealedIn := h.net.CurrentEpoch().Number
	selected, _, err := h.net.App.RegistryKeeper.Selected(h.net.Context(), contract, sealedIn)
	require.NoError(t, err)
	require.Equal(t, h.net.Worker.Info().Address, selected[0], "sealed for the worker selected then")
	id := h.callFor(contract, func() uint64 {
		h.net.NextEpochs(1)
		return sealedIn
	})
	require.Equal(t, sealedIn+1, h.net.CurrentEpoch().Number)
	require.True(t, h.step(w))
	require.Equal(t, types.TASK_STATUS_DONE, h.status(id))
}
