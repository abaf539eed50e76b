package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/internal/hexarg"
	"github.com/enigmad/enigmad/x/registry/types"
)

// SetPayoutAddress names the Ethereum address the operator's worker's fees
// are credited to on the bridge contract, from the next batch on: an
// enclave's own key cannot withdraw them. The zero address is refused (it
// would burn them).
func (k Keeper) SetPayoutAddress(ctx context.Context, operator, payout string) error {
	addr, err := hexarg.Address("payout_address", payout)
	if err != nil {
		return types.ErrPayoutAddress.Wrap(err.Error())
	}
	if addr == (common.Address{}) {
		return types.ErrPayoutAddress.Wrap("the zero address would burn the fees")
	}
	w, err := k.workerOf(ctx, operator)
	if err != nil {
		return err
	}
	w.PayoutAddress = addr.Bytes()
	if err := k.Workers.Set(ctx, w.EnclaveAddress, w); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventPayoutAddressSet{
		EnclaveAddress: common.BytesToAddress(w.EnclaveAddress).Hex(), PayoutAddress: addr.Hex(),
	})
}

// PayoutOf returns the address a worker's fees are credited to: its
// payout address, or its enclave address when it named none or is gone.
func (k Keeper) PayoutOf(ctx context.Context, enclave []byte) ([]byte, error) {
	w, err := k.Workers.Get(ctx, enclave)
	if errors.Is(err, collections.ErrNotFound) {
		return enclave, nil
	}
	if err != nil {
		return nil, err
	}
	if len(w.PayoutAddress) == common.AddressLength {
		return w.PayoutAddress, nil
	}
	return enclave, nil
}
