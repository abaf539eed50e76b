// Package keeper holds the x/secretcompute state and its rules.
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

	"github.com/enigmad/enigmad/internal/storememo"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// Keeper keeps contracts, tasks, the delta logs, receipts and batches.
type Keeper struct {
	cdc          codec.BinaryCodec
	addressCodec address.Codec
	authority    string
	registry     types.RegistryKeeper
	epochs       types.EpochKeeper
	// checkInvariants makes every EndBlocker verify the invariants and halt
	// the node on a violation (the role x/crisis had before SDK v0.55).
	checkInvariants bool

	// storeService reads the params' bytes for limits (DataLimits).
	storeService store.KVStoreService
	limits       *storememo.Value[DataLimits]

	Schema    collections.Schema
	Params    collections.Item[types.Params]
	Contracts collections.Map[[]byte, types.SecretContract]
	Tasks     collections.Map[[]byte, types.Task]
	// Deltas is each contract's log: (contract, index) → delta.
	Deltas   collections.Map[collections.Pair[[]byte, uint64], types.Delta]
	Receipts collections.Map[[]byte, types.Receipt]
	// Sequences lists every receipt's task id in commit order (from 1).
	Sequences    collections.Map[uint64, []byte]
	NextSequence collections.Sequence
	// LastBatched is the last sequence already in a batch.
	LastBatched collections.Item[uint64]
	Batches     collections.Map[uint64, types.Batch]
	NextBatch   collections.Sequence
	// Deadlines indexes unfinished tasks by the height they fail at.
	Deadlines collections.KeySet[collections.Pair[int64, []byte]]
	// Claims are the tasks whose data a transaction in the mempool, or
	// earlier in the block being proposed, already carries. They are
	// written only outside block execution (ClaimTaskData), on states that
	// are never committed: the committed state never holds one.
	Claims collections.KeySet[[]byte]
	// LastRecordNonce is the bridge event nonce of the last record taken.
	LastRecordNonce collections.Item[uint64]
	// Assigned indexes the pending tasks (data on chain, no receipt yet)
	// by (worker, task id): what a worker has to run after a restart.
	Assigned collections.KeySet[collections.Pair[[]byte, []byte]]
}

// NewKeeper returns the x/secretcompute keeper.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, addressCodec address.Codec, authority string, registry types.RegistryKeeper, epochs types.EpochKeeper) Keeper {
	if _, err := addressCodec.StringToBytes(authority); err != nil {
		panic(fmt.Errorf("invalid x/secretcompute authority address %q: %w", authority, err))
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := Keeper{
		cdc: cdc, addressCodec: addressCodec, authority: authority, registry: registry, epochs: epochs,
		storeService: storeService, limits: &storememo.Value[DataLimits]{},
		Params:          collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Contracts:       collections.NewMap(sb, types.ContractsKey, "contracts", collections.BytesKey, codec.CollValue[types.SecretContract](cdc)),
		Tasks:           collections.NewMap(sb, types.TasksKey, "tasks", collections.BytesKey, codec.CollValue[types.Task](cdc)),
		Deltas:          collections.NewMap(sb, types.DeltasKey, "deltas", collections.PairKeyCodec(collections.BytesKey, collections.Uint64Key), codec.CollValue[types.Delta](cdc)),
		Receipts:        collections.NewMap(sb, types.ReceiptsKey, "receipts", collections.BytesKey, codec.CollValue[types.Receipt](cdc)),
		Sequences:       collections.NewMap(sb, types.SequencesKey, "sequences", collections.Uint64Key, collections.BytesValue),
		LastBatched:     collections.NewItem(sb, types.LastBatchedKey, "last_batched", collections.Uint64Value),
		NextSequence:    collections.NewSequence(sb, types.NextSequenceKey, "next_sequence"),
		Batches:         collections.NewMap(sb, types.BatchesKey, "batches", collections.Uint64Key, codec.CollValue[types.Batch](cdc)),
		NextBatch:       collections.NewSequence(sb, types.NextBatchKey, "next_batch"),
		Deadlines:       collections.NewKeySet(sb, types.DeadlinesKey, "deadlines", collections.PairKeyCodec(collections.Int64Key, collections.BytesKey)),
		Claims:          collections.NewKeySet(sb, types.FeelessClaimsKey, "claims", collections.BytesKey),
		LastRecordNonce: collections.NewItem(sb, types.LastRecordNonceKey, "last_record_nonce", collections.Uint64Value),
		Assigned: collections.NewKeySet(sb, types.AssignedKey, "assigned",
			collections.PairKeyCodec(collections.BytesKey, collections.BytesKey)),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// WithInvariantChecks returns the keeper with (or without) a check of the
// invariants at the end of every block; a violation stops the node.
func (k Keeper) WithInvariantChecks(on bool) Keeper {
	k.checkInvariants = on
	return k
}

// GetAuthority returns the address allowed to change params.
func (k Keeper) GetAuthority() string { return k.authority }

func emit(ctx context.Context, ev proto.Message) error {
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(ev)
}

// setDeadline moves a task's deadline entry.
func (k Keeper) setDeadline(ctx context.Context, t *types.Task, height int64) error {
	if t.DeadlineHeight != 0 {
		if err := k.Deadlines.Remove(ctx, collections.Join(t.DeadlineHeight, t.Id)); err != nil {
			return err
		}
	}
	t.DeadlineHeight = height
	if height == 0 {
		return nil
	}
	return k.Deadlines.Set(ctx, collections.Join(height, t.Id))
}

// task returns a task: ErrUnknownTask when there is none, the store's
// error (an internal failure, not a refusal) when it cannot be read.
func (k Keeper) task(ctx context.Context, id []byte) (types.Task, error) {
	if len(id) != 32 {
		// Never echo an id of any length back into an error.
		return types.Task{}, types.ErrUnknownTask.Wrapf("a task id is 32 bytes, this one %d", len(id))
	}
	t, err := k.Tasks.Get(ctx, id)
	if errors.Is(err, collections.ErrNotFound) {
		return types.Task{}, types.ErrUnknownTask.Wrapf("%x", id)
	}
	return t, err
}

// contract returns a secret contract: ErrUnknownContract when there is
// none, the store's error otherwise.
func (k Keeper) contract(ctx context.Context, addr []byte) (types.SecretContract, error) {
	c, err := k.Contracts.Get(ctx, addr)
	if errors.Is(err, collections.ErrNotFound) {
		return types.SecretContract{}, types.ErrUnknownContract.Wrapf("%x", addr)
	}
	return c, err
}
