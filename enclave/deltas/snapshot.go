package deltas

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/crypto/chacha20poly1305"
)

const snapshotDomain = "enigma/snapshot/v1"

// snapshotHeaderSize is contract (20) || next (8) || head (32).
const snapshotHeaderSize = common.AddressLength + 8 + common.HashLength

// ErrSnapshot is returned for a snapshot that does not authenticate or parse.
var ErrSnapshot = errors.New("deltas: bad snapshot")

// Snapshot seals the log's whole storage so that a new enclave can start
// from it instead of replaying from index 0. Wire format:
//
//	contract (20) || next (8) || head (32) || nonce (24) || XChaCha20-Poly1305(
//	    key, nonce, the code and the sorted storage in the delta layout
//	    without padding, AAD = "enigma/snapshot/v1" || header)
//
// The header is in clear so that the holder knows which log position the
// snapshot stands for; the AAD makes it tamper-evident.
func (l *Log) Snapshot() ([]byte, error) {
	aead, err := chacha20poly1305.NewX(l.key)
	if err != nil {
		return nil, err
	}
	header := make([]byte, 0, snapshotHeaderSize)
	header = append(header, l.Contract.Bytes()...)
	header = binary.BigEndian.AppendUint64(header, l.Next)
	header = append(header, l.Head.Bytes()...)

	entries := SortedChanges(l.Storage)
	plaintext := appendBody(make([]byte, 0, bodySize(len(entries), len(l.Code))), entries, l.Code)
	out := make([]byte, 0, len(header)+NonceSize+len(plaintext)+aead.Overhead())
	out = append(out, header...)
	nonce := make([]byte, NonceSize)
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	out = append(out, nonce...)
	return aead.Seal(out, nonce, plaintext, append([]byte(snapshotDomain), header...)), nil
}

// RestoreSnapshot opens a snapshot of contract made with key.
func RestoreSnapshot(contract common.Address, key, snapshot []byte) (*Log, error) {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	if len(snapshot) < snapshotHeaderSize+NonceSize+aead.Overhead() {
		return nil, fmt.Errorf("%w: %d bytes", ErrSnapshot, len(snapshot))
	}
	header := snapshot[:snapshotHeaderSize]
	if common.BytesToAddress(header[:common.AddressLength]) != contract {
		return nil, fmt.Errorf("%w: it is for another contract", ErrSnapshot)
	}
	nonce := snapshot[snapshotHeaderSize : snapshotHeaderSize+NonceSize]
	plaintext, err := aead.Open(nil, nonce, snapshot[snapshotHeaderSize+NonceSize:], append([]byte(snapshotDomain), header...))
	if err != nil {
		return nil, fmt.Errorf("%w: does not authenticate", ErrSnapshot)
	}
	body, end, err := parseBody(plaintext)
	if err != nil || end != len(plaintext) {
		return nil, fmt.Errorf("%w: malformed contents", ErrSnapshot)
	}
	l := NewLog(contract, key)
	l.Next = binary.BigEndian.Uint64(header[common.AddressLength:])
	l.Head = common.BytesToHash(header[common.AddressLength+8:])
	l.Code = body.Code
	for _, c := range body.Changes {
		l.Storage[c.Slot] = c.Value
	}
	return l, nil
}
