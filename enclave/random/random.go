// Package random is the secret randomness a task sees (issue 19): bytes
// derived inside the enclave from the master seed, the task (its contract,
// id, inputs hash, sender and gas limit, as recorded on Ethereum) and a
// per-call counter, so that they are unpredictable to anyone without the
// seed, the same every time the same task is executed (a re-run learns
// nothing new and cannot re-roll), and different for every task and every
// call. Binding the inputs hash, sender and gas limit means that a host
// which runs a made-up task under a real task's id (the enclave cannot yet
// check a task against Ethereum) sees other bytes than the real task will.
// enclave/README.md ("Secret randomness") says what this does not prevent. The confidential EVM serves
// them through a precompile (enclave/evm, Address); enclave/README.md
// pins the derivation and testdata/vectors.json its values.
package random

import (
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// MaxBytes is the most one call may ask for.
const MaxBytes = 1024

// MaxPersonalization is the longest personalization a call may give: HKDF
// hashes it again for every 32 bytes returned, so its length must stay
// small for the gas a call pays to bound its work.
const MaxPersonalization = 256

// SeedSize is the size of the master seed.
const SeedSize = 32

// domain starts the HKDF salt, so that no other key derived from the seed
// can equal a task's.
const domain = "enigma/random/v1"

// ErrTooMany refuses a request for more than MaxBytes.
var ErrTooMany = errors.New("random: at most 1024 bytes a call, with at most 256 bytes of personalization")

// Task is what a task's randomness is bound to: its record on Ethereum.
type Task struct {
	Contract   common.Address
	ID         common.Hash
	InputsHash common.Hash
	Sender     common.Address
	GasLimit   uint64
}

// Source is one task's randomness. Calls are numbered from 0 in the order
// the task makes them; a Source serves one execution of one task.
type Source struct {
	prk     []byte
	counter uint64
}

// NewSource returns the randomness of task t: prk = HKDF-Extract(SHA-256,
// salt = "enigma/random/v1" || contract (20 bytes) || task id (32) ||
// inputs hash (32) || sender (20) || uint64(gas limit) (8, big-endian),
// secret = seed).
func NewSource(seed []byte, t Task) (*Source, error) {
	if len(seed) != SeedSize {
		return nil, fmt.Errorf("random: the seed must be %d bytes, got %d", SeedSize, len(seed))
	}
	salt := make([]byte, 0, len(domain)+2*common.AddressLength+2*common.HashLength+8)
	salt = append(salt, domain...)
	salt = append(salt, t.Contract.Bytes()...)
	salt = append(salt, t.ID.Bytes()...)
	salt = append(salt, t.InputsHash.Bytes()...)
	salt = append(salt, t.Sender.Bytes()...)
	salt = binary.BigEndian.AppendUint64(salt, t.GasLimit)
	prk, err := hkdf.Extract(sha256.New, seed, salt)
	if err != nil {
		return nil, err
	}
	return &Source{prk: prk}, nil
}

// Read returns the next call's n bytes under personalization:
// HKDF-Expand(SHA-256, prk, info = uint64(counter) || uint32(n) ||
// personalization, n), integers big-endian, the counter counting this
// task's calls from 0.
func (s *Source) Read(n int, personalization []byte) ([]byte, error) {
	if n < 0 || n > MaxBytes || len(personalization) > MaxPersonalization {
		return nil, ErrTooMany
	}
	if n == 0 {
		s.counter++
		return []byte{}, nil
	}
	info := make([]byte, 12, 12+len(personalization))
	binary.BigEndian.PutUint64(info, s.counter)
	binary.BigEndian.PutUint32(info[8:], uint32(n))
	info = append(info, personalization...)
	out, err := hkdf.Expand(sha256.New, s.prk, string(info), n)
	if err != nil {
		return nil, err
	}
	s.counter++
	return out, nil
}

// Calls is how many calls the source has served.
func (s *Source) Calls() uint64 { return s.counter }
