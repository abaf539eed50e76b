// Package identity is an enclave's identity: a secp256k1 signing key, whose
// Ethereum address is the worker's enclave signer, and HPKE decryption keys
// for both envelope suites. The keys are created inside the enclave, sealed
// to disk, and reloaded on restart.
package identity

import (
	"crypto/ecdsa"
	"crypto/hpke"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/seal"
)

// Identity holds the enclave's private keys.
type Identity struct {
	Signer *ecdsa.PrivateKey
	X25519 hpke.PrivateKey
	XWing  hpke.PrivateKey
}

// Generate creates a new identity.
func Generate() (*Identity, error) {
	signer, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	id := &Identity{Signer: signer}
	err = id.eachHPKEKey(func(_ int, suite envelope.Suite, kem hpke.KEM, dst *hpke.PrivateKey) (err error) {
		*dst, err = kem.GenerateKey()
		return err
	})
	return id, err
}

// eachHPKEKey calls fn for the X25519 and then the X-Wing key slot.
func (id *Identity) eachHPKEKey(fn func(i int, suite envelope.Suite, kem hpke.KEM, dst *hpke.PrivateKey) error) error {
	for i, s := range []struct {
		suite envelope.Suite
		dst   *hpke.PrivateKey
	}{{envelope.SuiteX25519, &id.X25519}, {envelope.SuiteXWing, &id.XWing}} {
		kem, err := s.suite.KEM()
		if err != nil {
			return err
		}
		if err := fn(i, s.suite, kem, s.dst); err != nil {
			return err
		}
	}
	return nil
}

// Address is the enclave signer's Ethereum address.
func (id *Identity) Address() common.Address { return crypto.PubkeyToAddress(id.Signer.PublicKey) }

// Public returns the public keys that a quote binds and clients encrypt to.
func (id *Identity) Public() attestation.PublicKeys {
	return attestation.PublicKeys{
		Signer: crypto.CompressPubkey(&id.Signer.PublicKey),
		X25519: id.X25519.PublicKey().Bytes(),
		XWing:  id.XWing.PublicKey().Bytes(),
	}
}

// EnvelopeKeys returns the keys that open task envelopes.
func (id *Identity) EnvelopeKeys() envelope.PrivateKeys {
	return envelope.PrivateKeys{X25519: id.X25519, XWing: id.XWing}
}

// Serialized identity: version 0x01 || signer D (32) || X25519 private (32)
// || X-Wing private seed (32).
const (
	formatV1   byte = 0x01
	keyPartLen      = 32
	encodedLen      = 1 + 3*keyPartLen
)

// sealAD binds sealed identities to their purpose.
var sealAD = []byte("enigma/identity/v1")

// MarshalBinary serializes the private keys, for sealing only.
func (id *Identity) MarshalBinary() ([]byte, error) {
	out := make([]byte, 0, encodedLen)
	out = append(out, formatV1)
	out = append(out, crypto.FromECDSA(id.Signer)...)
	for _, k := range []hpke.PrivateKey{id.X25519, id.XWing} {
		b, err := k.Bytes()
		if err != nil {
			return nil, err
		}
		if len(b) != keyPartLen {
			return nil, fmt.Errorf("identity: HPKE private key of %d bytes, want %d", len(b), keyPartLen)
		}
		out = append(out, b...)
	}
	return out, nil
}

// UnmarshalBinary restores an identity serialized by MarshalBinary.
func UnmarshalBinary(b []byte) (*Identity, error) {
	if len(b) != encodedLen || b[0] != formatV1 {
		return nil, errors.New("identity: malformed serialized identity")
	}
	signer, err := crypto.ToECDSA(b[1 : 1+keyPartLen])
	if err != nil {
		return nil, fmt.Errorf("identity: signing key: %w", err)
	}
	id := &Identity{Signer: signer}
	err = id.eachHPKEKey(func(i int, suite envelope.Suite, kem hpke.KEM, dst *hpke.PrivateKey) (err error) {
		off := 1 + keyPartLen*(i+1)
		if *dst, err = kem.NewPrivateKey(b[off : off+keyPartLen]); err != nil {
			return fmt.Errorf("identity: %s key: %w", suite, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return id, nil
}

// LoadOrCreate unseals the identity at path, or creates, seals and stores a
// new one if there is none. created says which happened.
func LoadOrCreate(path string, sealer seal.Sealer) (id *Identity, created bool, err error) {
	sealed, err := os.ReadFile(path)
	if err == nil {
		plain, err := sealer.Unseal(sealed, sealAD)
		if err != nil {
			return nil, false, fmt.Errorf("identity: %s: %w", path, err)
		}
		id, err := UnmarshalBinary(plain)
		return id, false, err
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, false, err
	}
	if id, err = Generate(); err != nil {
		return nil, false, err
	}
	plain, err := id.MarshalBinary()
	if err != nil {
		return nil, false, err
	}
	if sealed, err = sealer.Seal(plain, sealAD); err != nil {
		return nil, false, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, false, err
	}
	// Write then rename, so a crash never leaves a half-written identity.
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, sealed, 0o600); err != nil {
		return nil, false, err
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, false, err
	}
	return id, true, nil
}
