package app

import (
	"fmt"
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
	nameConfigScope()
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

// nameConfigScope names the SDK's config scope once for the process
// (sdk.EnvConfigScope), with the very key the SDK computes, so that the
// config is the same object before and after. Without it, sdk.GetConfig,
// called on every bech32 address conversion (each transaction's signers,
// twice), reads the executable's path and the host name from the kernel
// each time: 4% of a node's CPU under a load of task data.
func nameConfigScope() {
	if os.Getenv(sdk.EnvConfigScope) != "" {
		return
	}
	_ = os.Setenv(sdk.EnvConfigScope, sdkConfigKey())
}

// sdkConfigKey is the key sdk.GetConfig uses when no scope is named:
// "host|executable|pid" (cosmos-sdk types/config.go, getConfigKey).
func sdkConfigKey() string {
	exe, err := os.Executable()
	if err != nil {
		exe = "unknown-exe"
	}
	host, err := os.Hostname()
	if err != nil {
		host = "unknown-host"
	}
	return fmt.Sprintf("%s|%s|%d", host, exe, os.Getpid())
}
