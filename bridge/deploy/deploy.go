// Package deploy deploys the bridge contract (and, for a development
// network, the ENG fee token) on an Ethereum node, with the chain's
// validator set 0 and the chain's task bounds: what `enigmad orchestrator
// deploy` and the localnet run.
package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"

	"fmt"
	"math/big"
	"time"

	errorsmod "cosmossdk.io/errors"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/contracts/bindings"
)

// Client is what deploying needs of an Ethereum node.
type Client interface {
	ethereum.ChainReader
	ethereum.GasEstimator
	ethereum.GasPricer1559
	ethereum.PendingStateReader
	ethereum.ChainStateReader
	ethereum.TransactionReader
	ethereum.TransactionSender
	ethereum.ChainIDReader
}

// Options are the constructor's arguments.
type Options struct {
	// Validators (strictly ascending) and Powers are validator set 0.
	Validators []common.Address
	Powers     []uint64
	// FeeToken is the ERC20 fees may be paid in; the zero address deploys
	// an EnigmaToken minting TokenSupply to the deployer.
	FeeToken    common.Address
	TokenSupply *big.Int
	// CallbackGas is the gas every callback gets.
	CallbackGas uint64
	// MaxTaskGas, MinGasPrice and MinFeeTokenGasPrice bound records, as
	// the chain's max_task_gas_limit, min_gas_price and min_token_gas_price.
	MaxTaskGas          uint64
	MinGasPrice         *big.Int
	MinFeeTokenGasPrice *big.Int
	// EscrowTokens may be escrowed from the start (the fee token always).
	EscrowTokens []common.Address
}

// Result is what was deployed.
type Result struct {
	Token  common.Address `json:"token"`
	Bridge common.Address `json:"bridge"`
	// Block is the bridge's deployment block, where orchestrators start.
	Block uint64 `json:"block"`
}

// Predict returns the addresses a deployer's next deployment makes: the
// token (if deployed) at its next nonce, the bridge after it.
func Predict(deployer common.Address, nonce uint64, withToken bool) (token, bridge common.Address) {
	if withToken {
		return crypto.CreateAddress(deployer, nonce), crypto.CreateAddress(deployer, nonce+1)
	}
	return common.Address{}, crypto.CreateAddress(deployer, nonce)
}

// Deploy deploys the token (unless o names one) and the bridge from key,
// waiting for each to be mined.
func Deploy(ctx context.Context, eth Client, key *ecdsa.PrivateKey, o Options) (Result, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	var res Result
	res.Token = o.FeeToken
	if res.Token == (common.Address{}) {
		supply := o.TokenSupply
		if supply == nil {
			return Result{}, errors.New("deploy: a token supply is needed to deploy the ENG token")
		}
		code := append(common.FromHex(bindings.EnigmaTokenMetaData.Bin), bindings.NewEnigmaToken().PackConstructor(from, supply)...)
		r, err := Send(ctx, eth, key, nil, nil, code)
		if err != nil {
			return Result{}, fmt.Errorf("deploy: token: %w", err)
		}
		res.Token = r.ContractAddress
	}
	escrow := append([]common.Address{res.Token}, o.EscrowTokens...)
	args := bindings.NewEnigmaBridge().PackConstructor(o.Validators, o.Powers, res.Token, new(big.Int).SetUint64(o.CallbackGas),
		o.MaxTaskGas, o.MinGasPrice, o.MinFeeTokenGasPrice, escrow)
	r, err := Send(ctx, eth, key, nil, nil, append(common.FromHex(bindings.EnigmaBridgeMetaData.Bin), args...))
	if err != nil {
		return Result{}, fmt.Errorf("deploy: bridge: %w", err)
	}
	res.Bridge, res.Block = r.ContractAddress, r.BlockNumber.Uint64()
	return res, nil
}

// Codespace is the codespace of this package's registered errors.
const Codespace = "ethtx"

// Errors of SignTx that mean "not now" rather than a failure, registered so
// that they keep their code wherever they are reported.
var (
	// ErrEstimate: the gas estimate failed, i.e. the call would revert.
	ErrEstimate = errorsmod.Register(Codespace, 2, "the gas estimate failed")
	// ErrFeeCeiling: the base fee and tip are above the caller's ceiling.
	ErrFeeCeiling = errorsmod.Register(Codespace, 3, "Ethereum gas is above the ceiling")
)

// SignTx makes and signs a dynamic-fee transaction from key (to nil: a
// contract creation): the estimated gas +20 %, a fee per gas of twice the
// base fee plus the suggested tip, capped by maxFeePerGas when it is not
// nil (ErrFeeCeiling when even base fee plus tip is above it). It is the
// one transaction builder of the bridge's Ethereum side (deployment,
// relaying).
func SignTx(ctx context.Context, eth Client, key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte, maxFeePerGas *big.Int) (*ethtypes.Transaction, error) {
	chainID, err := eth.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	gas, err := eth.EstimateGas(ctx, ethereum.CallMsg{From: from, To: to, Value: value, Data: data})
	if err != nil {
		return nil, ErrEstimate.Wrap(err.Error())
	}
	head, err := eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	tip, err := eth.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("tip: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if maxFeePerGas != nil && feeCap.Cmp(maxFeePerGas) > 0 {
		if new(big.Int).Add(base, tip).Cmp(maxFeePerGas) > 0 {
			return nil, ErrFeeCeiling.Wrapf("base fee %s + tip %s > %s", base, tip, maxFeePerGas)
		}
		feeCap = maxFeePerGas
	}
	nonce, err := NextNonce(ctx, eth, from)
	if err != nil {
		return nil, err
	}
	return ethtypes.SignTx(ethtypes.NewTx(&ethtypes.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas + gas/5, To: to, Value: value, Data: data}), ethtypes.LatestSignerForChainID(chainID), key)
}

// NextNonce is the nonce of from's next transaction: the larger of the
// pending and the latest nonce. Right after a block, geth's pending view
// can lag the chain's head for a moment, and a pending nonce alone would
// then reuse one already mined ("nonce too low").
func NextNonce(ctx context.Context, eth Client, from common.Address) (uint64, error) {
	pending, err := eth.PendingNonceAt(ctx, from)
	if err != nil {
		return 0, fmt.Errorf("nonce: %w", err)
	}
	latest, err := eth.NonceAt(ctx, from, nil)
	if err != nil {
		return 0, fmt.Errorf("nonce: %w", err)
	}
	return max(pending, latest), nil
}

// Send sends SignTx's transaction, with no fee ceiling, and waits until it
// is mined; a failed transaction is an error.
func Send(ctx context.Context, eth Client, key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) (*ethtypes.Receipt, error) {
	tx, err := SignTx(ctx, eth, key, to, value, data, nil)
	if err != nil {
		return nil, err
	}
	if err := eth.SendTransaction(ctx, tx); err != nil {
		return nil, err
	}
	return WaitMined(ctx, eth, tx.Hash())
}

// WaitMined polls for a transaction's receipt until it is mined or ctx
// ends; a failed transaction is an error.
func WaitMined(ctx context.Context, eth ethereum.TransactionReader, hash common.Hash) (*ethtypes.Receipt, error) {
	for {
		r, err := eth.TransactionReceipt(ctx, hash)
		if err == nil {
			if r.Status != ethtypes.ReceiptStatusSuccessful {
				return r, fmt.Errorf("transaction %s failed", hash)
			}
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}
