// Package statekeys derives the per-contract state keys from the master
// seed (docs/design.md §3): HKDF-SHA256(seed, salt "enigma/state/v1", info
// contract address). Every provisioned enclave derives the same key, so any
// of them can rebuild a contract's state from the delta log.
package statekeys

import (
	"crypto/hkdf"
	"crypto/sha256"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// KeySize is the size of a state key (XChaCha20-Poly1305).
const KeySize = 32

// SeedSize is the size of the master seed.
const SeedSize = 32

const salt = "enigma/state/v1"

// ForContract returns the state key of contract.
func ForContract(seed []byte, contract common.Address) ([]byte, error) {
	if len(seed) != SeedSize {
		return nil, fmt.Errorf("statekeys: seed must be %d bytes, got %d", SeedSize, len(seed))
	}
	return hkdf.Key(sha256.New, seed, []byte(salt), string(contract.Bytes()), KeySize)
}
