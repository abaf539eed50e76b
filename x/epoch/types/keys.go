package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the name of the epoch module.
	ModuleName = "epoch"
	// StoreKey is the store key of the epoch module.
	StoreKey = ModuleName
)

// Store prefixes. Never renumber: they are the on-disk layout.
var (
	ParamsKey       = collections.NewPrefix(0)
	CurrentEpochKey = collections.NewPrefix(1)
	EpochsKey       = collections.NewPrefix(2)
	BeaconsKey      = collections.NewPrefix(3)
	GenesisSeedKey  = collections.NewPrefix(4)
)
