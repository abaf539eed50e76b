package enclave_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/ids"
)

// TestCallerErrorsAreNotInternal: what a caller got wrong (a garbage
// quote, malformed keys, bytecode that is not the record's) is answered
// with the caller's code, never Internal, which is kept for the enclave's
// own faults.
func TestCallerErrorsAreNotInternal(t *testing.T) {
	ctx := context.Background()
	genesis := start(t, t.TempDir())
	_, err := genesis.client.InitNetwork(ctx)
	require.NoError(t, err)
	info, err := genesis.client.Info(ctx)
	require.NoError(t, err)
	badX25519 := info.Keys
	badX25519.X25519, badX25519.XWing = make([]byte, 7), nil
	// A simulated quote that really binds malformed keys: it passes the
	// attestation, and the keys themselves are refused.
	rd, err := attestation.ReportData(chainID, badX25519)
	require.NoError(t, err)
	bindsBadKeys, err := attestation.SimulationIssuer{ProductID: 1}.Issue(rd)
	require.NoError(t, err)
	id := ids.TaskID(common.Big1, common.HexToAddress("0xb1"), common.HexToAddress("0x5e"), ids.CounterSalt(0))

	for _, tc := range []struct {
		name string
		want codes.Code
		call func() error
	}{
		{"a garbage quote", codes.InvalidArgument, func() error {
			_, err := genesis.client.Provision(ctx, []byte{0xff, 1, 2, 3}, info.Keys)
			return err
		}},
		{"an SGX quote to a simulation build", codes.PermissionDenied, func() error {
			_, err := genesis.client.Provision(ctx, []byte{byte(attestation.KindSGX), 1, 2, 3}, info.Keys)
			return err
		}},
		{"an X25519 key of 7 bytes", codes.InvalidArgument, func() error {
			_, err := genesis.client.Provision(ctx, bindsBadKeys, badX25519)
			return err
		}},
		{"a quote that does not bind the keys", codes.PermissionDenied, func() error {
			_, err := genesis.client.Provision(ctx, info.Quote, badX25519)
			return err
		}},
		{"bytecode that is not the record's", codes.InvalidArgument, func() error {
			_, err := genesis.client.Deploy(ctx, core.Deployment{ID: id, CodeHash: crypto.Keccak256Hash([]byte{1}), Bytecode: []byte{2}, GasLimit: 1})
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.Equal(t, tc.want, status.Code(err), "%v", err)
		})
	}
}
