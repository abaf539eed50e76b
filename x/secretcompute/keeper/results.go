package keeper

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
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

// ApplyResults applies each result on its own: a bad one is refused (its
// error returned in its slot and emitted as EventResultRejected) and the
// others go on. If an accepted receipt asks for an Ethereum callback, a
// batch is closed at once so that the callback can be executed soon.
func (k Keeper) ApplyResults(ctx context.Context, results []types.Result) ([]string, []uint32, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, nil, err
	}
	if uint64(len(results)) > params.MaxResultsPerMsg {
		return nil, nil, types.ErrTooLarge.Wrapf("%d results in one message, the limit is %d", len(results), params.MaxResultsPerMsg)
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	// The receipt an enclave signed commits to the task as it ran it; the
	// chain puts in the task as it recorded it, so that a signature over a
	// run on other values (another sender, a smaller gas limit) does not
	// verify. Tasks are read here, before the parallel recovery, which must
	// not touch the store. Each task is read once (a record holds its
	// envelope, up to the data size limit, and reads are paid per byte):
	// commitResult takes the task read here, unless an earlier result of
	// the same message named the same task and may have changed it.
	// The task hash is of fields fixed when the task was recorded, so a
	// task named again keeps the hash of its first read.
	taskHashes := make([]common.Hash, len(results))
	tasks := make([]*types.Task, len(results))
	named := make(map[string]common.Hash, len(results))
	for i := range results {
		id := string(results[i].TaskId)
		if len(id) != common.HashLength {
			continue // refused by commitResult
		}
		if h, ok := named[id]; ok {
			taskHashes[i] = h // read again in commitResult
			continue
		}
		t, err := k.Tasks.Get(ctx, results[i].TaskId)
		switch {
		case errors.Is(err, collections.ErrNotFound):
			continue // refused by commitResult
		case err != nil:
			return nil, nil, err
		}
		tasks[i], taskHashes[i] = &t, types.TaskHashOf(&t)
		named[id] = taskHashes[i]
	}
	signed := recoverSigners(sdkCtx, results, taskHashes)
	errs := make([]string, len(results))
	codes := make([]uint32, len(results))
	callback := false
	for i := range results {
		cacheCtx, write := sdkCtx.CacheContext()
		r := &results[i]
		if err := k.commitResult(cacheCtx, r, tasks[i], signed[i]); err != nil {
			code, ok := refusalCode(err)
			if !ok {
				return nil, nil, err // a store failure, not this result's fault
			}
			errs[i], codes[i] = err.Error(), code
			if err := emit(ctx, &types.EventResultRejected{TaskId: hexOf(r.TaskId), Error: err.Error(), Code: code}); err != nil {
				return nil, nil, err
			}
			continue
		}
		write()
		callback = callback || len(r.CallbackTarget) > 0
	}
	if callback {
		if _, err := k.CloseBatch(ctx); err != nil {
			return nil, nil, err
		}
	}
	return errs, codes, nil
}

// refusalCode returns the code of err when it is one of this module's
// registered errors: a refusal of one result, which the others in the
// message survive. Anything else is a failure of the node (the store) and
// fails the whole message.
func refusalCode(err error) (uint32, bool) {
	var reg *errorsmod.Error
	if errors.As(err, &reg) && reg.Codespace() == types.ModuleName {
		return reg.ABCICode(), true
	}
	return 0, false
}

// signedReceipt is the receipt a result describes with its recovered
// signer, or why the signer could not be recovered, and the receipt's hash
// and callback hash, which its batch leaf reuses.
type signedReceipt struct {
	receipt  types.Receipt
	signer   common.Address
	err      error
	hash     common.Hash
	callback common.Hash
}

// errUnrecoverable is the error of a result whose recovery panicked. It is
// the same on every node whatever the panic said, since a result's error is
// part of the transaction's result, which consensus hashes.
var errUnrecoverable = errors.New("the receipt's fields or signature cannot be read")

// recoverSigners recovers every receipt's signer on all cores at once: it is
// most of the cost of a result, each is independent of the others and of the
// state, and the outcome is the same whatever the order. A panic inside one
// recovery (a malformed input nothing else caught) becomes that result's
// error: it must not escape the goroutine, where baseapp's recovery cannot
// catch it and it would stop every node on the same block.
func recoverSigners(ctx sdk.Context, results []types.Result, taskHashes []common.Hash) []signedReceipt {
	out := make([]signedReceipt, len(results))
	workers := min(runtime.GOMAXPROCS(0), len(results))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = recoverSigner(ctx, &results[i], taskHashes[i])
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

// recoverSigner recovers one result's signer; see recoverSigners.
func recoverSigner(ctx sdk.Context, r *types.Result, taskHash common.Hash) (out signedReceipt) {
	defer func() {
		if p := recover(); p != nil {
			out = signedReceipt{err: errUnrecoverable}
			logPanic(ctx, r.TaskId, p)
		}
	}()
	out.receipt = r.Receipt()
	out.receipt.TaskHash = taskHash.Bytes()
	rc := out.receipt.EnclaveReceipt()
	out.hash, out.callback = rc.Hash(), rc.CallbackHash
	out.signer, out.err = receipt.SignerOf(ctx.ChainID(), out.hash, r.Signature)
	return out
}

// logPanic logs a recovered panic with its stack. It must not panic
// itself (it runs in a goroutine, outside baseapp's recovery): the value is
// formatted by fmt, which recovers from a panicking String or Error method,
// and anything the logger does wrong is dropped.
func logPanic(ctx sdk.Context, taskID []byte, p any) {
	defer func() { _ = recover() }()
	ctx.Logger().Error("receipt recovery panicked; the result is refused", "task", hexOf(taskID), "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
}

// commitResult applies one result. read is its task as ApplyResults read
// it, or nil when it must be read here (a task id of the wrong length or
// unknown, or named again by the same message).
func (k Keeper) commitResult(ctx context.Context, r *types.Result, read *types.Task, sig signedReceipt) error {
	var t types.Task
	if read != nil {
		t = *read
	} else {
		var err error
		if t, err = k.task(ctx, r.TaskId); err != nil {
			return err
		}
	}
	if t.Status != types.TASK_STATUS_PENDING {
		return types.ErrNotPending.Wrapf("task %x is %s", r.TaskId, t.Status)
	}
	if !bytes.Equal(r.Contract, t.Contract) {
		return types.ErrMalformed.Wrap("the result names another contract")
	}
	if !bytes.Equal(r.Worker, t.Worker) {
		return types.ErrWrongWorker.Wrapf("task assigned to %x", t.Worker)
	}
	if r.Status > uint32(receipt.StatusEscrowMismatch) {
		return types.ErrMalformed.Wrapf("status %d cannot come from an enclave", r.Status)
	}
	if len(r.OutputHash) != common.HashLength || len(r.DeltaHash) != common.HashLength {
		return types.ErrMalformed.Wrap("output and delta hashes must be 32 bytes (zero when absent)")
	}
	if len(r.CallbackTarget) != 0 && len(r.CallbackTarget) != common.AddressLength || len(r.CallbackTarget) == 0 && len(r.CallbackData) != 0 {
		return types.ErrMalformed.Wrap("a callback needs a 20-byte target")
	}
	if sig.err != nil {
		return types.ErrSignature.Wrap(sig.err.Error())
	}
	if sig.signer != common.BytesToAddress(t.Worker) {
		return types.ErrSignature.Wrapf("signed by %s, not by the assigned worker", sig.signer)
	}
	// The receipt names the state the task ran on; it must be the state the
	// chain's log is at (none, for a deployment), or a worker could end a
	// task with a failure it got on a state of its making.
	head := common.Hash{}
	if t.Kind == types.TASK_KIND_CALL {
		c, err := k.contract(ctx, t.Contract)
		if err != nil {
			return err
		}
		head = common.BytesToHash(c.HeadHash)
	}
	if common.BytesToHash(r.PrevHash) != head && !estimating(ctx) {
		return types.ErrDeltaChain.Wrapf("the task ran on state %x, the contract's log is at %x", r.PrevHash, head.Bytes())
	}
	var wantOutput common.Hash
	if len(r.Output) > 0 {
		wantOutput = crypto.Keccak256Hash(r.Output)
	}
	if common.BytesToHash(r.OutputHash) != wantOutput {
		return types.ErrMalformed.Wrap("the output does not match the receipt's output hash")
	}
	if r.GasUsed > t.GasLimit {
		return types.ErrMalformed.Wrap("gas used exceeds the record's gas limit")
	}

	success := receipt.Status(r.Status) == receipt.StatusSuccess
	if t.Kind == types.TASK_KIND_DEPLOY && success {
		// A deployment's first delta carries the runtime code, so it always has one.
		if len(r.Delta) == 0 {
			return types.ErrDeltaChain.Wrap("a successful deployment carries its first delta")
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
			return types.ErrDeltaChain.Wrap("a failed task has no delta")
		}
		if err := k.appendDelta(ctx, t, r); err != nil {
			return err
		}
	case common.BytesToHash(r.DeltaHash) != (common.Hash{}):
		return types.ErrDeltaChain.Wrap("the receipt names a delta that is not there")
	}

	stored := sig.receipt
	stored.Fee = t.GasPrice.Mul(sdkmath.NewIntFromUint64(r.GasUsed))
	if err := k.finish(ctx, &t, stored, success, sig.hash, sig.callback); err != nil {
		return err
	}
	if success {
		emitTaskCompleted(ctx, t.Id, t.Contract, r.GasUsed)
		return nil
	}
	return emit(ctx, &types.EventTaskFailed{TaskId: hexOf(t.Id), Contract: hexOf(t.Contract), Status: receipt.Status(r.Status).String()})
}

// finish stores a task's receipt at the next sequence (storeReceipt) and
// closes the task: DONE on success, FAILED otherwise, off the deadline index.
func (k Keeper) finish(ctx context.Context, t *types.Task, r types.Receipt, success bool, receiptHash, callbackHash common.Hash) error {
	if err := k.storeReceipt(ctx, t, &r, receiptHash, callbackHash); err != nil {
		return err
	}
	if t.Status == types.TASK_STATUS_PENDING {
		if err := k.Assigned.Remove(ctx, collections.Join(t.Worker, t.Id)); err != nil {
			return err
		}
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

// estimating reports a simulation (a gas estimate). A simulation takes a
// result's place in the contract's log (its delta index and the state it
// ran on) as given: a worker estimates the gas of results that extend its
// own results still on their way to a block, which the simulated state
// does not hold yet, and those must cost what they will cost in the block,
// not the refusal's cheap path. Nothing a simulation does is kept, and
// every other check (the receipt's signature over these very values
// included) still runs.
func estimating(ctx context.Context) bool {
	return sdk.UnwrapSDKContext(ctx).ExecMode() == sdk.ExecModeSimulate
}

// appendDelta checks that the delta extends the contract's chain.
func (k Keeper) appendDelta(ctx context.Context, t types.Task, r *types.Result) error {
	c, err := k.contract(ctx, t.Contract)
	if err != nil {
		return err
	}
	if len(r.Delta) > deltas.MaxSealedSize {
		return types.ErrTooLarge.Wrapf("delta of %d bytes", len(r.Delta))
	}
	if (r.DeltaIndex != c.NextDelta || !bytes.Equal(r.PrevHash, c.HeadHash)) && !estimating(ctx) {
		return types.ErrDeltaChain.Wrapf("delta %d on %x, but the log is at %d with head %x", r.DeltaIndex, r.PrevHash, c.NextDelta, c.HeadHash)
	}
	if deltas.Hash(r.Delta) != common.BytesToHash(r.DeltaHash) {
		return types.ErrDeltaChain.Wrap("the delta does not match the receipt's delta hash")
	}
	d := types.Delta{Contract: t.Contract, Index: r.DeltaIndex, PrevHash: c.HeadHash, Sealed: r.Delta, Hash: r.DeltaHash, TaskId: t.Id}
	if err := k.Deltas.Set(ctx, collections.Join(t.Contract, r.DeltaIndex), d); err != nil {
		return err
	}
	c.NextDelta, c.HeadHash = r.DeltaIndex+1, r.DeltaHash
	if err := k.Contracts.Set(ctx, c.Address, c); err != nil {
		return err
	}
	emitDeltaAppended(ctx, c.Address, d.Index, d.Hash)
	return nil
}
