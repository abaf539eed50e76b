package app_test

import (
	"encoding/json"
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
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/enigmad/enigmad/app"
	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
)

// chain drives the real application through ABCI, as CometBFT would.
type chain struct {
	t      *testing.T
	app    *app.App
	valSet *cmttypes.ValidatorSet
	time   time.Time
}

func newChain(t *testing.T, db dbm.DB, epochLength uint64) *chain {
	t.Helper()
	a := app.New(log.NewNopLogger(), db, true, simtestutil.NewAppOptionsWithFlagHome(t.TempDir()), baseapp.SetChainID(app.DefaultChainID))
	valSet, err := simtestutil.CreateRandomValidatorSet()
	require.NoError(t, err)

	acc := authtypes.NewBaseAccount(sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address()), nil, 0, 0)
	balance := banktypes.Balance{Address: acc.GetAddress().String(), Coins: sdk.NewCoins(sdk.NewCoin(app.BondDenom, sdkmath.NewInt(1e12)))}
	genesis, err := simtestutil.GenesisStateWithValSet(a.AppCodec(), a.DefaultGenesis(), valSet, []authtypes.GenesisAccount{acc}, balance)
	require.NoError(t, err)

	var eg epochtypes.GenesisState
	a.AppCodec().MustUnmarshalJSON(genesis[epochtypes.ModuleName], &eg)
	eg.Params.EpochLength = epochLength
	genesis[epochtypes.ModuleName] = a.AppCodec().MustMarshalJSON(&eg)

	stateBytes, err := cmtjson.MarshalIndent(genesis, "", " ")
	require.NoError(t, err)
	c := &chain{t: t, app: a, valSet: valSet, time: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
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

// next finalizes and commits one block and returns its events.
func (c *chain) next() []abci.Event {
	c.t.Helper()
	c.time = c.time.Add(time.Second)
	height := c.app.LastBlockHeight() + 1
	hash := make([]byte, 32)
	copy(hash, []byte{byte(height), byte(height >> 8), 0xEE})
	res, err := c.app.FinalizeBlock(&abci.RequestFinalizeBlock{
		Height:             height,
		Time:               c.time,
		Hash:               hash,
		NextValidatorsHash: c.valSet.Hash(),
		ProposerAddress:    c.valSet.Proposer.Address,
	})
	require.NoError(c.t, err)
	_, err = c.app.Commit()
	require.NoError(c.t, err)
	return res.Events
}

func (c *chain) currentEpoch() epochtypes.Epoch {
	c.t.Helper()
	e, err := c.app.EpochKeeper.CurrentEpoch(c.app.NewContext(true))
	require.NoError(c.t, err)
	return e
}

func TestAppRunsSeveralEpochs(t *testing.T) {
	c := newChain(t, dbm.NewMemDB(), 5)
	var started, ended []uint64
	for range 23 {
		for _, ev := range c.next() {
			msg, err := sdk.ParseTypedEvent(withoutMode(ev))
			if err != nil {
				continue
			}
			switch e := msg.(type) {
			case *epochtypes.EventEpochStarted:
				started = append(started, e.Number)
			case *epochtypes.EventEpochEnded:
				ended = append(ended, e.Number)
			}
		}
	}
	require.Equal(t, []uint64{1, 2, 3, 4, 5}, started, "blocks 1, 6, 11, 16, 21 open epochs")
	require.Equal(t, []uint64{1, 2, 3, 4}, ended)

	cur := c.currentEpoch()
	require.Equal(t, uint64(5), cur.Number)
	require.Equal(t, int64(21), cur.StartHeight)
	require.Equal(t, epochtypes.SEED_SOURCE_BLOCK_HASH, cur.SeedSource)
	require.Equal(t, []byte{21, 0, 0xEE}, cur.Randomness[:3], "r_e is the hash CometBFT passed for the boundary block")
	prev, err := c.app.EpochKeeper.GetEpoch(c.app.NewContext(true), 4)
	require.NoError(t, err)
	require.Equal(t, epochtypes.NextSeed(prev.Seed, cur.Randomness), cur.Seed)
}

func TestAppRestartKeepsEpochs(t *testing.T) {
	db := dbm.NewMemDB()
	c := newChain(t, db, 4)
	for range 10 {
		c.next()
	}
	before := c.currentEpoch()
	require.Equal(t, uint64(3), before.Number)

	// A node restart: a new app on the same database.
	restarted := app.New(log.NewNopLogger(), db, true, simtestutil.NewAppOptionsWithFlagHome(t.TempDir()), baseapp.SetChainID(app.DefaultChainID))
	c.app = restarted
	require.Equal(t, int64(10), restarted.LastBlockHeight())
	require.Equal(t, before, c.currentEpoch())
	for range 3 {
		c.next()
	}
	require.Equal(t, uint64(4), c.currentEpoch().Number, "the epoch after the restart opens at block 13 as it would have")
	require.Equal(t, int64(13), c.currentEpoch().StartHeight)
}

func TestAppExportImportEpochGenesis(t *testing.T) {
	c := newChain(t, dbm.NewMemDB(), 3)
	for range 8 {
		c.next()
	}
	exported, err := c.app.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	var state map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(exported.AppState, &state))
	var eg epochtypes.GenesisState
	c.app.AppCodec().MustUnmarshalJSON(state[epochtypes.ModuleName], &eg)
	require.NoError(t, eg.Validate())
	require.Equal(t, c.currentEpoch(), eg.Epochs[len(eg.Epochs)-1])

	_, err = c.app.ExportAppStateAndValidators(true, nil, nil)
	require.Error(t, err, "zero-height export is refused, not half done")
}

// withoutMode drops the "mode" attribute (BeginBlock/EndBlock) that baseapp
// adds to block events, which is not a field of the typed event.
func withoutMode(ev abci.Event) abci.Event {
	out := abci.Event{Type: ev.Type}
	for _, a := range ev.Attributes {
		if a.Key != "mode" {
			out.Attributes = append(out.Attributes, a)
		}
	}
	return out
}

func TestUpdateParamsOnlyThroughGovAuthority(t *testing.T) {
	c := newChain(t, dbm.NewMemDB(), 5)
	c.next()
	ctx := c.app.NewUncachedContext(false, c.app.NewContext(true).BlockHeader())
	gov := authtypes.NewModuleAddress("gov").String()
	newParams := epochtypes.Params{EpochLength: 7, KeepEpochs: 3}

	// The signer the SDK derives from the proto annotation is the authority.
	signers, _, err := c.app.AppCodec().GetMsgV1Signers(&epochtypes.MsgUpdateParams{Authority: gov, Params: newParams})
	require.NoError(t, err)
	require.Equal(t, [][]byte{authtypes.NewModuleAddress("gov")}, signers)

	handler := c.app.MsgServiceRouter().Handler(&epochtypes.MsgUpdateParams{})
	require.NotNil(t, handler, "MsgUpdateParams is routed")
	stranger := sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address()).String()
	_, err = handler(ctx, &epochtypes.MsgUpdateParams{Authority: stranger, Params: newParams})
	require.ErrorIs(t, err, epochtypes.ErrInvalidAuthority)
	_, err = handler(ctx, &epochtypes.MsgUpdateParams{Authority: gov, Params: epochtypes.Params{EpochLength: 0, KeepEpochs: 3}})
	require.ErrorIs(t, err, epochtypes.ErrInvalidParams)
	got, err := c.app.EpochKeeper.Params.Get(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(5), got.EpochLength, "rejected updates change nothing")

	_, err = handler(ctx, &epochtypes.MsgUpdateParams{Authority: gov, Params: newParams})
	require.NoError(t, err)
	got, err = c.app.EpochKeeper.Params.Get(ctx)
	require.NoError(t, err)
	require.Equal(t, newParams, got)
}
