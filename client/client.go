// Package client is how a dApp user's program uses the network
// (docs/design.md §2 steps 1–3, 5, 9): find the worker the chain selects
// for a contract, verify its attestation before anything is encrypted for
// it, seal the task's inputs to its keys, record the task on Ethereum,
// hand the data to a node's ingress, wait for the result, check it against
// its receipt and decrypt it; claim a refund or execute a callback on
// Ethereum from the chain's proof.
//
// The client trusts the chain (a node's queries) for the worker set, the
// epoch seed, the attestation policy and the receipts, as any light user
// of a Cosmos chain trusts its node; it trusts no node and no worker for
// the enclave: the quote is verified here, against the chain id the user
// gave, not one a node reported.
package client

import (
	"context"
	"sync"
	"time"

	"cosmossdk.io/log/v2"
	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	errorsmod "cosmossdk.io/errors"

	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/internal/wake"
	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// Codespace is the codespace of the client's registered errors.
const Codespace = "client"

// Errors of the client; each is wrapped with what failed.
var (
	ErrConfig      = errorsmod.Register(Codespace, 2, "client configuration")
	ErrNoWorker    = errorsmod.Register(Codespace, 3, "no worker is selected for the contract")
	ErrAttestation = errorsmod.Register(Codespace, 4, "the worker's attestation does not satisfy the client")
	ErrResult      = errorsmod.Register(Codespace, 5, "the result does not check against its receipt")
	ErrTimeout     = errorsmod.Register(Codespace, 6, "no result before the timeout")
	ErrEthereum    = errorsmod.Register(Codespace, 7, "the Ethereum transaction failed")
	ErrNotReady    = errorsmod.Register(Codespace, 8, "not on chain yet")
)

// Config says where the network is and what the client accepts.
type Config struct {
	// ChainID is the network's chain id (required). Quotes must bind it:
	// a worker of another network is refused.
	ChainID string
	// Node is a connection to a node's gRPC (its queries).
	Node grpc.ClientConnInterface
	// Ingress is a connection to a node's ingress (its gRPC); nil: the
	// client cannot hand over task data.
	Ingress grpc.ClientConnInterface
	// Events is the node's CometBFT RPC address (tcp://127.0.0.1:26657):
	// Wait wakes at each new block. Empty: Wait polls.
	Events string
	// Bridge is the bridge contract the user pays (required by Ethereum):
	// a node that names another is refused, or a hostile node could name
	// a contract of its own and take the fees.
	Bridge common.Address
	// AllowSimulated accepts simulation-mode workers where the chain
	// allows them: for a development network (the localnet) only. Off,
	// simulated quotes are refused whatever the node says the chain's
	// policy is.
	AllowSimulated bool
	// Collateral, when set, is Intel's DCAP collateral against which SGX
	// quotes' TCB status is evaluated here; without it the client checks
	// an SGX quote's certificate chain, signatures, measurement and
	// binding itself and takes the TCB status the chain recorded when it
	// verified the registration with collateral (Verdict.TCBSource says
	// which).
	Collateral *dcap.Collateral
	// PollInterval is Wait's pause between queries (default 1 s; 5 s
	// while block events are live, as a safety net).
	PollInterval time.Duration
	// Now is the clock certificates are checked against (default
	// time.Now).
	Now func() time.Time
	// Logger gets the client's logs (default: none).
	Logger log.Logger
}

// Client is a dApp user's handle on the network. It is safe for
// concurrent use.
type Client struct {
	cfg      Config
	epochs   epochtypes.QueryClient
	registry registrytypes.QueryClient
	compute  sctypes.QueryClient

	mu       sync.Mutex
	verdicts map[verdictKey]Verdict

	blocks   *blockClock
	stopWake context.CancelFunc
}

// New returns a client of the network cfg names. It reads nothing yet.
func New(cfg Config) (*Client, error) {
	if cfg.ChainID == "" {
		return nil, ErrConfig.Wrap("the chain id is required: quotes must bind it")
	}
	if cfg.Node == nil {
		return nil, ErrConfig.Wrap("a node's gRPC connection is required")
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = log.NewNopLogger()
	}
	c := &Client{cfg: cfg, epochs: epochtypes.NewQueryClient(cfg.Node), registry: registrytypes.NewQueryClient(cfg.Node),
		compute: sctypes.NewQueryClient(cfg.Node), verdicts: map[verdictKey]Verdict{}, blocks: newBlockClock(cfg.Logger)}
	if cfg.Events != "" {
		ctx, cancel := context.WithCancel(context.Background())
		w, err := wake.Start(ctx, cfg.Events, []string{"tm.event='NewBlockHeader'"}, wake.Options{ChainID: cfg.ChainID, Logger: cfg.Logger})
		if err != nil {
			cancel()
			return nil, ErrConfig.Wrapf("events: %v", err)
		}
		c.stopWake = cancel
		c.blocks.follow(ctx, w)
	}
	return c, nil
}

// Close stops following the node's blocks.
func (c *Client) Close() {
	if c.stopWake != nil {
		c.stopWake()
	}
}

// blockClock turns a watcher's wake-ups into a broadcast: every waiter
// holding next() is woken by the next block.
type blockClock struct {
	mu     sync.Mutex
	next   chan struct{}
	w      *wake.Watcher
	logger log.Logger
}

func newBlockClock(logger log.Logger) *blockClock {
	return &blockClock{next: make(chan struct{}), logger: logger}
}

func (b *blockClock) follow(ctx context.Context, w *wake.Watcher) {
	b.mu.Lock()
	b.w = w
	b.mu.Unlock()
	go func() {
		defer func() {
			if r := recover(); r != nil {
				// Waiters fall back on polling.
				b.logger.Error("following blocks stopped", "panic", r)
			}
		}()
		for {
			select {
			case <-ctx.Done():
				return
			case <-w.C():
				b.mu.Lock()
				close(b.next)
				b.next = make(chan struct{})
				b.mu.Unlock()
			}
		}
	}()
}

// wait returns a channel closed at the next block, and whether blocks are
// followed live.
func (b *blockClock) wait() (<-chan struct{}, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.next, b.w != nil && b.w.Live()
}

// notFound reports whether a query's error is the chain's "not found".
func notFound(err error) bool { return status.Code(err) == codes.NotFound }
