package keeper

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// recordOf is a task's record as the bridge contract emitted it, the one a
// refund claim on Ethereum presents. A deployment's contract is the address
// derived from its task id; it escrows nothing and pays in ETH.
func recordOf(t *types.Task) commitment.Record {
	return commitment.Record{
		Sender: common.BytesToAddress(t.Sender), SecretContract: common.BytesToAddress(t.Contract),
		FeeToken: common.BytesToAddress(t.FeeToken), GasLimit: t.GasLimit, GasPrice: t.GasPrice.BigInt(),
		EscrowToken: common.BytesToAddress(t.EscrowToken), EscrowAmount: t.EscrowAmount.BigInt(),
	}
}

// batchLeaf is a receipt's leaf in its batch's Merkle tree: what the
// bridge contract proves refunds and callbacks against (bridge/commitment).
// The receipt and callback hashes are the caller's: the results path has
// them from signature recovery.
func batchLeaf(t *types.Task, r *types.Receipt, receiptHash, callbackHash common.Hash) common.Hash {
	return commitment.Leaf{
		Sequence: r.Sequence, TaskID: common.BytesToHash(r.TaskId), RecordHash: recordOf(t).Hash(), Status: uint8(r.Status),
		GasUsed: r.GasUsed, CallbackHash: callbackHash, ReceiptHash: receiptHash,
	}.Hash()
}
