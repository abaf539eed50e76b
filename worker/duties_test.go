package worker_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/worker"
)

// The genesis worker submits the epoch's beacon and provisions a newcomer,
// which takes the seed; then the two take turns: one beacon an epoch.
func TestDuties(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	cfg := worker.Config{DutyDelay: time.Hour}
	ops := h.net.NewTxQueue(0) // the genesis worker's operator
	w, err := worker.New(ctx, cfg, h.client, h.net.QueryConn(), ops, h.net.Accounts[0])
	require.NoError(t, err)
	epochs := h.net.App.EpochKeeper

	busy, err := w.DutiesStep(ctx)
	require.NoError(t, err)
	require.True(t, busy, "the beacon")
	h.net.RequireOK(h.net.NextWith(ops.Take()...))
	has, err := epochs.Beacons.Has(h.net.Context(), h.net.CurrentEpoch().Number)
	require.NoError(t, err)
	require.True(t, has)
	busy, err = w.DutiesStep(ctx)
	require.NoError(t, err)
	require.False(t, busy, "one beacon an epoch")
	require.Empty(t, ops.Take())

	// A sender that is not the operator takes no part in the chores.
	other, err := worker.New(ctx, cfg, h.client, h.net.QueryConn(), h.queue, h.net.Accounts[1])
	require.NoError(t, err)
	busy, err = other.DutiesStep(ctx)
	require.NoError(t, err)
	require.False(t, busy)
	require.Empty(t, h.queue.Take())

	// A newcomer registers; the provisioned worker provisions it; it takes
	// the seed from the chain.
	fresh := apptest.OpenEnclave(t)
	h.net.RegisterEnclave(h.net.Accounts[2], fresh)
	newOps := h.net.NewTxQueue(2)
	nw, err := worker.New(ctx, cfg, apptest.ServeEnclave(t, fresh), h.net.QueryConn(), newOps, h.net.Accounts[2])
	require.NoError(t, err)
	busy, err = nw.DutiesStep(ctx)
	require.NoError(t, err)
	require.False(t, busy, "nothing to take yet")
	busy, err = w.DutiesStep(ctx)
	require.NoError(t, err)
	require.True(t, busy)
	h.net.RequireOK(h.net.NextWith(ops.Take()...))
	got, err := h.net.App.RegistryKeeper.GetWorker(h.net.Context(), fresh.Info().Address.Bytes())
	require.NoError(t, err)
	require.True(t, got.Provisioned)
	require.False(t, fresh.Info().Provisioned)
	busy, err = nw.DutiesStep(ctx)
	require.NoError(t, err)
	require.True(t, busy)
	require.True(t, fresh.Info().Provisioned, "the newcomer's enclave holds the seed")

	// Next epoch: of the two, only the one whose turn it is submits.
	h.net.NextEpochs(1)
	for _, x := range []*worker.Worker{w, nw} {
		_, err := x.DutiesStep(ctx)
		require.NoError(t, err)
	}
	txs := append(ops.Take(), newOps.Take()...)
	require.Len(t, txs, 1, "one beacon, the other worker waits its turn")
	h.net.RequireOK(h.net.NextWith(txs...))
}
