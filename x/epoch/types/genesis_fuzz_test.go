package types_test

import (
	"testing"

	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"

	"github.com/enigmad/enigmad/x/epoch/types"
)

// FuzzGenesis feeds arbitrary bytes to the genesis decoders (protobuf binary
// and JSON) and validation: they must return an error, never panic, and a
// state that validates must survive a JSON round trip unchanged.
func FuzzGenesis(f *testing.F) {
	cdc := codec.NewProtoCodec(codectypes.NewInterfaceRegistry())
	good := types.DefaultGenesis()
	bz, err := cdc.Marshal(good)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(bz)
	js, err := cdc.MarshalJSON(good)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(js)
	f.Add([]byte(`{"params":{"epoch_length":"0","keep_epochs":"1"}}`))
	f.Add([]byte(`{"params":{"epoch_length":"5","keep_epochs":"1"},"epochs":[{"number":"1","start_height":"1","seed":"AAAA"}]}`))

	f.Fuzz(func(t *testing.T, data []byte) {
		for _, decode := range []func([]byte, *types.GenesisState) error{
			func(b []byte, gs *types.GenesisState) error { return cdc.Unmarshal(b, gs) },
			func(b []byte, gs *types.GenesisState) error { return cdc.UnmarshalJSON(b, gs) },
		} {
			var gs types.GenesisState
			if decode(data, &gs) != nil || gs.Validate() != nil {
				continue
			}
			out, err := cdc.MarshalJSON(&gs)
			if err != nil {
				t.Fatalf("valid genesis does not encode: %v", err)
			}
			var back types.GenesisState
			if err := cdc.UnmarshalJSON(out, &back); err != nil {
				t.Fatalf("valid genesis does not decode: %v", err)
			}
			if err := back.Validate(); err != nil {
				t.Fatalf("valid genesis no longer validates after a round trip: %v", err)
			}
		}
	})
}
