// Package seed is the network's master seed (docs/design.md §3): created once by
// the genesis worker's enclave, committed to in genesis by a public key
// derived from it, handed from enclave to enclave encrypted to an attested
// newcomer, and used for state keys and epoch beacons. It never leaves an
// enclave in the clear.
package seed

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/hpke"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ethsig"
	"github.com/enigmad/enigmad/enclave/identity"
)

// Size is the size of the master seed.
const Size = 32

// Errors of seed handling.
var (
	ErrCommitment = errors.New("seed: the seed does not match the network's commitment")
	ErrProvision  = errors.New("seed: bad provisioning message")
	ErrKeys       = errors.New("seed: malformed newcomer keys")
)

const (
	commitInfo     = "enigma/seed-commit/v1"
	provisionInfo  = "enigma/seed/v1"
	provisionSigDS = "enigma/provision/v1"
	beaconSigDS    = "enigma/beacon/v1"
)

// New creates a master seed (InitNetwork).
func New() ([]byte, error) {
	s := make([]byte, Size)
	if _, err := rand.Read(s); err != nil {
		return nil, err
	}
	return s, nil
}

// CommitmentKey derives the secp256k1 key HKDF-SHA256(seed, info
// "enigma/seed-commit/v1"); its public key is the network's commitment. The
// HKDF output is reduced into [1, n-1] so that every seed gives a valid key.
func CommitmentKey(seed []byte) (*ecdsa.PrivateKey, error) {
	if len(seed) != Size {
		return nil, fmt.Errorf("seed: must be %d bytes, got %d", Size, len(seed))
	}
	okm, err := hkdf.Key(sha256.New, seed, nil, commitInfo, 48)
	if err != nil {
		return nil, err
	}
	n := crypto.S256().Params().N
	d := new(big.Int).Mod(new(big.Int).SetBytes(okm), new(big.Int).Sub(n, big.NewInt(1)))
	d.Add(d, big.NewInt(1))
	return crypto.ToECDSA(common.LeftPadBytes(d.Bytes(), 32))
}

// Commitment returns the compressed public commitment key of seed, the
// value genesis carries.
func Commitment(seed []byte) ([]byte, error) {
	k, err := CommitmentKey(seed)
	if err != nil {
		return nil, err
	}
	return crypto.CompressPubkey(&k.PublicKey), nil
}

// Beacon returns HMAC-SHA256(seed, "beacon" || uint64 epoch): the epoch
// randomness only a provisioned enclave can compute.
func Beacon(seed []byte, epoch uint64) []byte {
	m := hmac.New(sha256.New, seed)
	m.Write([]byte("beacon"))
	m.Write(binary.BigEndian.AppendUint64(nil, epoch))
	return m.Sum(nil)
}

// SignBeacon returns the beacon of epoch and the enclave's signature over
// BeaconDigest, what MsgSubmitBeacon carries.
func SignBeacon(seed []byte, chainID string, epoch uint64, key *ecdsa.PrivateKey) (value, sig []byte, err error) {
	value = Beacon(seed, epoch)
	sig, err = ethsig.Sign(BeaconDigest(chainID, epoch, value), key)
	return value, sig, err
}

// BeaconDigest is what an enclave signs to submit a beacon:
// keccak256("enigma/beacon/v1" || uint8(len(chainID)) || chainID || uint64 epoch || value).
func BeaconDigest(chainID string, epoch uint64, value []byte) common.Hash {
	return crypto.Keccak256Hash([]byte(beaconSigDS), []byte{byte(len(chainID))}, []byte(chainID),
		binary.BigEndian.AppendUint64(nil, epoch), value)
}

// Provision is what an already provisioned enclave sends a newcomer through
// the chain: the seed HPKE-encrypted to the newcomer, and a signature by the
// commitment key that lets the chain (which cannot decrypt) check that the
// sender knows the seed.
type Provision struct {
	// Envelope is version || suite || enc || ciphertext, as task envelopes,
	// with info = "enigma/seed/v1" || uint8(len(chainID)) || chainID || newcomer address.
	Envelope []byte
	// Signature is a 65-byte secp256k1 signature (v in {27, 28}) by the
	// commitment key over ProvisionDigest.
	Signature []byte
}

func provisionBinding(chainID string, newcomer common.Address) []byte {
	info := append([]byte(provisionInfo), byte(len(chainID)))
	info = append(info, chainID...)
	return append(info, newcomer.Bytes()...)
}

// ProvisionDigest is keccak256("enigma/provision/v1" || uint8(len(chainID))
// || chainID || newcomer address || keccak256(envelope)).
func ProvisionDigest(chainID string, newcomer common.Address, env []byte) common.Hash {
	return crypto.Keccak256Hash([]byte(provisionSigDS), []byte{byte(len(chainID))}, []byte(chainID),
		newcomer.Bytes(), crypto.Keccak256(env))
}

// ProvideFor encrypts the seed to a newcomer after verifying, inside this
// enclave, the newcomer's quote against policy and its binding to this chain
// and the newcomer's keys. It prefers the newcomer's X-Wing key when offered.
func ProvideFor(seed []byte, chainID string, quote []byte, keys attestation.PublicKeys, v attestation.Verifier, policy attestation.Policy) (Provision, error) {
	if _, err := attestation.Verify(v, policy, quote, chainID, keys); err != nil {
		return Provision{}, fmt.Errorf("seed: newcomer attestation: %w", err)
	}
	pub, err := crypto.DecompressPubkey(keys.Signer)
	if err != nil {
		return Provision{}, fmt.Errorf("%w: signing key: %v", ErrKeys, err)
	}
	newcomer := crypto.PubkeyToAddress(*pub)
	suite, encKey := envelope.SuiteX25519, keys.X25519
	if len(keys.XWing) > 0 {
		suite, encKey = envelope.SuiteXWing, keys.XWing
	}
	env, err := sealTo(suite, encKey, provisionBinding(chainID, newcomer), seed)
	if err != nil {
		return Provision{}, err
	}
	ck, err := CommitmentKey(seed)
	if err != nil {
		return Provision{}, err
	}
	sig, err := ethsig.Sign(ProvisionDigest(chainID, newcomer, env), ck)
	if err != nil {
		return Provision{}, err
	}
	return Provision{Envelope: env, Signature: sig}, nil
}

// VerifyProvision is the chain's check: the signature is by the commitment
// key, over this newcomer and this ciphertext.
func VerifyProvision(commitment []byte, chainID string, newcomer common.Address, p Provision) error {
	pub, err := ethsig.RecoverPubkey(ProvisionDigest(chainID, newcomer, p.Envelope), p.Signature)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrProvision, err)
	}
	if !bytes.Equal(crypto.CompressPubkey(pub), commitment) {
		return fmt.Errorf("%w: not signed by the network's commitment key", ErrProvision)
	}
	return nil
}

// Accept opens a provision addressed to id and checks the seed against the
// network's commitment (AcceptSeed). The caller seals the returned seed.
func Accept(id *identity.Identity, chainID string, commitment []byte, p Provision) ([]byte, error) {
	if err := VerifyProvision(commitment, chainID, id.Address(), p); err != nil {
		return nil, err
	}
	s, err := openFrom(id.EnvelopeKeys(), provisionBinding(chainID, id.Address()), p.Envelope)
	if err != nil {
		return nil, err
	}
	got, err := Commitment(s)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(got, commitment) {
		return nil, ErrCommitment
	}
	return s, nil
}

// sealTo and openFrom are HPKE single-shot over the envelope framing.
func sealTo(suite envelope.Suite, pubKey, info, plaintext []byte) ([]byte, error) {
	kem, err := suite.KEM()
	if err != nil {
		return nil, err
	}
	pk, err := kem.NewPublicKey(pubKey)
	if err != nil {
		return nil, fmt.Errorf("%w: %s key: %v", ErrKeys, suite, err)
	}
	ct, err := hpke.Seal(pk, hpke.HKDFSHA256(), hpke.AES256GCM(), info, plaintext)
	if err != nil {
		return nil, err
	}
	return append([]byte{envelope.Version1, byte(suite)}, ct...), nil
}

func openFrom(keys envelope.PrivateKeys, info, env []byte) ([]byte, error) {
	p, err := envelope.Parse(env)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrProvision, err)
	}
	var key hpke.PrivateKey
	switch p.Suite {
	case envelope.SuiteX25519:
		key = keys.X25519
	case envelope.SuiteXWing:
		key = keys.XWing
	}
	if key == nil {
		return nil, fmt.Errorf("%w: no key for %s", ErrProvision, p.Suite)
	}
	s, err := hpke.Open(key, hpke.HKDFSHA256(), hpke.AES256GCM(), info, env[2:])
	if err != nil {
		return nil, fmt.Errorf("%w: cannot decrypt", ErrProvision)
	}
	if len(s) != Size {
		return nil, fmt.Errorf("%w: seed of %d bytes", ErrProvision, len(s))
	}
	return s, nil
}
