package keeper

import (
	"bytes"
	"context"
	"runtime"
	"sync"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/deltas"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// CommitResults applies each result on its own: a bad one is refused (its
// error returned in its slot and emitted as EventResultRejected) and the
// others go on. If an accepted receipt asks for an Ethereum callback, a
// batch is closed at once so that the callback can be executed soon.
func (k Keeper) CommitResults(ctx context.Context, results []types.Result) ([]string, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if uint64(len(results)) > params.MaxResultsPerMsg {
		return nil, errorsmod.Wrapf(types.ErrTooLarge, "%d results in one message, the limit is %d", len(results), params.MaxResultsPerMsg)
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	signers := recoverSigners(results)
	errs := make([]string, len(results))
	callback := false
	for i := range results {
		cacheCtx, write := sdkCtx.CacheContext()
		r := &results[i]
		if err := k.commitResult(cacheCtx, r, signers[i]); err != nil {
			errs[i] = err.Error()
			if err := emit(ctx, &types.EventResultRejected{TaskId: hexOf(r.TaskId), Error: err.Error()}); err != nil {
				return nil, err
			}
			continue
		}
		write()
		callback = callback || len(r.CallbackTarget) > 0
	}
	if callback {
		if _, err := k.CloseBatch(ctx); err != nil {
			return nil, err
		}
	}
	return errs, nil
}

// signer is a receipt's recovered signer, or why it could not be recovered,
// with the receipt's hash and callback hash, which its batch leaf reuses.
type signer struct {
	addr     common.Address
	err      error
	hash     common.Hash
	callback common.Hash
}

// recoverSigners recovers every receipt's signer on all cores at once: it is
// most of the cost of a result, each is independent of the others and of the
// state, and the outcome is the same whatever the order.
func recoverSigners(results []types.Result) []signer {
	out := make([]signer, len(results))
	workers := min(runtime.GOMAXPROCS(0), len(results))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				rc := receiptOf(&results[i])
				out[i].hash, out[i].callback = rc.Hash(), rc.CallbackHash
				out[i].addr, out[i].err = receipt.SignerOf(out[i].hash, results[i].Signature)
			}
		}()
	}
	for i := range results {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// receiptOf is the receipt a result's fields describe (hash fields of the
// wrong length are caught before the signature is used).
func receiptOf(r *types.Result) receipt.Receipt {
	return receipt.Receipt{
		TaskID: common.BytesToHash(r.TaskId), Contract: common.BytesToAddress(r.Contract), Status: receipt.Status(r.Status),
		OutputHash: common.BytesToHash(r.OutputHash), DeltaIndex: r.DeltaIndex, DeltaHash: common.BytesToHash(r.DeltaHash),
		GasUsed: r.GasUsed, Worker: common.BytesToAddress(r.Worker), CallbackHash: callbackHash(r.CallbackTarget, r.CallbackData),
	}
}

func (k Keeper) commitResult(ctx context.Context, r *types.Result, sig signer) error {
	t, err := k.Tasks.Get(ctx, r.TaskId)
	if err != nil {
		return errorsmod.Wrapf(types.ErrUnknownTask, "%x", r.TaskId)
	}
	if t.Status != types.TASK_STATUS_PENDING {
		return errorsmod.Wrapf(types.ErrNotPending, "task %x is %s", r.TaskId, t.Status)
	}
	if !bytes.Equal(r.Contract, t.Contract) {
		return errorsmod.Wrap(types.ErrMalformed, "the result names another contract")
	}
	if !bytes.Equal(r.Worker, t.Worker) {
		return errorsmod.Wrapf(types.ErrWrongWorker, "task assigned to %x", t.Worker)
	}
	if r.Status > uint32(receipt.StatusEscrowMismatch) {
		return errorsmod.Wrapf(types.ErrMalformed, "status %d cannot come from an enclave", r.Status)
	}
	if len(r.OutputHash) != common.HashLength || len(r.DeltaHash) != common.HashLength {
		return errorsmod.Wrap(types.ErrMalformed, "output and delta hashes must be 32 bytes (zero when absent)")
	}
	if len(r.CallbackTarget) != 0 && len(r.CallbackTarget) != common.AddressLength || len(r.CallbackTarget) == 0 && len(r.CallbackData) != 0 {
		return errorsmod.Wrap(types.ErrMalformed, "a callback needs a 20-byte target")
	}
	rc := receiptOf(r)
	if sig.err != nil {
		return errorsmod.Wrap(types.ErrSignature, sig.err.Error())
	}
	if sig.addr != common.BytesToAddress(t.Worker) {
		return errorsmod.Wrapf(types.ErrSignature, "signed by %s, not by the assigned worker", sig.addr)
	}
	var wantOutput common.Hash
	if len(r.Output) > 0 {
		wantOutput = crypto.Keccak256Hash(r.Output)
	}
	if rc.OutputHash != wantOutput {
		return errorsmod.Wrap(types.ErrMalformed, "the output does not match the receipt's output hash")
	}
	if r.GasUsed > t.GasLimit {
		return errorsmod.Wrap(types.ErrMalformed, "gas used exceeds the record's gas limit")
	}

	success := rc.Status == receipt.StatusSuccess
	if t.Kind == types.TASK_KIND_DEPLOY && success {
		// A deployment's first delta carries the runtime code, so it always has one.
		if len(r.Delta) == 0 {
			return errorsmod.Wrap(types.ErrDeltaChain, "a successful deployment carries its first delta")
		}
		if err := k.Contracts.Set(ctx, t.Contract, types.SecretContract{
			Address: t.Contract, CodeHash: t.CodeHash, Deployer: t.Sender, DeployTaskId: t.Id, HeadHash: common.Hash{}.Bytes(), Bytecode: t.Bytecode,
		}); err != nil {
			return err
		}
	}
	switch {
	case len(r.Delta) > 0:
		if !success {
			return errorsmod.Wrap(types.ErrDeltaChain, "a failed task has no delta")
		}
		if err := k.appendDelta(ctx, t, r, rc); err != nil {
			return err
		}
	case rc.DeltaHash != (common.Hash{}):
		return errorsmod.Wrap(types.ErrDeltaChain, "the receipt names a delta that is not there")
	}

	stored := types.Receipt{
		TaskId: r.TaskId, Contract: r.Contract, Status: r.Status, OutputHash: r.OutputHash, DeltaIndex: r.DeltaIndex,
		DeltaHash: r.DeltaHash, GasUsed: r.GasUsed, Worker: r.Worker, Signature: r.Signature, Output: r.Output,
		CallbackTarget: r.CallbackTarget, CallbackData: r.CallbackData,
		Fee: t.GasPrice.Mul(sdkmath.NewIntFromUint64(r.GasUsed)),
	}
	if err := k.finish(ctx, &t, stored, success, sig.hash, sig.callback); err != nil {
		return err
	}
	if success {
		emitTaskCompleted(ctx, t.Id, t.Contract, r.GasUsed)
		return nil
	}
	return emit(ctx, &types.EventTaskFailed{TaskId: hexOf(t.Id), Contract: hexOf(t.Contract), Status: rc.Status.String()})
}

// finish stores a task's receipt at the next sequence, with its batch leaf
// over the receipt hash and callback hash the caller already has, and closes
// the task: DONE on success, FAILED otherwise, off the deadline index.
func (k Keeper) finish(ctx context.Context, t *types.Task, r types.Receipt, success bool, receiptHash, callbackHash common.Hash) error {
	seq, err := k.NextSequence.Next(ctx)
	if err != nil {
		return err
	}
	r.Sequence = seq + 1 // sequences start at 1: LastBatched 0 means nothing batched
	r.FeeToken = common.BytesToAddress(t.FeeToken).Bytes()
	r.Leaf = batchLeaf(t, &r, receiptHash, callbackHash).Bytes()
	if err := k.Receipts.Set(ctx, t.Id, r); err != nil {
		return err
	}
	if err := k.Sequences.Set(ctx, r.Sequence, t.Id); err != nil {
		return err
	}
	t.Status = types.TASK_STATUS_FAILED
	if success {
		t.Status = types.TASK_STATUS_DONE
	}
	if err := k.setDeadline(ctx, t, 0); err != nil {
		return err
	}
	return k.Tasks.Set(ctx, t.Id, *t)
}

// appendDelta checks that the delta extends the contract's chain.
func (k Keeper) appendDelta(ctx context.Context, t types.Task, r *types.Result, rc receipt.Receipt) error {
	c, err := k.Contracts.Get(ctx, t.Contract)
	if err != nil {
		return errorsmod.Wrapf(types.ErrUnknownContract, "%x", t.Contract)
	}
	if len(r.Delta) > deltas.MaxSealedSize {
		return errorsmod.Wrapf(types.ErrTooLarge, "delta of %d bytes", len(r.Delta))
	}
	if r.DeltaIndex != c.NextDelta || !bytes.Equal(r.PrevHash, c.HeadHash) {
		return errorsmod.Wrapf(types.ErrDeltaChain, "delta %d on %x, but the log is at %d with head %x", r.DeltaIndex, r.PrevHash, c.NextDelta, c.HeadHash)
	}
	if deltas.Hash(r.Delta) != rc.DeltaHash {
		return errorsmod.Wrap(types.ErrDeltaChain, "the delta does not match the receipt's delta hash")
	}
	d := types.Delta{Contract: t.Contract, Index: r.DeltaIndex, PrevHash: c.HeadHash, Sealed: r.Delta, Hash: rc.DeltaHash.Bytes(), TaskId: t.Id}
	if err := k.Deltas.Set(ctx, collections.Join(t.Contract, r.DeltaIndex), d); err != nil {
		return err
	}
	c.NextDelta, c.HeadHash = r.DeltaIndex+1, rc.DeltaHash.Bytes()
	if err := k.Contracts.Set(ctx, c.Address, c); err != nil {
		return err
	}
	emitDeltaAppended(ctx, c.Address, d.Index, d.Hash)
	return nil
}
