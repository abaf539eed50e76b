package keeper

import (
	"context"
	"errors"
	"math/big"
	"strings"

	"cosmossdk.io/collections"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/bridge/types"
)

// batchDigest is what validators sign for batch nonce.
func (k Keeper) batchDigest(ctx context.Context, params types.Params, nonce uint64) (common.Hash, error) {
	b, err := k.compute.GetBatch(ctx, nonce)
	if err != nil {
		return common.Hash{}, types.ErrUnknownBatch.Wrapf("batch %d: %s", nonce, err)
	}
	return types.BatchCommitment(b).Digest(new(big.Int).SetUint64(params.EthereumChainId), common.HexToAddress(params.BridgeContract)), nil
}

// valsetDigest is the checkpoint validators sign for validator set nonce.
func (k Keeper) valsetDigest(ctx context.Context, params types.Params, nonce uint64) (common.Hash, error) {
	v, err := k.Valsets.Get(ctx, nonce)
	if errors.Is(err, collections.ErrNotFound) {
		return common.Hash{}, types.ErrUnknownValset.Wrapf("validator set %d", nonce)
	}
	if err != nil {
		return common.Hash{}, err
	}
	return checkpoint(params, v), nil
}

// ConfirmValset stores a validator's signature over the checkpoint of
// validator set nonce, which the contract must not hold yet (set 0 is the
// contract's from its deployment).
func (k Keeper) ConfirmValset(ctx context.Context, orchestrator string, nonce uint64, signature string) error {
	params, err := k.configuredParams(ctx)
	if err != nil {
		return err
	}
	onEth, err := uint64Or(ctx, k.LastEthValsetNonce)
	if err != nil {
		return err
	}
	if nonce <= onEth {
		return types.ErrNotPending.Wrapf("validator set %d: the contract holds set %d", nonce, onEth)
	}
	digest, err := k.valsetDigest(ctx, params, nonce)
	if err != nil {
		return err
	}
	return k.confirm(ctx, k.ValsetConfirms, "valset", orchestrator, nonce, digest, signature)
}

// ConfirmBatch stores a validator's signature over the digest of
// x/secretcompute's batch nonce, which the contract must not hold yet.
func (k Keeper) ConfirmBatch(ctx context.Context, orchestrator string, nonce uint64, signature string) error {
	params, err := k.configuredParams(ctx)
	if err != nil {
		return err
	}
	onEth, err := uint64Or(ctx, k.LastEthBatchNonce)
	if err != nil {
		return err
	}
	if nonce <= onEth {
		return types.ErrNotPending.Wrapf("batch %d: the contract holds batches up to %d", nonce, onEth)
	}
	digest, err := k.batchDigest(ctx, params, nonce)
	if err != nil {
		return err
	}
	return k.confirm(ctx, k.BatchConfirms, "batch", orchestrator, nonce, digest, signature)
}

// contractKey is the Ethereum address validator has in the contract's
// current validator set, empty if it is not a member.
func (k Keeper) contractKey(ctx context.Context, validator string) (string, error) {
	onEth, err := uint64Or(ctx, k.LastEthValsetNonce)
	if err != nil {
		return "", err
	}
	v, err := k.Valsets.Get(ctx, onEth)
	if errors.Is(err, collections.ErrNotFound) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	for _, m := range v.Members {
		if m.Validator == validator {
			return m.EthAddress, nil
		}
	}
	return "", nil
}

// confirm checks that signature over digest is by the orchestrator's
// Ethereum key and stores it, once per validator.
func (k Keeper) confirm(ctx context.Context, store collections.Map[collections.Pair[uint64, []byte], types.Confirm], kind, orchestrator string, nonce uint64, digest common.Hash, signature string) error {
	val, o, err := k.bondedOrchestrator(ctx, orchestrator)
	if err != nil {
		return err
	}
	key := collections.Join(nonce, []byte(val))
	has, err := store.Has(ctx, key)
	if err != nil {
		return err
	}
	if has {
		return types.ErrDuplicateConfirm.Wrapf("%s %d by %s", kind, nonce, o.Validator)
	}
	signer, err := types.RecoverSigner(digest, signature)
	if err != nil {
		return err
	}
	if signer.Hex() != o.EthAddress {
		// After renaming its key, a validator signs with the key the
		// contract's current set knows it by, until the contract takes a
		// set with the new one: only that signature counts on Ethereum.
		known, err := k.contractKey(ctx, o.Validator)
		if err != nil {
			return err
		}
		if signer.Hex() != known {
			return types.ErrEthSignature.Wrapf("%s %d: signed by %s, the validator's key is %s (or the digest is another)", kind, nonce, signer.Hex(), o.EthAddress)
		}
	}
	c := types.Confirm{Validator: o.Validator, EthAddress: signer.Hex(), Signature: strings.ToLower(signature), Height: sdk.UnwrapSDKContext(ctx).BlockHeight()}
	if err := store.Set(ctx, key, c); err != nil {
		return err
	}
	return emit(ctx, &types.EventConfirm{Kind: kind, Nonce: nonce, Validator: o.Validator})
}
