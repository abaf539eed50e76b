package keeper

import (
	"context"

	"github.com/enigmad/enigmad/x/bridge/types"
)

// SetParams validates and stores params and emits EventParamsUpdated
// naming authority. It does not check authority: the caller did. The
// bridge contract and its Ethereum chain are set once: a contract's event
// nonces, batches and validator sets are this chain's, and another
// contract would start them all over (a new bridge is a new chain's).
func (k Keeper) SetParams(ctx context.Context, authority string, params types.Params) error {
	if err := params.Validate(); err != nil {
		return err
	}
	old, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if old.Configured() && (old.BridgeContract != params.BridgeContract || old.EthereumChainId != params.EthereumChainId || old.BridgeStartBlock != params.BridgeStartBlock) {
		return types.ErrInvalidParams.Wrap("bridge_contract, ethereum_chain_id and bridge_start_block are set once")
	}
	if params.BridgeContract != "" {
		a, err := types.Address("bridge_contract", params.BridgeContract)
		if err != nil {
			return types.ErrInvalidParams.Wrap(err.Error())
		}
		params.BridgeContract = a.Hex()
	}
	if err := k.Params.Set(ctx, params); err != nil {
		return err
	}
	return emit(ctx, &types.EventParamsUpdated{Authority: authority, Params: params})
}
