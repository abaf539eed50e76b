package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the name of the registry module; its module account
	// holds the workers' stakes.
	ModuleName = "registry"
	// StoreKey is the store key of the registry module.
	StoreKey = ModuleName
)

// Store prefixes. Never renumber.
var (
	ParamsKey           = collections.NewPrefix(0)
	WorkersKey          = collections.NewPrefix(1)
	WorkerByOperatorKey = collections.NewPrefix(2)
	SeedCommitmentKey   = collections.NewPrefix(3)
	ProvisionsKey       = collections.NewPrefix(4)
	WorkerSetsKey       = collections.NewPrefix(5)
)
