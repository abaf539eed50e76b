package keeper_test

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/app/apptest"
	"github.com/enigmad/enigmad/contracts/sim"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
)

func TestSetOrchestrator(t *testing.T) {
	f := newFixture(t, []int64{10, 10}, fixtureOptions{})
	k, ctx := f.keeper(), f.ctx
	msg := f.setOrchestratorMsg(0, f.vals[0].key)

	// The Ethereum key must sign for this validator, account and chain.
	other := *msg
	other.EthAddress = f.vals[1].eth.Hex()
	require.ErrorIs(t, k.SetOrchestrator(ctx(), other.Validator, other.Orchestrator, other.EthAddress, other.EthSignature), bridgetypes.ErrEthSignature)
	other = *msg
	other.Orchestrator = f.orchestrator(1)
	require.ErrorIs(t, k.SetOrchestrator(ctx(), other.Validator, other.Orchestrator, other.EthAddress, other.EthSignature), bridgetypes.ErrEthSignature,
		"a signature names its orchestrator account")

	// Another validator's key or account is refused.
	stolen := f.setOrchestratorMsg(0, f.vals[1].key)
	require.ErrorIs(t, k.SetOrchestrator(ctx(), stolen.Validator, stolen.Orchestrator, stolen.EthAddress, stolen.EthSignature), bridgetypes.ErrKeyInUse)

	// A new key replaces the old one, which is free again, once the
	// cooldown since the last naming has passed.
	fresh := sim.NewAccount("rotated").Key
	rot := f.setOrchestratorMsg(0, fresh)
	require.ErrorIs(t, k.SetOrchestrator(ctx(), rot.Validator, rot.Orchestrator, rot.EthAddress, rot.EthSignature), bridgetypes.ErrTooSoon)
	params, err := k.Params.Get(ctx())
	require.NoError(t, err)
	params.OrchestratorCooldownBlocks = 2
	require.NoError(t, k.SetParams(ctx(), apptest.Gov(), params))
	f.chain.Next()
	f.chain.Next()
	require.NoError(t, k.SetOrchestrator(ctx(), rot.Validator, rot.Orchestrator, rot.EthAddress, rot.EthSignature))
	res, err := keeperQuery(f).Orchestrator(ctx(), &bridgetypes.QueryOrchestratorRequest{Address: ethAddr(fresh).Hex()})
	require.NoError(t, err)
	require.Equal(t, f.vals[0].val.String(), res.Orchestrator.Validator)
	_, err = keeperQuery(f).Orchestrator(ctx(), &bridgetypes.QueryOrchestratorRequest{Address: f.vals[0].eth.Hex()})
	require.Error(t, err, "the old key acts for nobody")

	// The contract still knows validator 0 by its old key (set 0): the
	// new set, made for the new key, is confirmed with the old one, which
	// is what counts on Ethereum; a third key does not.
	f.chain.Next()
	v1, err := keeperQuery(f).Valset(ctx(), &bridgetypes.QueryValsetRequest{Latest: true})
	require.NoError(t, err)
	require.Equal(t, uint64(1), v1.Valset.Nonce)
	digest := commonHash(v1.Checkpoint)
	require.ErrorIs(t, k.ConfirmValset(ctx(), f.orchestrator(0), 1, sign(t, digest, sim.NewAccount("third").Key)), bridgetypes.ErrEthSignature)
	// Signed with the new key first: kept, but it counts for nothing on
	// Ethereum, so it stays pending and one with the old key replaces it.
	require.NoError(t, k.ConfirmValset(ctx(), f.orchestrator(0), 1, sign(t, digest, fresh)))
	pending, err := keeperQuery(f).Pending(ctx(), &bridgetypes.QueryPendingRequest{Address: f.orchestrator(0)})
	require.NoError(t, err)
	require.Len(t, pending.Valsets, 1, "a confirmation the contract cannot use is still to do")
	require.NoError(t, k.ConfirmValset(ctx(), f.orchestrator(0), 1, sign(t, digest, f.vals[0].key)))
	require.ErrorIs(t, k.ConfirmValset(ctx(), f.orchestrator(0), 1, sign(t, digest, f.vals[0].key)), bridgetypes.ErrDuplicateConfirm)
	require.ErrorIs(t, k.ConfirmValset(ctx(), f.orchestrator(0), 1, sign(t, digest, fresh)), bridgetypes.ErrDuplicateConfirm, "a useful confirmation is never replaced")
	pending, err = keeperQuery(f).Pending(ctx(), &bridgetypes.QueryPendingRequest{Address: f.orchestrator(0)})
	require.NoError(t, err)
	require.Empty(t, pending.Valsets)
	confirms, err := keeperQuery(f).ValsetConfirms(ctx(), &bridgetypes.QueryValsetConfirmsRequest{Nonce: 1})
	require.NoError(t, err)
	require.Equal(t, f.vals[0].eth.Hex(), confirms.Confirms[0].EthAddress, "kept under the key that signed")

	// Not a validator.
	nobody := sdk.ValAddress(f.chain.Accounts[len(f.chain.Accounts)-1])
	require.ErrorIs(t, k.SetOrchestrator(ctx(), nobody.String(), f.orchestrator(0), rot.EthAddress, rot.EthSignature), bridgetypes.ErrNotValidator)

	// Through a transaction, signed by the operator: the registered code.
	bad := f.setOrchestratorMsg(1, f.vals[1].key)
	bad.EthSignature = rot.EthSignature
	r := f.chain.NextWith(f.chain.SignedTx(f.vals[1].op, nil, 500_000, bad)).TxResults[0]
	require.Equal(t, bridgetypes.ModuleName, r.Codespace)
	require.Equal(t, bridgetypes.ErrEthSignature.ABCICode(), r.Code, r.Log)
	// Only the operator may name its validator's keys.
	r = f.chain.NextWith(f.chain.SignedTx(f.vals[0].op, nil, 500_000, f.setOrchestratorMsg(1, f.vals[1].key))).TxResults[0]
	require.NotZero(t, r.Code, "validator 0 cannot send validator 1's message")
}

// Before the bridge is configured, set 0 follows the validators: the
// contract will be deployed with it.
func TestValsetZeroFollowsUntilConfigured(t *testing.T) {
	f := newFixture(t, []int64{10, 10}, fixtureOptions{unconfigured: true})
	q := keeperQuery(f)
	v, err := q.Valset(f.ctx(), &bridgetypes.QueryValsetRequest{Latest: true})
	require.NoError(t, err)
	require.Zero(t, v.Valset.Nonce)
	require.Empty(t, v.Checkpoint, "no contract, no checkpoint")
	// Two validators of 10 and the genesis validator's 1, which names no
	// orchestrator: the sentinel stands for it.
	require.Len(t, v.Valset.Members, 3)
	for _, m := range v.Valset.Members {
		if m.Validator == "" {
			require.Equal(t, bridgetypes.Sentinel.Hex(), m.EthAddress)
			require.Equal(t, uint64(1<<32)/21, m.Power)
		} else {
			require.Equal(t, uint64(1<<32)*10/21, m.Power, "normalized to 2^32 of the bonded power")
		}
	}
	stake := stakingtypes.NewMsgDelegate(f.chain.Accounts[f.vals[0].op].String(), f.vals[0].val.String(),
		sdk.NewCoin(app.BondDenom, sdk.TokensFromConsensusPower(30, sdk.DefaultPowerReduction)))
	f.requireOK(f.chain.NextWith(f.chain.SignedTx(f.vals[0].op, nil, 500_000, stake)))
	v, err = q.Valset(f.ctx(), &bridgetypes.QueryValsetRequest{Latest: true})
	require.NoError(t, err)
	require.Zero(t, v.Valset.Nonce, "still set 0")
	powers := map[string]uint64{}
	for _, m := range v.Valset.Members {
		powers[m.Validator] = m.Power
	}
	require.Equal(t, uint64(1<<32)*40/51, powers[f.vals[0].val.String()])
}

// A validator that does not confirm within the window is counted, and
// slashed and jailed when the params say so.
func TestMissedConfirmationsAreReported(t *testing.T) {
	f := newFixture(t, []int64{10, 10, 10, 10}, fixtureOptions{edit: func(cdc codec.Codec, genesis map[string]json.RawMessage) {
		var gs bridgetypes.GenesisState
		cdc.MustUnmarshalJSON(genesis[bridgetypes.ModuleName], &gs)
		gs.Params.ConfirmWindowBlocks = 3
		gs.Params.SlashMissedConfirms = true
		genesis[bridgetypes.ModuleName] = cdc.MustMarshalJSON(&gs)
	}})
	stake := stakingtypes.NewMsgDelegate(f.chain.Accounts[f.vals[0].op].String(), f.vals[0].val.String(),
		sdk.NewCoin(app.BondDenom, sdk.TokensFromConsensusPower(10, sdk.DefaultPowerReduction)))
	f.requireOK(f.chain.NextWith(f.chain.SignedTx(f.vals[0].op, nil, 500_000, stake)))
	v1, err := keeperQuery(f).Valset(f.ctx(), &bridgetypes.QueryValsetRequest{Latest: true})
	require.NoError(t, err)
	require.Equal(t, uint64(1), v1.Valset.Nonce)
	for i := range 3 {
		require.NoError(t, f.keeper().ConfirmValset(f.ctx(), f.orchestrator(i), 1, sign(t, common.Hash(checkpointOf(t, f, 1)), f.vals[i].key)))
	}
	var missed []bridgetypes.EventMissedConfirm
	for range 4 {
		for _, e := range f.chain.Next() {
			if e.Type == "enigma.bridge.v1.EventMissedConfirm" {
				msg, err := sdk.ParseTypedEvent(withoutMode(e))
				require.NoError(t, err)
				missed = append(missed, *msg.(*bridgetypes.EventMissedConfirm))
			}
		}
	}
	require.Equal(t, []bridgetypes.EventMissedConfirm{{Kind: "valset", Nonce: 1, Validator: f.vals[3].val.String(), Slashed: true}}, missed)
	n, err := f.keeper().Missed.Get(f.ctx(), f.vals[3].val)
	require.NoError(t, err)
	require.Equal(t, uint64(1), n)
	v, err := f.chain.App.StakingKeeper.GetValidator(f.ctx(), f.vals[3].val)
	require.NoError(t, err)
	require.True(t, v.IsJailed())
	require.True(t, v.Tokens.LT(sdk.TokensFromConsensusPower(10, sdk.DefaultPowerReduction)), "slashed")
}

// Export, wipe, import, export: the same state.
func TestGenesisRoundTrip(t *testing.T) {
	f := newFixture(t, []int64{10, 10, 10, 10}, fixtureOptions{})
	require.NoError(t, f.claim(0, f.taskEvent(1, 1), f.taskEvent(2, 2)))
	require.NoError(t, f.claim(1, f.taskEvent(1, 1)))
	f.chain.Next()
	stake := stakingtypes.NewMsgDelegate(f.chain.Accounts[f.vals[0].op].String(), f.vals[0].val.String(),
		sdk.NewCoin(app.BondDenom, sdk.TokensFromConsensusPower(10, sdk.DefaultPowerReduction)))
	f.requireOK(f.chain.NextWith(f.chain.SignedTx(f.vals[0].op, nil, 500_000, stake)))
	require.NoError(t, f.keeper().ConfirmValset(f.ctx(), f.orchestrator(2), 1, sign(t, common.Hash(checkpointOf(t, f, 1)), f.vals[2].key)))

	ctx, _ := f.ctx().CacheContext()
	k := f.keeper()
	gs, err := k.ExportGenesis(ctx)
	require.NoError(t, err)
	require.NoError(t, gs.Validate())
	require.Len(t, gs.Orchestrators, 4)
	require.Len(t, gs.Attestations, 2)
	require.Len(t, gs.Valsets, 2)
	require.Len(t, gs.ValsetConfirms, 1)

	store := ctx.KVStore(f.chain.App.GetKey(bridgetypes.StoreKey))
	iter := store.Iterator(nil, nil)
	var keys [][]byte
	for ; iter.Valid(); iter.Next() {
		keys = append(keys, iter.Key())
	}
	require.NoError(t, iter.Close())
	for _, key := range keys {
		store.Delete(key)
	}
	require.NoError(t, k.InitGenesis(ctx, *gs))
	again, err := k.ExportGenesis(ctx)
	require.NoError(t, err)
	require.Equal(t, gs, again)
}

func checkpointOf(t *testing.T, f *fixture, nonce uint64) [32]byte {
	t.Helper()
	v, err := keeperQuery(f).Valset(f.ctx(), &bridgetypes.QueryValsetRequest{Nonce: nonce})
	require.NoError(t, err)
	return [32]byte(commonHash(v.Checkpoint))
}

// A set whose orchestrators hold 2/3 of the bonded power or less is never
// made: nobody could sign anything the contract takes from it, not even
// its successor.
func TestNoValsetTheOrchestratorsCannotSign(t *testing.T) {
	f := newFixture(t, []int64{10, 10, 10}, fixtureOptions{})
	q := keeperQuery(f)
	v, err := q.Valset(f.ctx(), &bridgetypes.QueryValsetRequest{Latest: true})
	require.NoError(t, err)
	require.Zero(t, v.Valset.Nonce)

	// The genesis validator, without an orchestrator, grows to 31 of 61.
	var genesisVal sdk.ValAddress
	require.NoError(t, f.chain.App.StakingKeeper.IterateLastValidatorPowers(f.ctx(), func(op sdk.ValAddress, _ int64) bool {
		if _, err := f.keeper().Orchestrators.Get(f.ctx(), op); err != nil {
			genesisVal = op
		}
		return false
	}))
	require.NotNil(t, genesisVal)
	stake := stakingtypes.NewMsgDelegate(f.chain.Accounts[f.vals[0].orch].String(), genesisVal.String(),
		sdk.NewCoin(app.BondDenom, sdk.TokensFromConsensusPower(30, sdk.DefaultPowerReduction)))
	f.requireOK(f.chain.NextWith(f.chain.SignedTx(f.vals[0].orch, nil, 500_000, stake)))
	f.chain.Next()
	v, err = q.Valset(f.ctx(), &bridgetypes.QueryValsetRequest{Latest: true})
	require.NoError(t, err)
	require.Zero(t, v.Valset.Nonce, "no set the orchestrators hold 30 of 61 of")

	// Validator 0 grows by 100: the orchestrators hold 130 of 161, enough;
	// set 1 is made, the sentinel holding the other 31.
	stake = stakingtypes.NewMsgDelegate(f.chain.Accounts[f.vals[0].op].String(), f.vals[0].val.String(),
		sdk.NewCoin(app.BondDenom, sdk.TokensFromConsensusPower(100, sdk.DefaultPowerReduction)))
	f.requireOK(f.chain.NextWith(f.chain.SignedTx(f.vals[0].op, nil, 500_000, stake)))
	v, err = q.Valset(f.ctx(), &bridgetypes.QueryValsetRequest{Latest: true})
	require.NoError(t, err)
	require.Equal(t, uint64(1), v.Valset.Nonce)
	var sentinel uint64
	for _, m := range v.Valset.Members {
		if m.EthAddress == bridgetypes.Sentinel.Hex() {
			sentinel = m.Power
		}
	}
	require.Equal(t, uint64(1<<32)*31/161, sentinel)
}

// A member of the contract's current set confirms while it unbonds: the
// contract needs its signature until it takes a set without it.
func TestLeavingMemberStillConfirms(t *testing.T) {
	f := newFixture(t, []int64{10, 10, 10, 10}, fixtureOptions{})
	leaving := f.vals[3]
	undelegate := stakingtypes.NewMsgUndelegate(f.chain.Accounts[leaving.op].String(), leaving.val.String(),
		sdk.NewCoin(app.BondDenom, sdk.TokensFromConsensusPower(10, sdk.DefaultPowerReduction)))
	f.requireOK(f.chain.NextWith(f.chain.SignedTx(leaving.op, nil, 500_000, undelegate)))
	f.chain.Next()
	power, err := f.chain.App.StakingKeeper.GetLastValidatorPower(f.ctx(), leaving.val)
	require.NoError(t, err)
	require.Zero(t, power)
	v1, err := keeperQuery(f).Valset(f.ctx(), &bridgetypes.QueryValsetRequest{Latest: true})
	require.NoError(t, err)
	require.Equal(t, uint64(1), v1.Valset.Nonce, "a set without the leaving validator")
	require.NoError(t, f.keeper().ConfirmValset(f.ctx(), f.orchestrator(3), 1, sign(t, commonHash(v1.Checkpoint), leaving.key)),
		"set 0, which the contract holds, still counts on its signature")
	_, err = f.keeper().Claim(f.ctx(), f.orchestrator(3), []bridgetypes.EthereumEvent{f.taskEvent(1, 1)})
	require.ErrorIs(t, err, bridgetypes.ErrNotOrchestrator, "but it claims no more")
}
