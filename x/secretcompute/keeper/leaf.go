package keeper

import (
	"context"

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
// It commits to the record whose hash the receipt carries (record_hash).
// The receipt and callback hashes are the caller's: the results path has
// them from signature recovery.
func batchLeaf(r *types.Receipt, receiptHash, callbackHash common.Hash) common.Hash {
	return commitment.Leaf{
		Sequence: r.Sequence, TaskID: common.BytesToHash(r.TaskId), RecordHash: common.BytesToHash(r.RecordHash), Status: uint8(r.Status),
		GasUsed: r.GasUsed, CallbackHash: callbackHash, ReceiptHash: receiptHash,
	}.Hash()
}

// storeReceipt gives a receipt the next sequence, the fee token and record
// hash of rec (the record it answers: a task's, or a refused record's), and
// its batch leaf over the receipt hash and callback hash the caller already
// has, and stores it under its key (types.ReceiptKey) with the sequence
// pointing to that key. It is the one writer of new receipts.
func (k Keeper) storeReceipt(ctx context.Context, rec *types.Task, r *types.Receipt, receiptHash, callbackHash common.Hash) error {
	seq, err := k.NextSequence.Next(ctx)
	if err != nil {
		return err
	}
	r.Sequence = seq + 1 // sequences start at 1: LastBatched 0 means nothing batched
	r.FeeToken = common.BytesToAddress(rec.FeeToken).Bytes()
	r.RecordHash = recordOf(rec).Hash().Bytes()
	r.Leaf = batchLeaf(r, receiptHash, callbackHash).Bytes()
	key := types.ReceiptKey(r)
	if err := k.Receipts.Set(ctx, key, *r); err != nil {
		return err
	}
	return k.Sequences.Set(ctx, r.Sequence, key)
}
