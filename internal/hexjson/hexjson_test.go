package hexjson_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	gateway "github.com/cosmos/gogogateway"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/reflect/protoreflect"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/x/tx/signing/aminojson"

	basev1beta1 "cosmossdk.io/api/cosmos/base/v1beta1"
	registryv1 "github.com/enigmad/enigmad/api/enigma/registry/v1"
	"github.com/enigmad/enigmad/internal/hexjson"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
	"google.golang.org/protobuf/types/known/timestamppb"
)

var (
	addr  = bytes.Repeat([]byte{0xab}, 20)
	key   = append([]byte{0x02}, bytes.Repeat([]byte{0x11}, 32)...)
	payee = bytes.Repeat([]byte{0xfe}, 20)
)

func workersResponse() *registrytypes.QueryWorkersResponse {
	return &registrytypes.QueryWorkersResponse{Workers: []registrytypes.Worker{{
		Operator:       "enigma1xyz",
		EnclaveAddress: addr,
		SignerPubkey:   key,
		Quote:          []byte("quote+/="),
		Stake:          sdk.NewInt64Coin("ueng", 5),
		Provisioned:    true,
		AdvisoryIds:    []string{"INTEL-SA-1"},
		PayoutAddress:  payee,
	}}}
}

var workersType = (&registryv1.QueryWorkersResponse{}).ProtoReflect().Descriptor()

// TestGatewayJSON rewrites what the SDK's gRPC-gateway marshaler writes.
func TestGatewayJSON(t *testing.T) {
	js, err := (&gateway.JSONPb{EmitDefaults: true, OrigName: true}).Marshal(workersResponse())
	require.NoError(t, err)
	require.Contains(t, string(js), `"enclave_address":"q6urq6urq6urq6urq6urq6urq6s="`, "the gateway writes base64")

	out, err := hexjson.Rewrite(js, workersType)
	require.NoError(t, err)
	s := string(out)
	require.Contains(t, s, `"enclave_address":"0x`+strings.Repeat("ab", 20)+`"`)
	require.Contains(t, s, `"signer_pubkey":"0x02`+strings.Repeat("11", 32)+`"`)
	require.Contains(t, s, `"payout_address":"0x`+strings.Repeat("fe", 20)+`"`)
	require.Contains(t, s, `"quote":"0x71756f74652b2f3d"`)
	require.Contains(t, s, `"xwing_key":null`, "no bytes stay as they are")
	// Everything else is as it was, in the same order.
	require.Contains(t, s, `"operator":"enigma1xyz"`)
	require.Contains(t, s, `"advisory_ids":["INTEL-SA-1"]`)
	require.Contains(t, s, `"stake":{"denom":"ueng","amount":"5"}`)
	require.Less(t, strings.Index(s, `"operator"`), strings.Index(s, `"enclave_address"`))
	require.Less(t, strings.Index(s, `"enclave_address"`), strings.Index(s, `"signer_pubkey"`))
	require.True(t, json.Valid(out))

	// The SDK's page key stays base64: --page-key and ?pagination.key=
	// take it back only in that form.
	js = []byte(`{"workers":[],"pagination":{"next_key":"AQI=","total":"0"}}`)
	out, err = hexjson.Rewrite(js, workersType)
	require.NoError(t, err)
	require.Equal(t, string(js), string(out))
}

// TestAminoJSON rewrites what autocli prints (amino-JSON of the pulsar type).
func TestAminoJSON(t *testing.T) {
	msg := &registryv1.QueryWorkersResponse{Workers: []*registryv1.Worker{{
		EnclaveAddress: addr, SignerPubkey: key, Provisioned: true,
		Stake: &basev1beta1.Coin{Denom: "ueng", Amount: "5"}, UnbondingCompletion: &timestamppb.Timestamp{},
	}}}
	js, err := aminojson.NewEncoder(aminojson.EncoderOptions{DoNotSortFields: true, EnumAsString: true}).Marshal(msg)
	require.NoError(t, err)
	out, err := hexjson.Rewrite(js, workersType)
	require.NoError(t, err)
	require.Contains(t, string(out), `"enclave_address":"0x`+strings.Repeat("ab", 20)+`"`)
	require.Contains(t, string(out), `"signer_pubkey":"0x02`)
	require.NotContains(t, string(out), `q6urq6ur`)
}

// TestRepeatedBytes covers repeated bytes (a Merkle proof) and camelCase
// keys.
func TestRepeatedBytes(t *testing.T) {
	md := (&registryv1.Params{}).ProtoReflect().Descriptor()
	out, err := hexjson.Rewrite([]byte(`{"trustedSignerIds":["AAE=","/w=="],"trusted_enclave_ids":null,"unknown":"AAE="}`), md)
	require.NoError(t, err)
	require.Equal(t, `{"trustedSignerIds":["0x0001","0xff"],"trusted_enclave_ids":null,"unknown":"AAE="}`, string(out))
}

func TestRefusesWhatIsNotTheMessage(t *testing.T) {
	for _, in := range []string{
		`[]`, `{"workers":{}}`, `{"workers":[{"enclave_address":5}]}`,
		`{"workers":[{"enclave_address":"not base64!"}]}`, `{"workers":[`, `{"workers":[]}x`,
	} {
		_, err := hexjson.Rewrite([]byte(in), workersType)
		require.Error(t, err, in)
	}
}

// FuzzRewrite: any input either is refused or comes out as valid JSON with
// the same keys; nothing panics.
func FuzzRewrite(f *testing.F) {
	js, _ := (&gateway.JSONPb{EmitDefaults: true, OrigName: true}).Marshal(workersResponse())
	f.Add(js)
	f.Add([]byte(`{"workers":[{"enclave_address":"AAE=","stake":null}],"pagination":{"next_key":"AQ=="}}`))
	f.Add([]byte(`{}`))
	mds := []protoreflect.MessageDescriptor{workersType, (&registryv1.Params{}).ProtoReflect().Descriptor()}
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, md := range mds {
			out, err := hexjson.Rewrite(in, md)
			if err != nil {
				continue
			}
			if !json.Valid(out) {
				t.Fatalf("Rewrite(%q) = %q: not JSON", in, out)
			}
		}
	})
}
