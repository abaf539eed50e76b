// Package commitment defines the hashes by which the chain commits to the
// Ethereum bridge contract (contracts/ethereum/EnigmaBridge.sol), once in Go
// and once in Solidity, pinned by testdata/vectors.json: a task record's
// hash, a batch leaf, a callback's hash, the validator-set checkpoint and the
// digests that validators sign (batches, escrow-token allowlist updates). Task ids and inputs hashes are in
// enclave/ids, the enclave-signed receipt hash in enclave/receipt and the
// batch root in x/secretcompute/merkle.
package commitment

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/internal/abihash"
)

// Record is a task record as the bridge contract emitted it: who paid, for
// which secret contract, in which fee token (zero address: ETH), how much
// gas at what price, and what it escrowed.
type Record struct {
	Sender         common.Address
	SecretContract common.Address
	FeeToken       common.Address
	GasLimit       uint64
	GasPrice       *big.Int
	EscrowToken    common.Address
	EscrowAmount   *big.Int
}

// Hash returns keccak256(abi.encode(sender, secretContract, feeToken,
// uint64 gasLimit, uint256 gasPrice, escrowToken, uint256 escrowAmount)).
func (r Record) Hash() common.Hash {
	return recordArgs.Hash(r.Sender, r.SecretContract, r.FeeToken, r.GasLimit, orZero(r.GasPrice), r.EscrowToken, orZero(r.EscrowAmount))
}

// Leaf is a receipt as the batch Merkle tree holds it: the fields the bridge
// contract reads to pay refunds and run callbacks, the record's hash, and
// the enclave-signed receipt's hash standing for the rest.
type Leaf struct {
	// Sequence is the receipt's place in the chain's commit order; the
	// bridge keys its once-only flags by it.
	Sequence     uint64
	TaskID       common.Hash
	RecordHash   common.Hash
	Status       uint8
	GasUsed      uint64
	CallbackHash common.Hash
	ReceiptHash  common.Hash
}

// Hash returns keccak256(abi.encode(uint64 sequence, bytes32 taskId, bytes32
// recordHash, uint8 status, uint64 gasUsed, bytes32 callbackHash, bytes32
// receiptHash)).
func (l Leaf) Hash() common.Hash {
	return leafArgs.Hash(l.Sequence, l.TaskID, l.RecordHash, l.Status, l.GasUsed, l.CallbackHash, l.ReceiptHash)
}

// CallbackHash returns keccak256(abi.encode(address target, bytes data)),
// what a receipt carries for its Ethereum callback. A receipt without a
// callback carries the zero hash instead.
func CallbackHash(target common.Address, data []byte) common.Hash {
	return receipt.CallbackHash(target, data) // defined once, where the enclave signs it
}

// Valset is a validator set as the bridge contract checks it: Ethereum
// addresses in strictly ascending order with their powers, and its nonce.
type Valset struct {
	Validators []common.Address
	Powers     []uint64
	Nonce      uint64
}

// Validate checks what the contract checks of a new set (the contract
// tests hold the two to the same verdicts), so that the chain never asks
// validators to sign a set the bridge would refuse.
func (v Valset) Validate() error {
	if len(v.Validators) == 0 || len(v.Validators) > MaxValidators {
		return fmt.Errorf("commitment: a validator set has 1 to %d validators, not %d", MaxValidators, len(v.Validators))
	}
	if len(v.Validators) != len(v.Powers) {
		return fmt.Errorf("commitment: %d validators but %d powers", len(v.Validators), len(v.Powers))
	}
	var prev common.Address
	for i, a := range v.Validators {
		if a.Cmp(prev) <= 0 {
			return fmt.Errorf("commitment: validator %d (%s) is not above the one before it", i, a)
		}
		if v.Powers[i] == 0 {
			return fmt.Errorf("commitment: validator %s has no power", a)
		}
		prev = a
	}
	return nil
}

// MaxValidators is the bridge contract's limit on a set's size.
const MaxValidators = 200

var (
	valsetDomain = crypto.Keccak256Hash([]byte("enigma/valset/v1"))
	batchDomain  = crypto.Keccak256Hash([]byte("enigma/batch/v1"))
	tokensDomain = crypto.Keccak256Hash([]byte("enigma/tokens/v1"))
)

// TokenUpdate is a change of the bridge's escrow-token allowlist, which
// only the validator set can make: Tokens[i] becomes Allowed[i]. Nonces
// follow the contract's tokenListNonce by one.
type TokenUpdate struct {
	Nonce   uint64
	Tokens  []common.Address
	Allowed []bool
}

// Digest returns keccak256(abi.encode(keccak256("enigma/tokens/v1"),
// uint256 chainId, address bridge, uint64 nonce, address[] tokens, bool[]
// allowed)): what validators sign for an allowlist update.
func (u TokenUpdate) Digest(chainID *big.Int, bridge common.Address) common.Hash {
	allowed := u.Allowed
	if allowed == nil {
		allowed = []bool{}
	}
	return tokensArgs.Hash(tokensDomain, chainID, bridge, u.Nonce, nonNil(u.Tokens), allowed)
}

// Checkpoint returns keccak256(abi.encode(keccak256("enigma/valset/v1"),
// uint256 chainId, address bridge, uint64 nonce, address[] validators,
// uint64[] powers)): what the bridge stores for its current set and what
// the current set signs to hand over to the next.
func Checkpoint(chainID *big.Int, bridge common.Address, v Valset) common.Hash {
	return valsetArgs.Hash(valsetDomain, chainID, bridge, v.Nonce, nonNil(v.Validators), nonNilU64(v.Powers))
}

// Batch is what validators sign for a batch: its nonce and root, the
// receipt sequences it covers and the fees it credits, one entry per
// worker payout address and fee token.
type Batch struct {
	Nonce         uint64
	Root          common.Hash
	FirstSequence uint64
	LastSequence  uint64
	Workers       []common.Address
	FeeTokens     []common.Address
	FeeTotals     []*big.Int
}

// Digest returns keccak256(abi.encode(keccak256("enigma/batch/v1"), uint256
// chainId, address bridge, uint64 nonce, bytes32 root, uint64
// firstSequence, uint64 lastSequence, address[] workers, address[]
// feeTokens, uint256[] feeTotals)).
func (b Batch) Digest(chainID *big.Int, bridge common.Address) common.Hash {
	totals := make([]*big.Int, len(b.FeeTotals))
	for i, t := range b.FeeTotals {
		totals[i] = orZero(t)
	}
	return batchArgs.Hash(batchDomain, chainID, bridge, b.Nonce, b.Root, b.FirstSequence, b.LastSequence,
		nonNil(b.Workers), nonNil(b.FeeTokens), totals)
}

var withdrawDomain = crypto.Keccak256Hash([]byte("enigma/withdraw/v1"))

// WithdrawDigest returns keccak256(abi.encode(keccak256("enigma/withdraw/v1"),
// uint256 chainId, address bridge, address account, address token, address
// to, uint256 nonce, uint256 deadline)): what an account that cannot send
// transactions (an enclave signer credited with worker fees) signs to have
// its credit in token paid to `to`; nonce is the bridge's
// withdrawNonces(account).
func WithdrawDigest(chainID *big.Int, bridge, account, token, to common.Address, nonce, deadline *big.Int) common.Hash {
	return withdrawArgs.Hash(withdrawDomain, chainID, bridge, account, token, to, orZero(nonce), orZero(deadline))
}

// Signature is a validator's signature as the contract takes it; V = 0
// stands for a validator that did not sign.
type Signature struct {
	V    uint8
	R, S common.Hash
}

// Sign signs a checkpoint or batch digest with a validator's Ethereum key
// (plain secp256k1 over the digest, low s, v in {27, 28}).
func Sign(digest common.Hash, key *ecdsa.PrivateKey) (Signature, error) {
	sig, err := crypto.Sign(digest.Bytes(), key)
	if err != nil {
		return Signature{}, err
	}
	return Signature{V: sig[64] + 27, R: common.BytesToHash(sig[:32]), S: common.BytesToHash(sig[32:64])}, nil
}

var (
	recordArgs   = abihash.New("address", "address", "address", "uint64", "uint256", "address", "uint256")
	leafArgs     = abihash.New("uint64", "bytes32", "bytes32", "uint8", "uint64", "bytes32", "bytes32")
	valsetArgs   = abihash.New("bytes32", "uint256", "address", "uint64", "address[]", "uint64[]")
	batchArgs    = abihash.New("bytes32", "uint256", "address", "uint64", "bytes32", "uint64", "uint64", "address[]", "address[]", "uint256[]")
	withdrawArgs = abihash.New("bytes32", "uint256", "address", "address", "address", "address", "uint256", "uint256")
	tokensArgs   = abihash.New("bytes32", "uint256", "address", "uint64", "address[]", "bool[]")
)

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

func nonNil(a []common.Address) []common.Address {
	if a == nil {
		return []common.Address{}
	}
	return a
}

func nonNilU64(a []uint64) []uint64 {
	if a == nil {
		return []uint64{}
	}
	return a
}
