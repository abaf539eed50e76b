// Package envelope is the HPKE (RFC 9180) task envelope of docs/design.md §2: a
// client encrypts a call to the selected worker's enclave, binding the chain,
// the secret contract and the task id into HPKE's info, and keeps the sender
// context to derive the key that the result comes back under.
package envelope

import (
	"crypto/hpke"
	"fmt"
)

// Suite is the one-byte identifier of an HPKE ciphersuite on the wire.
type Suite byte

const (
	// SuiteX25519 is DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM:
	// the default.
	SuiteX25519 Suite = 0x01
	// SuiteXWing is X-Wing (ML-KEM-768 + X25519, post-quantum hybrid),
	// HKDF-SHA256, AES-256-GCM.
	SuiteXWing Suite = 0x02
)

// Encapsulated-key sizes of the suites' KEMs (RFC 9180 Nenc).
const (
	encSizeX25519 = 32
	encSizeXWing  = 1120
)

// String names the suite.
func (s Suite) String() string {
	switch s {
	case SuiteX25519:
		return "DHKEM(X25519)-HKDF-SHA256-AES256GCM"
	case SuiteXWing:
		return "XWing(MLKEM768-X25519)-HKDF-SHA256-AES256GCM"
	}
	return fmt.Sprintf("unknown suite 0x%02x", byte(s))
}

// KEM returns the suite's key encapsulation mechanism.
func (s Suite) KEM() (hpke.KEM, error) {
	switch s {
	case SuiteX25519:
		return hpke.DHKEM(ecdhX25519()), nil
	case SuiteXWing:
		return hpke.MLKEM768X25519(), nil
	}
	return nil, fmt.Errorf("%w: 0x%02x", ErrUnknownSuite, byte(s))
}

func (s Suite) encSize() int {
	if s == SuiteXWing {
		return encSizeXWing
	}
	return encSizeX25519
}

// Both suites use HKDF-SHA256 and AES-256-GCM.
func kdf() hpke.KDF   { return hpke.HKDFSHA256() }
func aead() hpke.AEAD { return hpke.AES256GCM() }
