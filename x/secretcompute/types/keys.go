package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the name of the secretcompute module.
	ModuleName = "secretcompute"
	// StoreKey is its store key.
	StoreKey = ModuleName
)

// Store prefixes. Never renumber. State is keyed per contract and per task
// so that tasks on different contracts touch different keys (Block-STM).
var (
	ParamsKey       = collections.NewPrefix(0)
	ContractsKey    = collections.NewPrefix(1)
	TasksKey        = collections.NewPrefix(2)
	DeltasKey       = collections.NewPrefix(3)
	ReceiptsKey     = collections.NewPrefix(4)
	SequencesKey    = collections.NewPrefix(5)
	NextSequenceKey = collections.NewPrefix(6)
	BatchesKey      = collections.NewPrefix(7)
	NextBatchKey    = collections.NewPrefix(8)
	DeadlinesKey    = collections.NewPrefix(9)
	LastBatchedKey  = collections.NewPrefix(10)
	// FeelessClaimsKey holds claims written only outside block execution
	// (see Keeper.ClaimTaskData): never in a committed state.
	FeelessClaimsKey = collections.NewPrefix(11)
	// LastRecordNonceKey holds the bridge event nonce of the last record
	// taken, so that no record is taken twice.
	LastRecordNonceKey = collections.NewPrefix(12)
	// AssignedKey indexes the pending tasks by the worker they are
	// assigned to, for the worker's restart (AssignedTasks query).
	AssignedKey = collections.NewPrefix(13)
)
