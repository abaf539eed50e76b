package app_test

import (
	"encoding/hex"
	"flag"
	"path/filepath"
	"testing"

	sdkmath "cosmossdk.io/math"
	"github.com/cosmos/gogoproto/proto"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/internal/golden"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

var updateProtoVectors = flag.Bool("update-proto-vectors", false, "rewrite clients/js/testdata/messages.json")

// protoVector is one message as the chain encodes it: its type URL and its
// bytes in hex. The TypeScript types (clients/js, ts-proto) must encode the
// same values to the same bytes and decode them back.
type protoVector struct {
	TypeURL string `json:"type_url"`
	Hex     string `json:"hex"`
}

// TestProtoVectors pins the protobuf bytes of a few messages for the
// TypeScript client's test (clients/js/test/messages.test.ts), which builds
// the same values with the generated types.
func TestProtoVectors(t *testing.T) {
	vec := func(m proto.Message) protoVector {
		bz, err := proto.Marshal(m)
		require.NoError(t, err)
		return protoVector{TypeURL: "/" + proto.MessageName(m), Hex: hex.EncodeToString(bz)}
	}
	operator := "enigma14mzacws7a7uhmv4ljhr4pzjkh6td8e9vyygahk"
	price, ok := sdkmath.NewIntFromString("123456789012345678901234567890")
	require.True(t, ok)
	vectors := []protoVector{
		vec(&registrytypes.MsgAddStake{Operator: operator, Amount: sdk.NewInt64Coin("ueng", 1_000_000)}),
		vec(&sctypes.MsgSubmitTaskData{Submitter: operator, TaskId: common.HexToHash("0x0102").Bytes(), Epoch: 7,
			Worker: common.HexToAddress("0x3030").Bytes(), Envelope: []byte("envelope")}),
		vec(&sctypes.Task{Id: common.HexToHash("0xabcd").Bytes(), Kind: sctypes.TASK_KIND_DEPLOY, GasLimit: 1 << 60, GasPrice: price,
			EscrowAmount: sdkmath.ZeroInt(), EthBlock: 1<<53 + 1, Status: sctypes.TASK_STATUS_PENDING, RecordedHeight: -1}),
	}
	golden.CheckJSON(t, filepath.Join("..", "clients", "js", "testdata", "messages.json"), vectors, *updateProtoVectors)
}
