package types

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
)

// RegistryKeeper is what secretcompute needs of x/registry: who is selected
// for a contract in an epoch, and penalties.
type RegistryKeeper interface {
	Selected(ctx context.Context, contract common.Address, epoch uint64) ([]common.Address, epochtypes.Epoch, error)
	Penalize(ctx context.Context, enclave []byte, reason string) error
	// PayoutOf is the address a worker's fees are credited to on the
	// bridge contract.
	PayoutOf(ctx context.Context, enclave []byte) ([]byte, error)
}

// EpochKeeper gives the current epoch, and the epoch a block not yet begun
// will be in.
type EpochKeeper interface {
	CurrentEpoch(ctx context.Context) (epochtypes.Epoch, error)
	BlockEpoch(ctx context.Context) (uint64, error)
}
