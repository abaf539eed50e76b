// Package sim is a simulated Ethereum with the bridge deployed: go-ethereum's
// simulated backend under mainnet fork rules, the ENG fee token, the
// EnigmaBridge with a validator set whose keys it holds, and helpers to
// record tasks, sign and submit batches and prove receipts. The contract
// tests and `make gas` use it; every call goes through a real transaction
// and its receipt's gas.
package sim

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/contracts/bindings"
)

// Account is a funded externally owned account.
type Account struct {
	Key  *ecdsa.PrivateKey
	Addr common.Address
}

// NewAccount makes an account from a deterministic seed.
func NewAccount(seed string) *Account {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("enigmad/sim/" + seed)))
	if err != nil {
		panic(err)
	}
	return &Account{Key: key, Addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// Options configure a Chain.
type Options struct {
	// Validators is how many validators the bridge starts with (default 4),
	// each with power 100 unless Powers says otherwise.
	Validators int
	Powers     []uint64
	// Users is how many funded users to make (default 3).
	Users int
	// CallbackGas is the bridge's callback gas (default 300,000).
	CallbackGas uint64
	// MaxTaskGas, MinGasPrice and MinFeeTokenGasPrice bound task records
	// (defaults DefaultMaxTaskGas, 1 wei, 1 ENG unit).
	MaxTaskGas          uint64
	MinGasPrice         *big.Int
	MinFeeTokenGasPrice *big.Int
	// EscrowTokens are the ERC20 tokens payable tasks may escrow from the
	// start (the ENG fee token is always added).
	EscrowTokens []common.Address
	// Rules is the chain's fork configuration (nil: MainnetRules).
	Rules *params.ChainConfig
}

// DefaultMaxTaskGas is the bridge's task gas bound unless Options say
// otherwise: the chain's default max_task_gas_limit.
const DefaultMaxTaskGas = 30_000_000

// Chain is a simulated Ethereum with the contracts deployed.
type Chain struct {
	Backend *simulated.Backend
	Client  simulated.Client
	ChainID *big.Int

	Deployer *Account
	Users    []*Account
	// ValidatorKeys are in the order of Valset.Validators (ascending).
	ValidatorKeys []*ecdsa.PrivateKey
	Valset        commitment.Valset

	Bridge     *bindings.EnigmaBridge
	BridgeAddr common.Address
	Token      *bindings.EnigmaToken
	TokenAddr  common.Address

	salts uint64
	opts  Options
	// mining serializes blocks: the simulated beacon deadlocks when two
	// goroutines commit at once (Send and AutoMine).
	mining sync.Mutex
}

// Commit mines a block of the pending transactions.
func (c *Chain) Commit() {
	c.mining.Lock()
	defer c.mining.Unlock()
	c.Backend.Commit()
}

// AutoMine mines a block every period until stop is called, as geth
// --dev with a period does: for clients that send and wait for their
// receipts like on any Ethereum node. Send's own blocks interleave.
func (c *Chain) AutoMine(period time.Duration) (stop func()) {
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				c.Commit()
			}
		}
	}()
	return sync.OnceFunc(func() { close(done); <-stopped })
}

// TokenSupply is the ENG supply minted to the deployer.
var TokenSupply = new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(params.Ether))

// DevRules returns go-ethereum's --dev configuration as v1.17.8 ships it:
// the experimental forks after Osaka switched on, among them the draft
// state-growth repricing (EIP-8037/8038) that a future mainnet fork may
// adopt, so that its effect on the bridge is measured, not guessed.
func DevRules() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	return &cfg
}

// MainnetRules returns the simulated backend's config with the experimental
// future forks switched off, so that gas is what mainnet charges today
// (the default config enables a future fork whose gas prices differ).
func MainnetRules() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	return &cfg
}

// New starts a chain and deploys the fee token and the bridge.
func New(o Options) (*Chain, error) {
	if o.Validators == 0 {
		o.Validators = 4
	}
	if o.Users == 0 {
		o.Users = 3
	}
	if o.CallbackGas == 0 {
		o.CallbackGas = 300_000
	}
	if o.MaxTaskGas == 0 {
		o.MaxTaskGas = DefaultMaxTaskGas
	}
	if o.MinGasPrice == nil {
		o.MinGasPrice = big.NewInt(1)
	}
	if o.MinFeeTokenGasPrice == nil {
		o.MinFeeTokenGasPrice = big.NewInt(1)
	}
	if o.Rules == nil {
		o.Rules = MainnetRules()
	}
	c := &Chain{Deployer: NewAccount("deployer"), opts: o}
	alloc := types.GenesisAlloc{}
	fund := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	alloc[c.Deployer.Addr] = types.Account{Balance: fund}
	for i := range o.Users {
		u := NewAccount(fmt.Sprintf("user%d", i))
		c.Users = append(c.Users, u)
		alloc[u.Addr] = types.Account{Balance: fund}
	}
	cfg := o.Rules
	c.Backend = simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = cfg
	})
	c.Client = c.Backend.Client()
	c.ChainID = cfg.ChainID

	var keys []*ecdsa.PrivateKey
	for i := range o.Validators {
		keys = append(keys, NewAccount(fmt.Sprintf("validator%d", i)).Key)
	}
	sort.Slice(keys, func(i, j int) bool {
		return crypto.PubkeyToAddress(keys[i].PublicKey).Cmp(crypto.PubkeyToAddress(keys[j].PublicKey)) < 0
	})
	c.ValidatorKeys = keys
	for i, k := range keys {
		p := uint64(100)
		if i < len(o.Powers) {
			p = o.Powers[i]
		}
		c.Valset.Validators = append(c.Valset.Validators, crypto.PubkeyToAddress(k.PublicKey))
		c.Valset.Powers = append(c.Valset.Powers, p)
	}

	c.Token = bindings.NewEnigmaToken()
	var err error
	if c.TokenAddr, _, err = c.Deploy(c.Deployer, bindings.EnigmaTokenMetaData.Bin, c.Token.PackConstructor(c.Deployer.Addr, TokenSupply)); err != nil {
		return nil, fmt.Errorf("deploy token: %w", err)
	}
	c.Bridge = bindings.NewEnigmaBridge()
	if err := c.DeployBridge(c.Valset); err != nil {
		return nil, err
	}
	return c, nil
}

// NextAddress is where the deployer's next deployment lands, so that a
// chain's genesis can name a bridge deployed once the chain has made its
// validator set (DeployBridge).
func (c *Chain) NextAddress() (common.Address, error) {
	nonce, err := c.Client.PendingNonceAt(bgctx, c.Deployer.Addr)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.CreateAddress(c.Deployer.Addr, nonce), nil
}

// DeployBridge deploys another bridge, with the options of New and the
// validator set v, and makes it the chain's Bridge (ValidatorKeys no
// longer match: whoever holds v's keys signs for it).
func (c *Chain) DeployBridge(v commitment.Valset) error {
	addr, _, err := c.Deploy(c.Deployer, bindings.EnigmaBridgeMetaData.Bin,
		c.Bridge.PackConstructor(v.Validators, v.Powers, c.TokenAddr, new(big.Int).SetUint64(c.opts.CallbackGas),
			c.opts.MaxTaskGas, c.opts.MinGasPrice, c.opts.MinFeeTokenGasPrice, append([]common.Address{c.TokenAddr}, c.opts.EscrowTokens...)))
	if err != nil {
		return fmt.Errorf("deploy bridge: %w", err)
	}
	c.BridgeAddr, c.Valset = addr, v
	return nil
}

// ExecutorOf is the address the callbacks of secretContract come from.
func (c *Chain) ExecutorOf(secretContract common.Address) (common.Address, error) {
	var out []byte
	if err := c.Call(c.Deployer.Addr, c.BridgeAddr, nil, c.Bridge.PackExecutorOf(secretContract), &out); err != nil {
		return common.Address{}, err
	}
	return c.Bridge.UnpackExecutorOf(out)
}

// Close stops the chain.
func (c *Chain) Close() error { return c.Backend.Close() }

var bgctx = context.Background()

// TxGas is the gas limit of every transaction the harness sends unless told
// otherwise: high, so that the gas a receipt reports is what the call used.
const TxGas = 15_000_000

// Deploy deploys bytecode (hex) with constructor input.
func (c *Chain) Deploy(from *Account, bin string, input []byte) (common.Address, *types.Receipt, error) {
	code := append(common.FromHex(bin), input...)
	r, err := c.send(from, nil, nil, code, TxGas)
	if err != nil {
		return common.Address{}, nil, err
	}
	return r.ContractAddress, r, nil
}

// CheckDeploy runs a deployment as eth_call, without sending it: nil if
// the constructor would succeed, else its *RevertError.
func (c *Chain) CheckDeploy(from *Account, bin string, input []byte) error {
	code := append(common.FromHex(bin), input...)
	_, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{From: from.Addr, Data: code, Gas: TxGas}, nil)
	if err != nil {
		return c.revert(err)
	}
	return nil
}

// SendAsync signs and sends a transaction with an explicit account nonce
// and gas limit, and neither mines it nor waits: for clients that send
// many transactions before any is mined. It returns the transaction hash.
func (c *Chain) SendAsync(from *Account, nonce uint64, to common.Address, value *big.Int, data []byte, gas uint64) (common.Hash, error) {
	signed, err := c.sign(from, nonce, &to, value, data, gas)
	if err != nil {
		return common.Hash{}, err
	}
	return signed.Hash(), c.submit(signed)
}

// Send sends a transaction with value and calldata, mines it and returns its
// receipt. A call that would revert returns a *RevertError naming the
// contract's custom error, and sends nothing.
func (c *Chain) Send(from *Account, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	if err := c.Call(from.Addr, to, value, data, nil); err != nil {
		return nil, err
	}
	return c.send(from, &to, value, data, TxGas)
}

// SendGas sends with an explicit gas limit and no check first, so the
// transaction is mined even if it fails (its receipt then has status 0 and
// a RevertError is returned): for what only a short gas limit shows.
func (c *Chain) SendGas(from *Account, to common.Address, value *big.Int, data []byte, gas uint64) (*types.Receipt, error) {
	return c.send(from, &to, value, data, gas)
}

// Call runs calldata as eth_call and, if out is not nil, stores the result.
func (c *Chain) Call(from, to common.Address, value *big.Int, data []byte, out *[]byte) error {
	return c.CallGas(from, to, value, data, TxGas, out)
}

// CallGas is Call with a gas limit.
func (c *Chain) CallGas(from, to common.Address, value *big.Int, data []byte, gas uint64, out *[]byte) error {
	res, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{From: from, To: &to, Value: value, Data: data, Gas: gas}, nil)
	if err != nil {
		return c.revert(err)
	}
	if out != nil {
		*out = res
	}
	return nil
}

func (c *Chain) send(from *Account, to *common.Address, value *big.Int, data []byte, gas uint64) (*types.Receipt, error) {
	ctx := context.Background()
	nonce, err := c.Client.PendingNonceAt(ctx, from.Addr)
	if err != nil {
		return nil, err
	}
	signed, err := c.sign(from, nonce, to, value, data, gas)
	if err != nil {
		return nil, err
	}
	if err := c.submit(signed); err != nil {
		return nil, err
	}
	c.Commit()
	r, err := bind.WaitMined(ctx, c.Client, signed.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, &RevertError{Name: "reverted on chain (gas " + fmt.Sprint(r.GasUsed) + ")"}
	}
	return r, nil
}

// submit hands a transaction to the pool. The simulated backend's pool
// catches up with a new block on a goroutine of its own, so right after a
// Commit it may still judge a transaction by the state before it (an
// account funded in that block looks empty); such a refusal is retried
// until the pool has caught up.
func (c *Chain) submit(tx *types.Transaction) error {
	var err error
	for range 100 {
		if err = c.Client.SendTransaction(context.Background(), tx); err == nil || !strings.Contains(err.Error(), "insufficient funds") {
			return err
		}
		time.Sleep(10 * time.Millisecond)
	}
	return err
}

// sign makes a signed dynamic-fee transaction paying twice the head's base fee.
func (c *Chain) sign(from *Account, nonce uint64, to *common.Address, value *big.Int, data []byte, gas uint64) (*types.Transaction, error) {
	head, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		return nil, err
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	if value == nil {
		value = new(big.Int)
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Value: value, Data: data})
	return types.SignTx(tx, types.LatestSignerForChainID(c.ChainID), from.Key)
}

// RevertError is a reverted call, with the custom error decoded when the
// bridge or the token defines it.
type RevertError struct {
	// Name is the custom error's name ("FeeMismatch"), or the revert text.
	Name  string
	Value any
}

func (e *RevertError) Error() string {
	if e.Value != nil {
		return fmt.Sprintf("reverted: %s %+v", e.Name, e.Value)
	}
	return "reverted: " + e.Name
}

// Is lets errors.Is match on the error's name: errors.Is(err, sim.Revert("FeeMismatch")).
func (e *RevertError) Is(target error) bool {
	t, ok := target.(*RevertError)
	return ok && t.Name == e.Name
}

// Revert is a RevertError to compare against with errors.Is.
func Revert(name string) error { return &RevertError{Name: name} }

func (c *Chain) revert(err error) error {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return &RevertError{Name: err.Error()}
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return &RevertError{Name: err.Error()}
	}
	for _, unpack := range []func([]byte) (any, error){c.Bridge.UnpackError, c.Token.UnpackError, bindings.NewAuctionHouse().UnpackError, bindings.NewCallbackExecutor().UnpackError} {
		if v, uerr := unpack(data); uerr == nil {
			name := fmt.Sprintf("%T", v)
			name = name[strings.LastIndex(name, ".")+1:]
			for _, prefix := range []string{"EnigmaBridge", "EnigmaToken", "AuctionHouse", "CallbackExecutor"} {
				name = strings.TrimPrefix(name, prefix)
			}
			return &RevertError{Name: name, Value: v}
		}
	}
	return &RevertError{Name: fmt.Sprintf("unknown error %x", data)}
}
