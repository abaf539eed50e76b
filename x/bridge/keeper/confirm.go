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

// contractKeys maps each validator of the contract's current validator set
// (the newest the chain saw it take) to the Ethereum address it has there.
func (k Keeper) contractKeys(ctx context.Context) (map[string]string, error) {
	onEth, err := uint64Or(ctx, k.LastEthValsetNonce)
	if err != nil {
		return nil, err
	}
	v, err := k.Valsets.Get(ctx, onEth)
	if errors.Is(err, collections.ErrNotFound) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, err
	}
	keys := make(map[string]string, len(v.Members))
	for _, m := range v.Members {
		if m.Validator != "" {
			keys[m.Validator] = m.EthAddress
		}
	}
	return keys, nil
}

// counts says whether a confirmation counts on Ethereum: made with the key
// the contract's current set has for its validator, or with any of the
// validator's keys when that set does not have it (contractKey empty).
func counts(c types.Confirm, contractKey string) bool {
	return contractKey == "" || c.EthAddress == contractKey
}

// confirm checks that signature over digest is by the orchestrator's
// validator and stores it, once per validator. The validator signs with its
// Ethereum key, or with the key the contract's current set has for it
// (after a rename, until the contract takes a set with the new key): only
// that one counts on Ethereum, so a confirmation made with the other is
// replaced by one made with it. A member of the contract's current set
// confirms even while it unbonds: the contract needs its signature until
// it takes a set without it.
func (k Keeper) confirm(ctx context.Context, store collections.Map[collections.Pair[uint64, []byte], types.Confirm], kind, orchestrator string, nonce uint64, digest common.Hash, signature string) error {
	val, o, err := k.orchestratorOf(ctx, orchestrator)
	if err != nil {
		return err
	}
	keys, err := k.contractKeys(ctx)
	if err != nil {
		return err
	}
	contractKey := keys[o.Validator]
	if contractKey == "" {
		power, err := k.staking.GetLastValidatorPower(ctx, val)
		if err != nil {
			return err
		}
		if power <= 0 {
			return types.ErrNotOrchestrator.Wrapf("validator %s is neither bonded nor in the contract's validator set", o.Validator)
		}
	}
	key := collections.Join(nonce, []byte(val))
	existing, err := store.Get(ctx, key)
	switch {
	case errors.Is(err, collections.ErrNotFound):
	case err != nil:
		return err
	case counts(existing, contractKey):
		return types.ErrDuplicateConfirm.Wrapf("%s %d by %s", kind, nonce, o.Validator)
	}
	signer, err := types.RecoverSigner(digest, signature)
	if err != nil {
		return err
	}
	switch {
	case contractKey != "" && signer.Hex() == contractKey:
	case signer.Hex() == o.EthAddress && existing.Signature == "":
	default:
		return types.ErrEthSignature.Wrapf("%s %d: signed by %s, the validator's key is %s and the contract knows it by %q (or the digest is another)",
			kind, nonce, signer.Hex(), o.EthAddress, contractKey)
	}
	c := types.Confirm{Validator: o.Validator, EthAddress: signer.Hex(), Signature: strings.ToLower(signature), Height: sdk.UnwrapSDKContext(ctx).BlockHeight()}
	if err := store.Set(ctx, key, c); err != nil {
		return err
	}
	return emit(ctx, &types.EventConfirm{Kind: kind, Nonce: nonce, Validator: o.Validator})
}
