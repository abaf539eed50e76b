// Package ante lets task data in without fees when, and only when, it is
// the data a paid, attested task record is waiting for (docs/design.md §2 step
// 5: the Ethereum fee is the anti-spam). A transaction made only of
// MsgSubmitTaskData and MsgSubmitDeployData that all pass the module's
// CheckTaskData goes through the fee-less chain; any such message that does
// not pass is refused here, in CheckTx, before it reaches a block.
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
}

// NewHandler routes transactions between the standard ante chain and the
// fee-less one (the standard one without fee deduction and the minimum gas
// price check).
func NewHandler(standard, feeless sdk.AnteHandler, checker TaskDataChecker) sdk.AnteHandler {
	return func(ctx sdk.Context, tx sdk.Tx, simulate bool) (sdk.Context, error) {
		msgs := tx.GetMsgs()
		taskData := 0
		for _, m := range msgs {
			var err error
			switch msg := m.(type) {
			case *types.MsgSubmitTaskData:
				_, err = checker.CheckTaskData(ctx, msg.TaskId, types.TASK_KIND_CALL, msg.Epoch, msg.Worker, msg.Envelope, nil)
			case *types.MsgSubmitDeployData:
				_, err = checker.CheckTaskData(ctx, msg.TaskId, types.TASK_KIND_DEPLOY, msg.Epoch, msg.Worker, msg.Envelope, msg.Bytecode)
			default:
				continue
			}
			if err != nil {
				return ctx, errorsmod.Wrap(err, "task data refused")
			}
			taskData++
		}
		if taskData > 0 && taskData == len(msgs) {
			return feeless(ctx, tx, simulate)
		}
		return standard(ctx, tx, simulate)
	}
}
