package ante_test

import (
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// TestFeelessOnlyForAwaitedData runs CheckTx on a node that requires a
// minimum gas price: task data that a record awaits passes without a fee;
// task data nobody paid for is refused before a block; anything else pays.
func TestFeelessOnlyForAwaitedData(t *testing.T) {
	net := apptest.NewNetwork(t, 3, 2, baseapp.SetMinGasPrices("1"+app.BondDenom))
	net.NextEpochs(1) // a snapshot that includes the genesis worker
	c := net.Chain
	ctx := c.Context()
	worker := net.Worker.Info().Address
	k := c.App.SecretComputeKeeper
	user := common.HexToAddress("0xabc")
	id := ids.TaskID(big.NewInt(1337), common.HexToAddress("0xb1"), user, ids.CounterSalt(0))
	code := crypto.Keccak256Hash([]byte{1})
	data := []byte("an envelope")
	require.NoError(t, k.OnDeploymentRecord(ctx, types.DeploymentRecord{EventNonce: nextRecordNonce(), TaskID: id, CodeHash: code, Sender: user, InputsHash: ids.InputsHash(data), GasLimit: 1, GasPrice: big.NewInt(1)}))
	c.Next() // commit the record; CheckTx reads the committed state

	noFee := sdk.NewCoins()
	submit := func(taskID common.Hash, envelope []byte) sdk.Msg {
		return &types.MsgSubmitDeployData{Submitter: c.Accounts[1].String(), TaskId: taskID.Bytes(), Epoch: c.CurrentEpoch().Number,
			Worker: worker.Bytes(), Bytecode: []byte{1}, Envelope: envelope}
	}

	// Data nobody paid for: refused in CheckTx with the module's error.
	codeRes, log := c.CheckTx(1, noFee, submit(common.Hash{9}, data))
	require.NotZero(t, codeRes)
	require.Contains(t, log, "task data refused")
	require.Contains(t, log, "unknown task")

	// Data that does not match the record: refused too.
	codeRes, log = c.CheckTx(1, noFee, submit(id, []byte("other")))
	require.NotZero(t, codeRes)
	require.Contains(t, log, "inputs hash")

	// A plain transfer without a fee fails the minimum gas price.
	send := banktypes.NewMsgSend(c.Accounts[1], c.Accounts[0], sdk.NewCoins(sdk.NewCoin(app.BondDenom, math.NewInt(1))))
	codeRes, log = c.CheckTx(1, noFee, send)
	require.NotZero(t, codeRes)
	require.Contains(t, log, "insufficient fee")

	// Task data mixed with another message pays like any transaction.
	codeRes, log = c.CheckTx(1, noFee, submit(id, data), send)
	require.NotZero(t, codeRes, log)

	// The data the record awaits, for the selected worker: no fee needed.
	codeRes, log = c.CheckTx(1, noFee, submit(id, data))
	require.Zero(t, codeRes, log)
}

// recordNonces hands out bridge event nonces for the records the tests
// make, always increasing: x/secretcompute takes each record once, in the
// order of its event nonce.
var recordNonces atomic.Uint64

func nextRecordNonce() uint64 { return recordNonces.Add(1) }
