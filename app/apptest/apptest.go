// Package apptest drives the real enigmad application through ABCI, as
// CometBFT would, for integration tests of its modules.
package apptest

import (
	"context"
	"encoding/json"
	"math/rand"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtjson "github.com/cometbft/cometbft/libs/json"
	cmttypes "github.com/cometbft/cometbft/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/log/v2"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
	authsign "github.com/cosmos/cosmos-sdk/x/auth/signing"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/enigmad/enigmad/app"
	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
)

// Chain is the real app at some height, with funded accounts.
type Chain struct {
	t   testing.TB
	App *app.App
	// Accounts are funded with 10^12 ueng each at genesis; Keys sign for them.
	Accounts []sdk.AccAddress
	Keys     []cryptotypes.PrivKey
	valSet   *cmttypes.ValidatorSet
	time     time.Time
}

// NewChain starts the app on db with the given epoch length and n funded
// accounts (at least one), and runs InitChain. opts are extra baseapp
// options (for example a minimum gas price).
func NewChain(t testing.TB, db dbm.DB, epochLength uint64, n int, opts ...func(*baseapp.BaseApp)) *Chain {
	t.Helper()
	return NewChainWith(t, db, epochLength, n, nil, opts...)
}

// GenesisEdit changes a module's genesis before InitChain; accounts are the
// funded accounts, in Chain.Accounts' order.
type GenesisEdit func(cdc codec.Codec, genesis map[string]json.RawMessage, accounts []sdk.AccAddress)

// NewChainWith is NewChain with edit applied to the genesis state first.
func NewChainWith(t testing.TB, db dbm.DB, epochLength uint64, n int, edit GenesisEdit, opts ...func(*baseapp.BaseApp)) *Chain {
	t.Helper()
	a := app.New(log.NewNopLogger(), db, true, simtestutil.NewAppOptionsWithFlagHome(t.TempDir()), append([]func(*baseapp.BaseApp){baseapp.SetChainID(app.DefaultChainID)}, opts...)...)
	valSet, err := simtestutil.CreateRandomValidatorSet()
	require.NoError(t, err)

	c := &Chain{t: t, App: a, valSet: valSet, time: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
	var accs []authtypes.GenesisAccount
	var balances []banktypes.Balance
	for range max(n, 1) {
		key := secp256k1.GenPrivKey()
		addr := sdk.AccAddress(key.PubKey().Address())
		c.Accounts = append(c.Accounts, addr)
		c.Keys = append(c.Keys, key)
		accs = append(accs, authtypes.NewBaseAccount(addr, nil, 0, 0))
		balances = append(balances, banktypes.Balance{Address: addr.String(), Coins: sdk.NewCoins(sdk.NewCoin(app.BondDenom, sdkmath.NewInt(1e12)))})
	}
	genesis, err := simtestutil.GenesisStateWithValSet(a.AppCodec(), a.DefaultGenesis(), valSet, accs, balances...)
	require.NoError(t, err)

	var eg epochtypes.GenesisState
	a.AppCodec().MustUnmarshalJSON(genesis[epochtypes.ModuleName], &eg)
	eg.Params.EpochLength = epochLength
	genesis[epochtypes.ModuleName] = a.AppCodec().MustMarshalJSON(&eg)
	if edit != nil {
		edit(a.AppCodec(), genesis, c.Accounts)
	}

	stateBytes, err := cmtjson.MarshalIndent(genesis, "", " ")
	require.NoError(t, err)
	_, err = a.InitChain(&abci.RequestInitChain{
		ChainId:         app.DefaultChainID,
		Time:            c.time,
		InitialHeight:   1,
		ConsensusParams: simtestutil.DefaultConsensusParams,
		AppStateBytes:   stateBytes,
	})
	require.NoError(t, err)
	return c
}

// SetT makes the chain report failures to t from now on: a fuzz target
// drives a chain made outside it and must report through its own t.
func (c *Chain) SetT(t testing.TB) { c.t = t }

// Reopen replaces the app with a new one on the same database, as a node
// restart does.
func (c *Chain) Reopen(db dbm.DB) {
	c.App = app.New(log.NewNopLogger(), db, true, simtestutil.NewAppOptionsWithFlagHome(c.t.TempDir()), baseapp.SetChainID(app.DefaultChainID))
}

// Next finalizes and commits one block and returns its events.
func (c *Chain) Next() []abci.Event {
	c.t.Helper()
	res := c.NextWith()
	return res.Events
}

// NextWith finalizes a block holding txs, commits it, and returns the
// FinalizeBlock response.
func (c *Chain) NextWith(txs ...[]byte) *abci.ResponseFinalizeBlock {
	c.t.Helper()
	c.time = c.time.Add(time.Second)
	height := c.App.LastBlockHeight() + 1
	res, err := c.App.FinalizeBlock(&abci.RequestFinalizeBlock{
		Height:             height,
		Time:               c.time,
		Hash:               blockHash(height),
		Txs:                txs,
		NextValidatorsHash: c.valSet.Hash(),
		ProposerAddress:    c.valSet.Proposer.Address,
	})
	require.NoError(c.t, err)
	_, err = c.App.Commit()
	require.NoError(c.t, err)
	return res
}

// Propose runs PrepareProposal for the next block over txs, as the
// proposer does with its mempool, and returns the transactions it keeps.
func (c *Chain) Propose(txs ...[]byte) [][]byte {
	c.t.Helper()
	res, err := c.App.PrepareProposal(&abci.RequestPrepareProposal{
		MaxTxBytes: 22 << 20, Txs: txs, Height: c.App.LastBlockHeight() + 1, Time: c.time.Add(time.Second),
		NextValidatorsHash: c.valSet.Hash(), ProposerAddress: c.valSet.Proposer.Address,
	})
	require.NoError(c.t, err)
	return res.Txs
}

// Accepts runs ProcessProposal for a next block holding txs, as every
// validator does with a proposal, and reports whether it accepts it.
func (c *Chain) Accepts(txs ...[]byte) bool {
	c.t.Helper()
	height := c.App.LastBlockHeight() + 1
	res, err := c.App.ProcessProposal(&abci.RequestProcessProposal{
		Txs: txs, Height: height, Time: c.time.Add(time.Second), Hash: blockHash(height),
		NextValidatorsHash: c.valSet.Hash(), ProposerAddress: c.valSet.Proposer.Address,
	})
	require.NoError(c.t, err)
	return res.Status == abci.ResponseProcessProposal_ACCEPT
}

// NextProposed runs a block the way a network does: the proposer's
// PrepareProposal over txs, its own ProcessProposal (which accepts the
// block it made without checking it again) and another validator's (which
// checks it in full), both of which must accept, then FinalizeBlock and
// Commit. It returns the FinalizeBlock response, whose TxResults match the
// transactions Propose kept.
func (c *Chain) NextProposed(txs ...[]byte) (*abci.ResponseFinalizeBlock, [][]byte) {
	c.t.Helper()
	kept := c.Propose(txs...)
	require.True(c.t, c.Accepts(kept...), "the proposer rejects its own block")
	c.App.ForgetProposal()
	require.True(c.t, c.Accepts(kept...), "validators reject the honest proposer's block")
	return c.NextWith(kept...), kept
}

// NextAsProposer runs a block as the one validator that proposes it does:
// PrepareProposal over txs, its own ProcessProposal, FinalizeBlock and
// Commit (a node's work, for benchmarks; NextProposed also checks the
// block as another validator).
func (c *Chain) NextAsProposer(txs ...[]byte) (*abci.ResponseFinalizeBlock, [][]byte) {
	c.t.Helper()
	kept := c.Propose(txs...)
	require.True(c.t, c.Accepts(kept...), "the proposer rejects its own block")
	return c.NextWith(kept...), kept
}

// Context is a context on the committed state that writes through, for
// calling keepers and message handlers directly.
func (c *Chain) Context() sdk.Context {
	// The check state's header is not the last block's; a keeper call here
	// acts as if at the last block, with its height and time.
	header := c.App.NewContext(true).BlockHeader()
	header.Height, header.Time = c.App.LastBlockHeight(), c.time
	return c.App.NewUncachedContext(false, header).WithChainID(app.DefaultChainID)
}

// CurrentEpoch returns the epoch in progress.
func (c *Chain) CurrentEpoch() epochtypes.Epoch {
	c.t.Helper()
	e, err := c.App.EpochKeeper.CurrentEpoch(c.App.NewContext(true))
	require.NoError(c.t, err)
	return e
}

// WithoutMode drops the "mode" attribute (BeginBlock/EndBlock) that baseapp
// adds to block events, which is not a field of typed events.
func WithoutMode(ev abci.Event) abci.Event {
	out := abci.Event{Type: ev.Type}
	for _, a := range ev.Attributes {
		if a.Key != "mode" {
			out.Attributes = append(out.Attributes, a)
		}
	}
	return out
}

// SignedTx signs msgs as account i, with its committed sequence, the given
// fee and gas limit, and returns the encoded transaction.
func (c *Chain) SignedTx(i int, fee sdk.Coins, gas uint64, msgs ...sdk.Msg) []byte {
	c.t.Helper()
	ctx := c.App.NewContext(true)
	acc := c.App.AccountKeeper.GetAccount(ctx, c.Accounts[i])
	require.NotNil(c.t, acc)
	tx, err := simtestutil.GenSignedMockTx(rand.New(rand.NewSource(1)), c.App.TxConfig(), msgs, fee, gas, app.DefaultChainID,
		[]uint64{acc.GetAccountNumber()}, []uint64{acc.GetSequence()}, c.Keys[i])
	require.NoError(c.t, err)
	bz, err := c.App.TxConfig().TxEncoder()(tx)
	require.NoError(c.t, err)
	return bz
}

// SignedTxWith signs msgs as account i with no fee and the given gas
// limit, after edit has set anything else on the transaction (a timeout,
// unordered), and returns the encoded transaction. An unordered one is
// signed with sequence 0, as the SDK requires.
func (c *Chain) SignedTxWith(i int, gas uint64, edit func(client.TxBuilder), msgs ...sdk.Msg) []byte {
	c.t.Helper()
	acc := c.App.AccountKeeper.GetAccount(c.App.NewContext(true), c.Accounts[i])
	require.NotNil(c.t, acc)
	return c.signTx(i, acc.GetAccountNumber(), acc.GetSequence(), gas, edit, msgs)
}

// signTx is SignedTxWith for an account whose number and sequence the
// caller has read: it reads no state.
func (c *Chain) signTx(i int, accountNumber, sequence, gas uint64, edit func(client.TxBuilder), msgs []sdk.Msg) []byte {
	c.t.Helper()
	cfg := c.App.TxConfig()
	signMode, err := authsign.APISignModeToInternal(cfg.SignModeHandler().DefaultMode())
	require.NoError(c.t, err)
	b := cfg.NewTxBuilder()
	require.NoError(c.t, b.SetMsgs(msgs...))
	b.SetGasLimit(gas)
	if edit != nil {
		edit(b)
	}
	seq := sequence
	if u, ok := b.GetTx().(sdk.TxWithUnordered); ok && u.GetUnordered() {
		seq = 0
	}
	key := c.Keys[i]
	sig := signing.SignatureV2{PubKey: key.PubKey(), Data: &signing.SingleSignatureData{SignMode: signMode}, Sequence: seq}
	require.NoError(c.t, b.SetSignatures(sig))
	signBytes, err := authsign.GetSignBytesAdapter(context.Background(), cfg.SignModeHandler(), signMode, authsign.SignerData{
		Address: c.Accounts[i].String(), ChainID: app.DefaultChainID, AccountNumber: accountNumber, Sequence: seq, PubKey: key.PubKey(),
	}, b.GetTx())
	require.NoError(c.t, err)
	sig.Data.(*signing.SingleSignatureData).Signature, err = key.Sign(signBytes)
	require.NoError(c.t, err)
	require.NoError(c.t, b.SetSignatures(sig))
	bz, err := cfg.TxEncoder()(b.GetTx())
	require.NoError(c.t, err)
	return bz
}

// Time is the time of the last block.
func (c *Chain) Time() time.Time { return c.time }

// Proposer is the address of the validator that proposes the next block
// (Propose, Accepts, NextProposed).
func (c *Chain) Proposer() []byte { return c.valSet.Proposer.Address }

// CheckTx signs msgs as account i with the given fee and runs CheckTx on
// them, as the mempool does. It returns the response code and log.
func (c *Chain) CheckTx(i int, fee sdk.Coins, msgs ...sdk.Msg) (uint32, string) {
	c.t.Helper()
	bz := c.SignedTx(i, fee, 2_000_000, msgs...)
	res, err := c.App.CheckTx(&abci.RequestCheckTx{Tx: bz, Type: abci.CheckTxType_New})
	require.NoError(c.t, err)
	return res.Code, res.Log
}

// blockHash is the test chain's hash of the block at height.
func blockHash(height int64) []byte {
	hash := make([]byte, 32)
	copy(hash, []byte{byte(height), byte(height >> 8), 0xEE})
	return hash
}
