package types

import (
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"

	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
)

// BankKeeper moves stakes into and out of the module account.
type BankKeeper interface {
	SendCoinsFromAccountToModule(ctx context.Context, sender sdk.AccAddress, recipientModule string, amt sdk.Coins) error
	SendCoinsFromModuleToAccount(ctx context.Context, senderModule string, recipient sdk.AccAddress, amt sdk.Coins) error
	BurnCoins(ctx context.Context, moduleName string, amt sdk.Coins) error
}

// EpochKeeper is what the registry needs of x/epoch: seeds for selection,
// how many epochs are kept, and where beacons go.
type EpochKeeper interface {
	CurrentEpoch(ctx context.Context) (epochtypes.Epoch, error)
	GetEpoch(ctx context.Context, number uint64) (epochtypes.Epoch, error)
	GetParams(ctx context.Context) (epochtypes.Params, error)
	AcceptBeacon(ctx context.Context, epoch uint64, value []byte) error
}
