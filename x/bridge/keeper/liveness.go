package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/bridge/types"
)

// checkLiveness looks, once each, at the validator sets and batches whose
// confirmation window (confirm_window_blocks from when they were made)
// ended: every validator that should have signed and did not is counted in
// Missed and reported, and slashed and jailed when slash_missed_confirms is
// on. A set or batch the contract took before its window ended is not
// checked: its confirmations were dropped, and no more were needed.
//
// Who should have signed: a validator set's own members; a batch, the
// members of the newest validator set made when it closed.
func (k Keeper) checkLiveness(ctx context.Context, params types.Params) error {
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	due := func(made int64) bool { return made+int64(params.ConfirmWindowBlocks) <= height }

	checked, err := uint64Or(ctx, k.LivenessValset)
	if err != nil {
		return err
	}
	onEth, err := uint64Or(ctx, k.LastEthValsetNonce)
	if err != nil {
		return err
	}
	// Set 0 is the contract's from its deployment: nobody signs it.
	for n := max(checked, onEth) + 1; ; n++ {
		v, err := k.Valsets.Get(ctx, n)
		if errors.Is(err, collections.ErrNotFound) || (err == nil && !due(v.Height)) {
			break
		}
		if err != nil {
			return err
		}
		if err := k.missed(ctx, params, "valset", n, v.Members, k.ValsetConfirms); err != nil {
			return err
		}
		if err := k.LivenessValset.Set(ctx, n); err != nil {
			return err
		}
	}

	checked, err = uint64Or(ctx, k.LivenessBatch)
	if err != nil {
		return err
	}
	if onEth, err = uint64Or(ctx, k.LastEthBatchNonce); err != nil {
		return err
	}
	for n := max(checked, onEth) + 1; ; n++ {
		b, err := k.compute.GetBatch(ctx, n)
		if err != nil || !due(b.Height) {
			break // not closed yet, or its window is still open
		}
		signers, err := k.valsetAt(ctx, b.Height)
		if err != nil {
			return err
		}
		if err := k.missed(ctx, params, "batch", n, signers.Members, k.BatchConfirms); err != nil {
			return err
		}
		if err := k.LivenessBatch.Set(ctx, n); err != nil {
			return err
		}
	}
	return nil
}

// valsetAt returns the newest validator set made at or before height (an
// empty one if none is kept).
func (k Keeper) valsetAt(ctx context.Context, height int64) (types.Valset, error) {
	iter, err := k.Valsets.Iterate(ctx, new(collections.Range[uint64]).Descending())
	if err != nil {
		return types.Valset{}, err
	}
	defer iter.Close()
	for ; iter.Valid(); iter.Next() {
		v, err := iter.Value()
		if err != nil {
			return types.Valset{}, err
		}
		if v.Height <= height {
			return v, nil
		}
	}
	return types.Valset{}, nil
}

// missed reports the members that did not confirm kind nonce.
func (k Keeper) missed(ctx context.Context, params types.Params, kind string, nonce uint64, members []types.ValsetMember,
	confirms collections.Map[collections.Pair[uint64, []byte], types.Confirm],
) error {
	keys, err := k.contractKeys(ctx)
	if err != nil {
		return err
	}
	for _, m := range members {
		if m.Validator == "" {
			continue // the sentinel
		}
		val, err := k.valCodec.StringToBytes(m.Validator)
		if err != nil {
			return err
		}
		// A confirmation made with a key the contract does not know the
		// validator by does not count: it is worth nothing on Ethereum.
		c, err := confirms.Get(ctx, collections.Join(nonce, val))
		if err == nil && counts(c, keys[m.Validator]) {
			continue
		}
		if err != nil && !errors.Is(err, collections.ErrNotFound) {
			return err
		}
		count, err := k.Missed.Get(ctx, val)
		if err != nil && !errors.Is(err, collections.ErrNotFound) {
			return err
		}
		if err := k.Missed.Set(ctx, val, count+1); err != nil {
			return err
		}
		slashed, err := k.punish(ctx, params, val)
		if err != nil {
			return err
		}
		if err := emit(ctx, &types.EventMissedConfirm{Kind: kind, Nonce: nonce, Validator: m.Validator, Slashed: slashed}); err != nil {
			return err
		}
	}
	return nil
}

// punish slashes and jails a bonded, unjailed validator when the params
// say so; it reports whether it did.
func (k Keeper) punish(ctx context.Context, params types.Params, val sdk.ValAddress) (bool, error) {
	if !params.SlashMissedConfirms {
		return false, nil
	}
	v, err := k.staking.GetValidator(ctx, val)
	if err != nil || v.IsJailed() || !v.IsBonded() {
		return false, nil // gone, or already out of the set: nothing to do
	}
	cons, err := v.GetConsAddr()
	if err != nil {
		return false, err
	}
	power, err := k.staking.GetLastValidatorPower(ctx, val)
	if err != nil {
		return false, err
	}
	// As x/slashing does for downtime: the infraction is counted from the
	// height whose validator set signed it.
	height := sdk.UnwrapSDKContext(ctx).BlockHeight() - sdk.ValidatorUpdateDelay - 1
	if err := k.slashing.Slash(ctx, cons, params.SlashFractionMissedConfirm, power, height); err != nil {
		return false, err
	}
	return true, k.slashing.Jail(ctx, cons)
}
