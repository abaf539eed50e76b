package identity_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/identity"
	"github.com/enigmad/enigmad/enclave/seal"
)

func TestLoadOrCreateSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	sealer, err := seal.NewSimulation(dir)
	require.NoError(t, err)
	path := filepath.Join(dir, "identity.sealed")

	id, created, err := identity.LoadOrCreate(path, sealer)
	require.NoError(t, err)
	require.True(t, created)
	pub := id.Public()
	require.Len(t, pub.Signer, 33)
	require.Len(t, pub.X25519, 32)
	require.Len(t, pub.XWing, 1216)

	again, created, err := identity.LoadOrCreate(path, sealer)
	require.NoError(t, err)
	require.False(t, created)
	require.Equal(t, id.Address(), again.Address())
	require.Equal(t, pub, again.Public())

	// The reloaded keys open envelopes sealed to the first instance.
	b := envelope.Binding{ChainID: "c", Contract: common.HexToAddress("0x1"), TaskID: common.Hash{1}}
	for _, s := range []struct {
		suite envelope.Suite
		key   []byte
	}{{envelope.SuiteX25519, pub.X25519}, {envelope.SuiteXWing, pub.XWing}} {
		env, _, err := envelope.Seal(envelope.PublicKey{Suite: s.suite, Bytes: s.key}, b, envelope.Call{Data: []byte{7}})
		require.NoError(t, err)
		opened, err := envelope.Open(again.EnvelopeKeys(), b, env)
		require.NoError(t, err)
		require.Equal(t, []byte{7}, opened.Call.Data)
	}

	// The file is sealed: no key material in the clear, and tampering is caught.
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	plain, err := id.MarshalBinary()
	require.NoError(t, err)
	require.NotContains(t, string(raw), string(plain[1:33]))
	raw[10] ^= 1
	require.NoError(t, os.WriteFile(path, raw, 0o600))
	_, _, err = identity.LoadOrCreate(path, sealer)
	require.ErrorIs(t, err, seal.ErrUnseal)
}

func TestUnmarshalRejectsGarbage(t *testing.T) {
	_, err := identity.UnmarshalBinary([]byte{1, 2, 3})
	require.Error(t, err)
	_, err = identity.UnmarshalBinary(make([]byte, 97))
	require.Error(t, err)
}
