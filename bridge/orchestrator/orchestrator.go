// Package orchestrator is what runs beside each validator to join the
// bridge contract and the chain (x/bridge README): a watcher that claims
// the contract's events on chain, a signer that confirms the validator
// sets and batches the chain asks for, and a relayer that hands them to
// the contract once validators with more than 2/3 of its power signed.
//
// Every step reads where things stand from the chain and the contract, so
// that an orchestrator killed at any point resumes without losing or
// repeating anything: the watcher's cursor is its validator's last claim
// on chain, the signer's to-do list is the chain's Pending query, the
// relayer's is the contract's state.
package orchestrator

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"runtime/debug"
	"time"

	"cosmossdk.io/log/v2"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/contracts/bindings"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// EthClient is what the orchestrator needs of an Ethereum node;
// go-ethereum's ethclient.Client and the simulated backend's client have it.
type EthClient interface {
	ethereum.BlockNumberReader
	ethereum.ChainReader
	ethereum.LogFilterer
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.GasPricer1559
	ethereum.PendingStateReader
	ethereum.ChainStateReader
	ethereum.TransactionReader
	ethereum.TransactionSender
	ethereum.ChainIDReader
}

// Sender sends one chain transaction of msgs and returns once it is in a
// block (nil) or refused (an error): claims must land in order, so the
// watcher never has two in flight. internal/submit's Submitter.SendAndWait
// is one.
type Sender interface {
	Send(ctx context.Context, msgs ...sdk.Msg) error
}

// Config tunes an Orchestrator. Zero values take the defaults.
type Config struct {
	// Confirmations: the watcher reads Ethereum up to head minus this many
	// blocks (0 on a dev chain, where nothing reorganizes).
	Confirmations uint64
	// MaxBlockRange bounds the blocks of one log query (default 2,000).
	MaxBlockRange uint64
	// MsgsPerTx is how many claim messages one transaction carries
	// (default 4), each with up to the chain's max_events_per_msg events.
	MsgsPerTx int
	// PollInterval is the pause between steps with nothing to do
	// (default 1 s).
	PollInterval time.Duration
	// Relay turns the relayer on.
	Relay bool
	// MaxFeePerGas is the relayer's ceiling on an Ethereum transaction's
	// fee per gas (default 500 gwei); above it, it waits.
	MaxFeePerGas *big.Int
	// MaxClaimBytes bounds the events of one claims transaction, in
	// encoded bytes (default 512 KiB), below the node's max_tx_bytes and
	// a block's gas.
	MaxClaimBytes int
	// Finalized reads Ethereum up to its finalized block instead of head
	// minus Confirmations: a reorganization deeper than the confirmations
	// would leave validators with claims that differ, and the bridge
	// stopped at that nonce.
	Finalized bool
	// RelayGrace is how long a relayer waits for the one whose turn it is
	// before it relays a set or batch itself (default 30 s). Turns go
	// round the contract's current set by nonce, so that orchestrators do
	// not all pay for the same relay.
	RelayGrace time.Duration
	// PreviousKey is the validator's Ethereum key before it named its
	// current one (optional): the contract knows the validator by it until
	// it takes a set with the new one, so the orchestrator signs with it
	// while that lasts.
	PreviousKey *ecdsa.PrivateKey
	// Logger gets structured logs (default: none).
	Logger log.Logger
	// Metrics is updated if set.
	Metrics *Metrics
}

// Orchestrator acts for one validator.
type Orchestrator struct {
	cfg     Config
	eth     EthClient
	send    Sender
	account sdk.AccAddress
	key     *ecdsa.PrivateKey
	ethAddr common.Address

	bridgeQ  bridgetypes.QueryClient
	computeQ secretcomputetypes.QueryClient
	contract *bindings.EnigmaBridge
	params   bridgetypes.Params
	bridge   common.Address
	chainID  *big.Int

	// The watcher's memory, an optimization only: the next block to scan
	// while the cursor stays at scanNonce, and the last nonce it sent.
	scanFrom, scanNonce, sentUpTo uint64
	// ahead are events read and not sent yet, from blocks up to aheadTo.
	ahead   []bridgetypes.EthereumEvent
	aheadTo uint64
	times   map[uint64]uint64 // block number → timestamp
	// blockRange is the log query's range, halved after a failed query.
	blockRange uint64
	// seen is when the relayer first saw each set and batch to relay.
	seen map[string]time.Time
	// sent are the relays not yet seen mined.
	sent []common.Hash
}

// New returns the orchestrator of the validator whose orchestrator account
// is account, reading the chain through conn (a node's gRPC), sending
// through send, and signing with key, which must be the Ethereum key the
// validator named. The bridge contract comes from the chain's params.
func New(ctx context.Context, cfg Config, eth EthClient, conn grpc.ClientConnInterface, send Sender, account sdk.AccAddress, key *ecdsa.PrivateKey) (*Orchestrator, error) {
	if cfg.MaxBlockRange == 0 {
		cfg.MaxBlockRange = 2000
	}
	if cfg.MsgsPerTx == 0 {
		cfg.MsgsPerTx = 4
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.MaxClaimBytes == 0 {
		cfg.MaxClaimBytes = 512 << 10
	}
	if cfg.RelayGrace == 0 {
		cfg.RelayGrace = 30 * time.Second
	}
	if cfg.MaxFeePerGas == nil {
		cfg.MaxFeePerGas = big.NewInt(500e9)
	}
	if cfg.Logger == nil {
		cfg.Logger = log.NewNopLogger()
	}
	o := &Orchestrator{
		cfg: cfg, eth: eth, send: send, account: account, key: key, ethAddr: ethcrypto.PubkeyToAddress(key.PublicKey),
		bridgeQ: bridgetypes.NewQueryClient(conn), computeQ: secretcomputetypes.NewQueryClient(conn),
		contract: bindings.NewEnigmaBridge(), times: map[uint64]uint64{}, blockRange: cfg.MaxBlockRange, seen: map[string]time.Time{},
	}
	p, err := o.bridgeQ.Params(ctx, &bridgetypes.QueryParamsRequest{})
	if err != nil {
		return nil, fmt.Errorf("orchestrator: x/bridge params: %w", err)
	}
	if !p.Params.Configured() {
		return nil, errors.New("orchestrator: the chain names no bridge contract yet (x/bridge params bridge_contract, ethereum_chain_id)")
	}
	o.params, o.bridge = p.Params, common.HexToAddress(p.Params.BridgeContract)
	if o.chainID, err = eth.ChainID(ctx); err != nil {
		return nil, fmt.Errorf("orchestrator: Ethereum chain id: %w", err)
	}
	if o.chainID.Uint64() != p.Params.EthereumChainId {
		return nil, fmt.Errorf("orchestrator: the Ethereum node is on chain %s, the bridge on %d", o.chainID, p.Params.EthereumChainId)
	}
	orch, err := o.bridgeQ.Orchestrator(ctx, &bridgetypes.QueryOrchestratorRequest{Address: account.String()})
	if err != nil {
		return nil, fmt.Errorf("orchestrator: %s is no validator's orchestrator (enigmad tx bridge set-orchestrator): %w", account, err)
	}
	if orch.Orchestrator.EthAddress != o.ethAddr.Hex() {
		return nil, fmt.Errorf("orchestrator: the validator's Ethereum key is %s, this key is %s", orch.Orchestrator.EthAddress, o.ethAddr.Hex())
	}
	return o, nil
}

// EthAddress is the address the orchestrator signs and relays with.
func (o *Orchestrator) EthAddress() common.Address { return o.ethAddr }

// Run runs the watcher, the signer and (if configured) the relayer until
// ctx ends, each in its own loop; a step's error is logged and the step
// retried after the poll interval. A panic in a step is recovered and
// logged as an error: one bad answer from a node never stops the others.
func (o *Orchestrator) Run(ctx context.Context) error {
	loops := map[string]func(context.Context) (bool, error){"watcher": o.WatchStep, "signer": o.SignStep}
	if o.cfg.Relay {
		loops["relayer"] = o.RelayStep
	}
	done := make(chan struct{}, len(loops))
	for name, step := range loops {
		go func() {
			defer func() { done <- struct{}{} }()
			o.loop(ctx, name, step)
		}()
	}
	for range loops {
		<-done
	}
	return ctx.Err()
}

func (o *Orchestrator) loop(ctx context.Context, name string, step func(context.Context) (bool, error)) {
	for ctx.Err() == nil {
		busy, err := o.safeStep(ctx, step)
		if err != nil && ctx.Err() == nil {
			o.cfg.Logger.Error("step failed", "loop", name, "err", err)
			o.cfg.Metrics.errorsInc(name)
		}
		if busy && err == nil {
			continue // more to do at once
		}
		select {
		case <-ctx.Done():
		case <-time.After(o.cfg.PollInterval):
		}
	}
}

func (o *Orchestrator) safeStep(ctx context.Context, step func(context.Context) (bool, error)) (busy bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	return step(ctx)
}
