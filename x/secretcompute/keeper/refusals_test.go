package keeper_test

import (
	"context"
	"math/big"
	"testing"

	"cosmossdk.io/collections"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/evm"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// deployCounter deploys Counter through the chain and returns its address.
func deployCounter(t testing.TB, n *network) common.Address {
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	art, err := contracts.Load("Counter")
	require.NoError(t, err)
	deployer := common.HexToAddress("0xd0")
	id := ids.TaskID(ethChainID, bridge, deployer, ids.CounterSalt(0))
	contract := ids.ContractAddress(id)
	e := n.encrypt(t, contract, id, envelope.Call{})
	require.NoError(t, k.OnDeploymentRecord(ctx, types.DeploymentRecord{EventNonce: nextRecordNonce(), TaskID: id, CodeHash: crypto.Keccak256Hash(art.Bytecode), Sender: deployer,
		InputsHash: ids.InputsHash(e), GasLimit: 1_000_000, GasPrice: gasPrice}))
	epoch := n.chain.CurrentEpoch().Number
	_, err = n.msgs.SubmitDeployData(ctx, &types.MsgSubmitDeployData{Submitter: n.chain.Accounts[1].String(), TaskId: id.Bytes(), Epoch: epoch,
		Worker: n.worker.Info().Address.Bytes(), Bytecode: art.Bytecode, Envelope: e})
	require.NoError(t, err)
	res, err := n.worker.Deploy(context.Background(), core.Deployment{ID: id, Sender: deployer, CodeHash: crypto.Keccak256Hash(art.Bytecode), InputsHash: ids.InputsHash(e),
		GasLimit: 1_000_000, Bytecode: art.Bytecode, Envelope: e})
	require.NoError(t, err)
	out, err := n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: n.chain.Accounts[1].String(), Results: []types.Result{toMsg(res)}})
	require.NoError(t, err)
	require.Equal(t, []string{""}, out.Errors)
	return contract
}

func TestTaskDataRefusals(t *testing.T) {
	n := newNetwork(t)
	contract := deployCounter(t, n)
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	epoch := n.chain.CurrentEpoch().Number
	worker := n.worker.Info().Address.Bytes()
	sub := n.chain.Accounts[1].String()
	art, _ := contracts.Load("Counter")
	inc, _ := art.ABI.Pack("increment")
	user := common.HexToAddress("0xabc")
	id := ids.TaskID(ethChainID, bridge, user, ids.CounterSalt(0))
	e := n.encrypt(t, contract, id, envelope.Call{Data: inc})

	msg := func(mutate func(*types.MsgSubmitTaskData)) *types.MsgSubmitTaskData {
		m := &types.MsgSubmitTaskData{Submitter: sub, TaskId: id.Bytes(), Epoch: epoch, Worker: worker, Envelope: e}
		if mutate != nil {
			mutate(m)
		}
		return m
	}
	_, err := n.msgs.SubmitTaskData(ctx, msg(nil))
	require.ErrorIs(t, err, types.ErrUnknownTask, "data with no record")

	require.NoError(t, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: id, Contract: contract, Sender: user, InputsHash: ids.InputsHash(e), GasLimit: 100_000, GasPrice: gasPrice}))
	for name, tc := range map[string]struct {
		m   *types.MsgSubmitTaskData
		err error
	}{
		"data not matching the inputs hash": {msg(func(m *types.MsgSubmitTaskData) { m.Envelope = append(append([]byte(nil), e...), 0) }), types.ErrInputsHash},
		"oversized data":                    {msg(func(m *types.MsgSubmitTaskData) { m.Envelope = make([]byte, 300<<10) }), types.ErrTooLarge},
		"a worker not selected":             {msg(func(m *types.MsgSubmitTaskData) { m.Worker = common.HexToAddress("0x01").Bytes() }), types.ErrNotSelected},
		"an epoch too old":                  {msg(func(m *types.MsgSubmitTaskData) { m.Epoch = epoch - 2 }), types.ErrEpoch},
		"a future epoch":                    {msg(func(m *types.MsgSubmitTaskData) { m.Epoch = epoch + 1 }), types.ErrEpoch},
		"deploy message for a call":         {nil, types.ErrWrongKind},
	} {
		t.Run(name, func(t *testing.T) {
			if tc.m == nil {
				_, err = n.msgs.SubmitDeployData(ctx, &types.MsgSubmitDeployData{Submitter: sub, TaskId: id.Bytes(), Epoch: epoch, Worker: worker, Envelope: e})
			} else {
				_, err = n.msgs.SubmitTaskData(ctx, tc.m)
			}
			require.ErrorIs(t, err, tc.err, name)
			task, err := k.Tasks.Get(ctx, id.Bytes())
			require.NoError(t, err)
			require.Equal(t, types.TASK_STATUS_AWAITING_DATA, task.Status, "%s: nothing changed", name)
		})
	}
	// The previous epoch is fine (a task in flight across a boundary).
	_, err = n.msgs.SubmitTaskData(ctx, msg(func(m *types.MsgSubmitTaskData) { m.Epoch = epoch - 1 }))
	require.NoError(t, err)
	_, err = n.msgs.SubmitTaskData(ctx, msg(nil))
	require.ErrorIs(t, err, types.ErrDataPresent, "data twice")
}

func TestResultRefusalsAndDeadlines(t *testing.T) {
	n := newNetwork(t)
	contract := deployCounter(t, n)
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	epoch := n.chain.CurrentEpoch().Number
	worker := n.worker.Info().Address
	sub := n.chain.Accounts[1].String()
	art, _ := contracts.Load("Counter")
	inc, _ := art.ABI.Pack("increment")

	var tasks []core.Task
	for i := range 3 {
		u := common.BigToAddress(big.NewInt(int64(0xe0 + i)))
		id := ids.TaskID(ethChainID, bridge, u, ids.CounterSalt(0))
		e := n.encrypt(t, contract, id, envelope.Call{Data: inc})
		require.NoError(t, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: id, Contract: contract, Sender: u, InputsHash: ids.InputsHash(e), GasLimit: 100_000, GasPrice: gasPrice}))
		_, err := n.msgs.SubmitTaskData(ctx, &types.MsgSubmitTaskData{Submitter: sub, TaskId: id.Bytes(), Epoch: epoch, Worker: worker.Bytes(), Envelope: e})
		require.NoError(t, err)
		tasks = append(tasks, core.Task{ID: id, Contract: contract, Sender: u, InputsHash: ids.InputsHash(e), GasLimit: 100_000, Env: evm.Env{}, Envelope: e})
	}
	results, errs := n.worker.Execute(context.Background(), tasks[:2])
	require.NoError(t, errs[0])
	require.NoError(t, errs[1])
	first, second := toMsg(results[0]), toMsg(results[1])
	require.Equal(t, receipt.StatusSuccess, results[1].Receipt.Status)

	// The second delta before the first: it names a head the log is not at.
	out, err := n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: sub, Results: []types.Result{second}})
	require.NoError(t, err)
	require.Contains(t, out.Errors[0], "extend the contract's log")
	// A result signed by another enclave than the assigned one.
	wrong := first
	wrong.Worker = common.HexToAddress("0x01").Bytes()
	out, err = n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: sub, Results: []types.Result{wrong}})
	require.NoError(t, err)
	require.Contains(t, out.Errors[0], "not from the worker")
	// Unknown task.
	unknown := first
	unknown.TaskId = common.Hash{7}.Bytes()
	out, err = n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: sub, Results: []types.Result{unknown}})
	require.NoError(t, err)
	require.Contains(t, out.Errors[0], "unknown task")
	c, err := k.Contracts.Get(ctx, contract.Bytes())
	require.NoError(t, err)
	require.Equal(t, uint64(1), c.NextDelta, "refused results changed nothing")

	// The three are assigned to the worker, listed in task id order, a
	// page at a time.
	page, err := n.query.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: worker.Hex(), Limit: 2})
	require.NoError(t, err)
	require.Len(t, page.Tasks, 2)
	require.True(t, page.More)
	rest, err := n.query.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: worker.Hex(), StartAfter: common.BytesToHash(page.Tasks[1].Id).Hex()})
	require.NoError(t, err)
	require.Len(t, rest.Tasks, 1)
	require.False(t, rest.More)
	require.Less(t, string(page.Tasks[1].Id), string(rest.Tasks[0].Id))
	_, err = n.query.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: "0x12"})
	require.Error(t, err)
	// By id alone, then the tasks by id (an unknown one left out).
	idPage, err := n.query.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: worker.Hex(), IdsOnly: true, Limit: 2})
	require.NoError(t, err)
	require.Empty(t, idPage.Tasks)
	require.Equal(t, [][]byte{page.Tasks[0].Id, page.Tasks[1].Id}, idPage.TaskIds)
	require.True(t, idPage.More)
	allIDs, err := n.query.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: worker.Hex(), IdsOnly: true})
	require.NoError(t, err)
	require.Len(t, allIDs.TaskIds, 3)
	require.False(t, allIDs.More)
	byID, err := n.query.TasksByID(ctx, &types.QueryTasksByIDRequest{TaskIds: []string{
		common.BytesToHash(rest.Tasks[0].Id).Hex(), common.Hash{7}.Hex(), common.BytesToHash(page.Tasks[0].Id).Hex(),
	}})
	require.NoError(t, err)
	require.Equal(t, []types.Task{rest.Tasks[0], page.Tasks[0]}, byID.Tasks)
	require.False(t, byID.More)
	twice, err := n.query.TasksByID(ctx, &types.QueryTasksByIDRequest{TaskIds: []string{
		common.BytesToHash(rest.Tasks[0].Id).Hex(), common.BytesToHash(rest.Tasks[0].Id).Hex(),
	}})
	require.NoError(t, err)
	require.Len(t, twice.Tasks, 1, "an id asked twice is answered once")
	_, err = n.query.TasksByID(ctx, &types.QueryTasksByIDRequest{TaskIds: []string{"0x12"}})
	require.ErrorContains(t, err, "task_ids")
	_, err = n.query.TasksByID(ctx, &types.QueryTasksByIDRequest{TaskIds: make([]string, 101)})
	require.ErrorContains(t, err, "at most 100")

	// A state from before the index (consensus version 3) gets it from
	// its tasks.
	require.NoError(t, k.Assigned.Clear(ctx, nil))
	require.Error(t, k.CheckInvariants(ctx), "pending tasks without the index")
	require.NoError(t, k.MigrateToV4(ctx))
	require.NoError(t, k.CheckInvariants(ctx))
	migrated, err := n.query.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: worker.Hex()})
	require.NoError(t, err)
	require.Len(t, migrated.Tasks, 3)

	// In order they go through.
	out, err = n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: sub, Results: []types.Result{first, second}})
	require.NoError(t, err)
	require.Equal(t, []string{"", ""}, out.Errors)

	// The third task never gets a result: at its deadline it fails with a
	// timeout receipt, and the worker is penalized.
	stakeBefore, err := n.chain.App.RegistryKeeper.GetWorker(ctx, worker.Bytes())
	require.NoError(t, err)
	for range 101 {
		n.chain.Next()
	}
	ctx = n.chain.Context()
	task, err := k.Tasks.Get(ctx, tasks[2].ID.Bytes())
	require.NoError(t, err)
	require.Equal(t, types.TASK_STATUS_FAILED, task.Status)
	r, err := k.Receipts.Get(ctx, tasks[2].ID.Bytes())
	require.NoError(t, err)
	require.Equal(t, uint32(receipt.StatusTimeout), r.Status)
	after, err := n.chain.App.RegistryKeeper.GetWorker(ctx, worker.Bytes())
	require.NoError(t, err)
	require.True(t, after.Stake.Amount.LT(stakeBefore.Stake.Amount), "penalized")
	require.NotZero(t, after.JailedUntilEpoch)
	left, err := n.query.AssignedTasks(ctx, &types.QueryAssignedTasksRequest{Worker: worker.Hex()})
	require.NoError(t, err)
	require.Empty(t, left.Tasks, "a task that timed out is no longer assigned")
	require.NoError(t, k.CheckInvariants(ctx))

	// Every receipt is batched at the next epoch end.
	n.chain.NextEpochs(1)
	ctx = n.chain.Context()
	_, err = n.query.ReceiptProof(ctx, &types.QueryReceiptProofRequest{TaskId: tasks[2].ID.Hex()})
	require.NoError(t, err)

	require.NoError(t, k.CheckInvariants(ctx))

	// Genesis round trip keeps the whole log.
	gs, err := k.ExportGenesis(ctx)
	require.NoError(t, err)
	require.NoError(t, gs.Validate())
	require.Len(t, gs.Deltas, 3)
	fresh := newNetwork(t)
	fctx := fresh.chain.Context()
	require.NoError(t, fresh.chain.App.SecretComputeKeeper.InitGenesis(fctx, *gs))
	again, err := fresh.chain.App.SecretComputeKeeper.ExportGenesis(fctx)
	require.NoError(t, err)
	require.Equal(t, gs, again)

	// Tasks the store could not hold as given are refused on import.
	for name, edit := range map[string]func(g *types.GenesisState){
		"a task twice":                      func(g *types.GenesisState) { g.Tasks = append(g.Tasks, g.Tasks[0]) },
		"a pending task without its worker": func(g *types.GenesisState) { g.Tasks[0].Status, g.Tasks[0].Worker = types.TASK_STATUS_PENDING, nil },
		"an unfinished task without a deadline": func(g *types.GenesisState) {
			g.Tasks[0].Status, g.Tasks[0].DeadlineHeight = types.TASK_STATUS_AWAITING_DATA, 0
		},
		"an unknown status": func(g *types.GenesisState) { g.Tasks[0].Status = 9 },
	} {
		bad := *gs
		bad.Tasks = append([]types.Task(nil), gs.Tasks...)
		edit(&bad)
		require.ErrorIs(t, bad.Validate(), types.ErrInvalidGenesis, name)
	}
	pending := *gs
	pending.Tasks = append([]types.Task(nil), gs.Tasks...)
	pending.Tasks[0].Status, pending.Tasks[0].DeadlineHeight = types.TASK_STATUS_PENDING, 99
	require.NoError(t, pending.Validate(), "a pending task with its worker and deadline")
}

func TestInvariantsCatchABrokenLog(t *testing.T) {
	n := newNetwork(t)
	contract := deployCounter(t, n)
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	require.NoError(t, k.CheckInvariants(ctx))
	c, err := k.Contracts.Get(ctx, contract.Bytes())
	require.NoError(t, err)
	c.NextDelta++
	require.NoError(t, k.Contracts.Set(ctx, contract.Bytes(), c))
	require.Error(t, k.CheckInvariants(ctx))
	// With the checks on, the end of the block refuses to go on.
	require.ErrorContains(t, k.WithInvariantChecks(true).EndBlocker(ctx), "invariant broken")
	require.NoError(t, k.EndBlocker(ctx), "off by default")
}

// TestGenesisRoundTripWithALargeLog exports and imports a contract with
// 5,000 deltas.
func TestGenesisRoundTripWithALargeLog(t *testing.T) {
	n := newNetwork(t)
	contract := deployCounter(t, n)
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	c, err := k.Contracts.Get(ctx, contract.Bytes())
	require.NoError(t, err)
	for i := c.NextDelta; i < 5000; i++ {
		sealed := crypto.Keccak256([]byte{byte(i), byte(i >> 8)})
		hash := crypto.Keccak256(sealed)
		require.NoError(t, k.Deltas.Set(ctx, collections.Join(contract.Bytes(), i), types.Delta{Contract: contract.Bytes(), Index: i, PrevHash: c.HeadHash, Sealed: sealed, Hash: hash}))
		c.NextDelta, c.HeadHash = i+1, hash
	}
	require.NoError(t, k.Contracts.Set(ctx, contract.Bytes(), c))
	require.NoError(t, k.CheckInvariants(ctx))

	gs, err := k.ExportGenesis(ctx)
	require.NoError(t, err)
	require.Len(t, gs.Deltas, 5000)
	require.NoError(t, gs.Validate())
	fresh := newNetwork(t)
	fctx := fresh.chain.Context()
	require.NoError(t, fresh.chain.App.SecretComputeKeeper.InitGenesis(fctx, *gs))
	again, err := fresh.chain.App.SecretComputeKeeper.ExportGenesis(fctx)
	require.NoError(t, err)
	require.Equal(t, gs, again)
	require.NoError(t, fresh.chain.App.SecretComputeKeeper.CheckInvariants(fctx))

	// A broken link is refused on import.
	gs.Deltas[2500].PrevHash = gs.Deltas[2498].Hash
	require.ErrorIs(t, gs.Validate(), types.ErrInvalidGenesis)
}

// TestBatchesAreCapped: however many receipts are pending, no batch holds
// more than max_batch_receipts, and consecutive batches cover consecutive
// sequences (the bridge contract requires both).
func TestBatchesAreCapped(t *testing.T) {
	n := newNetwork(t)
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	p, err := k.Params.Get(ctx)
	require.NoError(t, err)
	p.MaxBatchReceipts, p.DataTimeoutBlocks = 2, 1
	require.NoError(t, k.Params.Set(ctx, p))
	for i := range 5 {
		id := ids.TaskID(ethChainID, bridge, common.HexToAddress("0xcafe"), ids.CounterSalt(uint64(i)))
		require.NoError(t, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: id, Contract: common.HexToAddress("0x5ec0"), Sender: common.HexToAddress("0xcafe"),
			InputsHash: common.Hash{1}, GasLimit: 100_000, GasPrice: gasPrice}))
	}
	for range 3 {
		n.chain.Next() // the records time out
	}
	ctx = n.chain.Context()
	_, err = k.CloseBatch(ctx)
	require.NoError(t, err)
	it, err := k.Batches.Iterate(ctx, nil)
	require.NoError(t, err)
	batches, err := it.Values()
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(batches), 3, "5 receipts, at most 2 a batch")
	next := uint64(1)
	for i, b := range batches {
		require.Equal(t, uint64(i+1), b.Nonce)
		require.Equal(t, next, b.FirstSequence, "batch %d continues the last", b.Nonce)
		require.LessOrEqual(t, b.LastSequence-b.FirstSequence+1, uint64(2))
		next = b.LastSequence + 1
	}
	require.Equal(t, uint64(6), next, "every receipt is in a batch")
}

// TestEpochZeroIsNoEpoch: in epoch 1, task data naming epoch 0 is refused
// (0 is not "the previous epoch": epochs are numbered from 1).
func TestEpochZeroIsNoEpoch(t *testing.T) {
	net := apptest.NewNetwork(t, 100, 2)
	ctx := net.Context()
	require.Equal(t, uint64(1), net.CurrentEpoch().Number)
	// The genesis worker is in epoch 1's set, as it is when genesis names it.
	require.NoError(t, net.App.RegistryKeeper.Snapshot(ctx, 1))
	k := net.App.SecretComputeKeeper
	sender := common.HexToAddress("0x5e")
	id := ids.TaskID(ethChainID, bridge, sender, ids.CounterSalt(0))
	code := []byte{1}
	require.NoError(t, k.OnDeploymentRecord(ctx, types.DeploymentRecord{EventNonce: nextRecordNonce(), TaskID: id, CodeHash: crypto.Keccak256Hash(code), Sender: sender,
		InputsHash: ids.InputsHash([]byte("e")), GasLimit: 1, GasPrice: gasPrice}))
	worker := net.Worker.Info().Address.Bytes()
	err := k.SubmitData(ctx, id.Bytes(), types.TASK_KIND_DEPLOY, 0, worker, []byte("e"), code)
	require.ErrorIs(t, err, types.ErrEpoch)
	require.NoError(t, k.SubmitData(ctx, id.Bytes(), types.TASK_KIND_DEPLOY, 1, worker, []byte("e"), code))
}

// TestMigrateToV2: a version-1 state (no max_task_gas_limit) gets the
// default instead of refusing every record.
func TestMigrateToV2(t *testing.T) {
	net := apptest.NewNetwork(t, 10, 1)
	ctx := net.Context()
	k := net.App.SecretComputeKeeper
	p := types.DefaultParams()
	p.MaxTaskGasLimit = 0
	require.NoError(t, k.Params.Set(ctx, p))
	require.NoError(t, k.MigrateToV2(ctx))
	got, err := k.Params.Get(ctx)
	require.NoError(t, err)
	require.Equal(t, types.DefaultParams(), got)
}

// TestResultOfAnotherRunIsRefused: a worker that runs a task on other
// values than its record's (another sender, a gas limit too small to
// finish, another Ethereum block) gets a receipt its enclave signed, but
// one that commits to that other run: the chain puts in the task as it
// recorded it, the signature does not verify, and the task stays open for
// the real result.
func TestResultOfAnotherRunIsRefused(t *testing.T) {
	n := newNetwork(t)
	contract := deployCounter(t, n)
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	epoch := n.chain.CurrentEpoch().Number
	worker := n.worker.Info().Address
	sub := n.chain.Accounts[1].String()
	art, _ := contracts.Load("Counter")
	inc, _ := art.ABI.Pack("increment")
	record := func(u common.Address) core.Task {
		id := ids.TaskID(ethChainID, bridge, u, ids.CounterSalt(0))
		e := n.encrypt(t, contract, id, envelope.Call{Data: inc})
		require.NoError(t, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: id, Contract: contract, Sender: u,
			InputsHash: ids.InputsHash(e), GasLimit: 100_000, GasPrice: gasPrice}))
		_, err := n.msgs.SubmitTaskData(ctx, &types.MsgSubmitTaskData{Submitter: sub, TaskId: id.Bytes(), Epoch: epoch, Worker: worker.Bytes(), Envelope: e})
		require.NoError(t, err)
		return core.Task{ID: id, Contract: contract, Sender: u, InputsHash: ids.InputsHash(e), GasLimit: 100_000, Envelope: e}
	}
	commit := func(task core.Task) *types.MsgCommitResultsResponse {
		results, errs := n.worker.Execute(context.Background(), []core.Task{task})
		require.NoError(t, errs[0])
		out, err := n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: sub, Results: []types.Result{toMsg(results[0])}})
		require.NoError(t, err)
		return out
	}
	refused := func(name string, task core.Task) {
		out := commit(task)
		require.Equal(t, []uint32{types.ErrSignature.ABCICode()}, out.Codes, "%s: %v", name, out.Errors)
		got, err := k.Tasks.Get(ctx, task.ID.Bytes())
		require.NoError(t, err)
		require.Equal(t, types.TASK_STATUS_PENDING, got.Status, "%s: the task is still open", name)
	}

	// A signed out-of-gas failure from a gas limit smaller than the
	// record's: refused; the real result is then accepted.
	a := record(common.HexToAddress("0xf0"))
	small := a
	small.GasLimit = 1_000
	refused("a gas limit too small", small)
	require.Equal(t, []string{""}, commit(a).Errors, "the real run is accepted")

	// Runs with another sender or another Ethereum block: refused too.
	b := record(common.HexToAddress("0xf1"))
	other := b
	other.Sender = common.HexToAddress("0xbad")
	refused("another sender", other)
	other = b
	other.Env.Number = 99
	refused("another Ethereum block", other)
}

// TestResultOnAnotherStateIsRefused: a worker whose enclave runs a
// made-up task first (so that its state is one the chain never saw) gets a
// signed receipt for the real task that names that state: refused, and the
// task stays open.
func TestResultOnAnotherStateIsRefused(t *testing.T) {
	n := newNetwork(t)
	contract := deployCounter(t, n)
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	epoch := n.chain.CurrentEpoch().Number
	worker := n.worker.Info().Address
	sub := n.chain.Accounts[1].String()
	art, _ := contracts.Load("Counter")
	inc, _ := art.ABI.Pack("increment")
	u := common.HexToAddress("0xf2")
	id := ids.TaskID(ethChainID, bridge, u, ids.CounterSalt(0))
	e := n.encrypt(t, contract, id, envelope.Call{Data: inc})
	require.NoError(t, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: id, Contract: contract, Sender: u,
		InputsHash: ids.InputsHash(e), GasLimit: 100_000, GasPrice: gasPrice}))
	_, err := n.msgs.SubmitTaskData(ctx, &types.MsgSubmitTaskData{Submitter: sub, TaskId: id.Bytes(), Epoch: epoch, Worker: worker.Bytes(), Envelope: e})
	require.NoError(t, err)

	// A task nobody recorded, run by the host on its own enclave.
	madeUp := ids.TaskID(ethChainID, bridge, u, ids.CounterSalt(99))
	me := n.encrypt(t, contract, madeUp, envelope.Call{Data: inc})
	_, errs := n.worker.Execute(context.Background(), []core.Task{{ID: madeUp, Contract: contract, Sender: u, InputsHash: ids.InputsHash(me), GasLimit: 100_000, Envelope: me}})
	require.NoError(t, errs[0])
	results, errs := n.worker.Execute(context.Background(), []core.Task{{ID: id, Contract: contract, Sender: u, InputsHash: ids.InputsHash(e), GasLimit: 100_000, Envelope: e}})
	require.NoError(t, errs[0])
	out, err := n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: sub, Results: []types.Result{toMsg(results[0])}})
	require.NoError(t, err)
	require.Equal(t, []uint32{types.ErrDeltaChain.ABCICode()}, out.Codes, "%v", out.Errors)
	got, err := k.Tasks.Get(ctx, id.Bytes())
	require.NoError(t, err)
	require.Equal(t, types.TASK_STATUS_PENDING, got.Status)
}

// TestTaskNamedTwiceInOneMessage: ApplyResults reads each task once, but a
// task that a message names again is read again after the earlier result:
// a refused first result does not stop a good second one, and a good
// result sent twice is applied once.
func TestTaskNamedTwiceInOneMessage(t *testing.T) {
	n := newNetwork(t)
	contract := deployCounter(t, n)
	ctx := n.chain.Context()
	k := n.chain.App.SecretComputeKeeper
	epoch := n.chain.CurrentEpoch().Number
	worker := n.worker.Info().Address
	sub := n.chain.Accounts[1].String()
	art, _ := contracts.Load("Counter")
	inc, _ := art.ABI.Pack("increment")
	u := common.HexToAddress("0xf3")
	id := ids.TaskID(ethChainID, bridge, u, ids.CounterSalt(0))
	e := n.encrypt(t, contract, id, envelope.Call{Data: inc})
	require.NoError(t, k.OnTaskRecord(ctx, types.TaskRecord{EventNonce: nextRecordNonce(), TaskID: id, Contract: contract, Sender: u,
		InputsHash: ids.InputsHash(e), GasLimit: 100_000, GasPrice: gasPrice}))
	_, err := n.msgs.SubmitTaskData(ctx, &types.MsgSubmitTaskData{Submitter: sub, TaskId: id.Bytes(), Epoch: epoch, Worker: worker.Bytes(), Envelope: e})
	require.NoError(t, err)
	results, errs := n.worker.Execute(context.Background(), []core.Task{{ID: id, Contract: contract, Sender: u, InputsHash: ids.InputsHash(e), GasLimit: 100_000, Envelope: e}})
	require.NoError(t, errs[0])
	good := toMsg(results[0])
	bad := good
	bad.Signature = make([]byte, 65)

	out, err := n.msgs.CommitResults(ctx, &types.MsgCommitResults{Submitter: sub, Results: []types.Result{bad, good, good}})
	require.NoError(t, err)
	require.Equal(t, []uint32{types.ErrSignature.ABCICode(), 0, types.ErrNotPending.ABCICode()}, out.Codes, "%v", out.Errors)
	got, err := k.Tasks.Get(ctx, id.Bytes())
	require.NoError(t, err)
	require.Equal(t, types.TASK_STATUS_DONE, got.Status)
}
