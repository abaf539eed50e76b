package keeper_test

import (
	"math/big"
	"testing"

	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/x/registry/types"
)

// BenchmarkSnapshot1000 stores the worker set of an epoch from 1,000
// registered workers in the real app's store (the target: ≤ 20 ms).
func BenchmarkSnapshot1000(b *testing.B) {
	c, ctx, _ := setup(b, true)
	k := c.App.RegistryKeeper
	for i := range 1000 {
		addr := crypto.Keccak256(big.NewInt(int64(i)).Bytes())[12:]
		require.NoError(b, k.Workers.Set(ctx, addr, types.Worker{
			Operator: sdk.AccAddress(addr).String(), EnclaveAddress: addr, Provisioned: true,
			Status: types.WORKER_STATUS_ACTIVE, Stake: sdk.NewCoin(app.BondDenom, math.NewInt(int64(1_000_000+i))),
		}))
	}
	b.ResetTimer()
	for i := range b.N {
		if err := k.Snapshot(ctx, uint64(i)+2); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	ws, err := k.WorkerSets.Get(ctx, uint64(b.N)+1)
	require.NoError(b, err)
	require.Len(b, ws.Workers, 1000)
}

// BenchmarkSelected1000 selects a contract's worker from an epoch's set of
// 1,000 workers, as each task-data check does: "cached" through the
// keeper (the set decoded once per epoch, keyed by its stored bytes),
// "rebuilt" the way it was before the cache (the set read, decoded and its
// cumulative stakes built on every call). Their ratio is the cache's gain.
func BenchmarkSelected1000(b *testing.B) {
	c, ctx, _ := setup(b, true)
	k := c.App.RegistryKeeper
	cur, err := c.App.EpochKeeper.CurrentEpoch(ctx)
	require.NoError(b, err)
	workerSet(b, k, ctx, cur.Number, 1000, 997)
	seed := common.BytesToHash(cur.Seed)
	b.Run("cached", func(b *testing.B) {
		b.ReportAllocs()
		for i := range b.N {
			if _, _, err := k.Selected(ctx, common.BigToAddress(big.NewInt(int64(i))), 0); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("rebuilt", func(b *testing.B) {
		b.ReportAllocs()
		for i := range b.N {
			got, err := k.WorkerSets.Get(ctx, cur.Number)
			if err != nil {
				b.Fatal(err)
			}
			rebuilt(b, got, seed, common.BigToAddress(big.NewInt(int64(i))), 1)
		}
	})
}
