package keeper

import (
	"context"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/bridge/types"
)

// InitGenesis loads the genesis state. It runs after x/genutil, so that
// validators made by gentxs exist: an orchestrator named in a new chain's
// genesis must be a validator's, and its Ethereum signature is checked
// against this chain's id.
func (k Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	chainID := sdk.UnwrapSDKContext(ctx).ChainID()
	last := gs.LastObserved
	for i, o := range gs.Orchestrators {
		val, err := k.valCodec.StringToBytes(o.Validator)
		if err != nil {
			return types.ErrInvalidGenesis.Wrapf("orchestrator %d: validator %q: %s", i, o.Validator, err)
		}
		acc, err := k.addressCodec.StringToBytes(o.Orchestrator)
		if err != nil {
			return types.ErrInvalidGenesis.Wrapf("orchestrator %d: %q: %s", i, o.Orchestrator, err)
		}
		if _, err := k.staking.GetValidator(ctx, val); err != nil {
			return types.ErrInvalidGenesis.Wrapf("orchestrator %d: %s is not a validator: %s", i, o.Validator, err)
		}
		eth, err := types.Address("eth_address", o.EthAddress)
		if err != nil {
			return types.ErrInvalidGenesis.Wrapf("orchestrator %d: %s", i, err)
		}
		if len(gs.GenesisSignatures) > 0 {
			signer, err := types.RecoverSigner(types.OrchestratorDigest(chainID, val, acc), gs.GenesisSignatures[i])
			if err != nil || signer != eth {
				return types.ErrInvalidGenesis.Wrapf("orchestrator %d (%s): the Ethereum signature is not by %s for chain %s", i, o.Validator, eth.Hex(), chainID)
			}
		}
		o.EthAddress = eth.Hex()
		if err := k.setOrchestrator(ctx, val, acc, o); err != nil {
			return err
		}
		// A cursor the genesis does not give starts after what was observed.
		cursor, err := k.startCursor(ctx, last)
		if err != nil {
			return err
		}
		if err := k.Cursors.Set(ctx, val, cursor); err != nil {
			return err
		}
	}
	for _, c := range gs.Cursors {
		val, err := k.valCodec.StringToBytes(c.Validator)
		if err != nil {
			return types.ErrInvalidGenesis.Wrapf("cursor of %q: %s", c.Validator, err)
		}
		if err := k.Cursors.Set(ctx, val, c.Cursor); err != nil {
			return err
		}
	}
	if last.EventNonce > 0 {
		if err := k.LastObserved.Set(ctx, last); err != nil {
			return err
		}
	}
	for _, a := range gs.Attestations {
		hash, err := a.Event.Hash()
		if err != nil {
			return err
		}
		for _, v := range a.Votes {
			val, err := k.valCodec.StringToBytes(v)
			if err != nil {
				return types.ErrInvalidGenesis.Wrapf("a vote of %q: %s", v, err)
			}
			if err := k.Votes.Set(ctx, collections.Join3(a.Event.EventNonce, hash.Bytes(), val)); err != nil {
				return err
			}
		}
		a.Votes = nil
		if err := k.Attestations.Set(ctx, collections.Join(a.Event.EventNonce, hash.Bytes()), a); err != nil {
			return err
		}
	}
	for _, v := range gs.Valsets {
		if err := k.Valsets.Set(ctx, v.Nonce, v); err != nil {
			return err
		}
		if latest, err := uint64Or(ctx, k.LatestValset); err != nil {
			return err
		} else if v.Nonce >= latest {
			if err := k.LatestValset.Set(ctx, v.Nonce); err != nil {
				return err
			}
		}
	}
	for _, set := range []struct {
		m  collections.Map[collections.Pair[uint64, []byte], types.Confirm]
		cs []types.NonceConfirm
	}{{k.ValsetConfirms, gs.ValsetConfirms}, {k.BatchConfirms, gs.BatchConfirms}} {
		for _, c := range set.cs {
			val, err := k.valCodec.StringToBytes(c.Confirm.Validator)
			if err != nil {
				return types.ErrInvalidGenesis.Wrapf("confirmation of %q: %s", c.Confirm.Validator, err)
			}
			if err := set.m.Set(ctx, collections.Join(c.Nonce, val), c.Confirm); err != nil {
				return err
			}
		}
	}
	for _, m := range gs.Missed {
		val, err := k.valCodec.StringToBytes(m.Validator)
		if err != nil {
			return types.ErrInvalidGenesis.Wrapf("missed confirmations of %q: %s", m.Validator, err)
		}
		if err := k.Missed.Set(ctx, val, m.Count); err != nil {
			return err
		}
	}
	for _, item := range []struct {
		i collections.Item[uint64]
		v uint64
	}{{k.LastEthValsetNonce, gs.LastEthValsetNonce}, {k.LastEthBatchNonce, gs.LastEthBatchNonce},
		{k.LivenessValset, gs.LivenessCheckedValset}, {k.LivenessBatch, gs.LivenessCheckedBatch}} {
		if item.v == 0 {
			continue
		}
		if err := item.i.Set(ctx, item.v); err != nil {
			return err
		}
	}
	return nil
}

// ExportGenesis exports the module state.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	gs := &types.GenesisState{}
	var err error
	if gs.Params, err = k.Params.Get(ctx); err != nil {
		return nil, err
	}
	if gs.LastObserved, err = k.lastObserved(ctx); err != nil {
		return nil, err
	}
	err = k.Orchestrators.Walk(ctx, nil, func(_ []byte, o types.Orchestrator) (bool, error) {
		gs.Orchestrators = append(gs.Orchestrators, o)
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	err = k.Cursors.Walk(ctx, nil, func(val []byte, c types.Cursor) (bool, error) {
		s, err := k.valCodec.BytesToString(val)
		gs.Cursors = append(gs.Cursors, types.ValidatorCursor{Validator: s, Cursor: c})
		return false, err
	})
	if err != nil {
		return nil, err
	}
	err = k.Attestations.Walk(ctx, nil, func(key collections.Pair[uint64, []byte], a types.Attestation) (bool, error) {
		a, err := k.attestationWithVotes(ctx, key, a)
		gs.Attestations = append(gs.Attestations, a)
		return false, err
	})
	if err != nil {
		return nil, err
	}
	err = k.Valsets.Walk(ctx, nil, func(_ uint64, v types.Valset) (bool, error) {
		gs.Valsets = append(gs.Valsets, v)
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	for _, set := range []struct {
		m   collections.Map[collections.Pair[uint64, []byte], types.Confirm]
		out *[]types.NonceConfirm
	}{{k.ValsetConfirms, &gs.ValsetConfirms}, {k.BatchConfirms, &gs.BatchConfirms}} {
		err = set.m.Walk(ctx, nil, func(key collections.Pair[uint64, []byte], c types.Confirm) (bool, error) {
			*set.out = append(*set.out, types.NonceConfirm{Nonce: key.K1(), Confirm: c})
			return false, nil
		})
		if err != nil {
			return nil, err
		}
	}
	err = k.Missed.Walk(ctx, nil, func(val []byte, n uint64) (bool, error) {
		s, err := k.valCodec.BytesToString(val)
		gs.Missed = append(gs.Missed, types.MissedConfirms{Validator: s, Count: n})
		return false, err
	})
	if err != nil {
		return nil, err
	}
	for _, item := range []struct {
		i   collections.Item[uint64]
		out *uint64
	}{{k.LastEthValsetNonce, &gs.LastEthValsetNonce}, {k.LastEthBatchNonce, &gs.LastEthBatchNonce},
		{k.LivenessValset, &gs.LivenessCheckedValset}, {k.LivenessBatch, &gs.LivenessCheckedBatch}} {
		if *item.out, err = uint64Or(ctx, item.i); err != nil {
			return nil, err
		}
	}
	return gs, nil
}
