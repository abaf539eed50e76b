package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/enigmad/enigmad/x/epoch/types"
)

func TestQueries(t *testing.T) {
	f := initFixture(t, types.Params{EpochLength: 2, KeepEpochs: 3})

	_, err := f.queries.CurrentEpoch(f.ctx, &types.QueryCurrentEpochRequest{})
	require.Equal(t, codes.NotFound, status.Code(err), "before the first block")

	f.run(t, 1, 13) // current 7, kept 4..7
	cur, err := f.queries.CurrentEpoch(f.ctx, &types.QueryCurrentEpochRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(7), cur.Epoch.Number)
	require.Equal(t, uint64(2), cur.EpochLength)

	got, err := f.queries.Epoch(f.ctx, &types.QueryEpochRequest{Number: 5})
	require.NoError(t, err)
	require.Equal(t, int64(9), got.Epoch.StartHeight)
	require.Equal(t, int64(10), got.Epoch.EndHeight)

	for _, n := range []uint64{0, 3, 8, 1 << 40} {
		_, err := f.queries.Epoch(f.ctx, &types.QueryEpochRequest{Number: n})
		require.Equal(t, codes.NotFound, status.Code(err), "epoch %d", n)
	}
	_, err = f.queries.Epoch(f.ctx, nil)
	require.Equal(t, codes.InvalidArgument, status.Code(err))

	page, err := f.queries.Epochs(f.ctx, &types.QueryEpochsRequest{Pagination: &query.PageRequest{Limit: 3, CountTotal: true}})
	require.NoError(t, err)
	require.Len(t, page.Epochs, 3)
	require.Equal(t, uint64(4), page.Epochs[0].Number)
	require.Equal(t, uint64(4), page.Pagination.Total)
	next, err := f.queries.Epochs(f.ctx, &types.QueryEpochsRequest{Pagination: &query.PageRequest{Key: page.Pagination.NextKey}})
	require.NoError(t, err)
	require.Len(t, next.Epochs, 1)
	require.Equal(t, uint64(7), next.Epochs[0].Number)

	params, err := f.queries.Params(f.ctx, &types.QueryParamsRequest{})
	require.NoError(t, err)
	require.Equal(t, types.Params{EpochLength: 2, KeepEpochs: 3}, params.Params)
}
