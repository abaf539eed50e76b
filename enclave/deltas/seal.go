package deltas

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/chacha20poly1305"
)

// Sealed-delta wire format: nonce (24, random) || XChaCha20-Poly1305(state
// key, nonce, plaintext, AAD). The AAD binds the delta to its place in the
// contract's log:
//
//	AAD = contract (20) || index (uint64 big endian) || prev_delta_hash (32)
//
// The delta hash, which the next delta's AAD and the receipt carry, is
// keccak256(sealed delta).

// NonceSize is XChaCha20-Poly1305's nonce size.
const NonceSize = chacha20poly1305.NonceSizeX

// MaxSealedSize bounds a sealed delta.
var MaxSealedSize = NonceSize + Buckets[len(Buckets)-1] + chacha20poly1305.Overhead

// ErrOpen is returned for a sealed delta that does not authenticate: wrong
// key, wrong place in the log, or tampered.
var ErrOpen = errors.New("deltas: cannot open delta: wrong state key, wrong contract, index or previous hash, or tampered")

// Position is where a delta sits in its contract's log.
type Position struct {
	Contract common.Address
	Index    uint64
	PrevHash common.Hash
}

func (p Position) aad() []byte {
	aad := make([]byte, 0, common.AddressLength+8+common.HashLength)
	aad = append(aad, p.Contract.Bytes()...)
	aad = binary.BigEndian.AppendUint64(aad, p.Index)
	return append(aad, p.PrevHash.Bytes()...)
}

// Hash returns the delta hash of a sealed delta.
func Hash(sealed []byte) common.Hash { return crypto.Keccak256Hash(sealed) }

// Seal encrypts d for position p under the contract's state key. The nonce
// is random, so executing the same index twice never reuses a nonce.
func Seal(key []byte, p Position, d Delta) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, fmt.Errorf("deltas: %w", err)
	}
	plaintext, err := d.Encode()
	if err != nil {
		return nil, err
	}
	out := make([]byte, NonceSize, NonceSize+len(plaintext)+aead.Overhead())
	if _, err := rand.Read(out); err != nil {
		return nil, err
	}
	return aead.Seal(out, out[:NonceSize], plaintext, p.aad()), nil
}

// Open decrypts and decodes a sealed delta for position p.
func Open(key []byte, p Position, sealed []byte) (Delta, error) {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return Delta{}, fmt.Errorf("deltas: %w", err)
	}
	if len(sealed) < NonceSize+aead.Overhead() || len(sealed) > MaxSealedSize {
		return Delta{}, fmt.Errorf("%w: %d bytes", ErrOpen, len(sealed))
	}
	plaintext, err := aead.Open(nil, sealed[:NonceSize], sealed[NonceSize:], p.aad())
	if err != nil {
		return Delta{}, ErrOpen
	}
	return Decode(plaintext)
}
