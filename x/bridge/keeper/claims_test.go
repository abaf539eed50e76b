package keeper_test

import (
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"

	"github.com/cosmos/cosmos-sdk/types"

	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"

	"github.com/enigmad/enigmad/x/bridge/keeper"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
)

// With powers 2, 2, 1 and the genesis validator's 1, two validators hold
// exactly 2/3: not enough. The third makes it more.
func TestTallyNeedsMoreThanTwoThirds(t *testing.T) {
	f := newFixture(t, []int64{2, 2, 1}, fixtureOptions{})
	ev := f.taskEvent(1, 1)
	require.NoError(t, f.claim(0, ev))
	require.NoError(t, f.claim(1, ev))
	f.chain.Next()
	require.Zero(t, f.lastObserved(), "exactly 2/3 of the power is not more than 2/3")
	_, err := f.taskOf(ev)
	require.ErrorIs(t, err, collections.ErrNotFound)

	require.NoError(t, f.claim(2, ev))
	events := f.chain.Next()
	require.Equal(t, uint64(1), f.lastObserved())
	task, err := f.taskOf(ev)
	require.NoError(t, err, "the observed record reached x/secretcompute")
	require.Equal(t, uint64(100_000), task.GasLimit)
	require.Equal(t, uint64(101), task.EthBlock)
	obs := observedEvents(t, f, events)
	require.Len(t, obs, 1)
	require.Equal(t, bridgetypes.KindTaskRecord, obs[0].Kind)
	require.Empty(t, obs[0].Error)

	// The attestations of an observed nonce are gone; a late claim of it
	// moves its validator's cursor only.
	n, err := f.keeper().Attestations.Iterate(f.ctx(), nil)
	require.NoError(t, err)
	require.False(t, n.Valid())
	n.Close()
}

func observedEvents(t *testing.T, f *fixture, events []abci.Event) []bridgetypes.EventObserved {
	t.Helper()
	var out []bridgetypes.EventObserved
	for _, e := range events {
		if e.Type != "enigma.bridge.v1.EventObserved" {
			continue
		}
		msg, err := types.ParseTypedEvent(apptest.WithoutMode(e))
		require.NoError(t, err)
		out = append(out, *msg.(*bridgetypes.EventObserved))
	}
	return out
}

func TestClaimsMustContinueTheCursor(t *testing.T) {
	f := newFixture(t, []int64{10, 10, 10, 10}, fixtureOptions{})
	require.ErrorIs(t, f.claim(0, f.taskEvent(2, 2)), bridgetypes.ErrNonContiguous, "nonce 2 before 1")
	require.ErrorIs(t, f.claim(0, f.taskEvent(1, 1), f.taskEvent(3, 3)), bridgetypes.ErrNonContiguous, "a gap inside one message")
	cur, err := f.keeper().Cursors.Get(f.ctx(), f.vals[0].val)
	require.NoError(t, err)
	require.Zero(t, cur.EventNonce, "a refused message takes none of its events")
	require.NoError(t, f.claim(0, f.taskEvent(1, 1), f.taskEvent(2, 2)))
	require.ErrorIs(t, f.claim(0, f.taskEvent(2, 2)), bridgetypes.ErrNonContiguous, "the same nonce twice")

	// An Ethereum block before the last claim's cannot follow it.
	back := f.taskEvent(3, 3)
	back.EthBlock = 50
	require.ErrorIs(t, f.claim(0, back), bridgetypes.ErrInvalidClaim)
}

func TestMalformedClaimsAreRefused(t *testing.T) {
	f := newFixture(t, []int64{10, 10, 10, 10}, fixtureOptions{})
	wrongID := f.taskEvent(1, 1)
	wrongID.GetTaskRecord().TaskId = common.Hash{1}.Hex()
	lower := f.taskEvent(1, 1)
	lower.GetTaskRecord().Sender = "0x00000000000000000000000000000000000a11ce"
	upperHash := f.taskEvent(1, 1)
	upperHash.GetTaskRecord().InputsHash = "0xAA00000000000000000000000000000000000000000000000000000000000000"
	noKind := f.taskEvent(1, 1)
	noKind.Event = nil
	for name, ev := range map[string]bridgetypes.EthereumEvent{
		"task id not taskIdOf(sender, salt)": wrongID, "address not EIP-55": lower, "hash not lower case": upperHash, "no kind": noKind,
	} {
		require.ErrorIs(t, f.claim(0, ev), bridgetypes.ErrInvalidClaim, name)
	}
	// Not an orchestrator: the validator's own operator account.
	_, err := f.keeper().Claim(f.ctx(), f.chain.Accounts[f.vals[0].op].String(), []bridgetypes.EthereumEvent{f.taskEvent(1, 1)})
	require.ErrorIs(t, err, bridgetypes.ErrNotOrchestrator)

	many := make([]bridgetypes.EthereumEvent, bridgetypes.DefaultMaxEventsPerMsg+1)
	for i := range many {
		many[i] = f.taskEvent(uint64(i+1), byte(i))
	}
	require.ErrorIs(t, f.claim(0, many...), bridgetypes.ErrTooManyEvents)

	// Through a transaction: the registered code, and nothing changes.
	res := f.chain.NextWith(f.chain.SignedTx(f.vals[0].orch, nil, 1_000_000, &bridgetypes.MsgEthereumClaims{
		Orchestrator: f.orchestrator(0), Events: []bridgetypes.EthereumEvent{wrongID}}))
	require.Equal(t, bridgetypes.ErrInvalidClaim.ABCICode(), res.TxResults[0].Code)
	require.Equal(t, bridgetypes.ModuleName, res.TxResults[0].Codespace)
	cur, err := f.keeper().Cursors.Get(f.ctx(), f.vals[0].val)
	require.NoError(t, err)
	require.Zero(t, cur.EventNonce)
}

func TestClaimsBeforeTheBridgeIsConfigured(t *testing.T) {
	f := newFixture(t, []int64{10}, fixtureOptions{unconfigured: true})
	require.ErrorIs(t, f.claim(0, f.taskEvent(1, 1)), bridgetypes.ErrNotConfigured)
}

// Validators that claim another event at the same nonce do not count for
// the first; the first is observed once the others make it more than 2/3.
func TestConflictingClaims(t *testing.T) {
	f := newFixture(t, []int64{10, 10, 10, 10}, fixtureOptions{})
	x, y := f.taskEvent(1, 1), f.taskEvent(1, 2)
	require.NoError(t, f.claim(0, x))
	require.NoError(t, f.claim(1, x))
	require.NoError(t, f.claim(2, y))
	f.chain.Next()
	require.Zero(t, f.lastObserved())
	res, err := keeperQuery(f).Attestations(f.ctx(), &bridgetypes.QueryAttestationsRequest{})
	require.NoError(t, err)
	require.Len(t, res.Attestations, 2, "one attestation per claimed event")

	require.NoError(t, f.claim(3, x))
	f.chain.Next()
	require.Equal(t, uint64(1), f.lastObserved())
	_, err = f.taskOf(x)
	require.NoError(t, err)
	_, err = f.taskOf(y)
	require.ErrorIs(t, err, collections.ErrNotFound, "the minority's event is not applied")
	// The dissenter carries on from its own cursor.
	require.NoError(t, f.claim(2, f.taskEvent(2, 3)))
}

// Votes count with the power their validators hold when the tally runs.
func TestPowerChangesMidTally(t *testing.T) {
	f := newFixture(t, []int64{10, 10, 10, 10}, fixtureOptions{})
	ev := f.taskEvent(1, 1)
	require.NoError(t, f.claim(0, ev))
	require.NoError(t, f.claim(1, ev))
	f.chain.Next()
	require.Zero(t, f.lastObserved(), "20 of 41")

	// Validator 0 gains 40: 60 of 81 is more than 2/3.
	stake := stakingtypes.NewMsgDelegate(f.chain.Accounts[f.vals[0].op].String(), f.vals[0].val.String(),
		types.NewCoin(app.BondDenom, types.TokensFromConsensusPower(40, types.DefaultPowerReduction)))
	f.requireOK(f.chain.NextWith(f.chain.SignedTx(f.vals[0].op, nil, 500_000, stake)))
	require.Equal(t, uint64(1), f.lastObserved(), "observed in the block the power changed")
}

// A handler that fails is recorded and skipped: the next event applies.
func TestFailingEventIsRecordedAndSkipped(t *testing.T) {
	f := newFixture(t, []int64{10, 10, 10, 10}, fixtureOptions{})
	unknown := bridgetypes.EthereumEvent{EventNonce: 1, EthBlock: 100, EthTime: 1, Event: &bridgetypes.EthereumEvent_BatchSubmitted{
		BatchSubmitted: &bridgetypes.BatchSubmittedEvent{BatchNonce: 7, Root: common.Hash{7}.Hex(), FirstSequence: 1, LastSequence: 3}}}
	record := f.taskEvent(2, 2)
	events := f.claimAll(unknown, record)
	obs := observedEvents(t, f, events)
	require.Len(t, obs, 2)
	require.Equal(t, uint64(1), obs[0].EventNonce)
	require.Contains(t, obs[0].Error, "did not close")
	require.Empty(t, obs[1].Error)
	require.Equal(t, uint64(2), f.lastObserved())
	_, err := f.taskOf(record)
	require.NoError(t, err)
	onEth, err := f.keeper().LastEthBatchNonce.Has(f.ctx())
	require.NoError(t, err)
	require.False(t, onEth, "the failed event changed nothing")
}

func keeperQuery(f *fixture) bridgetypes.QueryServer { return keeper.NewQueryServerImpl(f.keeper()) }
