// Package keeper holds the x/bridge state and its rules: orchestrators,
// claims and their tallies, validator sets and confirmations. See the
// module README, which is its spec.
package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/address"
	"cosmossdk.io/core/store"
	"github.com/cosmos/gogoproto/proto"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/bridge/types"
)

// Keeper keeps the bridge's state.
type Keeper struct {
	cdc          codec.BinaryCodec
	addressCodec address.Codec
	valCodec     address.Codec
	authority    string
	staking      types.StakingKeeper
	slashing     types.SlashingKeeper
	compute      types.SecretComputeKeeper

	Schema collections.Schema
	Params collections.Item[types.Params]
	// Orchestrators are keyed by the validator's operator address bytes.
	Orchestrators collections.Map[[]byte, types.Orchestrator]
	// ByOrchestrator and ByEthAddress index them by orchestrator account
	// and Ethereum address (the validator's operator address bytes).
	ByOrchestrator collections.Map[[]byte, []byte]
	ByEthAddress   collections.Map[[]byte, []byte]
	// Cursors are the validators' last claims.
	Cursors      collections.Map[[]byte, types.Cursor]
	LastObserved collections.Item[types.ObservedEvent]
	// Attestations are the events claimed above the last observed nonce,
	// keyed by (nonce, claim hash), each written once; Votes are who
	// claimed them, (nonce, claim hash, operator address), so that a claim
	// of an event already claimed writes a key, not the event again.
	Attestations collections.Map[collections.Pair[uint64, []byte], types.Attestation]
	Votes        collections.KeySet[collections.Triple[uint64, []byte, []byte]]
	Valsets      collections.Map[uint64, types.Valset]
	LatestValset collections.Item[uint64]
	// ValsetConfirms and BatchConfirms are keyed by (nonce, validator).
	ValsetConfirms     collections.Map[collections.Pair[uint64, []byte], types.Confirm]
	BatchConfirms      collections.Map[collections.Pair[uint64, []byte], types.Confirm]
	LastEthValsetNonce collections.Item[uint64]
	LastEthBatchNonce  collections.Item[uint64]
	// Missed counts each validator's missed confirmations.
	Missed collections.Map[[]byte, uint64]
	// LivenessValset and LivenessBatch are the newest validator set and
	// batch whose confirmation window was checked.
	LivenessValset collections.Item[uint64]
	LivenessBatch  collections.Item[uint64]
}

// NewKeeper returns the x/bridge keeper. addressCodec is the accounts',
// valCodec the validator operators'.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, addressCodec, valCodec address.Codec, authority string,
	staking types.StakingKeeper, slashing types.SlashingKeeper, compute types.SecretComputeKeeper,
) Keeper {
	if _, err := addressCodec.StringToBytes(authority); err != nil {
		panic(fmt.Errorf("invalid x/bridge authority address %q: %w", authority, err))
	}
	sb := collections.NewSchemaBuilder(storeService)
	pairs := collections.PairKeyCodec(collections.Uint64Key, collections.BytesKey)
	k := Keeper{
		cdc: cdc, addressCodec: addressCodec, valCodec: valCodec, authority: authority, staking: staking, slashing: slashing, compute: compute,
		Params:         collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Orchestrators:  collections.NewMap(sb, types.OrchestratorsKey, "orchestrators", collections.BytesKey, codec.CollValue[types.Orchestrator](cdc)),
		ByOrchestrator: collections.NewMap(sb, types.ByOrchestratorKey, "by_orchestrator", collections.BytesKey, collections.BytesValue),
		ByEthAddress:   collections.NewMap(sb, types.ByEthAddressKey, "by_eth_address", collections.BytesKey, collections.BytesValue),
		Cursors:        collections.NewMap(sb, types.CursorsKey, "cursors", collections.BytesKey, codec.CollValue[types.Cursor](cdc)),
		LastObserved:   collections.NewItem(sb, types.LastObservedKey, "last_observed", codec.CollValue[types.ObservedEvent](cdc)),
		Attestations:   collections.NewMap(sb, types.AttestationsKey, "attestations", pairs, codec.CollValue[types.Attestation](cdc)),
		Votes: collections.NewKeySet(sb, types.VotesKey, "votes",
			collections.TripleKeyCodec(collections.Uint64Key, collections.BytesKey, collections.BytesKey)),
		Valsets:            collections.NewMap(sb, types.ValsetsKey, "valsets", collections.Uint64Key, codec.CollValue[types.Valset](cdc)),
		LatestValset:       collections.NewItem(sb, types.LatestValsetKey, "latest_valset", collections.Uint64Value),
		ValsetConfirms:     collections.NewMap(sb, types.ValsetConfirmsKey, "valset_confirms", pairs, codec.CollValue[types.Confirm](cdc)),
		BatchConfirms:      collections.NewMap(sb, types.BatchConfirmsKey, "batch_confirms", pairs, codec.CollValue[types.Confirm](cdc)),
		LastEthValsetNonce: collections.NewItem(sb, types.LastEthValsetNonceKey, "last_eth_valset_nonce", collections.Uint64Value),
		LastEthBatchNonce:  collections.NewItem(sb, types.LastEthBatchNonceKey, "last_eth_batch_nonce", collections.Uint64Value),
		Missed:             collections.NewMap(sb, types.MissedKey, "missed", collections.BytesKey, collections.Uint64Value),
		LivenessValset:     collections.NewItem(sb, types.LivenessValsetKey, "liveness_valset", collections.Uint64Value),
		LivenessBatch:      collections.NewItem(sb, types.LivenessBatchKey, "liveness_batch", collections.Uint64Value),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// GetAuthority returns the address allowed to change params.
func (k Keeper) GetAuthority() string { return k.authority }

func emit(ctx context.Context, ev proto.Message) error {
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(ev)
}

// uint64Or reads an item, the zero value when it was never written.
func uint64Or(ctx context.Context, item collections.Item[uint64]) (uint64, error) {
	v, err := item.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return 0, nil
	}
	return v, err
}

// attestationWithVotes returns the attestation with its votes filled in
// from Votes, in the order of the operator addresses' bytes.
func (k Keeper) attestationWithVotes(ctx context.Context, key collections.Pair[uint64, []byte], a types.Attestation) (types.Attestation, error) {
	a.Votes = nil
	err := k.Votes.Walk(ctx, collections.NewSuperPrefixedTripleRange[uint64, []byte, []byte](key.K1(), key.K2()),
		func(v collections.Triple[uint64, []byte, []byte]) (bool, error) {
			s, err := k.valCodec.BytesToString(v.K3())
			a.Votes = append(a.Votes, s)
			return false, err
		})
	return a, err
}

// lastObserved returns the last observed event, the zero one before any.
func (k Keeper) lastObserved(ctx context.Context) (types.ObservedEvent, error) {
	v, err := k.LastObserved.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return types.ObservedEvent{}, nil
	}
	return v, err
}

// configuredParams returns the params, or ErrNotConfigured while the
// bridge contract is not named.
func (k Keeper) configuredParams(ctx context.Context) (types.Params, error) {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return p, err
	}
	if !p.Configured() {
		return p, types.ErrNotConfigured
	}
	return p, nil
}

// bondedOrchestrator returns the validator an orchestrator account acts
// for, which must hold power as of the last block: only they claim.
func (k Keeper) bondedOrchestrator(ctx context.Context, orchestrator string) (sdk.ValAddress, types.Orchestrator, error) {
	val, o, err := k.orchestratorOf(ctx, orchestrator)
	if err != nil {
		return nil, o, err
	}
	power, err := k.staking.GetLastValidatorPower(ctx, val)
	if err != nil {
		return nil, types.Orchestrator{}, err
	}
	if power <= 0 {
		return nil, types.Orchestrator{}, types.ErrNotOrchestrator.Wrapf("validator %s is not bonded", o.Validator)
	}
	return val, o, nil
}

// orchestratorOf returns the validator an orchestrator account acts for.
func (k Keeper) orchestratorOf(ctx context.Context, orchestrator string) (sdk.ValAddress, types.Orchestrator, error) {
	acc, err := k.addressCodec.StringToBytes(orchestrator)
	if err != nil {
		return nil, types.Orchestrator{}, types.ErrInvalidAddress.Wrapf("orchestrator %q: %s", orchestrator, err)
	}
	val, err := k.ByOrchestrator.Get(ctx, acc)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, types.Orchestrator{}, types.ErrNotOrchestrator.Wrapf("%s is no validator's orchestrator", orchestrator)
	}
	if err != nil {
		return nil, types.Orchestrator{}, err
	}
	o, err := k.Orchestrators.Get(ctx, val)
	if err != nil {
		return nil, types.Orchestrator{}, err
	}
	return val, o, nil
}
