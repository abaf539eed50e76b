package app_test

import (
	"errors"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"

	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
)

// sigSpy stands for the SDK's SigVerificationDecorator: it records
// whether it was asked to check signatures, and fails when told to.
type sigSpy struct {
	checked []bool
	fail    bool
}

func (s *sigSpy) AnteHandle(ctx sdk.Context, tx sdk.Tx, simulate bool, next sdk.AnteHandler) (sdk.Context, error) {
	s.checked = append(s.checked, ctx.IsSigverifyTx())
	if s.fail {
		return ctx, errors.New("signature verification failed")
	}
	return next(ctx, tx, simulate)
}

// TestSignaturesAreCheckedOnce: a transaction whose signatures verified is
// not checked again on the same inputs (its bytes, the chain ID, its
// signers' account numbers and keys); anything else is, and a failed
// check is not remembered. What runs after the decorator sees the
// context as it came.
func TestSignaturesAreCheckedOnce(t *testing.T) {
	c := apptest.NewChain(t, dbm.NewMemDB(), 100, 2)
	send := func(amount int64) []byte {
		return c.SignedTx(0, nil, 200_000, &banktypes.MsgSend{FromAddress: c.Accounts[0].String(), ToAddress: c.Accounts[1].String(),
			Amount: sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, amount))})
	}
	c.Next()
	c.RequireOK(c.NextWith(send(1))) // the account's public key is on chain
	a, b := send(2), send(3)
	spy := &sigSpy{}
	d := app.NewCachedSigVerification(spy, c.App.AccountKeeper, 1)
	var after []bool
	next := func(ctx sdk.Context, _ sdk.Tx, _ bool) (sdk.Context, error) {
		after = append(after, ctx.IsSigverifyTx())
		return ctx, nil
	}
	run := func(ctx sdk.Context, bz []byte) error {
		tx, err := c.App.TxDecode(bz)
		require.NoError(t, err)
		_, err = d.AnteHandle(ctx.WithTxBytes(bz).WithIsSigverifyTx(true), tx, false, next)
		return err
	}
	ctx := c.App.NewContext(true).WithBlockHeight(c.App.LastBlockHeight()).WithChainID(app.DefaultChainID)
	require.NoError(t, run(ctx, a))
	require.NoError(t, run(ctx, a))
	require.Equal(t, []bool{true, false}, spy.checked, "checked, then remembered")
	require.NoError(t, run(ctx.WithChainID("other-chain"), a))
	require.NoError(t, run(ctx, b))
	require.NoError(t, run(ctx, a))
	require.Equal(t, []bool{true, false, true, true, true}, spy.checked, "another chain ID, another transaction; one remembered at a time here")
	require.Equal(t, []bool{true, true, true, true, true}, after, "what follows sees the context's flag as it came")
	meter := storetypes.NewInfiniteGasMeter()
	require.NoError(t, run(ctx.WithGasMeter(meter), b))
	require.Zero(t, meter.GasConsumed(), "the cache charges no gas: a transaction's gas is the SDK's")

	spy.checked, spy.fail = nil, true
	require.Error(t, run(ctx, a))
	require.Error(t, run(ctx, a))
	require.Equal(t, []bool{true, true}, spy.checked, "a failed check is not remembered")

	// b is remembered; not at genesis (account numbers read as 0 there), nor in a simulation.
	spy.checked, spy.fail = nil, false
	require.NoError(t, run(ctx, b))
	require.NoError(t, run(ctx.WithBlockHeight(0), b))
	tx, err := c.App.TxDecode(b)
	require.NoError(t, err)
	_, err = d.AnteHandle(ctx.WithTxBytes(b).WithIsSigverifyTx(true), tx, true, next)
	require.NoError(t, err)
	require.Equal(t, []bool{false, true, true}, spy.checked)

	// The same bytes under another account number or public key are
	// checked again; so is a transaction over the cache's size limit.
	spy.checked = nil
	d = app.NewCachedSigVerification(spy, c.App.AccountKeeper, 16)
	require.NoError(t, run(ctx, b))
	branch, _ := ctx.CacheContext()
	acc := c.App.AccountKeeper.GetAccount(branch, c.Accounts[0])
	require.NoError(t, acc.SetAccountNumber(acc.GetAccountNumber()+1000))
	c.App.AccountKeeper.SetAccount(branch, acc)
	require.NoError(t, run(branch, b))
	branch, _ = ctx.CacheContext()
	acc = c.App.AccountKeeper.GetAccount(branch, c.Accounts[0])
	require.NoError(t, acc.SetPubKey(c.Keys[1].PubKey()))
	c.App.AccountKeeper.SetAccount(branch, acc)
	require.NoError(t, run(branch, b))
	require.NoError(t, run(ctx, b))
	large := ctx.WithTxBytes(append(append([]byte(nil), b...), make([]byte, 64<<10)...)).WithIsSigverifyTx(true)
	for range 2 {
		_, err = d.AnteHandle(large, tx, false, next)
		require.NoError(t, err)
	}
	require.Equal(t, []bool{true, true, true, false, true, true}, spy.checked)

	// A sign mode other than those whose sign bytes need no state is
	// checked every time.
	builder, err := c.App.TxConfig().WrapTxBuilder(tx)
	require.NoError(t, err)
	sigs, err := builder.GetTx().GetSignaturesV2()
	require.NoError(t, err)
	sigs[0].Data = &signing.SingleSignatureData{SignMode: signing.SignMode_SIGN_MODE_EIP_191, Signature: sigs[0].Data.(*signing.SingleSignatureData).Signature}
	require.NoError(t, builder.SetSignatures(sigs...))
	eip191, err := c.App.TxConfig().TxEncoder()(builder.GetTx())
	require.NoError(t, err)
	spy.checked = nil
	require.NoError(t, run(ctx, eip191))
	require.NoError(t, run(ctx, eip191))
	require.Equal(t, []bool{true, true}, spy.checked)
}

// TestForgedSignatureIsRefused: with the node's own ante chain, a
// transaction whose signature was altered is refused in CheckTx, and fails
// in a block after the same transaction correctly signed has verified in
// CheckTx (and is remembered).
func TestForgedSignatureIsRefused(t *testing.T) {
	c := apptest.NewChain(t, dbm.NewMemDB(), 100, 2)
	c.Next()
	bz := c.SignedTx(0, nil, 200_000, &banktypes.MsgSend{FromAddress: c.Accounts[0].String(), ToAddress: c.Accounts[1].String(),
		Amount: sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 1))})
	tx, err := c.App.TxDecode(bz)
	require.NoError(t, err)
	forged, err := c.App.TxConfig().WrapTxBuilder(tx)
	require.NoError(t, err)
	sigs, err := forged.GetTx().GetSignaturesV2()
	require.NoError(t, err)
	data := sigs[0].Data.(*signing.SingleSignatureData)
	data.Signature = append([]byte(nil), data.Signature...)
	data.Signature[10] ^= 1
	require.NoError(t, forged.SetSignatures(sigs...))
	forgedBz, err := c.App.TxConfig().TxEncoder()(forged.GetTx())
	require.NoError(t, err)
	require.NotEqual(t, bz, forgedBz)

	check := func(tx []byte) *abci.ResponseCheckTx {
		res, err := c.App.CheckTx(&abci.RequestCheckTx{Tx: tx, Type: abci.CheckTxType_New})
		require.NoError(t, err)
		return res
	}
	res := check(forgedBz)
	require.Equal(t, sdkerrors.ErrUnauthorized.ABCICode(), res.Code, res.Log)
	require.Zero(t, check(bz).Code)
	block := c.NextWith(forgedBz)
	require.Equal(t, sdkerrors.ErrUnauthorized.ABCICode(), block.TxResults[0].Code, block.TxResults[0].Log)
	c.RequireOK(c.NextWith(bz))
}
