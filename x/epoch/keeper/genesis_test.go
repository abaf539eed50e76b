package keeper_test

import (
	"crypto/sha256"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/x/epoch/types"
)

func TestGenesisRoundTrip(t *testing.T) {
	params := types.Params{EpochLength: 3, KeepEpochs: 2}
	a := initFixture(t, params)
	a.run(t, 1, 14) // epochs open at 1,4,7,10,13: current 5, kept 3..5
	beacon := sha256.Sum256([]byte("beacon"))
	require.NoError(t, a.keeper.AcceptBeacon(a.ctx, 5, beacon[:]))

	exported, err := a.keeper.ExportGenesis(a.ctx)
	require.NoError(t, err)
	require.NoError(t, exported.Validate())
	require.Len(t, exported.Epochs, 3)
	require.Equal(t, beacon[:], exported.Beacon)

	// Import into a fresh store and export again: the same state.
	b := initFixture(t, types.DefaultParams())
	require.NoError(t, b.keeper.InitGenesis(b.ctx, *exported))
	again, err := b.keeper.ExportGenesis(b.ctx)
	require.NoError(t, err)
	require.Equal(t, exported, again)

	// Both chains go on identically: the beacon survived the round trip.
	a.run(t, 15, 16)
	b.run(t, 15, 16)
	require.Equal(t, a.current(t), b.current(t))
	require.Equal(t, types.SEED_SOURCE_ENCLAVE_BEACON, b.current(t).SeedSource)
}

func TestGenesisValidate(t *testing.T) {
	seed := sha256.Sum256([]byte("s"))
	good := func() types.GenesisState {
		return types.GenesisState{
			Params: types.Params{EpochLength: 5, KeepEpochs: 2},
			Epochs: []types.Epoch{
				{Number: 3, StartHeight: 11, EndHeight: 15, Seed: seed[:], SeedSource: types.SEED_SOURCE_BLOCK_HASH},
				{Number: 4, StartHeight: 16, Seed: seed[:], SeedSource: types.SEED_SOURCE_BLOCK_HASH},
			},
		}
	}
	require.NoError(t, good().Validate())
	require.NoError(t, types.DefaultGenesis().Validate())

	cases := map[string]func(*types.GenesisState){
		"zero epoch length":       func(g *types.GenesisState) { g.Params.EpochLength = 0 },
		"short genesis seed":      func(g *types.GenesisState) { g.GenesisSeed = []byte{1} },
		"gap in numbers":          func(g *types.GenesisState) { g.Epochs[1].Number = 5 },
		"gap in heights":          func(g *types.GenesisState) { g.Epochs[1].StartHeight = 17 },
		"current epoch closed":    func(g *types.GenesisState) { g.Epochs[1].EndHeight = 20 },
		"past epoch open":         func(g *types.GenesisState) { g.Epochs[0].EndHeight = 0 },
		"short seed":              func(g *types.GenesisState) { g.Epochs[0].Seed = seed[:8] },
		"no seed source":          func(g *types.GenesisState) { g.Epochs[0].SeedSource = types.SEED_SOURCE_UNSPECIFIED },
		"epoch zero":              func(g *types.GenesisState) { g.Epochs[0].Number = 0 },
		"more than kept":          func(g *types.GenesisState) { g.Params.KeepEpochs = 0 },
		"short beacon":            func(g *types.GenesisState) { g.Beacon = []byte{1, 2} },
		"beacon without an epoch": func(g *types.GenesisState) { g.Epochs = nil; g.Beacon = seed[:] },
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			g := good()
			mutate(&g)
			require.Error(t, g.Validate())
		})
	}
}
