package keeper_test

import (
	"context"
	"testing"
	"time"

	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/seed"
	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
	"github.com/enigmad/enigmad/x/registry/keeper"
	"github.com/enigmad/enigmad/x/registry/selection"
	"github.com/enigmad/enigmad/x/registry/types"
)

func registerEnclave(t *testing.T, ctx context.Context, msgs types.MsgServer, operator sdk.AccAddress, e *core.Core) {
	t.Helper()
	_, err := msgs.RegisterWorker(ctx, apptest.RegisterWorkerMsg(t, operator, e))
	require.NoError(t, err)
}

// network is a chain whose genesis worker initialised the network:
// its enclave holds the seed, the chain the commitment, the worker is
// provisioned (what genesis carries).
type network struct {
	chain    *apptest.Chain
	msgs     types.MsgServer
	genesis  *core.Core
	commit   []byte
	operator sdk.AccAddress
}

func newNetwork(t *testing.T) *network {
	net := apptest.NewNetwork(t, 10, 3)
	return &network{chain: net.Chain, msgs: keeper.NewMsgServerImpl(net.App.RegistryKeeper), genesis: net.Worker, commit: net.Commitment, operator: net.Accounts[0]}
}

func TestProvisioningWithRealEnclaves(t *testing.T) {
	n := newNetwork(t)
	ctx := n.chain.Context()
	newcomer := apptest.OpenEnclave(t)
	registerEnclave(t, ctx, n.msgs, n.chain.Accounts[1], newcomer)
	info := newcomer.Info()

	// The genesis enclave verifies the newcomer inside and encrypts the seed.
	p, err := n.genesis.ProvisionFor(info.Quote, info.Keys)
	require.NoError(t, err)

	// Refusals first: an unprovisioned provider, a wrong commitment signature.
	third := apptest.OpenEnclave(t)
	registerEnclave(t, ctx, n.msgs, n.chain.Accounts[2], third)
	_, err = n.msgs.ProvisionSeed(ctx, &types.MsgProvisionSeed{Operator: n.chain.Accounts[2].String(), Newcomer: info.Address.Bytes(), Envelope: p.Envelope, Signature: p.Signature})
	require.ErrorIs(t, err, types.ErrNotProvisioned)
	stranger := apptest.OpenEnclave(t)
	_, err = stranger.InitNetwork()
	require.NoError(t, err)
	forged, err := stranger.ProvisionFor(info.Quote, info.Keys)
	require.NoError(t, err)
	_, err = n.msgs.ProvisionSeed(ctx, &types.MsgProvisionSeed{Operator: n.operator.String(), Newcomer: info.Address.Bytes(), Envelope: forged.Envelope, Signature: forged.Signature})
	require.ErrorIs(t, err, types.ErrProvision, "signed by another network's commitment key")
	w, err := n.chain.App.RegistryKeeper.GetWorker(ctx, info.Address.Bytes())
	require.NoError(t, err)
	require.False(t, w.Provisioned, "refusals changed nothing")

	_, err = n.msgs.ProvisionSeed(ctx, &types.MsgProvisionSeed{Operator: n.operator.String(), Newcomer: info.Address.Bytes(), Envelope: p.Envelope, Signature: p.Signature})
	require.NoError(t, err)
	w, err = n.chain.App.RegistryKeeper.GetWorker(ctx, info.Address.Bytes())
	require.NoError(t, err)
	require.True(t, w.Provisioned)
	_, err = n.msgs.ProvisionSeed(ctx, &types.MsgProvisionSeed{Operator: n.operator.String(), Newcomer: info.Address.Bytes(), Envelope: p.Envelope, Signature: p.Signature})
	require.ErrorIs(t, err, types.ErrProvision, "already provisioned")

	// The newcomer fetches its provision from the chain and accepts it.
	q := keeper.NewQueryServerImpl(n.chain.App.RegistryKeeper)
	got, err := q.Provision(ctx, &types.QueryProvisionRequest{Newcomer: info.Address.Hex()})
	require.NoError(t, err)
	require.NoError(t, newcomer.AcceptSeed(got.SeedCommitment, seed.Provision{Envelope: got.Provision.Envelope, Signature: got.Provision.Signature}))
	require.True(t, newcomer.Info().Provisioned)
}

func TestBeacons(t *testing.T) {
	n := newNetwork(t)
	ctx := n.chain.Context()
	epoch := n.chain.CurrentEpoch().Number
	value, sig, err := n.genesis.Beacon(epoch)
	require.NoError(t, err)

	// An unprovisioned worker cannot submit; nor can a signature by another enclave.
	other := apptest.OpenEnclave(t)
	registerEnclave(t, ctx, n.msgs, n.chain.Accounts[1], other)
	_, err = n.msgs.SubmitBeacon(ctx, &types.MsgSubmitBeacon{Operator: n.chain.Accounts[1].String(), Epoch: epoch, Value: value, Signature: sig})
	require.ErrorIs(t, err, types.ErrNotProvisioned)
	_, err = n.msgs.SubmitBeacon(ctx, &types.MsgSubmitBeacon{Operator: n.operator.String(), Epoch: epoch, Value: value, Signature: make([]byte, 65)})
	require.ErrorIs(t, err, types.ErrBeacon)

	_, err = n.msgs.SubmitBeacon(ctx, &types.MsgSubmitBeacon{Operator: n.operator.String(), Epoch: epoch, Value: value, Signature: sig})
	require.NoError(t, err)
	_, err = n.msgs.SubmitBeacon(ctx, &types.MsgSubmitBeacon{Operator: n.operator.String(), Epoch: epoch, Value: value, Signature: sig})
	require.ErrorIs(t, err, types.ErrBeacon, "one beacon per epoch")
	require.ErrorContains(t, err, "already accepted")

	// The next epoch's seed comes from the beacon.
	for n.chain.CurrentEpoch().Number == epoch {
		n.chain.Next()
	}
	next := n.chain.CurrentEpoch()
	require.Equal(t, epochtypes.SEED_SOURCE_ENCLAVE_BEACON, next.SeedSource)
	require.Equal(t, value, next.Randomness)
}

func TestSnapshotAndSelection(t *testing.T) {
	n := newNetwork(t)
	ctx := n.chain.Context()
	second := apptest.OpenEnclave(t)
	registerEnclave(t, ctx, n.msgs, n.chain.Accounts[1], second)
	epoch := n.chain.CurrentEpoch().Number
	for n.chain.CurrentEpoch().Number == epoch {
		n.chain.Next()
	}
	ctx = n.chain.Context()
	cur := n.chain.CurrentEpoch()
	q := keeper.NewQueryServerImpl(n.chain.App.RegistryKeeper)
	ws, err := q.WorkerSet(ctx, &types.QueryWorkerSetRequest{})
	require.NoError(t, err)
	require.Equal(t, cur.Number, ws.WorkerSet.Epoch)
	require.Len(t, ws.WorkerSet.Workers, 1, "only the provisioned worker is selectable")
	require.Equal(t, n.genesis.Info().Address.Bytes(), ws.WorkerSet.Workers[0].EnclaveAddress)

	contract := common.HexToAddress("0xc0ffee")
	sel, err := q.Selected(ctx, &types.QuerySelectedRequest{Contract: contract.Hex()})
	require.NoError(t, err)
	require.Equal(t, []string{n.genesis.Info().Address.Hex()}, sel.Workers)

	// The keeper's answer is the selection package's on the same inputs.
	set, err := selection.NewSet([]selection.Worker{{Address: n.genesis.Info().Address, Stake: ws.WorkerSet.Workers[0].Stake.BigInt()}})
	require.NoError(t, err)
	want, err := set.Select(common.BytesToHash(cur.Seed), contract, 1)
	require.NoError(t, err)
	require.Equal(t, want[0].Hex(), sel.Workers[0])

	_, err = q.Selected(ctx, &types.QuerySelectedRequest{Contract: "bad"})
	require.Error(t, err)
	_, err = q.WorkerSet(ctx, &types.QueryWorkerSetRequest{Epoch: 999})
	require.Error(t, err)
}

func TestStakeLifecycleAndPenalty(t *testing.T) {
	n := newNetwork(t)
	ctx := n.chain.Context()
	k := n.chain.App.RegistryKeeper
	addr := n.genesis.Info().Address.Bytes()
	op := n.operator.String()

	_, err := n.msgs.AddStake(ctx, &types.MsgAddStake{Operator: op, Amount: sdk.NewCoin(app.BondDenom, math.NewInt(5_000_000))})
	require.NoError(t, err)
	w, err := k.GetWorker(ctx, addr)
	require.NoError(t, err)
	require.Equal(t, math.NewInt(15_000_000), w.Stake.Amount)
	_, err = n.msgs.AddStake(ctx, &types.MsgAddStake{Operator: op, Amount: sdk.NewCoin("other", math.NewInt(1))})
	require.ErrorIs(t, err, types.ErrStakeTooLow)

	// Penalize: 1 % burned, jailed for 10 epochs, out of the next snapshot.
	require.NoError(t, k.Penalize(ctx, addr, "task result missing"))
	w, err = k.GetWorker(ctx, addr)
	require.NoError(t, err)
	require.Equal(t, math.NewInt(14_850_000), w.Stake.Amount)
	cur := n.chain.CurrentEpoch().Number
	require.Equal(t, cur+11, w.JailedUntilEpoch)
	require.NoError(t, k.Snapshot(ctx, cur+1))
	ws, err := k.WorkerSets.Get(ctx, cur+1)
	require.NoError(t, err)
	require.Empty(t, ws.Workers, "a jailed worker is not selectable")

	// Unbond; withdraw too early fails; after unbonding_time it pays back.
	_, err = n.msgs.Withdraw(ctx, &types.MsgWithdraw{Operator: op})
	require.ErrorIs(t, err, types.ErrWrongStatus, "unbond first")
	_, err = n.msgs.Unbond(ctx, &types.MsgUnbond{Operator: op})
	require.NoError(t, err)
	_, err = n.msgs.Unbond(ctx, &types.MsgUnbond{Operator: op})
	require.ErrorIs(t, err, types.ErrWrongStatus)
	_, err = n.msgs.Withdraw(ctx, &types.MsgWithdraw{Operator: op})
	require.ErrorIs(t, err, types.ErrNotUnbonded)

	before := n.chain.App.BankKeeper.GetBalance(ctx, n.operator, app.BondDenom)
	later := ctx.WithBlockTime(ctx.BlockTime().Add(7*24*time.Hour + time.Second))
	_, err = n.msgs.Withdraw(later, &types.MsgWithdraw{Operator: op})
	require.NoError(t, err)
	after := n.chain.App.BankKeeper.GetBalance(ctx, n.operator, app.BondDenom)
	require.Equal(t, before.Amount.Add(math.NewInt(14_850_000)), after.Amount)
	_, err = k.GetWorker(ctx, addr)
	require.ErrorIs(t, err, types.ErrWorkerNotFound)
	require.True(t, n.chain.App.BankKeeper.GetBalance(ctx, authtypes.NewModuleAddress(types.ModuleName), app.BondDenom).IsZero())
}

func TestGenesisRoundTrip(t *testing.T) {
	n := newNetwork(t)
	for range 12 {
		n.chain.Next()
	}
	ctx := n.chain.Context()
	gs, err := n.chain.App.RegistryKeeper.ExportGenesis(ctx)
	require.NoError(t, err)
	require.NoError(t, gs.Validate())
	require.Equal(t, n.commit, gs.SeedCommitment)
	require.NotEmpty(t, gs.WorkerSets)

	fresh, fctx, _ := setup(t, true)
	require.NoError(t, fresh.App.RegistryKeeper.InitGenesis(fctx, *gs))
	again, err := fresh.App.RegistryKeeper.ExportGenesis(fctx)
	require.NoError(t, err)
	require.Equal(t, gs, again)
}
