// Package submit is the one way enigmad's services send chain transactions
// (the worker, the ingress and the orchestrator; docs/design.md): a key from
// a keyring, unordered transactions (so that many can be in flight at once
// and none waits behind another's sequence), gas estimated by simulation,
// broadcasts retried with backoff while the node is unreachable or its
// mempool full, and a wait for inclusion. A refusal by the chain is never
// retried: it is returned with its codespace and code.
package submit

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"

	errorsmod "cosmossdk.io/errors"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/tx"
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	cryptocodec "github.com/cosmos/cosmos-sdk/crypto/codec"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
)

// Config configures a Submitter.
type Config struct {
	// ChainID is the chain the transactions are signed for.
	ChainID string
	// Keyring holds the key KeyName signs with.
	Keyring keyring.Keyring
	KeyName string
	// TxConfig encodes and signs transactions (the app's).
	TxConfig client.TxConfig
	// GasPrice is what each unit of gas pays, e.g. "0.025ueng"; empty for
	// transactions that pay nothing (fee-less task data).
	GasPrice string
	// GasAdjustment multiplies the simulated gas (default 1.3).
	GasAdjustment float64
	// TTL is how long an unordered transaction may wait for inclusion
	// before it expires (default 1 minute; the chain allows at most 10).
	TTL time.Duration
	// Attempts bounds the broadcasts of one transaction while the node is
	// unreachable or busy (default 8), with a backoff doubling from
	// Backoff (default 250 ms).
	Attempts int
	Backoff  time.Duration
	// PollInterval is how often Wait asks for the transaction (default 500 ms).
	PollInterval time.Duration
	// Gas, when set, is every transaction's gas limit, and nothing is
	// simulated, Simulate included (a sender that knows its messages'
	// cost, e.g. a load generator's bank sends). Zero: the simulated gas
	// times GasAdjustment.
	Gas uint64
	// Simulate, when set, estimates a transaction's gas in process (a
	// service inside the node passes its app's Simulate): faster than the
	// node's gRPC Simulate, and a refusal keeps its codespace and code,
	// which the gRPC answer loses. Nil: the node's gRPC Simulate.
	Simulate func(txBytes []byte) (gasUsed uint64, err error)
}

// Submitter signs and sends transactions from one key. It is safe for
// concurrent use: unordered transactions need no shared sequence.
type Submitter struct {
	cfg     Config
	addr    sdk.AccAddress
	mu      sync.Mutex
	last    time.Time // the last timeout given out
	accNum  uint64
	txs     txtypes.ServiceClient
	auth    authtypes.QueryClient
	factory tx.Factory
	params  *authtypes.Params // x/auth's, for SendWithGas; nil until read
}

// ErrRefused is a transaction the chain refused (CheckTx or simulation):
// not retried; the error carries the chain's codespace and code.
var ErrRefused = errors.New("submit: the chain refused the transaction")

// Refusal is the chain's refusal of a transaction: by CheckTx or in its
// block, with the SDK codespace and code; or by the simulation that
// estimates its gas, where the node's gRPC answer keeps only the message
// (Codespace "simulate", Code the gRPC code) but no fee was spent.
type Refusal struct {
	Codespace string
	Code      uint32
	Log       string
}

func (r *Refusal) Error() string {
	return fmt.Sprintf("%s: %s code %d: %s", ErrRefused, r.Codespace, r.Code, r.Log)
}

// Unwrap makes errors.Is(err, ErrRefused) hold.
func (r *Refusal) Unwrap() error { return ErrRefused }

// Is matches a registered SDK error by codespace and code, so that
// errors.Is(err, sdkerrors.ErrInsufficientFee) works on a refusal.
func (r *Refusal) Is(target error) bool {
	var reg *errorsmod.Error
	if errors.As(target, &reg) {
		return reg.Codespace() == r.Codespace && reg.ABCICode() == r.Code
	}
	return false
}

// New returns a Submitter sending through conn (a node's gRPC endpoint).
// The key's account must exist on chain (hold funds, or have been sent
// some): its account number is read now.
func New(ctx context.Context, conn grpc.ClientConnInterface, cfg Config) (*Submitter, error) {
	if cfg.GasAdjustment == 0 {
		cfg.GasAdjustment = 1.3
	}
	if cfg.TTL == 0 {
		cfg.TTL = time.Minute
	}
	if cfg.Attempts == 0 {
		cfg.Attempts = 8
	}
	if cfg.Backoff == 0 {
		cfg.Backoff = 250 * time.Millisecond
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 500 * time.Millisecond
	}
	rec, err := cfg.Keyring.Key(cfg.KeyName)
	if err != nil {
		return nil, fmt.Errorf("submit: key %q: %w", cfg.KeyName, err)
	}
	// A service signs in direct mode, unattended: a ledger (amino JSON
	// only) or an offline key cannot, and would fail at the first send.
	if rec.GetLocal() == nil {
		return nil, fmt.Errorf("submit: key %q is a %s key: a service signs with a key in its keyring (file or os backend)", cfg.KeyName, rec.GetType())
	}
	// It signs many transactions a second: the file-backed keyrings
	// decrypt the key file on every signature (PBKDF2, about 3.4 ms:
	// BenchmarkSign), so the hot key is read once and held in memory (a
	// key changed in the keyring takes effect at the next start).
	if cfg.Keyring, err = inMemory(cfg.Keyring, cfg.KeyName, keyCodec()); err != nil {
		return nil, fmt.Errorf("submit: key %q: %w", cfg.KeyName, err)
	}
	addr, err := rec.GetAddress()
	if err != nil {
		return nil, fmt.Errorf("submit: key %q: %w", cfg.KeyName, err)
	}
	info, err := authtypes.NewQueryClient(conn).AccountInfo(ctx, &authtypes.QueryAccountInfoRequest{Address: addr.String()})
	if err != nil {
		return nil, fmt.Errorf("submit: account %s: %w", addr, err)
	}
	s := &Submitter{cfg: cfg, addr: addr, accNum: info.Info.AccountNumber, txs: txtypes.NewServiceClient(conn), auth: authtypes.NewQueryClient(conn)}
	s.factory = tx.Factory{}.WithTxConfig(cfg.TxConfig).WithKeybase(cfg.Keyring).WithChainID(cfg.ChainID).
		WithAccountNumber(s.accNum).WithUnordered(true).WithGasAdjustment(cfg.GasAdjustment).
		WithFromName(cfg.KeyName).WithSimulateAndExecute(true).WithSignMode(signing.SignMode_SIGN_MODE_DIRECT)
	return s, nil
}

// Address is the account that signs.
func (s *Submitter) Address() sdk.AccAddress { return s.addr }

// Send signs msgs as one unordered transaction and broadcasts it, returning
// its hash once a node's mempool took it. It does not wait for inclusion
// (Wait does). On an error, a non-empty hash means the node may have taken
// the transaction anyway: Wait for it before sending the messages again.
func (s *Submitter) Send(ctx context.Context, msgs ...sdk.Msg) (string, error) {
	bz, err := s.build(ctx, msgs)
	if err != nil {
		return "", err
	}
	return s.broadcast(ctx, bz)
}

// SendWithGas is Send for messages whose gas the caller has measured:
// msgGas is what they will use when a block runs them (the ingress's
// task data: its check measured it, ante.TaskDataGas). The transaction
// asks for that plus its own (TxGas, from x/auth's params) and no
// simulation runs (Config.Gas plays no part). When the chain refuses it
// for too little gas (the params changed, say), x/auth's params are read
// again and it is sent once more with a simulated estimate.
func (s *Submitter) SendWithGas(ctx context.Context, msgGas uint64, msgs ...sdk.Msg) (string, error) {
	p, err := s.authParams(ctx)
	if err != nil {
		return "", err
	}
	f := s.factory.WithTimeoutTimestamp(s.timeout())
	if s.cfg.GasPrice != "" {
		f = f.WithGasPrices(s.cfg.GasPrice)
	}
	bz, err := SignWithGas(p, msgGas, msgs, func(gas uint64) ([]byte, error) { return s.sign(ctx, f.WithGas(gas), msgs) })
	if err != nil {
		return "", err
	}
	hash, err := s.broadcast(ctx, bz)
	if errors.Is(err, sdkerrors.ErrOutOfGas) {
		s.mu.Lock()
		s.params = nil // read again next time
		s.mu.Unlock()
		return s.Send(ctx, msgs...)
	}
	return hash, err
}

// authParams are x/auth's params, read once.
func (s *Submitter) authParams(ctx context.Context) (authtypes.Params, error) {
	s.mu.Lock()
	p := s.params
	s.mu.Unlock()
	if p != nil {
		return *p, nil
	}
	res, err := s.auth.Params(ctx, &authtypes.QueryParamsRequest{})
	if err != nil {
		return authtypes.Params{}, fmt.Errorf("submit: x/auth params: %w", err)
	}
	s.mu.Lock()
	s.params = &res.Params
	s.mu.Unlock()
	return res.Params, nil
}

// ownGas bounds what a transaction of one secp256k1 signer takes in the
// ante handler besides its bytes: its signature's verification, reading
// its account and storing its unordered nonce at the store's gas prices
// (14,865 measured; 28,537 for the account's first transaction, which
// stores its public key: app's TestFeelessGasWithoutSimulation).
const ownGas = 40_000

// TxGas is the gas limit a transaction of txBytes bytes from one secp256k1
// signer asks for when its messages will use msgGas: its bytes at
// tx_size_cost_per_byte and ownGas.
func TxGas(p authtypes.Params, txBytes int, msgGas uint64) uint64 {
	return msgGas + p.TxSizeCostPerByte*uint64(txBytes) + ownGas
}

// SignWithGas signs msgs (with sign, given a gas limit) asking for TxGas:
// first for the messages' size and room for the rest of the transaction,
// and again, rarely, when the signed transaction came out longer than
// that.
func SignWithGas(p authtypes.Params, msgGas uint64, msgs []sdk.Msg, sign func(gas uint64) ([]byte, error)) ([]byte, error) {
	size := txRoom
	for _, m := range msgs {
		if sz, ok := m.(interface{ Size() int }); ok {
			size += sz.Size() + 64 // its Any's type URL and lengths
		}
	}
	for range 2 {
		gas := TxGas(p, size, msgGas)
		bz, err := sign(gas)
		if err != nil || TxGas(p, len(bz), msgGas) <= gas {
			return bz, err
		}
		size = len(bz) + 16 // a larger gas limit is a byte or two longer
	}
	return nil, fmt.Errorf("submit: a transaction of %d messages keeps growing as its gas is set", len(msgs))
}

// txRoom is the bytes a transaction takes besides its messages: its
// signer's public key and signature, fee, timeout and encoding.
const txRoom = 512

// SendAndWait is Send then Wait.
func (s *Submitter) SendAndWait(ctx context.Context, msgs ...sdk.Msg) (*sdk.TxResponse, error) {
	hash, err := s.Send(ctx, msgs...)
	if err != nil {
		if hash != "" && !errors.Is(err, ErrRefused) {
			// Perhaps taken before the node stopped answering: find out
			// rather than let the caller send the messages twice.
			if res, werr := s.Wait(ctx, hash); werr == nil || errors.Is(werr, ErrRefused) {
				return res, werr
			}
		}
		return nil, err
	}
	return s.Wait(ctx, hash)
}

// timeout is a new transaction's timeout, which is also its unordered
// nonce: the chain refuses a second transaction of one signer with the same
// timeout, so each gets a later one than the last, even when many are
// built in the same instant.
func (s *Submitter) timeout() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := time.Now().Add(s.cfg.TTL).UTC().Truncate(time.Nanosecond)
	if !t.After(s.last) {
		t = s.last.Add(time.Nanosecond)
	}
	s.last = t
	return t
}

func (s *Submitter) build(ctx context.Context, msgs []sdk.Msg) ([]byte, error) {
	f := s.factory.WithTimeoutTimestamp(s.timeout())
	gas := s.cfg.Gas
	if gas == 0 {
		sim, err := f.BuildSimTx(msgs...)
		if err != nil {
			return nil, err
		}
		used, err := s.simulate(ctx, sim)
		if err != nil {
			return nil, err
		}
		gas = uint64(math.Ceil(float64(used) * s.cfg.GasAdjustment))
	}
	f = f.WithGas(gas)
	if s.cfg.GasPrice != "" {
		f = f.WithGasPrices(s.cfg.GasPrice)
	}
	return s.sign(ctx, f, msgs)
}

// sign builds msgs into a transaction as f says, signs and encodes it.
func (s *Submitter) sign(ctx context.Context, f tx.Factory, msgs []sdk.Msg) ([]byte, error) {
	b, err := f.BuildUnsignedTx(msgs...)
	if err != nil {
		return nil, err
	}
	if err := tx.Sign(ctx, f, s.cfg.KeyName, b, true); err != nil {
		return nil, err
	}
	return s.cfg.TxConfig.TxEncoder()(b.GetTx())
}

// simulate returns the gas a transaction uses, in process or through the
// node's gRPC.
func (s *Submitter) simulate(ctx context.Context, tx []byte) (uint64, error) {
	if s.cfg.Simulate != nil {
		used, err := s.cfg.Simulate(tx)
		if err != nil {
			codespace, code, log := errorsmod.ABCIInfo(err, false)
			if codespace == errorsmod.UndefinedCodespace {
				// Not a registered refusal: the node's own failure.
				return 0, fmt.Errorf("submit: simulate: %w", err)
			}
			return 0, &Refusal{Codespace: codespace, Code: code, Log: log}
		}
		return used, nil
	}
	res, err := s.txs.Simulate(ctx, &txtypes.SimulateRequest{TxBytes: tx})
	if err != nil {
		return 0, s.simulationError(err)
	}
	return res.GasInfo.GasUsed, nil
}

// simulationError turns a failed simulation into a Refusal when the chain
// refused the transaction, and keeps transport errors as they are.
func (s *Submitter) simulationError(err error) error {
	st, ok := status.FromError(err)
	if !ok || st.Code() == codes.Unavailable || st.Code() == codes.DeadlineExceeded || st.Code() == codes.Canceled {
		return fmt.Errorf("submit: simulate: %w", err)
	}
	return &Refusal{Codespace: "simulate", Code: uint32(st.Code()), Log: st.Message()}
}

// broadcast sends a signed transaction, retrying with backoff while the
// node is unreachable or its mempool full. A transaction the mempool holds
// already (a retry after a lost answer) counts as sent, and so does one a
// retry finds refused but already in a block. When it gives up it still
// returns the transaction's hash: the node may have taken it, and the
// caller should Wait for it rather than send its messages again.
func (s *Submitter) broadcast(ctx context.Context, bz []byte) (string, error) {
	hash := TxHash(bz)
	wait := s.cfg.Backoff
	var last error
	uncertain := false // an answer was lost: the node may hold the transaction
	for attempt := 0; attempt < s.cfg.Attempts; attempt++ {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return hash, ctx.Err()
			case <-time.After(wait):
			}
			wait *= 2
		}
		res, err := s.txs.BroadcastTx(ctx, &txtypes.BroadcastTxRequest{TxBytes: bz, Mode: txtypes.BroadcastMode_BROADCAST_MODE_SYNC})
		if err != nil {
			last, uncertain = fmt.Errorf("submit: broadcast: %w", err), true
			if ctx.Err() != nil || !transient(err) {
				return hash, last
			}
			continue
		}
		r := res.TxResponse
		switch {
		case r.Code == 0:
			return r.TxHash, nil
		case r.Codespace == sdkerrors.RootCodespace && r.Code == sdkerrors.ErrTxInMempoolCache.ABCICode():
			return r.TxHash, nil
		case r.Codespace == sdkerrors.RootCodespace && r.Code == sdkerrors.ErrMempoolIsFull.ABCICode():
			last = &Refusal{Codespace: r.Codespace, Code: r.Code, Log: r.RawLog}
			continue
		default:
			if attempt > 0 {
				// A retry after a lost answer can find the transaction
				// refused because it is already in a block (its unordered
				// nonce used): then it was sent.
				if got, err := s.txs.GetTx(ctx, &txtypes.GetTxRequest{Hash: r.TxHash}); err == nil && got.TxResponse != nil {
					return r.TxHash, nil
				}
			}
			return r.TxHash, &Refusal{Codespace: r.Codespace, Code: r.Code, Log: r.RawLog}
		}
	}
	var full *Refusal
	if errors.As(last, &full) && !uncertain {
		// Every answer was "mempool full": the node holds nothing of it
		// (no hash), and the chain refused nothing (not a Refusal: the
		// same messages may go again later, whole).
		return "", fmt.Errorf("submit: the node's mempool stayed full over %d attempts: %s", s.cfg.Attempts, full.Log)
	}
	// Not a Refusal: the chain did not refuse it, and the node may hold it.
	return hash, fmt.Errorf("submit: gave up after %d attempts: %v", s.cfg.Attempts, last)
}

// TxHash is a transaction's hash as CometBFT names it (upper-case hex of
// its bytes' SHA-256), the hash Wait and GetTx take.
func TxHash(tx []byte) string { return fmt.Sprintf("%X", sha256.Sum256(tx)) }

// transient reports whether a gRPC error may go away on a retry (the node
// unreachable, busy or restarting).
func transient(err error) bool {
	switch status.Code(err) {
	case codes.Unavailable, codes.DeadlineExceeded, codes.ResourceExhausted, codes.Aborted, codes.Internal, codes.Unknown:
		return true
	}
	return false
}

// Wait polls for the transaction until it is in a block, then returns its
// result: a Refusal if it failed in the block. It gives up when ctx ends or
// the transaction's TTL (with a margin) has passed, since an unordered
// transaction is never included after its timeout.
func (s *Submitter) Wait(ctx context.Context, hash string) (*sdk.TxResponse, error) {
	deadline := time.Now().Add(s.cfg.TTL + 10*time.Second)
	for {
		res, err := s.txs.GetTx(ctx, &txtypes.GetTxRequest{Hash: hash})
		if err == nil && res.TxResponse != nil {
			r := res.TxResponse
			if r.Code != 0 {
				return r, &Refusal{Codespace: r.Codespace, Code: r.Code, Log: r.RawLog}
			}
			return r, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("submit: transaction %s not included within its TTL: %v", hash, err)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(s.cfg.PollInterval):
		}
	}
}

// keyCodec encodes keyring records: the crypto types only.
func keyCodec() codec.Codec {
	reg := codectypes.NewInterfaceRegistry()
	cryptocodec.RegisterInterfaces(reg)
	return codec.NewProtoCodec(reg)
}

// inMemory is a keyring holding only name's key, copied from kr.
func inMemory(kr keyring.Keyring, name string, cdc codec.Codec) (keyring.Keyring, error) {
	const pass = "in-memory copy"
	armor, err := kr.ExportPrivKeyArmor(name, pass)
	if err != nil {
		return nil, err
	}
	mem := keyring.NewInMemory(cdc)
	if err := mem.ImportPrivKey(name, armor, pass); err != nil {
		return nil, err
	}
	return mem, nil
}
