package types

import (
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/enclave/receipt"
)

// TaskRecord is an attested Ethereum task record, as x/bridge hands it over.
type TaskRecord struct {
	// EventNonce is the bridge contract's event nonce of the record; each
	// record must come with a higher one than the last, so that a record
	// handed over twice is not refunded twice.
	EventNonce uint64
	TaskID     common.Hash
	Contract   common.Address
	Sender     common.Address
	InputsHash common.Hash
	GasLimit   uint64
	GasPrice   *big.Int
	// FeeToken is the ERC20 the fee was paid in (zero: ETH).
	FeeToken     common.Address
	EscrowToken  common.Address
	EscrowAmount *big.Int
	EthBlock     uint64
	EthTime      uint64
}

// DeploymentRecord is an attested Ethereum deployment record.
type DeploymentRecord struct {
	// EventNonce is as TaskRecord's.
	EventNonce uint64
	TaskID     common.Hash
	CodeHash   common.Hash
	Sender     common.Address
	InputsHash common.Hash
	GasLimit   uint64
	GasPrice   *big.Int
	EthBlock   uint64
	EthTime    uint64
}

// Receipt is the receipt a result describes, as the chain stores it once
// accepted (the chain adds the fee, fee token, sequence, leaf and batch).
func (r *Result) Receipt() Receipt {
	return Receipt{
		TaskId: r.TaskId, Contract: r.Contract, Status: r.Status, OutputHash: r.OutputHash, DeltaIndex: r.DeltaIndex,
		DeltaHash: r.DeltaHash, GasUsed: r.GasUsed, Worker: r.Worker, Signature: r.Signature, Output: r.Output,
		CallbackTarget: r.CallbackTarget, CallbackData: r.CallbackData, StateHead: r.PrevHash,
	}
}

// ReceiptKey is the key a receipt is stored under in the receipts map (and
// that its sequence points to). A task's own receipt (an enclave's, or the
// chain's timeout) is keyed by the task id, so a task has at most one. A
// refused receipt is keyed by the task id followed by its sequence (uint64
// big-endian, 40 bytes): its record was not stored as a task, and a second
// record with a task id already seen must neither overwrite that task's
// receipt nor another refusal of the same id, each refundable once on
// Ethereum under its own sequence.
func ReceiptKey(r *Receipt) []byte {
	if receipt.Status(r.Status) != receipt.StatusRefused {
		return r.TaskId
	}
	return binary.BigEndian.AppendUint64(append(make([]byte, 0, len(r.TaskId)+8), r.TaskId...), r.Sequence)
}

// EnclaveReceipt is the enclave receipt a stored receipt stands for: the
// one the enclave signed or, for a timeout or a refused record, the one the
// chain writes in its place. It is the one builder of it; its Hash is what the signature and
// the batch leaf cover.
func (r *Receipt) EnclaveReceipt() receipt.Receipt {
	return receipt.Receipt{
		TaskID: common.BytesToHash(r.TaskId), Contract: common.BytesToAddress(r.Contract), Status: receipt.Status(r.Status),
		OutputHash: common.BytesToHash(r.OutputHash), DeltaIndex: r.DeltaIndex, DeltaHash: common.BytesToHash(r.DeltaHash),
		GasUsed: r.GasUsed, Worker: common.BytesToAddress(r.Worker), CallbackHash: CallbackHash(r.CallbackTarget, r.CallbackData),
		TaskHash: common.BytesToHash(r.TaskHash), StateHead: common.BytesToHash(r.StateHead),
	}
}

// TaskHashOf is the enclave/receipt TaskHash of a task as the chain
// recorded it: what an enclave's receipt for it must commit to.
func TaskHashOf(t *Task) common.Hash {
	escrow := new(big.Int)
	if !t.EscrowAmount.IsNil() {
		escrow = t.EscrowAmount.BigInt()
	}
	return receipt.TaskHash(common.BytesToAddress(t.Sender), common.BytesToHash(t.InputsHash), common.BytesToHash(t.CodeHash), t.GasLimit,
		common.BytesToAddress(t.EscrowToken), escrow, t.EthBlock, t.EthTime)
}

// CallbackHash is the hash a receipt carries for its callback, zero when it
// has none.
func CallbackHash(target, data []byte) common.Hash {
	if len(target) == 0 {
		return common.Hash{}
	}
	return receipt.CallbackHash(common.BytesToAddress(target), data)
}
