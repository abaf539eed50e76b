package types

import (
	"slices"
	"time"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/attestation"
)

// DefaultMinStake is the default minimum stake in base units (1 ENG).
const DefaultMinStake = 1_000_000

// DefaultParams: real SGX only (no simulated quotes), no trusted
// measurements yet (governance adds them), minimum stake 1 ENG in the bond
// denom, group size 1, seven days of unbonding, Penalize burns 1 % and
// jails for 10 epochs.
func DefaultParams() Params {
	return Params{
		MinStake:      sdk.NewCoin(sdk.DefaultBondDenom, sdkmath.NewInt(DefaultMinStake)),
		GroupSize:     1,
		ProductId:     1,
		UnbondingTime: 7 * 24 * time.Hour,
		SlashFraction: sdkmath.LegacyNewDecWithPrec(1, 2),
		JailEpochs:    10,
		// Only fully patched platforms until governance decides otherwise.
		AcceptedTcbStatuses: []string{attestation.TCBUpToDate},
	}
}

// tcbStatuses are the statuses governance may accept. "Revoked" is not one:
// a revoked platform's keys may be in anyone's hands.
var tcbStatuses = []string{
	"UpToDate", "SWHardeningNeeded", "ConfigurationNeeded", "ConfigurationAndSWHardeningNeeded",
	"OutOfDate", "OutOfDateConfigurationNeeded",
}

// Validate checks the params.
func (p Params) Validate() error {
	if err := p.MinStake.Validate(); err != nil {
		return ErrInvalidParams.Wrapf("min_stake: %s", err)
	}
	if !p.MinStake.IsPositive() {
		return ErrInvalidParams.Wrap("min_stake must be positive")
	}
	if p.UnbondingTime < 0 {
		return ErrInvalidParams.Wrap("unbonding_time must not be negative")
	}
	if p.SlashFraction.IsNil() || p.SlashFraction.IsNegative() || p.SlashFraction.GT(sdkmath.LegacyOneDec()) {
		return ErrInvalidParams.Wrap("slash_fraction must be in [0, 1]")
	}
	if p.GroupSize == 0 {
		return ErrInvalidParams.Wrap("group_size must be at least 1")
	}
	if p.ProductId > 0xffff || p.MinSecurityVersion > 0xffff {
		return ErrInvalidParams.Wrap("product_id and min_security_version are 16-bit values")
	}
	for _, st := range p.AcceptedTcbStatuses {
		if !slices.Contains(tcbStatuses, st) {
			return ErrInvalidParams.Wrapf("accepted_tcb_statuses: %q is not one of %v", st, tcbStatuses)
		}
	}
	for _, a := range p.AllowedAdvisoryIds {
		if len(a) == 0 || len(a) > 64 {
			return ErrInvalidParams.Wrapf("allowed_advisory_ids: %q must be 1 to 64 characters", a)
		}
	}
	for _, ids := range [][][]byte{p.TrustedSignerIds, p.TrustedEnclaveIds} {
		for _, id := range ids {
			if len(id) != 32 {
				return ErrInvalidParams.Wrapf("trusted measurement of %d bytes, want 32", len(id))
			}
		}
	}
	return nil
}

// PolicyFor turns the params into the attestation policy.
func PolicyFor(p Params) attestation.Policy {
	return attestation.Policy{
		AllowSimulated:      p.AllowSimulatedAttestation,
		SignerIDs:           p.TrustedSignerIds,
		UniqueIDs:           p.TrustedEnclaveIds,
		ProductID:           uint16(p.ProductId),
		MinSecurityVersion:  uint16(p.MinSecurityVersion),
		AcceptedTCBStatuses: p.AcceptedTcbStatuses,
		AllowedAdvisoryIDs:  p.AllowedAdvisoryIds,

		MinTCBEvaluationDataNumber: p.MinTcbEvaluationDataNumber,
	}
}
