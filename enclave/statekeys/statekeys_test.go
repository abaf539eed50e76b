package statekeys_test

import (
	"crypto/hkdf"
	"crypto/sha256"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/enclave/statekeys"
)

func TestForContract(t *testing.T) {
	seed := sha256.Sum256([]byte("master seed"))
	a, b := common.HexToAddress("0x0a"), common.HexToAddress("0x0b")
	ka, err := statekeys.ForContract(seed[:], a)
	require.NoError(t, err)
	require.Len(t, ka, statekeys.KeySize)
	again, err := statekeys.ForContract(seed[:], a)
	require.NoError(t, err)
	require.Equal(t, ka, again, "every enclave derives the same key")
	kb, err := statekeys.ForContract(seed[:], b)
	require.NoError(t, err)
	require.NotEqual(t, ka, kb)

	// HKDF-SHA256(seed, salt "enigma/state/v1", info contract), written out
	// with the two RFC 5869 steps.
	prk, err := hkdf.Extract(sha256.New, seed[:], []byte("enigma/state/v1"))
	require.NoError(t, err)
	want, err := hkdf.Expand(sha256.New, prk, string(a.Bytes()), 32)
	require.NoError(t, err)
	require.Equal(t, want, ka)

	_, err = statekeys.ForContract(seed[:31], a)
	require.Error(t, err)
}
