package keeper_test

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
	"github.com/enigmad/enigmad/x/registry/types"
)

// TestSelectionVectorsThroughTheKeeper loads the selection vectors shared
// with the TypeScript client into the real app's state (an epoch with the
// vector's seed, a worker set with its stakes, the group size) and checks
// that the chain's Selected query gives the vector's answer.
func TestSelectionVectorsThroughTheKeeper(t *testing.T) {
	bz, err := os.ReadFile(filepath.Join("..", "selection", "testdata", "vectors.json"))
	require.NoError(t, err)
	var vectors []struct {
		Seed     common.Hash      `json:"seed"`
		Contract common.Address   `json:"contract"`
		K        int              `json:"k"`
		Selected []common.Address `json:"selected"`
		Workers  []struct {
			Address common.Address `json:"address"`
			Stake   string         `json:"stake"`
		} `json:"workers"`
	}
	require.NoError(t, json.Unmarshal(bz, &vectors))
	require.NotEmpty(t, vectors)

	c, ctx, msgs := setup(t, true)
	k := c.App.RegistryKeeper
	gov := authtypes.NewModuleAddress("gov").String()
	for i, v := range vectors {
		epoch := uint64(1000 + i)
		require.NoError(t, c.App.EpochKeeper.Epochs.Set(ctx, epoch, epochtypes.Epoch{
			Number: epoch, StartHeight: 1, StartTime: time.Unix(0, 0).UTC(), Seed: v.Seed.Bytes(), SeedSource: epochtypes.SEED_SOURCE_BLOCK_HASH,
		}))
		set := types.WorkerSet{Epoch: epoch}
		for _, w := range v.Workers {
			stake, ok := new(big.Int).SetString(w.Stake, 10)
			require.True(t, ok)
			set.Workers = append(set.Workers, types.WorkerSetEntry{EnclaveAddress: w.Address.Bytes(), Stake: math.NewIntFromBigInt(stake)})
		}
		require.NoError(t, k.WorkerSets.Set(ctx, epoch, set))
		p, err := k.Params.Get(ctx)
		require.NoError(t, err)
		p.GroupSize = uint32(v.K)
		_, err = msgs.UpdateParams(ctx, &types.MsgUpdateParams{Authority: gov, Params: p})
		require.NoError(t, err)

		got, e, err := k.Selected(ctx, v.Contract, epoch)
		require.NoError(t, err, "vector %d", i)
		require.Equal(t, epoch, e.Number)
		require.Equal(t, v.Selected, got, "vector %d", i)
	}
}
