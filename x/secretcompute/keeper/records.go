package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// OnTaskRecord takes an attested task record. x/bridge calls it once a
// claim is observed. A malformed record (which the bridge contract cannot
// emit) is an error, and so is one whose event nonce is not above the last
// record's (ErrStaleRecord: taken already); any other is consumed (nil):
// stored as a task, or refused with a refund receipt (see record).
func (k Keeper) OnTaskRecord(ctx context.Context, r types.TaskRecord) error {
	if r.GasLimit == 0 || r.GasPrice == nil || r.GasPrice.Sign() < 0 || (r.EscrowAmount != nil && r.EscrowAmount.Sign() < 0) {
		return types.ErrMalformed.Wrap("task record needs a gas limit and non-negative amounts")
	}
	escrow := sdkmath.ZeroInt()
	if r.EscrowAmount != nil {
		escrow = sdkmath.NewIntFromBigInt(r.EscrowAmount)
	}
	return k.record(ctx, r.EventNonce, types.Task{
		Id: r.TaskID.Bytes(), Kind: types.TASK_KIND_CALL, Contract: r.Contract.Bytes(), Sender: r.Sender.Bytes(),
		InputsHash: r.InputsHash.Bytes(), GasLimit: r.GasLimit, GasPrice: sdkmath.NewIntFromBigInt(r.GasPrice), FeeToken: r.FeeToken.Bytes(),
		EscrowToken: r.EscrowToken.Bytes(), EscrowAmount: escrow, EthBlock: r.EthBlock, EthTime: r.EthTime,
	})
}

// OnDeploymentRecord takes an attested deployment record, as OnTaskRecord
// does. The contract's address is derived from the task id (docs/design.md
// §5).
func (k Keeper) OnDeploymentRecord(ctx context.Context, r types.DeploymentRecord) error {
	if r.GasLimit == 0 || r.GasPrice == nil || r.GasPrice.Sign() < 0 {
		return types.ErrMalformed.Wrap("deployment record needs a gas limit and a non-negative gas price")
	}
	return k.record(ctx, r.EventNonce, types.Task{
		Id: r.TaskID.Bytes(), Kind: types.TASK_KIND_DEPLOY, Contract: ids.ContractAddress(r.TaskID).Bytes(), Sender: r.Sender.Bytes(),
		InputsHash: r.InputsHash.Bytes(), CodeHash: r.CodeHash.Bytes(), GasLimit: r.GasLimit, GasPrice: sdkmath.NewIntFromBigInt(r.GasPrice),
		EscrowAmount: sdkmath.ZeroInt(), EthBlock: r.EthBlock, EthTime: r.EthTime,
	})
}

// record stores t as a task awaiting its data, or refuses it: a task id the
// chain has recorded already (clients choose ids, so the bridge contract
// cannot keep them unique), a gas limit above max_task_gas_limit or a gas
// price below min_gas_price (ETH fees) or min_token_gas_price (fee-token
// fees). A refused record was paid for on Ethereum, so
// it is not dropped: refuse writes a receipt that refunds it. Either way
// the record is consumed and nil returned, because relaying it again could
// only be refused again.
//
// Before a duplicate id was refunded, a record handed over twice was
// harmless; now it would be refunded twice, so records must come in the
// order of their bridge event nonces, each taken once.
func (k Keeper) record(ctx context.Context, eventNonce uint64, t types.Task) error {
	last, err := k.LastRecordNonce.Get(ctx)
	if err != nil && !errors.Is(err, collections.ErrNotFound) {
		return err
	}
	if eventNonce <= last {
		return types.ErrStaleRecord.Wrapf("event nonce %d, the last record taken had %d", eventNonce, last)
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if params.MinGasPrice.IsNil() || params.MinTokenGasPrice.IsNil() {
		// A state from before consensus version 3 that was not migrated.
		return types.ErrInvalidParams.Wrap("min_gas_price and min_token_gas_price are unset: run the consensus version 3 migration")
	}
	if err := k.LastRecordNonce.Set(ctx, eventNonce); err != nil {
		return err
	}
	has, err := k.Tasks.Has(ctx, t.Id)
	if err != nil {
		return err
	}
	switch {
	case has:
		return k.refuse(ctx, &t, eventNonce, "task id already recorded")
	case t.GasLimit > params.MaxTaskGasLimit:
		return k.refuse(ctx, &t, eventNonce, fmt.Sprintf("gas limit %d above max_task_gas_limit %d", t.GasLimit, params.MaxTaskGasLimit))
	case len(t.FeeToken) == 0 || common.BytesToAddress(t.FeeToken) == (common.Address{}):
		if t.GasPrice.LT(params.MinGasPrice) {
			return k.refuse(ctx, &t, eventNonce, fmt.Sprintf("gas price %s below min_gas_price %s", t.GasPrice, params.MinGasPrice))
		}
	case t.GasPrice.LT(params.MinTokenGasPrice):
		return k.refuse(ctx, &t, eventNonce, fmt.Sprintf("gas price %s below min_token_gas_price %s", t.GasPrice, params.MinTokenGasPrice))
	}
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	t.Status, t.RecordedHeight = types.TASK_STATUS_AWAITING_DATA, height
	if err := k.setDeadline(ctx, &t, height+int64(params.DataTimeoutBlocks)); err != nil {
		return err
	}
	if err := k.Tasks.Set(ctx, t.Id, t); err != nil {
		return err
	}
	return emit(ctx, &types.EventTaskRecorded{TaskId: hexOf(t.Id), Kind: t.Kind.String(), Contract: hexOf(t.Contract), EventNonce: eventNonce})
}

// refuse writes the receipt of a record the chain will not run, at the next
// sequence: status refused, no gas used, no output or delta, no worker and
// no fee for anyone. Its leaf commits to this record, not to the task that
// may hold the same id, so that the record's sender can claim the whole fee
// and escrow back on Ethereum through the ordinary batch; the bridge
// contract keys that claim by the receipt's sequence, so it is paid once
// however many records share the id. Nothing is stored as a task.
func (k Keeper) refuse(ctx context.Context, t *types.Task, eventNonce uint64, reason string) error {
	zero := common.Hash{}.Bytes()
	r := types.Receipt{TaskId: t.Id, Contract: t.Contract, Status: uint32(receipt.StatusRefused), OutputHash: zero, DeltaHash: zero,
		Worker: common.Address{}.Bytes(), Fee: sdkmath.ZeroInt(), TaskHash: types.TaskHashOf(t).Bytes()}
	rc := r.EnclaveReceipt() // what the chain writes in the enclave's place
	if err := k.storeReceipt(ctx, t, &r, rc.Hash(), rc.CallbackHash); err != nil {
		return err
	}
	return emit(ctx, &types.EventTaskRecordRefused{TaskId: hexOf(t.Id), Sequence: r.Sequence, Reason: reason, EventNonce: eventNonce})
}
