// Package ante lets task data in without fees when, and only when, it is
// the data a paid, attested task record is waiting for (docs/design.md §2
// step 5: the Ethereum fee is the anti-spam), and only as much of it as
// will put awaited data on chain:
//
//   - every task-data message must pass the module's CheckTaskData, and a
//     transaction names each task at most once;
//   - a task may have its data in one transaction of the mempool (or of the
//     block being proposed) at a time (Keeper.ClaimTaskData);
//   - a transaction made only of task data is fee-less, and then carries at
//     most MaxFeelessMessages messages and a bounded number of bytes.
//
// A refusal happens here, in CheckTx, before the transaction reaches a
// block; the app's proposal handlers run the same checks so that no
// proposer can put a failing fee-less transaction in a block either.
// Everything else takes the standard chain.
package ante

import (
	"context"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// TaskDataChecker is the module's acceptance rule for task data.
type TaskDataChecker interface {
	CheckTaskData(ctx context.Context, taskID []byte, kind types.TaskKind, epoch uint64, worker, envelope, bytecode []byte) (types.Task, error)
	ClaimTaskData(ctx context.Context, taskID []byte) error
	CheckFeelessTx(ctx context.Context, messages, size int) error
}

// NewHandler routes transactions between the standard ante chain and the
// fee-less one (the standard one without fee deduction and the minimum gas
// price check).
func NewHandler(standard, feeless sdk.AnteHandler, checker TaskDataChecker) sdk.AnteHandler {
	return func(ctx sdk.Context, tx sdk.Tx, simulate bool) (sdk.Context, error) {
		msgs := tx.GetMsgs()
		taskData := 0
		for _, m := range msgs {
			switch m.(type) {
			case *types.MsgSubmitTaskData, *types.MsgSubmitDeployData:
				taskData++
			}
		}
		if taskData == 0 {
			return standard(ctx, tx, simulate)
		}
		isFeeless := taskData == len(msgs)
		// Bounded first, so that an oversized transaction costs no checks.
		if isFeeless {
			if err := checker.CheckFeelessTx(ctx, len(msgs), len(ctx.TxBytes())); err != nil {
				return ctx, errorsmod.Wrap(err, "task data refused")
			}
		}
		named := make(map[string]bool, taskData)
		for _, m := range msgs {
			var id []byte
			var err error
			switch msg := m.(type) {
			case *types.MsgSubmitTaskData:
				id = msg.TaskId
				_, err = checker.CheckTaskData(ctx, msg.TaskId, types.TASK_KIND_CALL, msg.Epoch, msg.Worker, msg.Envelope, nil)
			case *types.MsgSubmitDeployData:
				id = msg.TaskId
				_, err = checker.CheckTaskData(ctx, msg.TaskId, types.TASK_KIND_DEPLOY, msg.Epoch, msg.Worker, msg.Envelope, msg.Bytecode)
			default:
				continue
			}
			if err == nil && named[string(id)] {
				err = types.ErrDataPresent.Wrapf("task %x is named twice in one transaction", id)
			}
			if err == nil {
				err = checker.ClaimTaskData(ctx, id)
			}
			if err != nil {
				return ctx, errorsmod.Wrap(err, "task data refused")
			}
			named[string(id)] = true
		}
		if isFeeless {
			return feeless(ctx, tx, simulate)
		}
		return standard(ctx, tx, simulate)
	}
}
