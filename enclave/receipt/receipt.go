// Package receipt defines a task's receipt, its hash, and the enclave's
// signature over it. The batch Merkle leaf that Ethereum proves against
// wraps this hash with the task record and the receipt's place in the log
// (bridge/commitment; docs/bridge.md says why it departs from docs/design.md §7).
package receipt

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/enclave/ethsig"
	"github.com/enigmad/enigmad/internal/abihash"
)

// Status is a task's outcome.
type Status uint8

// Statuses. Numbers are part of the leaf: never renumber.
const (
	// StatusSuccess: the call ran and returned; a delta may follow.
	StatusSuccess Status = 0
	// StatusRevert: the contract reverted; no delta.
	StatusRevert Status = 1
	// StatusOutOfGas: the gas limit ran out; no delta.
	StatusOutOfGas Status = 2
	// StatusBadInput: the envelope could not be opened or the call was
	// malformed; no delta.
	StatusBadInput Status = 3
	// StatusEscrowMismatch: the token or amount in the envelope differs from
	// the escrow of the task record; no delta.
	StatusEscrowMismatch Status = 4
	// StatusTimeout: the chain failed the task at its deadline (written by the
	// chain, never by an enclave).
	StatusTimeout Status = 5
	// StatusRefused: the chain refused the task record (a task id it has
	// seen already, or a gas limit or price outside its bounds), so the task
	// never ran and its whole fee and escrow are refundable (written by the
	// chain, never by an enclave).
	StatusRefused Status = 6
)

// String names the status.
func (s Status) String() string {
	switch s {
	case StatusSuccess:
		return "success"
	case StatusRevert:
		return "revert"
	case StatusOutOfGas:
		return "out-of-gas"
	case StatusBadInput:
		return "bad-input"
	case StatusEscrowMismatch:
		return "escrow-mismatch"
	case StatusTimeout:
		return "timeout"
	case StatusRefused:
		return "refused"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// Receipt is what an enclave attests about one task.
type Receipt struct {
	TaskID   common.Hash
	Contract common.Address
	Status   Status
	// OutputHash is keccak256 of the encrypted output (zero if none).
	OutputHash common.Hash
	// DeltaIndex and DeltaHash place the task's state delta in the contract's
	// log; DeltaHash is zero when the task changed no state.
	DeltaIndex uint64
	DeltaHash  common.Hash
	GasUsed    uint64
	// Worker is the enclave signer address of the worker that ran the task.
	Worker common.Address
	// CallbackHash commits to the Ethereum callback the task asked for
	// (CallbackHash of its target and calldata), zero when none: signed by
	// the enclave, so nobody between it and Ethereum can change the call.
	CallbackHash common.Hash
	// TaskHash commits to the task as the enclave ran it (TaskHash): the
	// chain recomputes it from the task's record and accepts the receipt
	// only if the enclave ran that task, so a worker cannot end a task
	// with a signed receipt of a run on other values (another sender, a
	// smaller gas limit).
	TaskHash common.Hash
	// StateHead is the head hash of the contract's delta log the task ran
	// on (zero for a deployment): the chain accepts a receipt only for the
	// state its log is at, so a worker cannot end a task with a failure it
	// got by running it on a state of its making.
	StateHead common.Hash
}

// TaskHash returns keccak256(abi.encode(address sender, bytes32 inputsHash,
// bytes32 codeHash, uint64 gasLimit, address escrowToken, uint256
// escrowAmount, uint64 ethBlock, uint64 ethTime)): what a task's execution
// depends on besides its contract's state. A call has no code hash; a
// deployment escrows nothing.
func TaskHash(sender common.Address, inputsHash, codeHash common.Hash, gasLimit uint64, escrowToken common.Address, escrowAmount *big.Int, ethBlock, ethTime uint64) common.Hash {
	if escrowAmount == nil {
		escrowAmount = new(big.Int)
	}
	return taskArgs.Hash(sender, inputsHash, codeHash, gasLimit, escrowToken, escrowAmount, ethBlock, ethTime)
}

// CallbackHash returns keccak256(abi.encode(address target, bytes data)),
// what a receipt carries for its Ethereum callback and what the bridge
// contract checks before running it.
func CallbackHash(target common.Address, data []byte) common.Hash {
	return callbackArgs.Hash(target, data)
}

var (
	hashArgs     = abihash.New("bytes32", "address", "uint8", "bytes32", "uint64", "bytes32", "uint64", "address", "bytes32", "bytes32", "bytes32")
	callbackArgs = abihash.New("address", "bytes")
	taskArgs     = abihash.New("address", "bytes32", "bytes32", "uint64", "address", "uint256", "uint64", "uint64")
)

// Hash returns keccak256(abi.encode(bytes32 taskId, address contract, uint8
// status, bytes32 outputHash, uint64 deltaIndex, bytes32 deltaHash, uint64
// gasUsed, address worker, bytes32 callbackHash, bytes32 taskHash, bytes32
// stateHead)).
func (r Receipt) Hash() common.Hash {
	return hashArgs.Hash(r.TaskID, r.Contract, uint8(r.Status), r.OutputHash, r.DeltaIndex, r.DeltaHash, r.GasUsed, r.Worker, r.CallbackHash, r.TaskHash, r.StateHead)
}

const signDomain = "enigma/receipt/v1"

// SignatureSize is r || s || v with v in {27, 28}, as Solidity's ecrecover
// takes it.
const SignatureSize = ethsig.Size

// Digest is what the enclave signs: keccak256("enigma/receipt/v1" ||
// uint8(len(chainID)) || chainID || hash), domain-separated from everything
// else the enclave key signs and bound to the chain the enclave serves, so
// that an enclave started under another chain id (the same key) cannot
// sign receipts this chain accepts.
func (r Receipt) Digest(chainID string) common.Hash { return digestOf(chainID, r.Hash()) }

func digestOf(chainID string, hash common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte(signDomain), []byte{byte(len(chainID))}, []byte(chainID), hash.Bytes())
}

// ErrSignature is returned for a receipt signature that is malformed or not
// by the expected enclave.
var ErrSignature = ethsig.ErrSignature

// Sign signs the receipt for chainID with the enclave key.
func Sign(chainID string, r Receipt, key *ecdsa.PrivateKey) ([]byte, error) {
	return ethsig.Sign(r.Digest(chainID), key)
}

// Signer recovers the address that signed the receipt for chainID.
func Signer(chainID string, r Receipt, sig []byte) (common.Address, error) {
	return SignerOf(chainID, r.Hash(), sig)
}

// SignerOf recovers the signer of the receipt whose Hash is hash, for
// callers that need the hash as well and should not compute it twice.
func SignerOf(chainID string, hash common.Hash, sig []byte) (common.Address, error) {
	return ethsig.Recover(digestOf(chainID, hash), sig)
}

// Verify checks that sig is by signer, for chainID.
func Verify(chainID string, r Receipt, sig []byte, signer common.Address) error {
	got, err := Signer(chainID, r, sig)
	if err != nil {
		return err
	}
	if got != signer {
		return fmt.Errorf("%w: signed by %s, expected %s", ErrSignature, got, signer)
	}
	return nil
}
