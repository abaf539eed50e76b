package app_test

import (
	"testing"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
)

// A query context is at the last committed block and reads its state,
// after every commit (its height is read from the database, not computed
// from the store's commit hash).
func TestQueryContextIsAtTheLastBlock(t *testing.T) {
	c := apptest.NewChain(t, dbm.NewMemDB(), 10, 2)
	c.Next()
	for range 3 {
		before := queriedBalance(t, c)
		send := banktypes.NewMsgSend(c.Accounts[0], c.Accounts[1], sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 1_000)))
		c.RequireOK(c.NextWith(c.SignedTx(0, nil, 200_000, send)))
		ctx, err := c.App.CreateQueryContext(0, false)
		require.NoError(t, err)
		require.Equal(t, c.App.LastBlockHeight(), ctx.BlockHeight())
		require.Equal(t, before+1_000, queriedBalance(t, c), "the last block's send is visible")
	}
}

func queriedBalance(t *testing.T, c *apptest.Chain) int64 {
	ctx, err := c.App.CreateQueryContext(0, false)
	require.NoError(t, err)
	return c.App.BankKeeper.GetBalance(ctx, c.Accounts[1], app.BondDenom).Amount.Int64()
}

// BenchmarkQueryContext: a query context on the latest state, "app" as
// the app makes it (the height read from the database), "recomputed" as
// the SDK would with the commit multistore itself (the height from the
// last commit's hash, twice, then the same branch of the store).
func BenchmarkQueryContext(b *testing.B) {
	c := apptest.NewChain(b, dbm.NewMemDB(), 10, 2)
	c.Next()
	b.Run("app", func(b *testing.B) {
		for range b.N {
			if _, err := c.App.CreateQueryContext(0, false); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("recomputed", func(b *testing.B) {
		cms := c.App.CommitMultiStore()
		for range b.N {
			_ = cms.LatestVersion()
			h := cms.LatestVersion()
			ms, err := cms.CacheMultiStoreWithVersion(h)
			if err != nil {
				b.Fatal(err)
			}
			_ = sdk.NewContext(ms, c.Context().BlockHeader(), true, nil)
		}
	})
}
