package seed_test

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/ethsig"
	"github.com/enigmad/enigmad/enclave/identity"
	"github.com/enigmad/enigmad/enclave/seed"
)

const chainID = "enigma-local-1"

var devPolicy = attestation.Policy{AllowSimulated: true}

func newcomer(t *testing.T) (*identity.Identity, []byte) {
	t.Helper()
	id, err := identity.Generate()
	require.NoError(t, err)
	rd, err := attestation.ReportData(chainID, id.Public())
	require.NoError(t, err)
	quote, err := attestation.SimulationIssuer{}.Issue(rd)
	require.NoError(t, err)
	return id, quote
}

func TestProvisionFlow(t *testing.T) {
	s, err := seed.New()
	require.NoError(t, err)
	commitment, err := seed.Commitment(s)
	require.NoError(t, err)
	require.Len(t, commitment, 33)

	id, quote := newcomer(t)
	p, err := seed.ProvideFor(s, chainID, quote, id.Public(), attestation.KindVerifier{}, devPolicy)
	require.NoError(t, err)
	require.NotContains(t, string(p.Envelope), string(s), "the seed never travels in the clear")

	// The chain's check, without decrypting.
	require.NoError(t, seed.VerifyProvision(commitment, chainID, id.Address(), p))
	require.ErrorIs(t, seed.VerifyProvision(commitment, chainID, common.HexToAddress("0x1"), p), seed.ErrProvision, "for another newcomer")
	require.ErrorIs(t, seed.VerifyProvision(commitment, "enigma-other-1", id.Address(), p), seed.ErrProvision, "for another chain")

	got, err := seed.Accept(id, chainID, commitment, p)
	require.NoError(t, err)
	require.Equal(t, s, got)

	// Another enclave cannot open it.
	other, _ := newcomer(t)
	_, err = seed.Accept(other, chainID, commitment, p)
	require.ErrorIs(t, err, seed.ErrProvision)
}

func TestProvisionRefusals(t *testing.T) {
	s, _ := seed.New()
	id, quote := newcomer(t)

	_, err := seed.ProvideFor(s, chainID, quote, id.Public(), attestation.KindVerifier{}, attestation.Policy{})
	require.ErrorIs(t, err, attestation.ErrSimulatedRefused, "a network that requires SGX refuses simulated newcomers")
	other, _ := newcomer(t)
	_, err = seed.ProvideFor(s, chainID, quote, other.Public(), attestation.KindVerifier{}, devPolicy)
	require.ErrorIs(t, err, attestation.ErrBinding, "quote of one enclave, keys of another")

	// A provider with a different seed: the signature does not match the
	// network's commitment, so the chain rejects it; and the newcomer too.
	wrong, _ := seed.New()
	commitment, _ := seed.Commitment(s)
	p, err := seed.ProvideFor(wrong, chainID, quote, id.Public(), attestation.KindVerifier{}, devPolicy)
	require.NoError(t, err)
	require.ErrorIs(t, seed.VerifyProvision(commitment, chainID, id.Address(), p), seed.ErrProvision)
	_, err = seed.Accept(id, chainID, commitment, p)
	require.ErrorIs(t, err, seed.ErrProvision)

	// A tampered ciphertext breaks the signature.
	good, err := seed.ProvideFor(s, chainID, quote, id.Public(), attestation.KindVerifier{}, devPolicy)
	require.NoError(t, err)
	good.Envelope = bytes.Clone(good.Envelope)
	good.Envelope[40] ^= 1
	require.ErrorIs(t, seed.VerifyProvision(commitment, chainID, id.Address(), good), seed.ErrProvision)
}

func TestBeacon(t *testing.T) {
	s, _ := seed.New()
	m := hmac.New(sha256.New, s)
	m.Write(append([]byte("beacon"), 0, 0, 0, 0, 0, 0, 0, 5))
	require.Equal(t, m.Sum(nil), seed.Beacon(s, 5))
	require.NotEqual(t, seed.Beacon(s, 5), seed.Beacon(s, 6))

	id, _ := newcomer(t)
	value, sig, err := seed.SignBeacon(s, chainID, 5, id.Signer)
	require.NoError(t, err)
	signer, err := ethsig.Recover(seed.BeaconDigest(chainID, 5, value), sig)
	require.NoError(t, err)
	require.Equal(t, id.Address(), signer)
}

func TestCommitmentKeyIsStable(t *testing.T) {
	s := bytes.Repeat([]byte{0x42}, 32)
	a, err := seed.Commitment(s)
	require.NoError(t, err)
	b, err := seed.Commitment(s)
	require.NoError(t, err)
	require.Equal(t, a, b)
	_, err = seed.Commitment(s[:31])
	require.Error(t, err)
}
