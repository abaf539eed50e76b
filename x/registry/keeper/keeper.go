// Package keeper holds the x/registry state and its rules.
package keeper

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/address"
	"cosmossdk.io/core/store"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cosmos/cosmos-sdk/codec"

	"github.com/enigmad/enigmad/internal/storememo"
	"github.com/enigmad/enigmad/x/registry/types"
)

// Keeper keeps the registered workers and the params.
type Keeper struct {
	cdc          codec.BinaryCodec
	addressCodec address.Codec
	authority    string
	bank         types.BankKeeper
	epochs       types.EpochKeeper
	// dcapRoot is the trust anchor of SGX quotes: nil means the Intel SGX
	// Root CA pinned in enclave/attestation/dcap (see WithDCAPRoot).
	dcapRoot *x509.Certificate
	// storeService reads the worker sets' bytes for the cache (setcache.go).
	storeService store.KVStoreService
	// sets caches decoded worker sets, keyed by their stored bytes; shared
	// by the keeper's copies.
	sets *setCache
	// groupSizes remembers the params' group size (Selected).
	groupSizes *storememo.Value[int]

	Schema  collections.Schema
	Params  collections.Item[types.Params]
	Workers collections.Map[[]byte, types.Worker]
	// WorkerByOperator indexes the enclave address of each operator's worker.
	WorkerByOperator collections.Map[[]byte, []byte]
	// SeedCommitment is the network's master-seed commitment (33 bytes).
	SeedCommitment collections.Item[[]byte]
	// Provisions keeps the seed ciphertext for each provisioned newcomer.
	Provisions collections.Map[[]byte, types.Provision]
	// WorkerSets holds the selectable workers of each kept epoch.
	WorkerSets collections.Map[uint64, types.WorkerSet]
}

// NewKeeper returns the x/registry keeper.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, addressCodec address.Codec, authority string, bank types.BankKeeper, epochs types.EpochKeeper) Keeper {
	if _, err := addressCodec.StringToBytes(authority); err != nil {
		panic(fmt.Errorf("invalid x/registry authority address %q: %w", authority, err))
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := Keeper{
		cdc: cdc, addressCodec: addressCodec, authority: authority, bank: bank, epochs: epochs,
		storeService: storeService, sets: &setCache{}, groupSizes: &storememo.Value[int]{},
		Params:           collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Workers:          collections.NewMap(sb, types.WorkersKey, "workers", collections.BytesKey, codec.CollValue[types.Worker](cdc)),
		WorkerByOperator: collections.NewMap(sb, types.WorkerByOperatorKey, "worker_by_operator", collections.BytesKey, collections.BytesValue),
		SeedCommitment:   collections.NewItem(sb, types.SeedCommitmentKey, "seed_commitment", collections.BytesValue),
		Provisions:       collections.NewMap(sb, types.ProvisionsKey, "provisions", collections.BytesKey, codec.CollValue[types.Provision](cdc)),
		WorkerSets:       collections.NewMap(sb, types.WorkerSetsKey, "worker_sets", collections.Uint64Key, codec.CollValue[types.WorkerSet](cdc)),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// WithDCAPRoot returns a keeper that verifies SGX quotes to root instead of
// the pinned Intel SGX Root CA. Only tests (with a synthetic Intel-like
// hierarchy) use it; the app never does, so a chain cannot be configured to
// trust another root.
func (k Keeper) WithDCAPRoot(root *x509.Certificate) Keeper {
	k.dcapRoot = root
	return k
}

// GetAuthority returns the address allowed to change params.
func (k Keeper) GetAuthority() string { return k.authority }

// workerOf returns the worker run by an operator.
func (k Keeper) workerOf(ctx context.Context, operator string) (types.Worker, error) {
	op, err := k.addressCodec.StringToBytes(operator)
	if err != nil {
		return types.Worker{}, types.ErrWorkerNotFound.Wrapf("operator address: %s", err)
	}
	enclave, err := k.WorkerByOperator.Get(ctx, op)
	if errors.Is(err, collections.ErrNotFound) {
		return types.Worker{}, types.ErrWorkerNotFound.Wrapf("operator %s runs no worker", operator)
	} else if err != nil {
		return types.Worker{}, err
	}
	return k.Workers.Get(ctx, enclave)
}

// GetWorker returns a worker by enclave address.
func (k Keeper) GetWorker(ctx context.Context, enclave []byte) (types.Worker, error) {
	w, err := k.Workers.Get(ctx, enclave)
	if errors.Is(err, collections.ErrNotFound) {
		return types.Worker{}, types.ErrWorkerNotFound.Wrapf("no worker with enclave address %s", common.BytesToAddress(enclave))
	}
	return w, err
}
