package apptest

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/gogoproto/proto"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/crypto/keys/ed25519"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/internal/submit"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
)

// BridgeValidator is one of a BridgeNetwork's validators: its operator
// account and orchestrator account (indexes in Chain.Accounts) and its
// Ethereum key.
type BridgeValidator struct {
	Op, Orch int
	Val      sdk.ValAddress
	Key      *ecdsa.PrivateKey
	Eth      common.Address
}

// BridgeNetwork is the real app with validators that named orchestrators.
type BridgeNetwork struct {
	*Chain
	Vals []BridgeValidator
	// EthChainID and Bridge are what the x/bridge params name.
	EthChainID *big.Int
	Bridge     common.Address
}

// BridgeOptions shape a BridgeNetwork.
type BridgeOptions struct {
	// EthChainID and Bridge name the contract (defaults: 1337 and a fixed
	// address with no contract behind it).
	EthChainID *big.Int
	Bridge     common.Address
	// Unconfigured leaves the bridge params empty.
	Unconfigured bool
	// Edit changes the rest of the genesis.
	Edit func(cdc codec.Codec, genesis map[string]json.RawMessage)
}

// NewBridgeNetwork starts the real app (epochs of 10 blocks) with one
// validator per power (consensus power units; the genesis validator of
// power 1 names no orchestrator), each with an orchestrator account and
// Ethereum key named: keys[i], or a fresh key when keys is shorter.
func NewBridgeNetwork(t testing.TB, powers []int64, keys []*ecdsa.PrivateKey, o BridgeOptions) *BridgeNetwork {
	t.Helper()
	n := &BridgeNetwork{EthChainID: o.EthChainID, Bridge: o.Bridge}
	if n.EthChainID == nil {
		n.EthChainID = big.NewInt(1337)
	}
	if n.Bridge == (common.Address{}) {
		n.Bridge = common.HexToAddress("0x00000000000000000000000000000000000b71d6")
	}
	v := len(powers)
	n.Chain = NewChainWith(t, dbm.NewMemDB(), 10, 2*v+2, func(cdc codec.Codec, genesis map[string]json.RawMessage, _ []sdk.AccAddress) {
		var gs bridgetypes.GenesisState
		cdc.MustUnmarshalJSON(genesis[bridgetypes.ModuleName], &gs)
		if !o.Unconfigured {
			gs.Params.EthereumChainId, gs.Params.BridgeContract = n.EthChainID.Uint64(), n.Bridge.Hex()
		}
		genesis[bridgetypes.ModuleName] = cdc.MustMarshalJSON(&gs)
		if o.Edit != nil {
			o.Edit(cdc, genesis)
		}
	})
	n.Next() // accounts are readable from the first block on
	var txs [][]byte
	for i, p := range powers {
		bv := BridgeValidator{Op: i, Orch: v + i, Val: sdk.ValAddress(n.Accounts[i])}
		if i < len(keys) {
			bv.Key = keys[i]
		} else {
			k, err := ethcrypto.GenerateKey()
			require.NoError(t, err)
			bv.Key = k
		}
		bv.Eth = ethcrypto.PubkeyToAddress(bv.Key.PublicKey)
		n.Vals = append(n.Vals, bv)
		msg, err := stakingtypes.NewMsgCreateValidator(bv.Val.String(), ed25519.GenPrivKey().PubKey(),
			sdk.NewCoin(app.BondDenom, sdk.TokensFromConsensusPower(p, sdk.DefaultPowerReduction)), stakingtypes.Description{Moniker: fmt.Sprintf("v%d", i)},
			stakingtypes.NewCommissionRates(sdkmath.LegacyNewDecWithPrec(1, 1), sdkmath.LegacyNewDecWithPrec(2, 1), sdkmath.LegacyNewDecWithPrec(1, 2)), sdkmath.OneInt())
		require.NoError(t, err)
		txs = append(txs, n.SignedTx(i, nil, 500_000, msg))
	}
	n.RequireOK(n.NextWith(txs...))
	txs = nil
	for i := range n.Vals {
		txs = append(txs, n.SignedTx(n.Vals[i].Op, nil, 500_000, n.SetOrchestratorMsg(i, n.Vals[i].Key)))
	}
	n.RequireOK(n.NextWith(txs...))
	return n
}

// RequireOK fails unless every transaction of the block succeeded.
func (c *Chain) RequireOK(res *abci.ResponseFinalizeBlock) {
	c.t.Helper()
	for i, r := range res.TxResults {
		require.Zerof(c.t, r.Code, "transaction %d: %s", i, r.Log)
	}
}

// Orchestrator is validator i's orchestrator account.
func (n *BridgeNetwork) Orchestrator(i int) sdk.AccAddress { return n.Accounts[n.Vals[i].Orch] }

// SetOrchestratorMsg names validator i's orchestrator account and key.
func (n *BridgeNetwork) SetOrchestratorMsg(i int, key *ecdsa.PrivateKey) *bridgetypes.MsgSetOrchestrator {
	v := n.Vals[i]
	orch := n.Accounts[v.Orch]
	return &bridgetypes.MsgSetOrchestrator{Validator: v.Val.String(), Orchestrator: orch.String(), EthAddress: ethcrypto.PubkeyToAddress(key.PublicKey).Hex(),
		EthSignature: SignDigest(n.t, bridgetypes.OrchestratorDigest(app.DefaultChainID, v.Val, orch), key)}
}

// SignDigest signs digest as x/bridge and the contract take it: 0x hex
// r || s || v.
func SignDigest(t testing.TB, digest common.Hash, key *ecdsa.PrivateKey) string {
	sig, err := bridgetypes.SignDigest(digest, key)
	require.NoError(t, err)
	return sig
}

// QueryConn is a gRPC client connection that answers from the chain's
// query services on the last committed state, as a node's gRPC server
// does: services built on it (an orchestrator, a worker) run against the
// real app in process.
func (c *Chain) QueryConn() grpc.ClientConnInterface { return queryConn{c} }

type queryConn struct{ c *Chain }

// Invoke routes a unary call to the app's query router.
func (q queryConn) Invoke(_ context.Context, method string, args, reply any, _ ...grpc.CallOption) error {
	handler := q.c.App.GRPCQueryRouter().Route(method)
	if handler == nil {
		return fmt.Errorf("apptest: no query service for %s", method)
	}
	req, err := proto.Marshal(args.(proto.Message))
	if err != nil {
		return err
	}
	res, err := handler(q.c.Context(), &abci.RequestQuery{Data: req})
	if err != nil {
		return err
	}
	return proto.Unmarshal(res.Value, reply.(proto.Message))
}

// NewStream is not supported: queries are unary.
func (queryConn) NewStream(context.Context, *grpc.StreamDesc, string, ...grpc.CallOption) (grpc.ClientStream, error) {
	return nil, fmt.Errorf("apptest: streams are not supported")
}

// TxQueue signs transactions as one account, unordered (so that several
// from one account may share a block), and keeps them until the test puts
// them in a block: what a service sends arrives when the test says, or is
// lost if it drops them. It is safe for concurrent use by the service; the
// test must not make blocks while a send is under way.
type TxQueue struct {
	c       *Chain
	account int
	mu      sync.Mutex
	sent    int // gives each transaction its own timeout (its unordered nonce)
	txs     [][]byte
}

// NewTxQueue returns a queue of account i's transactions.
func (c *Chain) NewTxQueue(i int) *TxQueue { return &TxQueue{c: c, account: i} }

// Send signs msgs as one transaction and queues it.
func (q *TxQueue) Send(_ context.Context, msgs ...sdk.Msg) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.txs = append(q.txs, q.sign(msgs))
	return nil
}

// sign signs msgs unordered with a timeout five minutes after the last block
// (plus a nanosecond per transaction before it); q.mu is held.
func (q *TxQueue) sign(msgs []sdk.Msg) []byte {
	q.sent++
	timeout := q.c.time.Add(5*time.Minute + time.Duration(q.sent))
	return q.c.SignedTxWith(q.account, 90_000_000, func(b client.TxBuilder) {
		b.SetUnordered(true)
		b.SetTimeoutTimestamp(timeout)
	}, msgs...)
}

// Broadcast is Send as a node's mempool takes a transaction: signed, run
// through CheckTx, refused as the submit package reports a refusal, and
// otherwise queued; it returns the transaction's hash.
func (q *TxQueue) Broadcast(_ context.Context, msgs ...sdk.Msg) (string, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.broadcast(q.sign(msgs))
}

// BroadcastWithGas is Broadcast asking for the gas the submit package's
// SendWithGas asks for: msgGas, what the messages will use, and the
// transaction's own (submit.TxGas, with the chain's x/auth params).
func (q *TxQueue) BroadcastWithGas(_ context.Context, msgGas uint64, msgs ...sdk.Msg) (string, error) {
	s, err := q.Signer()
	if err != nil {
		return "", err
	}
	tx, err := s.SignWithGas(msgGas, msgs...)
	if err != nil {
		return "", err
	}
	return q.BroadcastTx(tx)
}

// Signer is what the queue's next transaction is signed with, read from
// the chain's state: x/auth's params, the account's number and the last
// block's time (for its timeout). It signs one transaction: the timeout is
// also the transaction's unordered nonce, so a second one signed with it
// would be refused as a duplicate.
type Signer struct {
	q             *TxQueue
	params        authtypes.Params
	accountNumber uint64
	timeout       time.Time
}

// Signer reads what the queue's next transaction is signed with. It reads
// the chain's state, so no block may run meanwhile; Signer.SignWithGas
// reads none and may run beside blocks, as a node's ingress signs in its
// own goroutine and holds the node's lock only for CheckTx (BroadcastTx).
func (q *TxQueue) Signer() (*Signer, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	ctx := q.c.Context()
	p, err := q.c.App.AccountKeeper.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	acc := q.c.App.AccountKeeper.GetAccount(ctx, q.c.Accounts[q.account])
	if acc == nil {
		return nil, fmt.Errorf("account %d does not exist", q.account)
	}
	q.sent++
	return &Signer{q: q, params: p, accountNumber: acc.GetAccountNumber(), timeout: q.c.time.Add(5*time.Minute + time.Duration(q.sent))}, nil
}

// SignWithGas signs msgs as one unordered transaction asking for the gas
// submit.SendWithGas asks for: msgGas, what the messages will use, and
// the transaction's own.
func (s *Signer) SignWithGas(msgGas uint64, msgs ...sdk.Msg) ([]byte, error) {
	return submit.SignWithGas(s.params, msgGas, msgs, func(gas uint64) ([]byte, error) {
		return s.q.c.signTx(s.q.account, s.accountNumber, 0, gas, func(b client.TxBuilder) {
			b.SetUnordered(true)
			b.SetTimeoutTimestamp(s.timeout)
		}, msgs), nil
	})
}

// BroadcastTx runs CheckTx on a signed transaction, as a node's mempool
// does, and queues it; it returns the transaction's hash.
func (q *TxQueue) BroadcastTx(tx []byte) (string, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.broadcast(tx)
}

// SimulateAndBroadcast is Broadcast after a simulation of the transaction,
// as a sender estimating its gas runs one (its cost is the node's); it
// returns the simulated gas too.
func (q *TxQueue) SimulateAndBroadcast(_ context.Context, msgs ...sdk.Msg) (string, uint64, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	tx := q.sign(msgs)
	info, _, err := q.c.App.Simulate(tx)
	if err != nil {
		return "", 0, err
	}
	hash, err := q.broadcast(tx)
	return hash, info.GasUsed, err
}

func (q *TxQueue) broadcast(tx []byte) (string, error) {
	res, err := q.c.App.CheckTx(&abci.RequestCheckTx{Tx: tx, Type: abci.CheckTxType_New})
	if err != nil {
		return "", err
	}
	if res.Code != 0 {
		return "", &submit.Refusal{Codespace: res.Codespace, Code: res.Code, Log: res.Log}
	}
	q.txs = append(q.txs, tx)
	return submit.TxHash(tx), nil
}

// Requeue puts tx back at the end of the queue.
func (q *TxQueue) Requeue(tx []byte) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.txs = append(q.txs, tx)
}

// Take returns the queued transactions and empties the queue.
func (q *TxQueue) Take() [][]byte {
	q.mu.Lock()
	defer q.mu.Unlock()
	txs := q.txs
	q.txs = nil
	return txs
}
