package keeper

import (
	"context"
	"encoding/json"
	"strconv"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cosmos/gogoproto/proto"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/x/secretcompute/types"
)

// The events of every result are built by hand in exactly the form the
// SDK's EmitTypedEvent gives them (type = the message's full name, one
// attribute per field, values as proto3 JSON), so that sdk.ParseTypedEvent
// reads them back as the typed messages. EmitTypedEvent goes through
// reflection-based JSON and was a third of the cost of committing a result.

func jsonString(s string) string {
	b, _ := json.Marshal(s) // a Go string always marshals
	return string(b)
}

// proto3 JSON writes 64-bit integers as strings.
func jsonUint64(v uint64) string { return `"` + strconv.FormatUint(v, 10) + `"` }

func emitFast(ctx context.Context, msg proto.Message, attrs ...abci.EventAttribute) {
	sdk.UnwrapSDKContext(ctx).EventManager().EmitEvent(sdk.Event{Type: proto.MessageName(msg), Attributes: attrs})
}

func attr(key, value string) abci.EventAttribute { return abci.EventAttribute{Key: key, Value: value} }

func emitTaskCompleted(ctx context.Context, taskID, contract []byte, gasUsed uint64) {
	emitFast(ctx, &types.EventTaskCompleted{},
		attr("contract", jsonString(hexOf(contract))), attr("gas_used", jsonUint64(gasUsed)), attr("task_id", jsonString(hexOf(taskID))))
}

func emitDeltaAppended(ctx context.Context, contract []byte, index uint64, hash []byte) {
	emitFast(ctx, &types.EventDeltaAppended{},
		attr("contract", jsonString(hexOf(contract))), attr("hash", jsonString(hexOf(hash))), attr("index", jsonUint64(index)))
}

func emitTaskAssigned(ctx context.Context, taskID, contract []byte, epoch uint64, worker []byte) {
	emitFast(ctx, &types.EventTaskAssigned{},
		attr("contract", jsonString(hexOf(contract))), attr("epoch", jsonUint64(epoch)), attr("task_id", jsonString(hexOf(taskID))), attr("worker", jsonString(hexOf(worker))))
}
