package app_test

import (
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	errorsmod "cosmossdk.io/errors"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cosmos/gogoproto/proto"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/client"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/internal/submit"
	scante "github.com/enigmad/enigmad/x/secretcompute/ante"
	sckeeper "github.com/enigmad/enigmad/x/secretcompute/keeper"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// feelessNet is a network whose node asks a minimum gas price, with
// deployment records awaiting data.
type feelessNet struct {
	*apptest.Network
	nonce uint64
}

func newFeelessNet(t testing.TB, epochLength uint64) *feelessNet {
	net := apptest.NewNetwork(t, epochLength, 4, baseapp.SetMinGasPrices("1"+app.BondDenom))
	// The current epoch's worker set takes the genesis worker, as it does
	// when genesis names it.
	require.NoError(t, net.App.RegistryKeeper.Snapshot(net.Context(), net.CurrentEpoch().Number))
	net.Next()
	return &feelessNet{Network: net}
}

// record makes a deployment record (as x/bridge will) whose data is
// envelope, committed, and returns the message that submits its data.
func (n *feelessNet) record(t testing.TB, envelope []byte) *sctypes.MsgSubmitDeployData {
	sender := common.HexToAddress("0x5e")
	id := ids.TaskID(big.NewInt(1337), common.HexToAddress("0xb1"), sender, ids.CounterSalt(n.nonce))
	n.nonce++
	code := []byte{0x60, 0x00}
	require.NoError(t, n.App.SecretComputeKeeper.OnDeploymentRecord(n.Context(), sctypes.DeploymentRecord{EventNonce: nextRecordNonce(), TaskID: id, CodeHash: crypto.Keccak256Hash(code),
		Sender: sender, InputsHash: ids.InputsHash(envelope), GasLimit: 100_000, GasPrice: big.NewInt(1)}))
	n.Next()
	return &sctypes.MsgSubmitDeployData{Submitter: n.Accounts[1].String(), TaskId: id.Bytes(), Epoch: n.CurrentEpoch().Number,
		Worker: n.Worker.Info().Address.Bytes(), Bytecode: code, Envelope: envelope}
}

// feeless signs msgs as account i without a fee.
func (n *feelessNet) feeless(i int, msgs ...sdk.Msg) []byte {
	for _, m := range msgs {
		m.(*sctypes.MsgSubmitDeployData).Submitter = n.Accounts[i].String()
	}
	return n.SignedTx(i, sdk.NewCoins(), 50_000_000, msgs...)
}

func (n *feelessNet) checkTx(t testing.TB, tx []byte) *abci.ResponseCheckTx {
	res, err := n.App.CheckTx(&abci.RequestCheckTx{Tx: tx, Type: abci.CheckTxType_New})
	require.NoError(t, err)
	return res
}

// unordered signs msgs as account 1 asking for gas, unordered with a
// timeout of its own five minutes ahead, as the ingress's submitter does.
func (n *feelessNet) unordered(gas uint64, msgs ...sdk.Msg) []byte {
	n.nonce++
	return n.SignedTxWith(1, gas, func(b client.TxBuilder) {
		b.SetUnordered(true)
		b.SetTimeoutTimestamp(n.Time().Add(5*time.Minute + time.Duration(n.nonce)))
	}, msgs...)
}

// anteGas runs the ante handler on tx on a copy of the check state and
// returns the gas the handler took itself (a limit short of the demand is
// refused after that work, which the meter still counts) and its error.
func (n *feelessNet) anteGas(t testing.TB, tx []byte) (uint64, error) {
	dtx, err := n.App.TxDecode(tx)
	require.NoError(t, err)
	ctx, _ := n.Context().WithExecMode(sdk.ExecModeCheck).WithTxBytes(tx).CacheContext()
	after, err := n.App.AnteHandler()(ctx, dtx, false)
	return after.GasMeter().GasConsumed(), err
}

func requireRefused(t testing.TB, res *abci.ResponseCheckTx, want *errorsmod.Error) {
	t.Helper()
	require.Equal(t, want.Codespace(), res.Codespace, res.Log)
	require.Equal(t, want.ABCICode(), res.Code, res.Log)
}

// requireNoFreeFailure: every transaction the block delivered succeeded.
// A failed one would have taken block space without paying (no fee is
// asked of task data).
func requireNoFreeFailure(t testing.TB, res *abci.ResponseFinalizeBlock) {
	t.Helper()
	for i, r := range res.TxResults {
		require.Zero(t, r.Code, "transaction %d of the block failed: %s", i, r.Log)
	}
}

// TestFeelessTaskDataTakesNoFreeBlockSpace repeats the attacks of a run
// against a node: the same valid task data many times in one transaction,
// the same data from two signers, a proposer that includes what CheckTx
// would refuse, and data made stale by the block's epoch boundary. None
// puts a failing fee-less transaction in a block.
func TestFeelessTaskDataTakesNoFreeBlockSpace(t *testing.T) {
	n := newFeelessNet(t, 10)
	envelope := []byte("sealed inputs")

	t.Run("one transaction carrying the same data many times", func(t *testing.T) {
		m := n.record(t, envelope)
		copies := make([]sdk.Msg, 3400)
		for i := range copies {
			copies[i] = m
		}
		big := n.feeless(1, copies...)
		requireRefused(t, n.checkTx(t, big), sctypes.ErrTooLarge)
		twice := n.feeless(1, m, m)
		requireRefused(t, n.checkTx(t, twice), sctypes.ErrDataPresent)
		// A proposer that includes them anyway is outvoted, and an honest
		// one leaves them out.
		require.False(t, n.Accepts(big))
		require.False(t, n.Accepts(twice))
		res, kept := n.NextProposed(big, twice)
		require.Empty(t, kept)
		requireNoFreeFailure(t, res)
	})

	t.Run("two signers sending the same data", func(t *testing.T) {
		m := n.record(t, envelope)
		first, second := n.feeless(1, m), n.feeless(2, m)
		require.Zero(t, n.checkTx(t, first).Code)
		requireRefused(t, n.checkTx(t, second), sctypes.ErrDataPresent)
		require.False(t, n.Accepts(first, second), "validators reject a block carrying both")
		require.True(t, n.Accepts(first))
		res, kept := n.NextProposed(first, second)
		require.Equal(t, [][]byte{first}, kept)
		requireNoFreeFailure(t, res)
		task, err := n.App.SecretComputeKeeper.Tasks.Get(n.Context(), m.TaskId)
		require.NoError(t, err)
		require.Equal(t, sctypes.TASK_STATUS_PENDING, task.Status)
		// Once the data is on chain, sending it again is refused.
		requireRefused(t, n.checkTx(t, n.feeless(2, m)), sctypes.ErrDataPresent)
	})

	t.Run("data in a paying transaction and a fee-less one", func(t *testing.T) {
		m := n.record(t, envelope)
		paying := n.SignedTx(1, sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 1_000_000)), 1_000_000, m,
			&sctypes.MsgUpdateParams{Authority: n.Accounts[1].String(), Params: sctypes.DefaultParams()}) // pays, then fails: its fee is the cost
		require.Zero(t, n.checkTx(t, paying).Code)
		requireRefused(t, n.checkTx(t, n.feeless(2, m)), sctypes.ErrDataPresent)
	})

	t.Run("data made stale by the block's epoch boundary", func(t *testing.T) {
		// Data naming the previous epoch, for the block that opens the
		// next one: at delivery it names an epoch two behind. The worker is
		// selected in the previous epoch, so nothing else refuses it.
		n.NextEpochs(1)
		e := n.CurrentEpoch()
		m := n.record(t, envelope)
		m.Epoch = e.Number - 1
		require.Zero(t, n.checkTx(t, n.feeless(3, m)).Code, "valid inside epoch %d", e.Number)
		params, err := n.App.EpochKeeper.Params.Get(n.Context())
		require.NoError(t, err)
		for n.App.LastBlockHeight()+1 < e.StartHeight+int64(params.EpochLength) {
			n.Next()
		}
		tx := n.feeless(3, m)
		requireRefused(t, n.checkTx(t, tx), sctypes.ErrEpoch)
		require.False(t, n.Accepts(tx))
		res, kept := n.NextProposed(tx)
		require.Empty(t, kept)
		requireNoFreeFailure(t, res)
		require.Equal(t, e.Number+1, n.CurrentEpoch().Number)
	})
}

// TestFeelessFailureInABlockWritesNothing: were a failing fee-less
// transaction in a block (the proposal handlers keep it out; a block run
// without them here), it fails there, in its ante handler, with the
// module's error, and writes nothing: not the data, not its sender's
// sequence.
func TestFeelessFailureInABlockWritesNothing(t *testing.T) {
	n := newFeelessNet(t, 100)
	m := n.record(t, []byte("sealed inputs"))
	twice := n.feeless(1, m, m)
	first, second := n.feeless(2, m), n.feeless(3, m)
	sequences := func() []uint64 {
		var seqs []uint64
		for i := 1; i <= 3; i++ {
			seqs = append(seqs, n.App.AccountKeeper.GetAccount(n.Context(), n.Accounts[i]).GetSequence())
		}
		return seqs
	}
	before := sequences()
	res := n.NextWith(twice, first, second)
	require.Equal(t, []uint64{before[0], before[1] + 1, before[2]}, sequences(), "only the transaction that ran counts")
	require.Len(t, res.TxResults, 3)
	for _, i := range []int{0, 2} {
		r := res.TxResults[i]
		require.Equal(t, sctypes.ErrDataPresent.Codespace(), r.Codespace, r.Log)
		require.Equal(t, sctypes.ErrDataPresent.ABCICode(), r.Code, r.Log)
	}
	require.Zero(t, res.TxResults[1].Code, res.TxResults[1].Log)
	assigned := 0
	for _, r := range res.TxResults {
		for _, ev := range r.Events {
			if ev.Type == proto.MessageName(&sctypes.EventTaskAssigned{}) {
				assigned++
			}
		}
	}
	require.Equal(t, 1, assigned, "the data is stored once, by the transaction that carries it once")
	task, err := n.App.SecretComputeKeeper.Tasks.Get(n.Context(), m.TaskId)
	require.NoError(t, err)
	require.Equal(t, sctypes.TASK_STATUS_PENDING, task.Status)
}

// TestFeelessTransactionsAskForTheirGas: a fee-less transaction whose gas
// limit passes its ante handler but not its messages would run out of gas
// in the block, for free. It is refused in CheckTx, which names the gas it
// needs; with that much it goes through a block.
func TestFeelessTransactionsAskForTheirGas(t *testing.T) {
	n := newFeelessNet(t, 100)
	m := n.record(t, make([]byte, 60<<10))
	m.Submitter = n.Accounts[1].String()
	low := n.SignedTxWith(1, 800_000, nil, m)
	res := n.checkTx(t, low)
	requireRefused(t, res, sdkerrors.ErrOutOfGas)
	require.False(t, n.Accepts(low))
	var need uint64
	_, err := fmt.Sscanf(res.Log[strings.Index(res.Log, "at least "):], "at least %d", &need)
	require.NoError(t, err, res.Log)
	require.Greater(t, need, uint64(800_000))

	enough := n.SignedTxWith(1, need, nil, m)
	res = n.checkTx(t, enough)
	require.Zero(t, res.Code, res.Log)
	block, kept := n.NextProposed(enough)
	require.Len(t, kept, 1)
	requireNoFreeFailure(t, block)
	require.LessOrEqual(t, uint64(block.TxResults[0].GasUsed), need)
	t.Logf("a 60 KiB deployment's data: %d gas asked, %d used", need, block.TxResults[0].GasUsed)
}

// TestFeelessGasEstimate: the gas a simulation reports for a fee-less
// transaction (what `--gas auto` and the services' submitter ask for) is
// enough for CheckTx and for the block, with no adjustment, and not much
// more than the ante handler demands (its own gas and the reservation for
// the messages): a block's max_gas counts what transactions ask for.
func TestFeelessGasEstimate(t *testing.T) {
	n := newFeelessNet(t, 100)
	for _, size := range []int{200, 60 << 10, 250 << 10} {
		m := n.record(t, make([]byte, size))
		m.Submitter = n.Accounts[1].String()
		info, _, err := n.App.Simulate(n.SignedTxWith(1, 0, nil, m))
		require.NoError(t, err)
		// What CheckTx demands at least: its refusal of a transaction
		// asking for too little (but enough for the ante's own work)
		// names it.
		res := n.checkTx(t, n.SignedTxWith(1, info.GasUsed*9/10, nil, m))
		requireRefused(t, res, sdkerrors.ErrOutOfGas)
		at := strings.Index(res.Log, "at least ")
		require.GreaterOrEqual(t, at, 0, res.Log)
		var demanded uint64
		_, err = fmt.Sscanf(res.Log[at:], "at least %d", &demanded)
		require.NoError(t, err, res.Log)

		tx := n.SignedTxWith(1, info.GasUsed, nil, m)
		res = n.checkTx(t, tx)
		require.Zero(t, res.Code, res.Log)
		block, kept := n.NextProposed(tx)
		require.Len(t, kept, 1)
		requireNoFreeFailure(t, block)
		require.LessOrEqual(t, info.GasUsed, demanded, "no more than CheckTx demands (which adds 1 %%)")
		t.Logf("%d bytes of deployment data: %d gas simulated, %d demanded by CheckTx, %d used in the block", size, info.GasUsed, demanded, block.TxResults[0].GasUsed)
	}
}

// TestFeelessGasWithoutSimulation: the gas the ingress asks for with no
// simulation (each message's check measured as the ante handler measures
// it, ante.TaskDataGas, and the transaction's own, submit.TxGas) passes
// CheckTx and runs in the block, from one message of 200 bytes to one of
// 250 KiB and sixteen of 200 bytes; and asks for little more than CheckTx
// demands.
func TestFeelessGasWithoutSimulation(t *testing.T) {
	n := newFeelessNet(t, 100)
	params, err := n.App.AccountKeeper.Params.Get(n.Context())
	require.NoError(t, err)
	for _, tc := range []struct {
		name       string
		size, msgs int
	}{{"200 B", 200, 1}, {"60 KiB", 60 << 10, 1}, {"250 KiB", 250 << 10, 1}, {"16 of 200 B", 200, 16}} {
		t.Run(tc.name, func(t *testing.T) {
			var msgs []sdk.Msg
			for range tc.msgs {
				msgs = append(msgs, n.record(t, make([]byte, tc.size)))
			}
			check := n.Context().WithExecMode(sdk.ExecModeCheck)
			var msgGas uint64
			for _, m := range msgs {
				_, gas, err := scante.TaskDataGas(check, n.App.SecretComputeKeeper, m)
				require.NoError(t, err)
				msgGas += gas
			}
			tx, err := submit.SignWithGas(params, msgGas, msgs, func(gas uint64) ([]byte, error) { return n.unordered(gas, msgs...), nil })
			require.NoError(t, err)
			dtx, err := n.App.TxDecode(tx)
			require.NoError(t, err)
			asked := dtx.(sdk.FeeTx).GetGas()

			// What the ante handler itself takes (bytes, signature, account,
			// nonce), on a copy of the check state: the ask leaves the
			// messages' gas after it, with no more than ownGas's room.
			own, err := n.anteGas(t, tx)
			require.NoError(t, err)
			sizeGas := params.TxSizeCostPerByte * uint64(len(tx))
			require.GreaterOrEqual(t, asked, own+msgGas)
			require.LessOrEqual(t, asked, own+msgGas+40_000, "room of at most submit's ownGas")
			require.GreaterOrEqual(t, asked-own-msgGas, uint64(10_000), "room to spare")

			res := n.checkTx(t, tx)
			require.Zero(t, res.Code, res.Log)
			block, kept := n.NextProposed(tx)
			require.Len(t, kept, 1)
			requireNoFreeFailure(t, block)
			t.Logf("%s: %d gas asked: the messages %d, the ante's own %d (its bytes %d, the rest %d), room %d; %d used in the block",
				tc.name, asked, msgGas, own, sizeGas, own-sizeGas, asked-own-msgGas, block.TxResults[0].GasUsed)
		})
	}
}

// TestFeelessDemandIsEnforcedBeforeTheBlock: a fee-less transaction
// asking for a little less than the demand (but more than its messages
// use) is refused by CheckTx and left out of proposals; in a block anyway,
// FinalizeBlock runs its messages rather than refuse it again (its space
// is taken either way, and the demand can come out a few hundred gas
// higher there than in ProcessProposal when the block starts an epoch).
func TestFeelessDemandIsEnforcedBeforeTheBlock(t *testing.T) {
	n := newFeelessNet(t, 100)
	m := n.record(t, make([]byte, 200))
	_, need, err := scante.TaskDataGas(n.Context().WithExecMode(sdk.ExecModeCheck), n.App.SecretComputeKeeper, m)
	require.NoError(t, err)
	own, err := n.anteGas(t, n.unordered(1<<30, m))
	require.NoError(t, err)
	short := n.unordered(own+need-3_000, m)

	requireRefused(t, n.checkTx(t, short), sdkerrors.ErrOutOfGas)
	require.Empty(t, n.Propose(short), "the proposer leaves it out")
	require.False(t, n.Accepts(short), "validators refuse a block holding it")
	block := n.NextWith(short)
	require.Len(t, block.TxResults, 1)
	require.Zero(t, block.TxResults[0].Code, "its data stored: %s", block.TxResults[0].Log)
	task, err := n.App.SecretComputeKeeper.Tasks.Get(n.Context(), m.TaskId)
	require.NoError(t, err)
	require.Equal(t, sctypes.TASK_STATUS_PENDING, task.Status)
}

// TestFeelessDemandAtAnEpochStart: a fee-less transaction asking for
// exactly what CheckTx and ProcessProposal demand, in the block that
// starts an epoch, runs: there the ended epoch's record has its end
// height, and the demand measured again in FinalizeBlock comes out higher.
func TestFeelessDemandAtAnEpochStart(t *testing.T) {
	const epochLength = 20
	n := newFeelessNet(t, epochLength)
	// The next block but one starts an epoch (its height is the epoch's
	// start and length): the record is made in the next.
	for n.App.LastBlockHeight()+2 != n.CurrentEpoch().StartHeight+epochLength {
		n.Next()
	}
	m := n.record(t, make([]byte, 200))
	_, need, err := scante.TaskDataGas(n.Context().WithExecMode(sdk.ExecModeCheck), n.App.SecretComputeKeeper, m)
	require.NoError(t, err)
	own := func(tx []byte) uint64 {
		gas, err := n.anteGas(t, tx)
		if err != nil {
			require.ErrorIs(t, err, sdkerrors.ErrOutOfGas)
		}
		return gas
	}
	// Exactly the demand: the ante's own gas depends on the transaction's
	// length, which its gas limit changes by a byte or so.
	gas := need + own(n.unordered(need, m))
	tx := n.unordered(gas, m)
	for range 3 {
		if g := need + own(tx); g != gas {
			gas, tx = g, n.unordered(g, m)
		}
	}
	require.Zero(t, n.checkTx(t, tx).Code)
	require.True(t, n.Accepts(tx))
	before := n.CurrentEpoch().Number
	block := n.NextWith(tx)
	require.Equal(t, before+1, n.CurrentEpoch().Number, "the block started an epoch")
	require.Zero(t, block.TxResults[0].Code, "run, not refused: %s", block.TxResults[0].Log)
}

// TestFeelessTransactionsStayValid: a fee-less transaction that could pass
// CheckTx, claim its task, and then never be included (a timeout height,
// or a timeout timestamp about to pass) would hold back the same data sent
// by anyone else: refused.
func TestFeelessTransactionsStayValid(t *testing.T) {
	n := newFeelessNet(t, 100)
	m := n.record(t, []byte("sealed inputs"))
	m.Submitter = n.Accounts[1].String()
	for _, tc := range []struct {
		name string
		edit func(client.TxBuilder)
		ok   bool
	}{
		{"a timeout height", func(b client.TxBuilder) { b.SetTimeoutHeight(uint64(n.App.LastBlockHeight() + 5)) }, false},
		{"unordered, timing out in ten seconds", func(b client.TxBuilder) {
			b.SetUnordered(true)
			b.SetTimeoutTimestamp(n.Time().Add(10 * time.Second))
		}, false},
		{"unordered, timing out in five minutes", func(b client.TxBuilder) {
			b.SetUnordered(true)
			b.SetTimeoutTimestamp(n.Time().Add(5 * time.Minute))
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := n.checkTx(t, n.SignedTxWith(1, 50_000_000, tc.edit, m))
			if tc.ok {
				require.Zero(t, res.Code, res.Log)
				return
			}
			requireRefused(t, res, sdkerrors.ErrInvalidRequest)
		})
	}
}

// TestFeelessTransactionsAreBounded: a fee-less transaction carries at most
// MaxFeelessMessages messages and a bounded number of bytes.
func TestFeelessTransactionsAreBounded(t *testing.T) {
	n := newFeelessNet(t, 100)
	var msgs []sdk.Msg
	for i := range sckeeper.MaxFeelessMessages + 1 {
		msgs = append(msgs, n.record(t, []byte(fmt.Sprintf("inputs %d", i))))
	}
	requireRefused(t, n.checkTx(t, n.feeless(1, msgs...)), sctypes.ErrTooLarge)
	res := n.checkTx(t, n.feeless(1, msgs[:sckeeper.MaxFeelessMessages]...))
	require.Zero(t, res.Code, res.Log)

	huge := n.record(t, make([]byte, 255<<10))
	huge.Bytecode = make([]byte, 48<<10) // the code hash no longer matches, but size is checked first
	filler := make([]sdk.Msg, 0, 5)
	for range 5 {
		filler = append(filler, huge)
	}
	requireRefused(t, n.checkTx(t, n.feeless(2, filler...)), sctypes.ErrTooLarge)
}

// BenchmarkCheckTxLargestFeeless: CheckTx of the largest fee-less
// transaction allowed: MaxFeelessMessages deployments' data of 60 KiB each
// (just under 1 MiB), every one checked against its record and selection.
func BenchmarkCheckTxLargestFeeless(b *testing.B) {
	n := newFeelessNet(b, 1_000_000)
	msgs := make([]sdk.Msg, sckeeper.MaxFeelessMessages)
	for i := range msgs {
		env := make([]byte, 60<<10)
		env[0] = byte(i)
		msgs[i] = n.record(b, env)
	}
	tx := n.feeless(1, msgs...)
	b.SetBytes(int64(len(tx)))
	b.ResetTimer()
	for range b.N {
		if res := n.checkTx(b, tx); res.Code != 0 {
			b.Fatal(res.Log)
		}
		b.StopTimer()
		n.Next() // a new check state: the claims of this CheckTx are gone
		b.StartTimer()
	}
}

// BenchmarkCheckTaskData: one check of task data against its record and
// the selection (x/secretcompute's CheckTaskData), which a node runs for
// each datum in the ingress, CheckTx, the proposal and the block, here on
// a branch of the committed state as CheckTx's is.
func BenchmarkCheckTaskData(b *testing.B) {
	n := newFeelessNet(b, 1_000_000)
	m := n.record(b, []byte("sealed inputs"))
	ctx, _ := n.Context().WithExecMode(sdk.ExecModeCheck).CacheContext()
	k := n.App.SecretComputeKeeper
	for b.Loop() {
		if _, err := k.CheckTaskData(ctx, m.TaskId, sctypes.TASK_KIND_DEPLOY, m.Epoch, m.Worker, m.Envelope, m.Bytecode); err != nil {
			b.Fatal(err)
		}
	}
}
