package types

import (
	sdkmath "cosmossdk.io/math"
)

// Defaults: no bridge configured (governance or genesis names it), a new
// validator set when the power moved by more than 5 % (Gravity Bridge's
// threshold), 1,000 events per message, 500 blocks to confirm, missed
// confirmations counted but not slashed, 1 % when slashing is turned on,
// 1,000 blocks between renames of a validator's bridge keys.
const (
	DefaultValsetChangePermille = 50
	DefaultMaxEventsPerMsg      = 1000
	DefaultConfirmWindowBlocks  = 500
	DefaultOrchestratorCooldown = 1000
)

// maxBlocks bounds the params counted in blocks, far below what an int64
// height could overflow with (a year of 1-second blocks is 3.2 × 10^7).
const maxBlocks = 1_000_000_000

// DefaultParams returns the params of a new chain.
func DefaultParams() Params {
	return Params{
		ValsetChangePermille:       DefaultValsetChangePermille,
		MaxEventsPerMsg:            DefaultMaxEventsPerMsg,
		ConfirmWindowBlocks:        DefaultConfirmWindowBlocks,
		SlashFractionMissedConfirm: sdkmath.LegacyNewDecWithPrec(1, 2),
		OrchestratorCooldownBlocks: DefaultOrchestratorCooldown,
	}
}

// Validate checks the params.
func (p Params) Validate() error {
	if p.BridgeContract != "" {
		if _, err := Address("bridge_contract", p.BridgeContract); err != nil {
			return ErrInvalidParams.Wrap(err.Error())
		}
		if p.EthereumChainId == 0 {
			return ErrInvalidParams.Wrap("a bridge_contract needs its ethereum_chain_id")
		}
	}
	if p.ValsetChangePermille == 0 || p.ValsetChangePermille > 1000 {
		return ErrInvalidParams.Wrap("valset_change_permille must be 1 to 1000")
	}
	if p.MaxEventsPerMsg == 0 {
		return ErrInvalidParams.Wrap("max_events_per_msg must be at least 1")
	}
	if p.ConfirmWindowBlocks == 0 || p.ConfirmWindowBlocks > maxBlocks {
		return ErrInvalidParams.Wrapf("confirm_window_blocks must be 1 to %d", maxBlocks)
	}
	if p.OrchestratorCooldownBlocks > maxBlocks {
		return ErrInvalidParams.Wrapf("orchestrator_cooldown_blocks must be at most %d", maxBlocks)
	}
	f := p.SlashFractionMissedConfirm
	if f.IsNil() || f.IsNegative() || f.GT(sdkmath.LegacyOneDec()) {
		return ErrInvalidParams.Wrap("slash_fraction_missed_confirm must be in [0, 1]")
	}
	return nil
}

// Configured says whether the bridge contract is named, so that claims and
// confirmations can be checked against it.
func (p Params) Configured() bool { return p.BridgeContract != "" && p.EthereumChainId != 0 }
