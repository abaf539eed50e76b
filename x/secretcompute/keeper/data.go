package keeper

import (
	"bytes"
	"context"
	"errors"

	"cosmossdk.io/collections"

	errorsmod "cosmossdk.io/errors"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// CheckTaskData is the whole acceptance rule for task data, shared by the
// message handler and (later) the fee-less ante decorator: the record
// exists and awaits data, the data is the one the record paid for, it fits
// the size limits, and the named worker is selected for the contract in the
// named epoch, which is the current or the previous one (docs/design.md §2).
func (k Keeper) CheckTaskData(ctx context.Context, taskID []byte, kind types.TaskKind, epoch uint64, worker, envelope, bytecode []byte) (types.Task, error) {
	t, _, err := k.checkTaskData(ctx, taskID, kind, epoch, worker, envelope, bytecode)
	return t, err
}

// DataLimits are the params every task-data check reads.
type DataLimits struct {
	MaxTaskDataSize     uint64
	MaxBytecodeSize     uint64
	ResultTimeoutBlocks uint64
}

// DataLimits returns the params' limits on task data, decoded once per
// change of the params (internal/storememo): the same read, and gas, as
// Params.Get.
func (k Keeper) DataLimits(ctx context.Context) (DataLimits, error) {
	return k.limits.Get(ctx, k.storeService, types.ParamsKey.Bytes(), func(raw []byte) (DataLimits, error) {
		var p types.Params
		if err := k.cdc.Unmarshal(raw, &p); err != nil {
			return DataLimits{}, err
		}
		return DataLimits{MaxTaskDataSize: p.MaxTaskDataSize, MaxBytecodeSize: p.MaxBytecodeSize, ResultTimeoutBlocks: p.ResultTimeoutBlocks}, nil
	})
}

// checkTaskData is CheckTaskData, also returning the limits it read.
func (k Keeper) checkTaskData(ctx context.Context, taskID []byte, kind types.TaskKind, epoch uint64, worker, envelope, bytecode []byte) (types.Task, DataLimits, error) {
	t, err := k.task(ctx, taskID)
	if err != nil {
		return types.Task{}, DataLimits{}, err
	}
	if t.Kind != kind {
		return types.Task{}, DataLimits{}, types.ErrWrongKind.Wrapf("task %x is a %s", taskID, t.Kind)
	}
	if t.Status != types.TASK_STATUS_AWAITING_DATA {
		return types.Task{}, DataLimits{}, types.ErrDataPresent.Wrapf("task %x is %s", taskID, t.Status)
	}
	params, err := k.DataLimits(ctx)
	if err != nil {
		return types.Task{}, DataLimits{}, err
	}
	if uint64(len(envelope)) > params.MaxTaskDataSize {
		return types.Task{}, DataLimits{}, types.ErrTooLarge.Wrapf("task data of %d bytes, the limit is %d", len(envelope), params.MaxTaskDataSize)
	}
	if !bytes.Equal(ids.InputsHash(envelope).Bytes(), t.InputsHash) {
		return types.Task{}, DataLimits{}, types.ErrInputsHash
	}
	if kind == types.TASK_KIND_DEPLOY {
		if uint64(len(bytecode)) > params.MaxBytecodeSize {
			return types.Task{}, DataLimits{}, types.ErrTooLarge.Wrapf("bytecode of %d bytes, the limit is %d", len(bytecode), params.MaxBytecodeSize)
		}
		if !bytes.Equal(crypto.Keccak256(bytecode), t.CodeHash) {
			return types.Task{}, DataLimits{}, types.ErrCodeHash
		}
	} else if has, err := k.Contracts.Has(ctx, t.Contract); err != nil {
		return types.Task{}, DataLimits{}, err
	} else if !has {
		return types.Task{}, DataLimits{}, types.ErrUnknownContract.Wrapf("%x", t.Contract)
	}
	current, err := k.epochs.BlockEpoch(ctx)
	if err != nil {
		return types.Task{}, DataLimits{}, err
	}
	// Epochs are numbered from 1: 0 is no epoch (and would read as "the
	// current one" in selection).
	if epoch == 0 || (epoch != current && epoch+1 != current) {
		return types.Task{}, DataLimits{}, types.ErrEpoch.Wrapf("epoch %d named, current is %d", epoch, current)
	}
	if len(worker) != common.AddressLength {
		return types.Task{}, DataLimits{}, types.ErrMalformed.Wrap("worker must be a 20-byte enclave address")
	}
	group, _, err := k.registry.Selected(ctx, common.BytesToAddress(t.Contract), epoch)
	var refused *errorsmod.Error
	if errors.As(err, &refused) {
		// No worker set or no staked worker for that epoch: nobody is selected.
		return types.Task{}, DataLimits{}, types.ErrNotSelected.Wrap(err.Error())
	} else if err != nil {
		return types.Task{}, DataLimits{}, err
	}
	for _, w := range group {
		if bytes.Equal(w.Bytes(), worker) {
			return t, params, nil
		}
	}
	return types.Task{}, DataLimits{}, types.ErrNotSelected.Wrapf("%s in epoch %d", common.BytesToAddress(worker), epoch)
}

// SubmitData stores checked task data and assigns the task.
func (k Keeper) SubmitData(ctx context.Context, taskID []byte, kind types.TaskKind, epoch uint64, worker, envelope, bytecode []byte) error {
	t, params, err := k.checkTaskData(ctx, taskID, kind, epoch, worker, envelope, bytecode)
	if err != nil {
		return err
	}
	t.Status, t.Epoch, t.Worker, t.Data, t.Bytecode = types.TASK_STATUS_PENDING, epoch, worker, envelope, bytecode
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	if err := k.setDeadline(ctx, &t, height+int64(params.ResultTimeoutBlocks)); err != nil {
		return err
	}
	if err := k.Tasks.Set(ctx, t.Id, t); err != nil {
		return err
	}
	if err := k.Assigned.Set(ctx, collections.Join(worker, t.Id)); err != nil {
		return err
	}
	emitTaskAssigned(ctx, t.Id, t.Contract, epoch, worker)
	return nil
}

// MaxFeelessMessages is the most task-data messages a fee-less transaction
// may carry.
const MaxFeelessMessages = 16

// feelessOverhead is what a fee-less transaction may carry beyond its task
// data and bytecode: signatures, keys, addresses, encoding.
const feelessOverhead = 64 << 10

// CheckFeelessTx bounds a transaction that pays no fee: at most
// MaxFeelessMessages messages and at most max(1 MiB, the largest single
// deployment's data and bytecode plus overhead) bytes, so that its CheckTx
// cost is bounded and one transaction cannot fill a block.
func (k Keeper) CheckFeelessTx(ctx context.Context, messages, size int) error {
	if messages > MaxFeelessMessages {
		return types.ErrTooLarge.Wrapf("a fee-less transaction carries at most %d messages, this one %d", MaxFeelessMessages, messages)
	}
	params, err := k.DataLimits(ctx)
	if err != nil {
		return err
	}
	limit := max(1<<20, params.MaxTaskDataSize+params.MaxBytecodeSize+feelessOverhead)
	if uint64(size) > limit {
		return types.ErrTooLarge.Wrapf("a fee-less transaction is at most %d bytes, this one %d", limit, size)
	}
	return nil
}

// ClaimTaskData records that a transaction carries data for a task, and
// refuses a second one while the first is in the mempool or earlier in the
// block being proposed: only one of them could put the data on chain, and
// the other would fail in the block having paid nothing. Claims are kept
// in CheckTx's state (rebuilt by ReCheckTx after every block, as account
// sequences are) and in the proposal states of PrepareProposal and
// ProcessProposal; in block execution the message handler's own check
// (the task no longer awaits data) decides, and nothing is written.
func (k Keeper) ClaimTaskData(ctx context.Context, taskID []byte) error {
	switch sdk.UnwrapSDKContext(ctx).ExecMode() {
	case sdk.ExecModeCheck, sdk.ExecModeReCheck, sdk.ExecModeSimulate, sdk.ExecModePrepareProposal, sdk.ExecModeProcessProposal:
	default:
		return nil // block execution (and anything else) keeps no claims
	}
	if has, err := k.Claims.Has(ctx, taskID); err != nil {
		return err
	} else if has {
		return types.ErrDataPresent.Wrapf("another transaction already carries data for task %x", taskID)
	}
	return k.Claims.Set(ctx, taskID)
}
