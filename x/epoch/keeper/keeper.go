// Package keeper holds the x/epoch state and its rules.
package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/address"
	"cosmossdk.io/core/store"
	"cosmossdk.io/log/v2"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/internal/storememo"
	"github.com/enigmad/enigmad/x/epoch/types"
)

// Keeper keeps the epoch counter, the per-epoch seeds and the params.
type Keeper struct {
	storeService store.KVStoreService
	cdc          codec.BinaryCodec
	addressCodec address.Codec
	// authority is the only address that may change params (gov module account).
	authority string
	hooks     []types.EpochHooks
	// memo remembers what BlockEpoch decodes; shared by the keeper's copies.
	memo *blockEpochMemo

	Schema collections.Schema
	Params collections.Item[types.Params]
	// Current is the number of the epoch in progress; absent until the first block.
	Current collections.Item[uint64]
	// Epochs holds the current epoch and the kept closed ones, by number.
	Epochs collections.Map[uint64, types.Epoch]
	// Beacons holds the enclave beacon accepted for an epoch, by epoch number;
	// it is consumed when that epoch closes.
	Beacons collections.Map[uint64, []byte]
	// GenesisSeed is the first epoch's seed when genesis gave one.
	GenesisSeed collections.Item[[]byte]
}

// NewKeeper returns the x/epoch keeper. authority is the bech32 address of
// the account allowed to change params.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, addressCodec address.Codec, authority string) Keeper {
	if _, err := addressCodec.StringToBytes(authority); err != nil {
		panic(fmt.Errorf("invalid x/epoch authority address %q: %w", authority, err))
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := Keeper{
		storeService: storeService,
		memo:         &blockEpochMemo{},
		cdc:          cdc,
		addressCodec: addressCodec,
		authority:    authority,
		Params:       collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Current:      collections.NewItem(sb, types.CurrentEpochKey, "current", collections.Uint64Value),
		Epochs:       collections.NewMap(sb, types.EpochsKey, "epochs", collections.Uint64Key, codec.CollValue[types.Epoch](cdc)),
		Beacons:      collections.NewMap(sb, types.BeaconsKey, "beacons", collections.Uint64Key, collections.BytesValue),
		GenesisSeed:  collections.NewItem(sb, types.GenesisSeedKey, "genesis_seed", collections.BytesValue),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// SetHooks registers the modules to call at epoch boundaries, in order. It
// may be called once, while the app is wired.
func (k *Keeper) SetHooks(hooks ...types.EpochHooks) {
	if k.hooks != nil {
		panic("x/epoch hooks are already set")
	}
	k.hooks = hooks
}

// GetParams returns the params (for other modules: the registry keeps as
// many worker-set snapshots as this module keeps epochs).
func (k Keeper) GetParams(ctx context.Context) (types.Params, error) { return k.Params.Get(ctx) }

// GetAuthority returns the address allowed to change params.
func (k Keeper) GetAuthority() string { return k.authority }

// Logger returns the module logger.
func (k Keeper) Logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With(log.ModuleKey, "x/"+types.ModuleName)
}

// CurrentEpoch returns the epoch in progress, or ErrNotStarted before the
// first block.
func (k Keeper) CurrentEpoch(ctx context.Context) (types.Epoch, error) {
	n, err := k.Current.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return types.Epoch{}, types.ErrNotStarted
	}
	if err != nil {
		return types.Epoch{}, err
	}
	return k.Epochs.Get(ctx, n)
}

// GetEpoch returns a kept epoch. An unknown or pruned number gives
// ErrEpochNotFound with the range that is kept.
func (k Keeper) GetEpoch(ctx context.Context, number uint64) (types.Epoch, error) {
	e, err := k.Epochs.Get(ctx, number)
	if err == nil {
		return e, nil
	}
	if !errors.Is(err, collections.ErrNotFound) {
		return types.Epoch{}, err
	}
	current, err := k.Current.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return types.Epoch{}, types.ErrEpochNotFound.Wrapf("epoch %d: %s", number, types.ErrNotStarted)
	}
	if err != nil {
		return types.Epoch{}, err
	}
	if number > current {
		return types.Epoch{}, types.ErrEpochNotFound.Wrapf("epoch %d has not started (current epoch is %d)", number, current)
	}
	oldest, err := k.oldestKept(ctx)
	if err != nil {
		return types.Epoch{}, err
	}
	return types.Epoch{}, types.ErrEpochNotFound.Wrapf("epoch %d was pruned (epochs %d to %d are kept)", number, oldest, current)
}

// oldestKept returns the lowest epoch number in state.
func (k Keeper) oldestKept(ctx context.Context) (uint64, error) {
	it, err := k.Epochs.Iterate(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer it.Close()
	if !it.Valid() {
		return 0, types.ErrNotStarted
	}
	return it.Key()
}

// BlockEpoch returns the number of the epoch of the block a check is made
// for. That is the current epoch, except for a block whose BeginBlock has
// not run yet (PrepareProposal and ProcessProposal check the proposed
// block, CheckTx the next one) and that will open the next epoch: then it
// is the next one, so that what is checked before a block is checked as
// the block will see it.
//
// Every task-data check asks, so the epoch's start and the epoch length
// are decoded once per change (internal/storememo), from the same reads
// (and gas) as CurrentEpoch and Params.Get.
func (k Keeper) BlockEpoch(ctx context.Context) (uint64, error) {
	number, err := k.Current.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return 0, types.ErrNotStarted
	}
	if err != nil {
		return 0, err
	}
	key, err := collections.EncodeKeyWithPrefix(types.EpochsKey, collections.Uint64Key, number)
	if err != nil {
		return 0, err
	}
	startHeight, err := k.memo.starts.Get(ctx, k.storeService, key, func(raw []byte) (int64, error) {
		var e types.Epoch
		err := k.cdc.Unmarshal(raw, &e)
		return e.StartHeight, err
	})
	if err != nil {
		return 0, err
	}
	length, err := k.memo.lengths.Get(ctx, k.storeService, types.ParamsKey.Bytes(), func(raw []byte) (uint64, error) {
		var p types.Params
		err := k.cdc.Unmarshal(raw, &p)
		return p.EpochLength, err
	})
	if err != nil {
		return 0, err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	height := sdkCtx.BlockHeight()
	switch sdkCtx.ExecMode() {
	case sdk.ExecModeCheck, sdk.ExecModeReCheck, sdk.ExecModeSimulate:
		// CheckTx's state is the last block's: a transaction checked now
		// can be in the next block at the earliest.
		height++
	}
	if height-startHeight >= int64(length) {
		return number + 1, nil
	}
	return number, nil
}

// blockEpochMemo is what BlockEpoch remembers: the current epoch's start
// height and the params' epoch length.
type blockEpochMemo struct {
	starts  storememo.Value[int64]
	lengths storememo.Value[uint64]
}
