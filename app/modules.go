package app

import (
	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	consensustypes "github.com/cosmos/cosmos-sdk/x/consensus/types"
	distrtypes "github.com/cosmos/cosmos-sdk/x/distribution/types"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
	upgradetypes "github.com/cosmos/cosmos-sdk/x/upgrade/types"

	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// This file is the one place that says which modules the chain runs, with
// which stores and module accounts, and in which order their hooks run.
// app.New builds the keepers and the module manager from it; the modules
// are wired by hand (see docs/decisions.md, "Manual wiring").

// storeKeys are the KV stores the app mounts, one per module with state.
var storeKeys = []string{
	authtypes.StoreKey, banktypes.StoreKey, stakingtypes.StoreKey,
	slashingtypes.StoreKey, distrtypes.StoreKey, govtypes.StoreKey,
	upgradetypes.StoreKey, consensustypes.StoreKey,
	epochtypes.StoreKey, registrytypes.StoreKey, secretcomputetypes.StoreKey, bridgetypes.StoreKey,
}

// maccPerms are the module accounts and what each may do with coins.
var maccPerms = map[string][]string{
	authtypes.FeeCollectorName:          nil,
	distrtypes.ModuleName:               nil,
	stakingtypes.BondedPoolName:         {authtypes.Burner, authtypes.Staking},
	stakingtypes.NotBondedPoolName:      {authtypes.Burner, authtypes.Staking},
	stakingtypes.KeyRotationFeePoolName: {authtypes.Burner}, // the staking keeper panics without it (SDK v0.55)
	govtypes.ModuleName:                 {authtypes.Burner},
	registrytypes.ModuleName:            {authtypes.Burner}, // holds workers' stakes; slashing burns
}

// preBlockers run before BeginBlock: upgrades first.
var preBlockers = []string{upgradetypes.ModuleName, authtypes.ModuleName}

// beginBlockers: x/epoch runs after distribution and slashing so that, at a
// boundary, its hooks (x/secretcompute closes a batch, x/registry snapshots
// the worker set) see this block's validator-side state settled.
var beginBlockers = []string{distrtypes.ModuleName, slashingtypes.ModuleName, stakingtypes.ModuleName, epochtypes.ModuleName}

// endBlockers: x/bank first, which the Block-STM lifecycle requires in SDK
// v0.54+; x/secretcompute fails the tasks whose deadline has come; x/bridge
// last, after x/staking has settled this block's powers, which its tallies
// and validator sets read.
var endBlockers = []string{banktypes.ModuleName, govtypes.ModuleName, stakingtypes.ModuleName, secretcomputetypes.ModuleName, bridgetypes.ModuleName}

// genesisOrder is the order of InitGenesis and ExportGenesis: balances
// before staking; x/registry after x/epoch (it keeps one worker set per
// kept epoch) and before x/secretcompute (tasks name workers).
var genesisOrder = []string{
	consensustypes.ModuleName, authtypes.ModuleName, banktypes.ModuleName, distrtypes.ModuleName,
	stakingtypes.ModuleName, slashingtypes.ModuleName, govtypes.ModuleName, genutiltypes.ModuleName,
	upgradetypes.ModuleName, epochtypes.ModuleName, registrytypes.ModuleName, secretcomputetypes.ModuleName,
	bridgetypes.ModuleName,
}

// newStoreKeys returns the app's KV store keys by name.
func newStoreKeys() map[string]*storetypes.KVStoreKey {
	return storetypes.NewKVStoreKeys(storeKeys...)
}
