package keeper

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/ids"
	"github.com/enigmad/enigmad/x/bridge/types"
	secretcomputetypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// Claim records a bonded validator's claims, through its orchestrator
// account. The events must continue exactly from the validator's cursor
// (nonce last+1, last+2, …, Ethereum blocks never going back) or none is
// taken. An event at or below the last observed nonce only advances the
// cursor: it was decided already. It returns the new cursor's nonce.
func (k Keeper) Claim(ctx context.Context, orchestrator string, events []types.EthereumEvent) (uint64, error) {
	params, err := k.configuredParams(ctx)
	if err != nil {
		return 0, err
	}
	if len(events) == 0 {
		return 0, types.ErrInvalidClaim.Wrap("no events")
	}
	if len(events) > int(params.MaxEventsPerMsg) {
		return 0, types.ErrTooManyEvents.Wrapf("%d events, at most %d (max_events_per_msg)", len(events), params.MaxEventsPerMsg)
	}
	val, o, err := k.bondedOrchestrator(ctx, orchestrator)
	if err != nil {
		return 0, err
	}
	cursor, err := k.Cursors.Get(ctx, val)
	if err != nil {
		return 0, err
	}
	last, err := k.lastObserved(ctx)
	if err != nil {
		return 0, err
	}
	bridge := common.HexToAddress(params.BridgeContract)
	chainID := new(big.Int).SetUint64(params.EthereumChainId)
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	for i := range events {
		e := &events[i]
		if e.EventNonce != cursor.EventNonce+1 {
			return 0, types.ErrNonContiguous.Wrapf("event %d has nonce %d, the validator's next is %d", i, e.EventNonce, cursor.EventNonce+1)
		}
		if e.EthBlock < cursor.EthBlock {
			return 0, types.ErrInvalidClaim.Wrapf("event %d (nonce %d) is in Ethereum block %d, before the last claim's %d", i, e.EventNonce, e.EthBlock, cursor.EthBlock)
		}
		if err := e.Validate(); err != nil {
			return 0, types.ErrInvalidClaim.Wrapf("event %d (nonce %d): %s", i, e.EventNonce, err)
		}
		if err := checkTaskID(e, chainID, bridge); err != nil {
			return 0, types.ErrInvalidClaim.Wrapf("event %d (nonce %d): %s", i, e.EventNonce, err)
		}
		cursor = types.Cursor{EventNonce: e.EventNonce, EthBlock: e.EthBlock}
		if e.EventNonce <= last.EventNonce {
			continue
		}
		hash, err := e.Hash()
		if err != nil {
			return 0, err
		}
		key := collections.Join(e.EventNonce, hash.Bytes())
		has, err := k.Attestations.Has(ctx, key)
		if err != nil {
			return 0, err
		}
		if !has {
			if err := k.Attestations.Set(ctx, key, types.Attestation{Event: *e, Height: height}); err != nil {
				return 0, err
			}
		}
		if err := k.Votes.Set(ctx, collections.Join3(e.EventNonce, hash.Bytes(), []byte(val))); err != nil {
			return 0, err
		}
		if err := emit(ctx, &types.EventClaim{Validator: o.Validator, EventNonce: e.EventNonce, ClaimHash: hash.Hex()}); err != nil {
			return 0, err
		}
	}
	return cursor.EventNonce, k.Cursors.Set(ctx, val, cursor)
}

// checkTaskID refuses a record whose task id is not taskIdOf(sender, salt)
// for this bridge: the contract cannot emit one.
func checkTaskID(e *types.EthereumEvent, chainID *big.Int, bridge common.Address) error {
	var id, sender, salt string
	switch ev := e.Event.(type) {
	case *types.EthereumEvent_TaskRecord:
		id, sender, salt = ev.TaskRecord.TaskId, ev.TaskRecord.Sender, ev.TaskRecord.Salt
	case *types.EthereumEvent_DeploymentRecord:
		id, sender, salt = ev.DeploymentRecord.TaskId, ev.DeploymentRecord.Sender, ev.DeploymentRecord.Salt
	default:
		return nil
	}
	want := ids.TaskID(chainID, bridge, common.HexToAddress(sender), common.HexToHash(salt))
	if common.HexToHash(id) != want {
		return fmt.Errorf("task_id %s is not taskIdOf(sender, salt) = %s on this bridge", id, want.Hex())
	}
	return nil
}

// tally observes events in nonce order for as long as one of the next
// nonce's attestations has the votes of validators holding more than 2/3
// of the power as of the last block (power that left since a vote counts
// no more; a vote of a validator that gained power counts more).
func (k Keeper) tally(ctx context.Context) error {
	total, err := k.staking.GetLastTotalPower(ctx)
	if err != nil || !total.IsPositive() {
		return err
	}
	powers := map[string]int64{} // read once per block
	powerOf := func(val []byte) (int64, error) {
		if p, ok := powers[string(val)]; ok {
			return p, nil
		}
		p, err := k.staking.GetLastValidatorPower(ctx, val)
		powers[string(val)] = p
		return p, err
	}
	last, err := k.lastObserved(ctx)
	if err != nil {
		return err
	}
	for nonce := last.EventNonce + 1; ; nonce++ {
		t, err := k.tallyNonce(ctx, nonce, total, powerOf)
		if err != nil || t.winner == nil {
			return err
		}
		if err := k.observe(ctx, t); err != nil {
			return err
		}
	}
}

// nonceTally is what the tally found at one nonce: the attestation that
// has more than 2/3 of the power (nil if none), and every attestation and
// vote there, to delete once one is observed.
type nonceTally struct {
	winner *types.Attestation
	hashes [][]byte
	votes  []collections.Triple[uint64, []byte, []byte]
}

// tallyNonce adds up the power of each event's votes at nonce, in one pass
// over the votes in key order (claim hash, then validator), and returns
// the first event with more than 2/3 of total.
func (k Keeper) tallyNonce(ctx context.Context, nonce uint64, total sdkmath.Int, powerOf func([]byte) (int64, error)) (nonceTally, error) {
	var t nonceTally
	powers := map[string]int64{}
	err := k.Votes.Walk(ctx, collections.NewPrefixedTripleRange[uint64, []byte, []byte](nonce),
		func(v collections.Triple[uint64, []byte, []byte]) (bool, error) {
			p, err := powerOf(v.K3())
			if err != nil {
				return true, err
			}
			h := string(v.K2())
			if _, ok := powers[h]; !ok {
				t.hashes = append(t.hashes, v.K2())
			}
			powers[h] += p
			t.votes = append(t.votes, v)
			return false, nil
		})
	if err != nil {
		return t, err
	}
	for _, h := range t.hashes {
		// More than 2/3: 3 × power > 2 × total, in integers.
		if sdkmath.NewInt(powers[string(h)]).MulRaw(3).GT(total.MulRaw(2)) {
			att, err := k.Attestations.Get(ctx, collections.Join(nonce, h))
			if err != nil {
				return t, err
			}
			t.winner = &att
			return t, nil
		}
	}
	return t, nil
}

// observe applies an observed event in a cache context, so that a failing
// handler changes nothing; the failure is recorded in EventObserved and
// the nonce advances anyway: one bad event never stops the bridge. The
// nonce's attestations are then deleted (later claims at it only move
// their validators' cursors).
func (k Keeper) observe(ctx context.Context, t nonceTally) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	e := t.winner.Event
	hash, err := e.Hash()
	if err != nil {
		return err
	}
	cacheCtx, write := sdkCtx.CacheContext()
	var reason string
	if err := k.apply(cacheCtx, &e); err != nil {
		reason = err.Error()
		sdkCtx.Logger().Info("bridge event failed", "nonce", e.EventNonce, "kind", e.Kind(), "error", reason)
	} else {
		write()
	}
	// Deleted key by key: the tally read them all, and a range deletion
	// would walk them again.
	for _, h := range t.hashes {
		if err := k.Attestations.Remove(ctx, collections.Join(e.EventNonce, h)); err != nil {
			return err
		}
	}
	for _, v := range t.votes {
		if err := k.Votes.Remove(ctx, v); err != nil {
			return err
		}
	}
	if err := k.LastObserved.Set(ctx, types.ObservedEvent{EventNonce: e.EventNonce, EthBlock: e.EthBlock, Height: sdkCtx.BlockHeight()}); err != nil {
		return err
	}
	return emit(ctx, &types.EventObserved{EventNonce: e.EventNonce, ClaimHash: hash.Hex(), Kind: e.Kind(), EthBlock: e.EthBlock, Error: reason})
}

// apply hands an observed event to the module it concerns.
func (k Keeper) apply(ctx context.Context, e *types.EthereumEvent) error {
	switch ev := e.Event.(type) {
	case *types.EthereumEvent_TaskRecord:
		r := ev.TaskRecord
		return k.compute.OnTaskRecord(ctx, secretcomputetypes.TaskRecord{
			EventNonce: e.EventNonce, TaskID: common.HexToHash(r.TaskId), Contract: common.HexToAddress(r.SecretContract),
			Sender: common.HexToAddress(r.Sender), InputsHash: common.HexToHash(r.InputsHash), GasLimit: r.GasLimit,
			GasPrice: r.GasPrice.BigInt(), FeeToken: common.HexToAddress(r.FeeToken), EscrowToken: common.HexToAddress(r.EscrowToken),
			EscrowAmount: r.EscrowAmount.BigInt(), EthBlock: e.EthBlock, EthTime: e.EthTime,
		})
	case *types.EthereumEvent_DeploymentRecord:
		r := ev.DeploymentRecord
		return k.compute.OnDeploymentRecord(ctx, secretcomputetypes.DeploymentRecord{
			EventNonce: e.EventNonce, TaskID: common.HexToHash(r.TaskId), CodeHash: common.HexToHash(r.CodeHash),
			Sender: common.HexToAddress(r.Sender), InputsHash: common.HexToHash(r.InputsHash), GasLimit: r.GasLimit,
			GasPrice: r.GasPrice.BigInt(), EthBlock: e.EthBlock, EthTime: e.EthTime,
		})
	case *types.EthereumEvent_BatchSubmitted:
		return k.batchSubmitted(ctx, ev.BatchSubmitted)
	case *types.EthereumEvent_ValsetUpdated:
		return k.valsetUpdated(ctx, ev.ValsetUpdated)
	}
	return types.ErrInvalidClaim.Wrap("the event has no kind")
}

// batchSubmitted marks a batch as held by the contract and drops its
// confirmations. A batch the chain did not close, or closed otherwise,
// cannot have been signed by honest validators: it is an error, recorded.
func (k Keeper) batchSubmitted(ctx context.Context, ev *types.BatchSubmittedEvent) error {
	b, err := k.compute.GetBatch(ctx, ev.BatchNonce)
	if err != nil {
		return types.ErrUnknownBatch.Wrapf("the contract holds batch %d, which this chain did not close: %s", ev.BatchNonce, err)
	}
	if common.BytesToHash(b.Root).Hex() != ev.Root || b.FirstSequence != ev.FirstSequence || b.LastSequence != ev.LastSequence {
		return types.ErrInvalidClaim.Wrapf("the contract's batch %d (root %s, sequences %d-%d) is not the chain's (root %s, sequences %d-%d)",
			ev.BatchNonce, ev.Root, ev.FirstSequence, ev.LastSequence, common.BytesToHash(b.Root).Hex(), b.FirstSequence, b.LastSequence)
	}
	last, err := uint64Or(ctx, k.LastEthBatchNonce)
	if err != nil {
		return err
	}
	if ev.BatchNonce <= last {
		return nil
	}
	if err := k.LastEthBatchNonce.Set(ctx, ev.BatchNonce); err != nil {
		return err
	}
	return k.BatchConfirms.Clear(ctx, new(collections.Range[collections.Pair[uint64, []byte]]).EndExclusive(collections.Join(ev.BatchNonce+1, []byte{})))
}

// valsetUpdated marks a validator set as the contract's and drops the sets
// and confirmations it makes useless: sets below it, and the confirmations
// of it and below (the contract's current set is kept: relayers present
// it).
func (k Keeper) valsetUpdated(ctx context.Context, ev *types.ValsetUpdatedEvent) error {
	v, err := k.Valsets.Get(ctx, ev.ValsetNonce)
	if err != nil {
		return types.ErrUnknownValset.Wrapf("the contract took validator set %d, which this chain did not make: %s", ev.ValsetNonce, err)
	}
	if len(v.Members) != len(ev.Validators) || !slices.EqualFunc(v.Members, ev.Validators, func(m types.ValsetMember, a string) bool { return m.EthAddress == a }) ||
		!slices.EqualFunc(v.Members, ev.Powers, func(m types.ValsetMember, p uint64) bool { return m.Power == p }) {
		return types.ErrInvalidClaim.Wrapf("the contract's validator set %d is not the chain's", ev.ValsetNonce)
	}
	last, err := uint64Or(ctx, k.LastEthValsetNonce)
	if err != nil {
		return err
	}
	if ev.ValsetNonce <= last {
		return nil
	}
	if err := k.LastEthValsetNonce.Set(ctx, ev.ValsetNonce); err != nil {
		return err
	}
	if err := k.Valsets.Clear(ctx, new(collections.Range[uint64]).EndExclusive(ev.ValsetNonce)); err != nil {
		return err
	}
	return k.ValsetConfirms.Clear(ctx, new(collections.Range[collections.Pair[uint64, []byte]]).EndExclusive(collections.Join(ev.ValsetNonce+1, []byte{})))
}
