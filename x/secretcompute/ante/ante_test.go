package ante_test

import (
	"math/big"
	"testing"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/ethsig"
	"github.com/enigmad/enigmad/enclave/identity"
	"github.com/enigmad/enigmad/enclave/ids"
	registrykeeper "github.com/enigmad/enigmad/x/registry/keeper"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// TestFeelessOnlyForAwaitedData runs CheckTx on a node that requires a
// minimum gas price: task data that a record awaits passes without a fee;
// task data nobody paid for is refused before a block; anything else pays.
func TestFeelessOnlyForAwaitedData(t *testing.T) {
	c := apptest.NewChain(t, dbm.NewMemDB(), 3, 2, baseapp.SetMinGasPrices("1"+app.BondDenom))
	c.Next()
	ctx := c.Context()
	worker := selectableWorker(t, c)
	k := c.App.SecretComputeKeeper
	user := common.HexToAddress("0xabc")
	id := ids.TaskID(big.NewInt(1337), common.HexToAddress("0xb1"), user, 0)
	code := crypto.Keccak256Hash([]byte{1})
	data := []byte("an envelope")
	require.NoError(t, k.OnDeploymentRecord(ctx, types.DeploymentRecord{TaskID: id, CodeHash: code, Sender: user, InputsHash: ids.InputsHash(data), GasLimit: 1, GasPrice: big.NewInt(1)}))
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

// selectableWorker registers a real (simulation-mode) enclave identity,
// marks it provisioned as genesis would, and waits for an epoch whose
// snapshot includes it.
func selectableWorker(t *testing.T, c *apptest.Chain) common.Address {
	ctx := c.Context()
	gov := authtypes.NewModuleAddress("gov").String()
	p := registrytypes.DefaultParams()
	p.AllowSimulatedAttestation = true
	msgs := registrykeeper.NewMsgServerImpl(c.App.RegistryKeeper)
	_, err := msgs.UpdateParams(ctx, &registrytypes.MsgUpdateParams{Authority: gov, Params: p})
	require.NoError(t, err)
	id, err := identity.Generate()
	require.NoError(t, err)
	rd, err := attestation.ReportData(app.DefaultChainID, id.Public())
	require.NoError(t, err)
	quote, err := attestation.SimulationIssuer{ProductID: 1}.Issue(rd)
	require.NoError(t, err)
	pub := id.Public()
	digest, err := attestation.RegistrationDigest(app.DefaultChainID, c.Accounts[0].String())
	require.NoError(t, err)
	sig, err := ethsig.Sign(common.BytesToHash(digest), id.Signer)
	require.NoError(t, err)
	_, err = msgs.RegisterWorker(ctx, &registrytypes.MsgRegisterWorker{Operator: c.Accounts[0].String(), SignerPubkey: pub.Signer,
		X25519Key: pub.X25519, XwingKey: pub.XWing, Quote: quote, Stake: sdk.NewCoin(app.BondDenom, math.NewInt(10_000_000)), OperatorSignature: sig})
	require.NoError(t, err)
	w, err := c.App.RegistryKeeper.GetWorker(ctx, id.Address().Bytes())
	require.NoError(t, err)
	w.Provisioned = true
	require.NoError(t, c.App.RegistryKeeper.Workers.Set(ctx, w.EnclaveAddress, w))
	e := c.CurrentEpoch().Number
	for c.CurrentEpoch().Number == e {
		c.Next()
	}
	return id.Address()
}
