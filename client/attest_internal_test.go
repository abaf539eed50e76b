package client

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"

	"github.com/enigmad/enigmad/enclave/attestation"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
)

// A verdict is cached for the record it was given, not for the address:
// a node that serves the same worker again with other keys in the same
// epoch gets them verified, and refused.
func TestVerdictCacheFollowsTheRecord(t *testing.T) {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	keys := attestation.PublicKeys{Signer: crypto.CompressPubkey(&k.PublicKey), X25519: make([]byte, 32)}
	data, err := attestation.ReportData("c-1", keys)
	require.NoError(t, err)
	q, err := attestation.SimulationIssuer{ProductID: 1}.Issue(data)
	require.NoError(t, err)
	w := registrytypes.Worker{EnclaveAddress: crypto.PubkeyToAddress(k.PublicKey).Bytes(), SignerPubkey: keys.Signer, X25519Key: keys.X25519, Quote: q}
	params := registrytypes.DefaultParams()
	params.AllowSimulatedAttestation = true
	c, err := New(Config{ChainID: "c-1", Node: noNode{}, AllowSimulated: true})
	require.NoError(t, err)
	v, err := c.verify(w, params, 7)
	require.NoError(t, err)
	require.Len(t, c.verdicts, 1)

	evil := w
	evil.X25519Key = append([]byte{1}, make([]byte, 31)...)
	_, err = c.verify(evil, params, 7)
	require.ErrorIs(t, err, ErrAttestation)
	require.Len(t, c.verdicts, 1, "refusals are not cached")
	again, err := c.verify(w, params, 7)
	require.NoError(t, err)
	require.Equal(t, v.keys, again.keys)
	// Another epoch's verdict; two epochs on, the first is dropped.
	_, err = c.verify(w, params, 9)
	require.NoError(t, err)
	require.Len(t, c.verdicts, 1)
}

// noNode is a node connection nothing is asked of.
type noNode struct{}

func (noNode) Invoke(context.Context, string, any, any, ...grpc.CallOption) error {
	return errors.New("no node")
}

func (noNode) NewStream(context.Context, *grpc.StreamDesc, string, ...grpc.CallOption) (grpc.ClientStream, error) {
	return nil, errors.New("no node")
}
