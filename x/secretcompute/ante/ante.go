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
//     most MaxFeelessMessages messages and a bounded number of bytes, asks
//     for the gas its messages will use in the block (it pays nothing for
//     it; held to it in CheckTx and the proposal handlers, not again in
//     FinalizeBlock), and stays valid until it can be included (no timeout
//     height; a timeout timestamp at least MinFeelessLifetime ahead).
//
// A refusal happens here, in CheckTx, before the transaction reaches a
// block; the app's proposal handlers run the same checks so that no
// proposer can put a failing fee-less transaction in a block either.
// Everything else takes the standard chain.
package ante

import (
	"context"
	"math"
	"time"

	errorsmod "cosmossdk.io/errors"

	storetypes "github.com/cosmos/cosmos-sdk/store/v2/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"

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
			if err := checkStaysValid(ctx, tx); err != nil {
				return ctx, errorsmod.Wrap(err, "task data refused")
			}
		}
		// need is the gas the messages will use when the block runs them:
		// the same checks again (measured here) and the task's write.
		var need uint64
		named := make(map[string]bool, taskData)
		for _, m := range msgs {
			id, gas, err := TaskDataGas(ctx, checker, m)
			if id == nil {
				continue // not task data
			}
			need += gas
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
		if !isFeeless {
			return standard(ctx, tx, simulate)
		}
		newCtx, err := feeless(ctx, tx, simulate)
		if err != nil {
			return newCtx, err
		}
		// A fee-less transaction that ran out of gas in the block would have
		// taken its space for nothing: its gas limit must leave what its
		// messages need, in CheckTx and the proposal handlers (below: not
		// in FinalizeBlock). (It costs the sender nothing to ask for it.)
		meter := newCtx.GasMeter()
		if simulate {
			// A simulation (gas estimation: `--gas auto`, the services'
			// submitter) has no limit to check. What it reports must pass
			// the check below with any adjustment of at least 1: the
			// post handler (NewPostHandler) raises the gas it counted, once
			// the messages ran, to the ante's and the reservation's. Not
			// more: counting the reservation and the messages' own gas, as
			// this did, asked for about twice what a block uses.
			return newCtx.WithValue(reservedKey{}, meter.GasConsumed()+need+simulatedMargin), nil
		}
		// Not in FinalizeBlock: there the transaction already has its place
		// (ProcessProposal held it to this), and need can come out a few
		// hundred gas higher than it did then, when the block's BeginBlock
		// starts an epoch (the ended epoch's record grows an end height).
		// Refusing it here would take its space for nothing; its messages
		// run within its limit instead (writeGas leaves thousands to spare).
		if left := meter.Limit() - min(meter.GasConsumed(), meter.Limit()); left < need && ctx.ExecMode() != sdk.ExecModeFinalize {
			// Asking for more gas makes the transaction a byte or two
			// longer: the figure given leaves room for that.
			want := (meter.GasConsumed()+need)*101/100 + 1000
			return newCtx, sdkerrors.ErrOutOfGas.Wrapf("task data refused: a fee-less transaction pays no fee but must ask for the gas its data needs: at least %d, this one asks for %d", want, meter.Limit())
		}
		return newCtx, nil
	}
}

// TaskDataGas checks one task-data message with the module's rule and
// returns its task id and the gas it will use when a block runs it: the
// check's own (measured) and its write (writeGas). That is what a
// fee-less transaction must ask for on top of its own gas (its bytes, its
// signature), so a sender that checked its messages this way, the
// ingress, knows the gas to ask for without a simulation. The id is nil
// for a message that is not task data.
func TaskDataGas(ctx sdk.Context, checker TaskDataChecker, m sdk.Msg) ([]byte, uint64, error) {
	metered := ctx.WithGasMeter(storetypes.NewInfiniteGasMeter())
	var err error
	var write uint64
	var id []byte
	var t types.Task
	switch msg := m.(type) {
	case *types.MsgSubmitTaskData:
		id = msg.TaskId
		t, err = checker.CheckTaskData(metered, msg.TaskId, types.TASK_KIND_CALL, msg.Epoch, msg.Worker, msg.Envelope, nil)
		write = writeGas(ctx, t, msg.Worker, msg.Envelope, nil)
	case *types.MsgSubmitDeployData:
		id = msg.TaskId
		t, err = checker.CheckTaskData(metered, msg.TaskId, types.TASK_KIND_DEPLOY, msg.Epoch, msg.Worker, msg.Envelope, msg.Bytecode)
		write = writeGas(ctx, t, msg.Worker, msg.Envelope, msg.Bytecode)
	default:
		return nil, 0, nil
	}
	if id == nil {
		id = []byte{} // task data with no id: refused by the check, still task data
	}
	return id, write + metered.GasMeter().GasConsumed(), err
}

// reservedKey is the context key a simulated fee-less transaction's gas
// floor travels under, from the ante handler to the post handler.
type reservedKey struct{}

// simulatedMargin covers what the transaction's own gas grows by once its
// gas limit is set: a varint of up to 10 bytes more, at auth's
// tx_size_cost_per_byte (10 by default; the margin allows up to 100).
const simulatedMargin = 1000

// NewPostHandler is the post handler the fee-less rules need: in a
// simulation of a fee-less transaction, it raises the gas counted to what
// the ante handler will ask of the transaction (its own gas and the gas
// reserved for the messages), so that the estimate passes CheckTx. It
// changes nothing outside simulations.
func NewPostHandler() sdk.PostHandler {
	return func(ctx sdk.Context, _ sdk.Tx, simulate, _ bool) (sdk.Context, error) {
		if !simulate {
			return ctx, nil
		}
		if floor, ok := ctx.Value(reservedKey{}).(uint64); ok {
			if used := ctx.GasMeter().GasConsumed(); used < floor {
				ctx.GasMeter().ConsumeGas(floor-used, "fee-less task data: gas reserved for its messages")
			}
		}
		return ctx, nil
	}
}

// keyRoom is the bytes writeGas allows for the keys SubmitData writes: the
// task's (its id), its Assigned entry's (worker and id) and its Deadlines
// entry's (height and id), about 130 with their prefixes and lengths.
const keyRoom = 256

// writeGas bounds the gas of SubmitData's writes with the store's own gas
// prices: the task t (as the check read it) stored again with its data,
// bytecode and worker and its epoch, status and deadline set (its size
// computed, with the longest encodings those numbers can take), its Assigned and
// Deadlines entries, its old deadline deleted; with a write and a delete
// to spare. It was the data's size and a flat 2,048 bytes for the rest,
// which asked for 2.5 times the gas 16 small tasks use in a block (the
// asked-for gas, not the used, fills a block's max_gas).
func writeGas(ctx sdk.Context, t types.Task, worker, envelope, bytecode []byte) uint64 {
	t.Status, t.Epoch, t.Worker, t.Data, t.Bytecode = types.TASK_STATUS_PENDING, math.MaxUint64, worker, envelope, bytecode
	t.DeadlineHeight = -1 // ten bytes, the longest an int64 varint takes
	cfg := ctx.KVGasConfig()
	return 4*cfg.WriteCostFlat + 2*cfg.DeleteCost + cfg.WriteCostPerByte*uint64(t.Size()+keyRoom)
}

// MinFeelessLifetime is how long a fee-less transaction with a timeout
// timestamp must stay valid after the last block.
const MinFeelessLifetime = time.Minute

// checkStaysValid refuses a fee-less transaction that could be accepted
// into the mempool and then never make it into a block: one with a
// timeout height, or a timeout timestamp less than MinFeelessLifetime
// after the last block. Its claim would hold back the same task data sent
// by anyone else (Keeper.ClaimTaskData) and it would land nothing.
func checkStaysValid(ctx sdk.Context, tx sdk.Tx) error {
	if t, ok := tx.(sdk.TxWithTimeoutHeight); ok && t.GetTimeoutHeight() != 0 {
		return sdkerrors.ErrInvalidRequest.Wrap("a fee-less transaction may not set a timeout height")
	}
	if t, ok := tx.(sdk.TxWithTimeoutTimeStamp); ok {
		if ts := t.GetTimeoutTimeStamp(); !ts.IsZero() && ts.Before(ctx.BlockTime().Add(MinFeelessLifetime)) {
			return sdkerrors.ErrInvalidRequest.Wrapf("a fee-less transaction's timeout timestamp must be at least %s after the last block", MinFeelessLifetime)
		}
	}
	return nil
}
