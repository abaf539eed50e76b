package keeper

import (
	"bytes"
	"context"
	"errors"
	"sort"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/secretcompute/merkle"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// batchReceipts returns the receipts with sequences in [first, last], in order.
func (k Keeper) batchReceipts(ctx context.Context, first, last uint64) ([]types.Receipt, error) {
	it, err := k.Sequences.Iterate(ctx, new(collections.Range[uint64]).StartInclusive(first).EndInclusive(last))
	if err != nil {
		return nil, err
	}
	kvs, err := it.KeyValues()
	if err != nil {
		return nil, err
	}
	rs := make([]types.Receipt, len(kvs))
	for i, kv := range kvs {
		if kv.Key != first+uint64(i) {
			return nil, errors.New("secretcompute: receipt sequences are not contiguous")
		}
		if rs[i], err = k.Receipts.Get(ctx, kv.Value); err != nil {
			return nil, err
		}
	}
	return rs, nil
}

// CloseBatch closes batches over the receipts committed since the last
// one, at most max_batch_receipts each: the Merkle root of their leaves in
// commit order and each worker's fee total per fee token. It returns the
// nonce of the last batch closed, 0 when there is nothing to batch.
func (k Keeper) CloseBatch(ctx context.Context) (uint64, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return 0, err
	}
	var nonce uint64
	for {
		closed, err := k.closeOne(ctx, params.MaxBatchReceipts)
		if err != nil || closed == 0 {
			return nonce, err
		}
		nonce = closed
	}
}

// closeOne closes one batch of at most limit receipts, or none (nonce 0).
func (k Keeper) closeOne(ctx context.Context, limit uint64) (uint64, error) {
	last, err := k.LastBatched.Get(ctx)
	if err != nil && !errors.Is(err, collections.ErrNotFound) {
		return 0, err
	}
	next, err := k.NextSequence.Peek(ctx)
	if err != nil {
		return 0, err
	}
	newest := next // the highest sequence given out (sequences start at 1)
	if newest <= last {
		return 0, nil
	}
	newest = min(newest, last+limit)
	receipts, err := k.batchReceipts(ctx, last+1, newest)
	if err != nil {
		return 0, err
	}
	nonce, err := k.NextBatch.Next(ctx)
	if err != nil {
		return 0, err
	}
	nonce++ // batch nonces start at 1, as the bridge contract expects
	leaves := make([]common.Hash, len(receipts))
	// Fee totals per payout address and fee token, keyed by payout ||
	// token: each worker is credited at the address its operator named
	// (x/registry), or its enclave address.
	fees := map[string]sdkmath.Int{}
	payouts := map[string][]byte{}
	for i, r := range receipts {
		leaves[i] = common.BytesToHash(r.Leaf)
		if r.Fee.IsPositive() {
			payout, ok := payouts[string(r.Worker)]
			if !ok {
				if payout, err = k.registry.PayoutOf(ctx, r.Worker); err != nil {
					return 0, err
				}
				payouts[string(r.Worker)] = payout
			}
			key := string(payout) + string(common.BytesToAddress(r.FeeToken).Bytes())
			if cur, ok := fees[key]; ok {
				fees[key] = cur.Add(r.Fee)
			} else {
				fees[key] = r.Fee
			}
		}
		r.Batch = nonce
		if err := k.Receipts.Set(ctx, types.ReceiptKey(&r), r); err != nil {
			return 0, err
		}
	}
	root, err := merkle.Root(leaves)
	if err != nil {
		return 0, err
	}
	b := types.Batch{Nonce: nonce, Root: root.Bytes(), FirstSequence: last + 1, LastSequence: newest, Height: sdk.UnwrapSDKContext(ctx).BlockHeight()}
	if cur, err := k.epochs.CurrentEpoch(ctx); err == nil {
		b.Epoch = cur.Number
	}
	for key, amt := range fees {
		split := len(key) - common.AddressLength
		b.Fees = append(b.Fees, types.WorkerFee{Worker: []byte(key[:split]), Token: []byte(key[split:]), Amount: amt})
	}
	sort.Slice(b.Fees, func(i, j int) bool {
		if c := bytes.Compare(b.Fees[i].Worker, b.Fees[j].Worker); c != 0 {
			return c < 0
		}
		return bytes.Compare(b.Fees[i].Token, b.Fees[j].Token) < 0
	})
	if err := k.Batches.Set(ctx, nonce, b); err != nil {
		return 0, err
	}
	if err := k.LastBatched.Set(ctx, newest); err != nil {
		return 0, err
	}
	return nonce, emit(ctx, &types.EventBatchClosed{Nonce: nonce, Root: root.Hex(), Receipts: uint64(len(receipts))})
}

// ReceiptProof returns the batch of a task's own receipt, the receipt, and
// its Merkle proof against the batch root.
func (k Keeper) ReceiptProof(ctx context.Context, taskID []byte) (types.Batch, types.Receipt, []common.Hash, error) {
	return k.ReceiptProofAt(ctx, taskID, 0)
}

// ReceiptProofAt is ReceiptProof for the receipt at sequence, which must be
// one of taskID's (ErrNotFound otherwise): a refused record's receipt has
// the task id of the record but a key of its own. Sequence 0 names the
// task's own receipt.
func (k Keeper) ReceiptProofAt(ctx context.Context, taskID []byte, sequence uint64) (types.Batch, types.Receipt, []common.Hash, error) {
	key := taskID
	if sequence != 0 {
		var err error
		key, err = k.Sequences.Get(ctx, sequence)
		if errors.Is(err, collections.ErrNotFound) {
			return types.Batch{}, types.Receipt{}, nil, types.ErrNotFound.Wrapf("no receipt at sequence %d", sequence)
		} else if err != nil {
			return types.Batch{}, types.Receipt{}, nil, err
		}
	}
	r, err := k.Receipts.Get(ctx, key)
	if errors.Is(err, collections.ErrNotFound) {
		return types.Batch{}, types.Receipt{}, nil, types.ErrNotFound.Wrap("no receipt for this task")
	} else if err != nil {
		return types.Batch{}, types.Receipt{}, nil, err
	}
	if !bytes.Equal(r.TaskId, taskID) {
		return types.Batch{}, types.Receipt{}, nil, types.ErrNotFound.Wrapf("the receipt at sequence %d is another task's", sequence)
	}
	if r.Batch == 0 {
		return types.Batch{}, r, nil, types.ErrNotFound.Wrap("the receipt is not in a batch yet")
	}
	b, err := k.Batches.Get(ctx, r.Batch)
	if err != nil {
		return types.Batch{}, r, nil, err
	}
	receipts, err := k.batchReceipts(ctx, b.FirstSequence, b.LastSequence)
	if err != nil {
		return b, r, nil, err
	}
	leaves := make([]common.Hash, len(receipts))
	for i, x := range receipts {
		leaves[i] = common.BytesToHash(x.Leaf)
	}
	proof, err := merkle.Proof(leaves, int(r.Sequence-b.FirstSequence))
	return b, r, proof, err
}

// GetBatch returns a closed batch; ErrNotFound if there is none with nonce.
func (k Keeper) GetBatch(ctx context.Context, nonce uint64) (types.Batch, error) {
	b, err := k.Batches.Get(ctx, nonce)
	if errors.Is(err, collections.ErrNotFound) {
		return b, types.ErrNotFound.Wrapf("batch %d", nonce)
	}
	return b, err
}

// LastBatchNonce returns the nonce of the newest closed batch, 0 before
// the first.
func (k Keeper) LastBatchNonce(ctx context.Context) (uint64, error) {
	return k.NextBatch.Peek(ctx)
}
