package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/epoch/types"
)

// AcceptBeacon records an enclave beacon for the current epoch; it becomes
// r_e when that epoch closes. The caller (x/registry's MsgSubmitBeacon) has
// verified the enclave signature; this method enforces the epoch rules: the
// beacon is for the epoch in progress, 32 bytes, and the first one wins.
func (k Keeper) AcceptBeacon(ctx context.Context, epoch uint64, value []byte) error {
	if len(value) != types.SeedSize {
		return types.ErrInvalidBeacon.Wrapf("beacon must be %d bytes, got %d", types.SeedSize, len(value))
	}
	current, err := k.Current.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return types.ErrNotStarted
	}
	if err != nil {
		return err
	}
	if epoch != current {
		return types.ErrInvalidBeacon.Wrapf("beacon is for epoch %d but the current epoch is %d", epoch, current)
	}
	has, err := k.Beacons.Has(ctx, epoch)
	if err != nil {
		return err
	}
	if has {
		return types.ErrBeaconExists.Wrapf("epoch %d", epoch)
	}
	if err := k.Beacons.Set(ctx, epoch, append([]byte(nil), value...)); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventBeaconAccepted{Epoch: epoch})
}
