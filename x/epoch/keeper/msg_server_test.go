package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/x/epoch/types"
)

func TestUpdateParams(t *testing.T) {
	f := initFixture(t, types.DefaultParams())
	f.block(t, 1)
	stranger := "enigma1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du" // a well-formed address that is not gov

	cases := []struct {
		name    string
		msg     types.MsgUpdateParams
		wantErr error
	}{
		{"not the authority", types.MsgUpdateParams{Authority: stranger, Params: types.Params{EpochLength: 5, KeepEpochs: 2}}, types.ErrInvalidAuthority},
		{"malformed authority", types.MsgUpdateParams{Authority: "not-an-address", Params: types.Params{EpochLength: 5, KeepEpochs: 2}}, types.ErrInvalidAuthority},
		{"zero epoch length", types.MsgUpdateParams{Authority: f.authority, Params: types.Params{EpochLength: 0, KeepEpochs: 2}}, types.ErrInvalidParams},
		{"zero kept epochs", types.MsgUpdateParams{Authority: f.authority, Params: types.Params{EpochLength: 5, KeepEpochs: 0}}, types.ErrInvalidParams},
		{"too many kept epochs", types.MsgUpdateParams{Authority: f.authority, Params: types.Params{EpochLength: 5, KeepEpochs: types.MaxKeepEpochs + 1}}, types.ErrInvalidParams},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.msgs.UpdateParams(f.ctx, &tc.msg)
			require.ErrorIs(t, err, tc.wantErr)
			got, err := f.keeper.Params.Get(f.ctx)
			require.NoError(t, err)
			require.Equal(t, types.DefaultParams(), got, "state unchanged")
		})
	}

	_, err := f.msgs.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.authority, Params: types.Params{EpochLength: 3, KeepEpochs: 4}})
	require.NoError(t, err)
	got, err := f.keeper.Params.Get(f.ctx)
	require.NoError(t, err)
	require.Equal(t, types.Params{EpochLength: 3, KeepEpochs: 4}, got)

	// The new length applies from the next block.
	f.run(t, 2, 4)
	require.Equal(t, uint64(2), f.current(t).Number)
	require.Equal(t, int64(4), f.current(t).StartHeight)
}

func TestParamsValidate(t *testing.T) {
	require.NoError(t, types.DefaultParams().Validate())
	require.Equal(t, uint64(20), types.DefaultParams().EpochLength)
	require.Equal(t, uint64(8), types.DefaultParams().KeepEpochs)
	require.NoError(t, types.Params{EpochLength: 1, KeepEpochs: 1}.Validate())
	require.ErrorIs(t, types.Params{EpochLength: 0, KeepEpochs: 1}.Validate(), types.ErrInvalidParams)
	require.ErrorIs(t, types.Params{EpochLength: 1, KeepEpochs: 0}.Validate(), types.ErrInvalidParams)
}
