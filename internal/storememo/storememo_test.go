package storememo_test

import (
	"context"
	"errors"
	"testing"

	"cosmossdk.io/collections"
	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/runtime"
	"github.com/cosmos/cosmos-sdk/testutil"

	"github.com/enigmad/enigmad/internal/storememo"
)

// TestValueFollowsTheStore: a Value decodes an entry once per distinct
// content, answers from memory while the bytes are the same, follows a
// change at once, reads with the store's own gas, and reports an absent
// entry as collections.ErrNotFound.
func TestValueFollowsTheStore(t *testing.T) {
	key := storetypes.NewKVStoreKey("memo")
	ctx := testutil.DefaultContext(key, storetypes.NewTransientStoreKey("transient"))
	svc := runtime.NewKVStoreService(key)
	var m storememo.Value[int]
	decodes := 0
	project := func(raw []byte) (int, error) {
		decodes++
		if len(raw) == 0 || raw[0] == 0xff {
			return 0, errors.New("undecodable")
		}
		return int(raw[0]), nil
	}
	get := func(c context.Context) (int, error) { return m.Get(c, svc, []byte("k"), project) }

	_, err := get(ctx)
	require.ErrorIs(t, err, collections.ErrNotFound)
	set := func(v byte) { require.NoError(t, svc.OpenKVStore(ctx).Set([]byte("k"), []byte{v})) }
	set(7)
	for range 3 {
		v, err := get(ctx)
		require.NoError(t, err)
		require.Equal(t, 7, v)
	}
	require.Equal(t, 1, decodes, "decoded once for the same bytes")
	set(9)
	v, err := get(ctx)
	require.NoError(t, err)
	require.Equal(t, 9, v, "a change is seen at once")
	require.Equal(t, 2, decodes)
	// A branch of the state with other bytes (CheckTx's, say) gets its own.
	branch, _ := ctx.CacheContext()
	require.NoError(t, svc.OpenKVStore(branch).Set([]byte("k"), []byte{3}))
	v, err = get(branch)
	require.NoError(t, err)
	require.Equal(t, 3, v)
	v, err = get(ctx)
	require.NoError(t, err)
	require.Equal(t, 9, v)
	// A failed decoding is returned and not remembered.
	set(0xff)
	_, err = get(ctx)
	require.Error(t, err)
	_, err = get(ctx)
	require.Error(t, err)
	require.Equal(t, 6, decodes)

	// The gas of a read is the store's, remembered or not.
	set(5)
	gasOf := func() storetypes.Gas {
		c := ctx.WithGasMeter(storetypes.NewInfiniteGasMeter())
		_, err := get(c)
		require.NoError(t, err)
		return c.GasMeter().GasConsumed()
	}
	first, again := gasOf(), gasOf()
	require.NotZero(t, first)
	require.Equal(t, first, again)
	// What the collection it stands in for costs: an Item at the same key.
	item := collections.NewItem(collections.NewSchemaBuilder(svc), collections.NewPrefix("k"), "k", collections.BytesValue)
	c := ctx.WithGasMeter(storetypes.NewInfiniteGasMeter())
	_, err = item.Get(c)
	require.NoError(t, err)
	require.Equal(t, c.GasMeter().GasConsumed(), first, "what the collection's Get costs")
}
