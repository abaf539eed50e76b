package app

import (
	"os"
	"path/filepath"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

const (
	// Name is the application name, also the binary's.
	Name = "enigmad"
	// Bech32Prefix is the account address prefix: enigma1….
	Bech32Prefix = "enigma"
	// BondDenom is the staking and fee denom: 1 ENG = 10^6 ueng.
	BondDenom = "ueng"
	// DisplayDenom is the denom people read.
	DisplayDenom = "ENG"
	// DefaultChainID is the chain id of a local network.
	DefaultChainID = "enigma-local-1"
)

// FlagCheckInvariants (app.toml `check-invariants`, or --check-invariants on
// start) makes the node verify the modules' invariants at every block and
// stop on a violation. Off by default: it costs a walk over the state.
const FlagCheckInvariants = "check-invariants"

// DefaultNodeHome is the default home of a node: ~/.enigmad.
var DefaultNodeHome = func() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "." + Name
	}
	return filepath.Join(home, "."+Name)
}()

// SetConfig sets the SDK's global address prefixes and bond denom for this
// chain and seals them. It is idempotent so that tests and the CLI can both
// call it.
func SetConfig() {
	cfg := sdk.GetConfig()
	if cfg.GetBech32AccountAddrPrefix() == Bech32Prefix {
		return
	}
	cfg.SetBech32PrefixForAccount(Bech32Prefix, Bech32Prefix+sdk.PrefixPublic)
	cfg.SetBech32PrefixForValidator(Bech32Prefix+sdk.PrefixValidator+sdk.PrefixOperator, Bech32Prefix+sdk.PrefixValidator+sdk.PrefixOperator+sdk.PrefixPublic)
	cfg.SetBech32PrefixForConsensusNode(Bech32Prefix+sdk.PrefixValidator+sdk.PrefixConsensus, Bech32Prefix+sdk.PrefixValidator+sdk.PrefixConsensus+sdk.PrefixPublic)
	cfg.Seal()
	sdk.DefaultBondDenom = BondDenom
}
