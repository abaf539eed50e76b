// Package events turns the bridge contract's logs into the claims
// validators make of them (x/bridge's EthereumEvent): the records, batches
// and validator sets that carry an event nonce, each field in the one
// spelling the chain accepts, so that every orchestrator observing a log
// makes the identical claim.
package events

import (
	"fmt"

	sdkmath "cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"

	"github.com/enigmad/enigmad/contracts/bindings"
	bridgetypes "github.com/enigmad/enigmad/x/bridge/types"
)

var bridge = bindings.NewEnigmaBridge()

// names are the contract's events that carry an event nonce.
var names = []string{
	bindings.EnigmaBridgeTaskRecordCreatedEventName,
	bindings.EnigmaBridgeTokenTaskRecordCreatedEventName,
	bindings.EnigmaBridgeDeploymentRecordCreatedEventName,
	bindings.EnigmaBridgeBatchSubmittedEventName,
	bindings.EnigmaBridgeValsetUpdatedEventName,
}

// Topics returns the first topics (event ids) of the logs Decode takes,
// for an eth_getLogs filter.
func Topics() []common.Hash {
	out := make([]common.Hash, len(names))
	for i, n := range names {
		out[i] = bridge.GetABI().Events[n].ID
	}
	return out
}

// Decode returns the claim for a log of the bridge contract, with the
// timestamp of its block; ok is false for a log with no event nonce
// (refunds, callbacks, withdrawals, allowlist updates). A log the contract
// cannot have written is an error.
func Decode(l *ethtypes.Log, blockTime uint64) (ev bridgetypes.EthereumEvent, ok bool, err error) {
	if len(l.Topics) == 0 {
		return ev, false, nil
	}
	ev = bridgetypes.EthereumEvent{EthBlock: l.BlockNumber, EthTime: blockTime}
	events := bridge.GetABI().Events
	switch l.Topics[0] {
	case events[bindings.EnigmaBridgeTaskRecordCreatedEventName].ID:
		e, err := bridge.UnpackTaskRecordCreatedEvent(l)
		if err != nil {
			return ev, false, fmt.Errorf("events: TaskRecordCreated in block %d: %w", l.BlockNumber, err)
		}
		ev.EventNonce = e.EventNonce
		ev.Event = &bridgetypes.EthereumEvent_TaskRecord{TaskRecord: &bridgetypes.TaskRecordEvent{
			TaskId: hash(e.TaskId), Sender: e.Sender.Hex(), Salt: hash(e.Salt), SecretContract: e.SecretContract.Hex(),
			InputsHash: hash(e.InputsHash), GasLimit: e.GasLimit, GasPrice: sdkmath.NewIntFromBigInt(e.GasPrice),
			FeeToken: common.Address{}.Hex(), EscrowToken: common.Address{}.Hex(), EscrowAmount: sdkmath.ZeroInt(),
		}}
	case events[bindings.EnigmaBridgeTokenTaskRecordCreatedEventName].ID:
		e, err := bridge.UnpackTokenTaskRecordCreatedEvent(l)
		if err != nil {
			return ev, false, fmt.Errorf("events: TokenTaskRecordCreated in block %d: %w", l.BlockNumber, err)
		}
		ev.EventNonce = e.EventNonce
		ev.Event = &bridgetypes.EthereumEvent_TaskRecord{TaskRecord: &bridgetypes.TaskRecordEvent{
			TaskId: hash(e.TaskId), Sender: e.Sender.Hex(), Salt: hash(e.Salt), SecretContract: e.SecretContract.Hex(),
			InputsHash: hash(e.InputsHash), GasLimit: e.GasLimit, GasPrice: sdkmath.NewIntFromBigInt(e.GasPrice),
			FeeToken: e.FeeToken.Hex(), EscrowToken: e.EscrowToken.Hex(), EscrowAmount: sdkmath.NewIntFromBigInt(e.EscrowAmount),
		}}
	case events[bindings.EnigmaBridgeDeploymentRecordCreatedEventName].ID:
		e, err := bridge.UnpackDeploymentRecordCreatedEvent(l)
		if err != nil {
			return ev, false, fmt.Errorf("events: DeploymentRecordCreated in block %d: %w", l.BlockNumber, err)
		}
		ev.EventNonce = e.EventNonce
		ev.Event = &bridgetypes.EthereumEvent_DeploymentRecord{DeploymentRecord: &bridgetypes.DeploymentRecordEvent{
			TaskId: hash(e.TaskId), Sender: e.Sender.Hex(), Salt: hash(e.Salt), CodeHash: hash(e.CodeHash),
			InputsHash: hash(e.InputsHash), GasLimit: e.GasLimit, GasPrice: sdkmath.NewIntFromBigInt(e.GasPrice),
		}}
	case events[bindings.EnigmaBridgeBatchSubmittedEventName].ID:
		e, err := bridge.UnpackBatchSubmittedEvent(l)
		if err != nil {
			return ev, false, fmt.Errorf("events: BatchSubmitted in block %d: %w", l.BlockNumber, err)
		}
		ev.EventNonce = e.EventNonce
		ev.Event = &bridgetypes.EthereumEvent_BatchSubmitted{BatchSubmitted: &bridgetypes.BatchSubmittedEvent{
			BatchNonce: e.BatchNonce, Root: hash(e.Root), FirstSequence: e.FirstSequence, LastSequence: e.LastSequence,
		}}
	case events[bindings.EnigmaBridgeValsetUpdatedEventName].ID:
		e, err := bridge.UnpackValsetUpdatedEvent(l)
		if err != nil {
			return ev, false, fmt.Errorf("events: ValsetUpdated in block %d: %w", l.BlockNumber, err)
		}
		ev.EventNonce = e.EventNonce
		v := &bridgetypes.ValsetUpdatedEvent{ValsetNonce: e.ValsetNonce, Powers: e.Powers}
		for _, a := range e.Validators {
			v.Validators = append(v.Validators, a.Hex())
		}
		ev.Event = &bridgetypes.EthereumEvent_ValsetUpdated{ValsetUpdated: v}
	default:
		return ev, false, nil
	}
	if err := ev.Validate(); err != nil {
		return ev, false, fmt.Errorf("events: log in block %d: %w", l.BlockNumber, err)
	}
	return ev, true, nil
}

func hash(b [32]byte) string { return common.Hash(b).Hex() }
