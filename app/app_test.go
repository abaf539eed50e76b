package app_test

import (
	"encoding/json"
	"testing"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/enigmad/enigmad/app/apptest"
	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
)

func TestAppRunsSeveralEpochs(t *testing.T) {
	c := apptest.NewChain(t, dbm.NewMemDB(), 5, 1)
	var started, ended []uint64
	for range 23 {
		for _, ev := range c.Next() {
			msg, err := sdk.ParseTypedEvent(apptest.WithoutMode(ev))
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

	cur := c.CurrentEpoch()
	require.Equal(t, uint64(5), cur.Number)
	require.Equal(t, int64(21), cur.StartHeight)
	require.Equal(t, epochtypes.SEED_SOURCE_BLOCK_HASH, cur.SeedSource)
	require.Equal(t, []byte{21, 0, 0xEE}, cur.Randomness[:3], "r_e is the hash CometBFT passed for the boundary block")
	prev, err := c.App.EpochKeeper.GetEpoch(c.App.NewContext(true), 4)
	require.NoError(t, err)
	require.Equal(t, epochtypes.NextSeed(prev.Seed, cur.Randomness), cur.Seed)
}

func TestAppRestartKeepsEpochs(t *testing.T) {
	db := dbm.NewMemDB()
	c := apptest.NewChain(t, db, 4, 1)
	for range 10 {
		c.Next()
	}
	before := c.CurrentEpoch()
	require.Equal(t, uint64(3), before.Number)

	// A node restart: a new app on the same database.
	c.Reopen(db)
	require.Equal(t, int64(10), c.App.LastBlockHeight())
	require.Equal(t, before, c.CurrentEpoch())
	for range 3 {
		c.Next()
	}
	require.Equal(t, uint64(4), c.CurrentEpoch().Number, "the epoch after the restart opens at block 13 as it would have")
	require.Equal(t, int64(13), c.CurrentEpoch().StartHeight)
}

func TestAppExportImportEpochGenesis(t *testing.T) {
	c := apptest.NewChain(t, dbm.NewMemDB(), 3, 1)
	for range 8 {
		c.Next()
	}
	exported, err := c.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	var state map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(exported.AppState, &state))
	var eg epochtypes.GenesisState
	c.App.AppCodec().MustUnmarshalJSON(state[epochtypes.ModuleName], &eg)
	require.NoError(t, eg.Validate())
	require.Equal(t, c.CurrentEpoch(), eg.Epochs[len(eg.Epochs)-1])

	_, err = c.App.ExportAppStateAndValidators(true, nil, nil)
	require.Error(t, err, "zero-height export is refused, not half done")
}

func TestUpdateParamsOnlyThroughGovAuthority(t *testing.T) {
	c := apptest.NewChain(t, dbm.NewMemDB(), 5, 1)
	c.Next()
	ctx := c.Context()
	gov := authtypes.NewModuleAddress("gov").String()
	newParams := epochtypes.Params{EpochLength: 7, KeepEpochs: 3}

	// The signer the SDK derives from the proto annotation is the authority.
	signers, _, err := c.App.AppCodec().GetMsgV1Signers(&epochtypes.MsgUpdateParams{Authority: gov, Params: newParams})
	require.NoError(t, err)
	require.Equal(t, [][]byte{authtypes.NewModuleAddress("gov")}, signers)

	handler := c.App.MsgServiceRouter().Handler(&epochtypes.MsgUpdateParams{})
	require.NotNil(t, handler, "MsgUpdateParams is routed")
	stranger := sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address()).String()
	_, err = handler(ctx, &epochtypes.MsgUpdateParams{Authority: stranger, Params: newParams})
	require.ErrorIs(t, err, epochtypes.ErrInvalidAuthority)
	_, err = handler(ctx, &epochtypes.MsgUpdateParams{Authority: gov, Params: epochtypes.Params{EpochLength: 0, KeepEpochs: 3}})
	require.ErrorIs(t, err, epochtypes.ErrInvalidParams)
	got, err := c.App.EpochKeeper.Params.Get(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(5), got.EpochLength, "rejected updates change nothing")

	_, err = handler(ctx, &epochtypes.MsgUpdateParams{Authority: gov, Params: newParams})
	require.NoError(t, err)
	got, err = c.App.EpochKeeper.Params.Get(ctx)
	require.NoError(t, err)
	require.Equal(t, newParams, got)
}
