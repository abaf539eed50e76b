package app

import (
	dbm "github.com/cosmos/cosmos-db"

	"github.com/cosmos/cosmos-sdk/store/v2/rootmulti"
	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
)

// queryStore is the store the app's queries read (BaseApp's query
// multistore): the commit multistore, whose latest version it reads from
// the database, where the store writes it at the end of each commit. The
// SDK asks for the latest version twice for every query context (every
// gRPC query, every ingress check), and the commit multistore computes it
// from its last commit's hash, a Merkle root over every store: most of a
// query context's cost (BenchmarkQueryContext). The state read is the
// same, and so is the moment a new height shows: the store's commit has
// finished by then, as the SDK's check of the query header expects.
type queryStore struct {
	storetypes.CommitMultiStore
	db dbm.DB
}

// LatestVersion is the last committed height.
func (s queryStore) LatestVersion() int64 { return rootmulti.GetLatestVersion(s.db) }

// CommittedHeight is the last committed height as queries see it (a read
// of one database key): what CreateQueryContext(0, ...) reads at.
func (app *App) CommittedHeight() int64 { return app.queryStore.LatestVersion() }
