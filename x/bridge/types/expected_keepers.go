package types

import (
	"context"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// StakingKeeper is what x/bridge reads of the validators: their powers as
// of the last block, which tallies and validator sets count.
type StakingKeeper interface {
	GetLastTotalPower(ctx context.Context) (sdkmath.Int, error)
	GetLastValidatorPower(ctx context.Context, operator sdk.ValAddress) (int64, error)
	IterateLastValidatorPowers(ctx context.Context, handler func(operator sdk.ValAddress, power int64) (stop bool)) error
	GetValidator(ctx context.Context, addr sdk.ValAddress) (stakingtypes.Validator, error)
}

// SlashingKeeper slashes and jails a validator whose orchestrator misses
// confirmations, when the params say so.
type SlashingKeeper interface {
	Slash(ctx context.Context, consAddr sdk.ConsAddress, fraction sdkmath.LegacyDec, power, distributionHeight int64) error
	Jail(ctx context.Context, consAddr sdk.ConsAddress) error
}

// SecretComputeKeeper takes the observed records and serves the batches
// validators sign.
type SecretComputeKeeper interface {
	OnTaskRecord(ctx context.Context, r secretcomputetypes.TaskRecord) error
	OnDeploymentRecord(ctx context.Context, r secretcomputetypes.DeploymentRecord) error
	GetBatch(ctx context.Context, nonce uint64) (secretcomputetypes.Batch, error)
	LastBatchNonce(ctx context.Context) (uint64, error)
}
