package apptest

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/rpc"
	"github.com/enigmad/enigmad/enclave/seal"
	registrykeeper "github.com/enigmad/enigmad/x/registry/keeper"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
)

// WorkerStake is the stake RegisterEnclave bonds: 10 ENG.
var WorkerStake = sdk.NewCoin(app.BondDenom, sdkmath.NewInt(10_000_000))

// OpenEnclave opens a real enclave in simulation mode, for the test chain
// id, sealing to a new temporary directory.
func OpenEnclave(t testing.TB) *core.Core {
	t.Helper()
	dir := t.TempDir()
	sealer, err := seal.NewSimulation(dir)
	require.NoError(t, err)
	c, err := core.Open(core.Config{ChainID: app.DefaultChainID, DataDir: dir, Sealer: sealer,
		Issuer: attestation.SimulationIssuer{ProductID: 1}, Verifier: attestation.KindVerifier{}, Policy: attestation.Policy{AllowSimulated: true}})
	require.NoError(t, err)
	return c
}

// Gov is the address of the modules' authority.
func Gov() string { return authtypes.NewModuleAddress("gov").String() }

// AllowSimulatedAttestation sets x/registry's allow_simulated_attestation,
// as a development network's genesis does.
func (c *Chain) AllowSimulatedAttestation() {
	c.t.Helper()
	p := registrytypes.DefaultParams()
	p.AllowSimulatedAttestation = true
	_, err := registrykeeper.NewMsgServerImpl(c.App.RegistryKeeper).UpdateParams(c.Context(), &registrytypes.MsgUpdateParams{Authority: Gov(), Params: p})
	require.NoError(c.t, err)
}

// RegisterWorkerMsg is the registration of enclave e under operator, with
// WorkerStake, as `enigmad tx registry register` builds it.
func RegisterWorkerMsg(t testing.TB, operator sdk.AccAddress, e *core.Core) *registrytypes.MsgRegisterWorker {
	t.Helper()
	info := e.Info()
	sig, err := e.SignRegistration(operator.String())
	require.NoError(t, err)
	return &registrytypes.MsgRegisterWorker{Operator: operator.String(), SignerPubkey: info.Keys.Signer,
		X25519Key: info.Keys.X25519, XwingKey: info.Keys.XWing, Quote: info.Quote, Stake: WorkerStake, OperatorSignature: sig}
}

// RegisterEnclave registers enclave e under operator through x/registry's
// message server.
func (c *Chain) RegisterEnclave(operator sdk.AccAddress, e *core.Core) {
	c.t.Helper()
	_, err := registrykeeper.NewMsgServerImpl(c.App.RegistryKeeper).RegisterWorker(c.Context(), RegisterWorkerMsg(c.t, operator, e))
	require.NoError(c.t, err)
}

// Network is a chain whose genesis worker runs a real simulation-mode
// enclave: the enclave created the master seed, the chain holds its
// commitment, and the worker (operated by Accounts[0]) is provisioned, as
// add-genesis-worker leaves a genesis.
type Network struct {
	*Chain
	Worker     *core.Core
	Commitment []byte
}

// NewNetwork starts a network with the given epoch length and n funded
// accounts, after its first block; opts are as NewChain's.
func NewNetwork(t testing.TB, epochLength uint64, n int, opts ...func(*baseapp.BaseApp)) *Network {
	t.Helper()
	return NewNetworkOn(t, dbm.NewMemDB(), epochLength, n, opts...)
}

// LevelDB is a node's own database, goleveldb in a temporary directory,
// closed before the directory is removed: its background compaction may
// still be writing files when the test ends.
func LevelDB(t testing.TB) dbm.DB {
	t.Helper()
	db, err := dbm.NewGoLevelDB("application", t.TempDir(), nil)
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// NewNetworkOn is NewNetwork on db. Benchmarks that query the chain while
// it makes blocks use a node's own database (goleveldb, in a temporary
// directory): the in-memory one cannot serve a query's nested reads while
// a commit waits for its lock.
func NewNetworkOn(t testing.TB, db dbm.DB, epochLength uint64, n int, opts ...func(*baseapp.BaseApp)) *Network {
	t.Helper()
	c := NewChain(t, db, epochLength, n, opts...)
	c.Next()
	c.AllowSimulatedAttestation()
	net := &Network{Chain: c, Worker: OpenEnclave(t)}
	var err error
	net.Commitment, err = net.Worker.InitNetwork()
	require.NoError(t, err)
	c.RegisterEnclave(c.Accounts[0], net.Worker)
	ctx := c.Context()
	k := c.App.RegistryKeeper
	require.NoError(t, k.SeedCommitment.Set(ctx, net.Commitment))
	w, err := k.GetWorker(ctx, net.Worker.Info().Address.Bytes())
	require.NoError(t, err)
	w.Provisioned = true
	require.NoError(t, k.Workers.Set(ctx, w.EnclaveAddress, w))
	return net
}

// NextEpochs runs blocks until n more epochs have started.
func (c *Chain) NextEpochs(n int) {
	c.t.Helper()
	for range n {
		e := c.CurrentEpoch().Number
		for c.CurrentEpoch().Number == e {
			c.Next()
		}
	}
}

// ServeEnclave serves e on a unix socket, as enigma-enclave does, until the
// test ends, and returns a client of it.
func ServeEnclave(t testing.TB, e *core.Core) *rpc.Client {
	t.Helper()
	sock := filepath.Join(t.TempDir(), "enclave.sock")
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go func() { _ = rpc.Serve(ctx, sock, e, io.Discard) }()
	require.Eventually(t, func() bool { _, err := os.Stat(sock); return err == nil }, 5*time.Second, 10*time.Millisecond)
	client, err := rpc.Dial(sock)
	require.NoError(t, err)
	t.Cleanup(func() { _ = client.Close() })
	return client
}
