package keeper_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/bridge/events"
	"github.com/enigmad/enigmad/contracts/bindings"
	"github.com/enigmad/enigmad/contracts/sim"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// ethFixture is a fixture of four validators of equal power whose bridge
// is deployed on a simulated Ethereum, as the localnet does it: genesis
// names the address the deployer's next deployment takes, and the bridge
// is deployed there with the validator set 0 the chain made.
func ethFixture(t *testing.T, edit func(cdc codec.Codec, genesis map[string]json.RawMessage)) (*fixture, *sim.Chain) {
	eth, err := sim.New(sim.Options{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = eth.Close() })
	next, err := eth.NextAddress()
	require.NoError(t, err)
	eth.BridgeAddr = next
	f := newFixture(t, []int64{10, 10, 10, 10}, fixtureOptions{eth: eth, edit: edit})
	v0, err := keeperQuery(f).Valset(f.ctx(), &bridgetypes.QueryValsetRequest{Nonce: 0})
	require.NoError(t, err)
	require.NoError(t, eth.DeployBridge(v0.Valset.Commitment()))
	require.Equal(t, next, eth.BridgeAddr)
	return f, eth
}

// observe decodes the bridge's logs in r into claims, as an orchestrator
// does.
func observe(t *testing.T, eth *sim.Chain, r *ethtypes.Receipt) []bridgetypes.EthereumEvent {
	t.Helper()
	header, err := eth.Client.HeaderByNumber(context.Background(), r.BlockNumber)
	require.NoError(t, err)
	var out []bridgetypes.EthereumEvent
	for _, l := range r.Logs {
		if l.Address != eth.BridgeAddr {
			continue
		}
		ev, ok, err := events.Decode(l, header.Time)
		require.NoError(t, err)
		if ok {
			out = append(out, ev)
		}
	}
	return out
}

func sigArgs(sigs []commitment.Signature) []bindings.EnigmaBridgeSig {
	out := make([]bindings.EnigmaBridgeSig, len(sigs))
	for i, s := range sigs {
		out[i] = bindings.EnigmaBridgeSig{V: s.V, R: s.R, S: s.S}
	}
	return out
}

// The whole round: the contract holds the chain's validator set 0; a
// record made on Ethereum is observed on chain; the batch its receipt
// lands in is signed by the validators through MsgConfirmBatch and
// accepted by the contract, a replay refused; the contract's
// BatchSubmitted is observed back; a new validator set is confirmed,
// relayed and observed the same way.
func TestBatchSignedOnChainIsAcceptedByTheContract(t *testing.T) {
	f, eth := ethFixture(t, func(cdc codec.Codec, genesis map[string]json.RawMessage) {
		// The chain refuses records under 2 wei per gas: the record below
		// gets a refused receipt, which closes a batch at the epoch's end.
		var gs secretcomputetypes.GenesisState
		cdc.MustUnmarshalJSON(genesis[secretcomputetypes.ModuleName], &gs)
		gs.Params.MinGasPrice = sdkmath.NewInt(2)
		genesis[secretcomputetypes.ModuleName] = cdc.MustMarshalJSON(&gs)
	})
	q := keeperQuery(f)
	ctx := f.ctx

	v0, err := q.Valset(ctx(), &bridgetypes.QueryValsetRequest{Latest: true})
	require.NoError(t, err)
	require.Zero(t, v0.Valset.Nonce)
	require.Len(t, v0.Valset.Members, 5, "four validators and the sentinel for the genesis validator's power, which names no orchestrator")
	var out []byte
	require.NoError(t, eth.Call(eth.Deployer.Addr, eth.BridgeAddr, nil, eth.Bridge.PackValsetCheckpoint(), &out))
	onEth, err := eth.Bridge.UnpackValsetCheckpoint(out)
	require.NoError(t, err)
	require.Equal(t, common.Hash(onEth).Hex(), v0.Checkpoint, "the contract was deployed with the chain's validator set 0")

	// A record on Ethereum, observed on chain.
	task, r, err := eth.RecordTask(eth.Users[0], common.HexToAddress("0xc0de"), common.Hash{1}, 100_000, big.NewInt(1))
	require.NoError(t, err)
	claims := observe(t, eth, r)
	require.Len(t, claims, 1)
	require.Equal(t, task.EventNonce, claims[0].EventNonce)
	f.claimAll(claims...)
	require.Equal(t, uint64(1), f.lastObserved())

	// The epoch ends; the refused receipt is batched.
	for i := 0; i < 12; i++ {
		f.chain.Next()
	}
	status, err := q.Status(ctx(), &bridgetypes.QueryStatusRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(1), status.LastBatchNonce)
	batch, err := f.chain.App.SecretComputeKeeper.GetBatch(ctx(), 1)
	require.NoError(t, err)
	cb := bridgetypes.BatchCommitment(batch)
	require.NoError(t, eth.Call(eth.Deployer.Addr, eth.BridgeAddr, nil, eth.Bridge.PackBatchDigest(sim.BatchArgs(cb)), &out))
	contractDigest, err := eth.Bridge.UnpackBatchDigest(out)
	require.NoError(t, err)

	pending, err := q.Pending(ctx(), &bridgetypes.QueryPendingRequest{Address: f.orchestrator(0)})
	require.NoError(t, err)
	require.Equal(t, []bridgetypes.PendingSigning{{Nonce: 1, Digest: common.Hash(contractDigest).Hex()}}, pending.Batches, "the chain asks to sign the contract's digest")
	require.Empty(t, pending.Valsets, "set 0 is the contract's already")
	digest := common.Hash(contractDigest)

	k := f.keeper()
	require.ErrorIs(t, k.ConfirmBatch(ctx(), f.orchestrator(0), 1, sign(t, digest, f.vals[1].key)), bridgetypes.ErrEthSignature, "another validator's key")
	require.ErrorIs(t, k.ConfirmBatch(ctx(), f.orchestrator(0), 1, sign(t, common.Hash{9}, f.vals[0].key)), bridgetypes.ErrEthSignature, "another digest")
	require.ErrorIs(t, k.ConfirmBatch(ctx(), f.orchestrator(0), 2, sign(t, digest, f.vals[0].key)), bridgetypes.ErrUnknownBatch)
	for i := range 3 {
		require.NoError(t, k.ConfirmBatch(ctx(), f.orchestrator(i), 1, sign(t, digest, f.vals[i].key)))
	}
	require.ErrorIs(t, k.ConfirmBatch(ctx(), f.orchestrator(0), 1, sign(t, digest, f.vals[0].key)), bridgetypes.ErrDuplicateConfirm)

	confirms, err := q.BatchConfirms(ctx(), &bridgetypes.QueryBatchConfirmsRequest{Nonce: 1})
	require.NoError(t, err)
	require.Len(t, confirms.Confirms, 3)
	sigs := sigArgs(confirmSigs(t, v0.Valset, confirms.Confirms))
	submit := eth.Bridge.PackSubmitBatch(sim.BatchArgs(cb), sim.ValsetArgs(v0.Valset.Commitment()), sigs)
	r, err = eth.Send(eth.Deployer, eth.BridgeAddr, nil, submit)
	require.NoError(t, err, "three of four validators' signatures made on chain carry the batch")
	_, err = eth.Send(eth.Deployer, eth.BridgeAddr, nil, submit)
	require.Truef(t, errors.Is(err, sim.Revert("StaleNonce")), "a replay is refused: %v", err)

	f.claimAll(observe(t, eth, r)...)
	status, err = q.Status(ctx(), &bridgetypes.QueryStatusRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(2), status.LastObserved.EventNonce)
	require.Equal(t, uint64(1), status.LastEthBatchNonce)
	require.ErrorIs(t, k.ConfirmBatch(ctx(), f.orchestrator(3), 1, sign(t, digest, f.vals[3].key)), bridgetypes.ErrNotPending)
	confirms, err = q.BatchConfirms(ctx(), &bridgetypes.QueryBatchConfirmsRequest{Nonce: 1})
	require.NoError(t, err)
	require.Empty(t, confirms.Confirms, "the contract's batches need no signatures")

	// Validator 0 doubles its power: a new set, relayed with set 0's
	// signatures over its checkpoint.
	stake := stakingtypes.NewMsgDelegate(f.chain.Accounts[f.vals[0].op].String(), f.vals[0].val.String(),
		sdk.NewCoin(app.BondDenom, sdk.TokensFromConsensusPower(10, sdk.DefaultPowerReduction)))
	f.requireOK(f.chain.NextWith(f.chain.SignedTx(f.vals[0].op, nil, 500_000, stake)))
	v1, err := q.Valset(ctx(), &bridgetypes.QueryValsetRequest{Latest: true})
	require.NoError(t, err)
	require.Equal(t, uint64(1), v1.Valset.Nonce)
	pending, err = q.Pending(ctx(), &bridgetypes.QueryPendingRequest{Address: f.vals[2].eth.Hex()})
	require.NoError(t, err)
	require.Equal(t, []bridgetypes.PendingSigning{{Nonce: 1, Digest: v1.Checkpoint}}, pending.Valsets)
	require.ErrorIs(t, k.ConfirmValset(ctx(), f.orchestrator(0), 0, sign(t, common.HexToHash(v0.Checkpoint), f.vals[0].key)), bridgetypes.ErrNotPending)
	for i := range 4 {
		require.NoError(t, k.ConfirmValset(ctx(), f.orchestrator(i), 1, sign(t, common.HexToHash(v1.Checkpoint), f.vals[i].key)))
	}
	vconfirms, err := q.ValsetConfirms(ctx(), &bridgetypes.QueryValsetConfirmsRequest{Nonce: 1})
	require.NoError(t, err)
	r, err = eth.Send(eth.Deployer, eth.BridgeAddr, nil, eth.Bridge.PackUpdateValset(sim.ValsetArgs(v1.Valset.Commitment()),
		sim.ValsetArgs(v0.Valset.Commitment()), sigArgs(confirmSigs(t, v0.Valset, vconfirms.Confirms))))
	require.NoError(t, err)
	f.claimAll(observe(t, eth, r)...)
	status, err = q.Status(ctx(), &bridgetypes.QueryStatusRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(1), status.LastEthValsetNonce)
	_, err = q.Valset(ctx(), &bridgetypes.QueryValsetRequest{Nonce: 0})
	require.Error(t, err, "sets below the contract's are pruned")
}
