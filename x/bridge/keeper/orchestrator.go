package keeper

import (
	"context"
	"errors"
	"strings"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/bridge/types"
)

// SetOrchestrator names, or renames, a validator's bridge keys: the
// account that sends its claims and confirmations and the Ethereum key
// that signs for it, which proves itself with ethSignature over
// OrchestratorDigest. Neither may be another validator's. A validator
// named for the first time starts claiming after the last observed event;
// one renames at most once per orchestrator_cooldown_blocks.
func (k Keeper) SetOrchestrator(ctx context.Context, validator, orchestrator, ethAddress, ethSignature string) error {
	val, err := k.valCodec.StringToBytes(validator)
	if err != nil {
		return types.ErrInvalidAddress.Wrapf("validator %q: %s", validator, err)
	}
	acc, err := k.addressCodec.StringToBytes(orchestrator)
	if err != nil {
		return types.ErrInvalidAddress.Wrapf("orchestrator %q: %s", orchestrator, err)
	}
	eth, err := types.Address("eth_address", ethAddress)
	if err != nil {
		return err
	}
	if _, err := k.staking.GetValidator(ctx, val); err != nil {
		return types.ErrNotValidator.Wrapf("%s: %s", validator, err)
	}
	digest := types.OrchestratorDigest(sdk.UnwrapSDKContext(ctx).ChainID(), val, acc)
	signer, err := types.RecoverSigner(digest, ethSignature)
	if err != nil {
		return err
	}
	if signer != eth {
		return types.ErrEthSignature.Wrapf("signed by %s, not %s: sign OrchestratorDigest(chain id, validator, orchestrator) with the key of eth_address", signer, eth)
	}
	for _, idx := range []struct {
		m    collections.Map[[]byte, []byte]
		key  []byte
		what string
	}{{k.ByOrchestrator, acc, "orchestrator " + orchestrator}, {k.ByEthAddress, eth.Bytes(), "Ethereum address " + eth.Hex()}} {
		owner, err := idx.m.Get(ctx, idx.key)
		switch {
		case errors.Is(err, collections.ErrNotFound):
		case err != nil:
			return err
		case !sdk.ValAddress(owner).Equals(sdk.ValAddress(val)):
			return types.ErrKeyInUse.Wrapf("%s acts for another validator", idx.what)
		}
	}
	old, err := k.Orchestrators.Get(ctx, val)
	switch {
	case errors.Is(err, collections.ErrNotFound):
		// A newcomer owes no claims for events observed before it came.
		last, err := k.lastObserved(ctx)
		if err != nil {
			return err
		}
		cursor, err := k.startCursor(ctx, last)
		if err != nil {
			return err
		}
		if err := k.Cursors.Set(ctx, val, cursor); err != nil {
			return err
		}
	case err != nil:
		return err
	default:
		params, err := k.Params.Get(ctx)
		if err != nil {
			return err
		}
		height := sdk.UnwrapSDKContext(ctx).BlockHeight()
		if wait := old.Height + int64(params.OrchestratorCooldownBlocks) - height; wait > 0 {
			return types.ErrTooSoon.Wrapf("named at height %d; renaming is possible in %d blocks (orchestrator_cooldown_blocks %d)", old.Height, wait, params.OrchestratorCooldownBlocks)
		}
		oldAcc, err := k.addressCodec.StringToBytes(old.Orchestrator)
		if err != nil {
			return err
		}
		oldEth, err := types.Address("eth_address", old.EthAddress)
		if err != nil {
			return err
		}
		if err := k.ByOrchestrator.Remove(ctx, oldAcc); err != nil {
			return err
		}
		if err := k.ByEthAddress.Remove(ctx, oldEth.Bytes()); err != nil {
			return err
		}
	}
	o := types.Orchestrator{Validator: validator, Orchestrator: orchestrator, EthAddress: eth.Hex(), Height: sdk.UnwrapSDKContext(ctx).BlockHeight()}
	if err := k.setOrchestrator(ctx, val, acc, o); err != nil {
		return err
	}
	return emit(ctx, &types.EventOrchestratorSet{Validator: o.Validator, Orchestrator: o.Orchestrator, EthAddress: o.EthAddress})
}

func (k Keeper) setOrchestrator(ctx context.Context, val, acc []byte, o types.Orchestrator) error {
	eth, err := types.Address("eth_address", o.EthAddress)
	if err != nil {
		return err
	}
	if err := k.Orchestrators.Set(ctx, val, o); err != nil {
		return err
	}
	if err := k.ByOrchestrator.Set(ctx, acc, val); err != nil {
		return err
	}
	return k.ByEthAddress.Set(ctx, eth.Bytes(), val)
}

// startCursor is where a validator with no claims starts: after the last
// observed event, or at the contract's deployment block before any.
func (k Keeper) startCursor(ctx context.Context, last types.ObservedEvent) (types.Cursor, error) {
	if last.EventNonce > 0 {
		return types.Cursor{EventNonce: last.EventNonce, EthBlock: last.EthBlock}, nil
	}
	p, err := k.Params.Get(ctx)
	if err != nil {
		return types.Cursor{}, err
	}
	return types.Cursor{EthBlock: p.BridgeStartBlock}, nil
}

// findValidator resolves what queries accept for a validator: its
// operator address, its orchestrator account or its Ethereum address.
func (k Keeper) findValidator(ctx context.Context, address string) ([]byte, error) {
	var (
		val []byte
		err error
	)
	switch {
	case strings.HasPrefix(address, "0x"):
		eth, perr := types.Address("address", address)
		if perr != nil {
			return nil, perr
		}
		val, err = k.ByEthAddress.Get(ctx, eth.Bytes())
	default:
		if v, verr := k.valCodec.StringToBytes(address); verr == nil {
			val = v
			if has, herr := k.Orchestrators.Has(ctx, v); herr != nil || !has {
				err = collections.ErrNotFound
			}
			break
		}
		acc, aerr := k.addressCodec.StringToBytes(address)
		if aerr != nil {
			return nil, types.ErrInvalidAddress.Wrapf("%q is neither an operator, account nor Ethereum address", address)
		}
		val, err = k.ByOrchestrator.Get(ctx, acc)
	}
	if errors.Is(err, collections.ErrNotFound) {
		return nil, types.ErrNotFound.Wrapf("%s", address)
	}
	return val, err
}
