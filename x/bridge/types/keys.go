package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the name of the bridge module.
	ModuleName = "bridge"
	// StoreKey is the store key of the bridge module.
	StoreKey = ModuleName
)

// Store prefixes. Never renumber.
var (
	ParamsKey             = collections.NewPrefix(0)
	OrchestratorsKey      = collections.NewPrefix(1)
	ByOrchestratorKey     = collections.NewPrefix(2)
	ByEthAddressKey       = collections.NewPrefix(3)
	CursorsKey            = collections.NewPrefix(4)
	LastObservedKey       = collections.NewPrefix(5)
	AttestationsKey       = collections.NewPrefix(6)
	ValsetsKey            = collections.NewPrefix(7)
	LatestValsetKey       = collections.NewPrefix(8)
	ValsetConfirmsKey     = collections.NewPrefix(9)
	BatchConfirmsKey      = collections.NewPrefix(10)
	LastEthValsetNonceKey = collections.NewPrefix(11)
	LastEthBatchNonceKey  = collections.NewPrefix(12)
	MissedKey             = collections.NewPrefix(13)
	LivenessValsetKey     = collections.NewPrefix(14)
	LivenessBatchKey      = collections.NewPrefix(15)
	VotesKey              = collections.NewPrefix(16)
)
