package app_test

import (
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/app/apptest"

	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// TestOwnProposalIsNotCheckedAgain: a validator's ProcessProposal accepts
// the block its own PrepareProposal has just made without running its
// transactions again, and checks in full any block that differs from it in
// order, time or proposer.
func TestOwnProposalIsNotCheckedAgain(t *testing.T) {
	n := newFeelessNet(t, 100)
	first, second := n.record(t, []byte("sealed inputs")), n.record(t, []byte("more sealed inputs"))
	a, b := n.feeless(1, first), n.feeless(2, second)
	kept := n.Propose(a, b)
	require.Equal(t, [][]byte{a, b}, kept)

	// The first task's data lands behind the proposal's back: written
	// through to the committed stores without a commit, which no node
	// does. A check run again would refuse the block; a verdict remembered
	// from prepareProposal does not see it.
	ctx := n.Context()
	task, err := n.App.SecretComputeKeeper.Tasks.Get(ctx, first.TaskId)
	require.NoError(t, err)
	task.Status = sctypes.TASK_STATUS_PENDING
	require.NoError(t, n.App.SecretComputeKeeper.Tasks.Set(ctx, task.Id, task))

	require.True(t, n.Accepts(a, b), "the proposer's own block, as it made it")
	require.False(t, n.Accepts(b, a), "the same transactions in another order are checked")
	require.False(t, n.Accepts(a), "a block holding fewer is checked")
	process := func(proposer []byte, at time.Time, txs ...[]byte) abci.ResponseProcessProposal_ProposalStatus {
		res, err := n.App.ProcessProposal(&abci.RequestProcessProposal{
			Txs: txs, Height: n.App.LastBlockHeight() + 1, Time: at, ProposerAddress: proposer,
		})
		require.NoError(t, err)
		return res.Status
	}
	// Accepts proposes at the chain's time plus a second, as Propose does,
	// from the validator set's proposer.
	own := n.Time().Add(time.Second)
	require.Equal(t, abci.ResponseProcessProposal_ACCEPT, process(n.Proposer(), own, a, b), "the proposer's own block")
	require.Equal(t, abci.ResponseProcessProposal_REJECT, process(make([]byte, 20), own, a, b), "another proposer's block")
	require.Equal(t, abci.ResponseProcessProposal_REJECT, process(n.Proposer(), own.Add(time.Nanosecond), a, b), "another time")
}

// TestProposalDigestNamesItsInputs: the digest a proposer's shortcut
// compares changes with each thing the proposal handlers' verdict depends
// on: the committed state, the height, the time, the proposer, and every
// transaction's bytes and bounds.
func TestProposalDigestNamesItsInputs(t *testing.T) {
	c := apptest.NewChain(t, dbm.NewMemDB(), 100, 1)
	c.Next()
	d := func(height, unixNano int64, proposer string, txs ...string) [32]byte {
		bz := make([][]byte, len(txs))
		for i, tx := range txs {
			bz[i] = []byte(tx)
		}
		return c.App.ProposalDigest(height, unixNano, []byte(proposer), bz)
	}
	base := d(5, 7, "p", "ab", "c")
	require.Equal(t, base, d(5, 7, "p", "ab", "c"))
	for name, other := range map[string][32]byte{
		"height":                         d(6, 7, "p", "ab", "c"),
		"time":                           d(5, 8, "p", "ab", "c"),
		"proposer":                       d(5, 7, "q", "ab", "c"),
		"a transaction's bytes":          d(5, 7, "p", "ab", "d"),
		"the bound between transactions": d(5, 7, "p", "a", "bc"),
		"one transaction fewer":          d(5, 7, "p", "ab"),
		"an empty transaction more":      d(5, 7, "p", "ab", "c", ""),
		"the order":                      d(5, 7, "p", "c", "ab"),
	} {
		require.NotEqual(t, base, other, name)
	}
	c.Next()
	require.NotEqual(t, base, d(5, 7, "p", "ab", "c"), "another committed state")
}
