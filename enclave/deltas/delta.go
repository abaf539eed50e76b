// Package deltas seals, opens and replays the encrypted state deltas of
// secret contracts (docs/design.md §3, §5). A delta is the ordered list of the
// storage slots one task changed with their new values, sealed as one blob
// padded to a size bucket, so an observer learns neither which slots a task
// touched nor how many, beyond the bucket. The first delta of a contract
// also carries its runtime code, which may embed secret constructor
// arguments (Solidity immutables) and so is state like any other.
package deltas

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// Change is one storage slot's new value.
type Change struct {
	Slot  common.Hash
	Value common.Hash
}

// Delta is what one task changed: storage slots, sorted, each once; and, for
// a deployment, the runtime code.
type Delta struct {
	Changes []Change
	Code    []byte
}

// Plaintext layout:
//
//	uint32 count || count × (slot 32 || value 32) || uint32 codeLen || code
//	|| zero padding up to the smallest bucket that fits (all big endian).
const (
	changeSize = 2 * common.HashLength
	lenSize    = 4
)

// Buckets are the plaintext sizes a delta is padded to.
var Buckets = []int{256, 1 << 10, 4 << 10, 16 << 10, 64 << 10, 256 << 10, 1 << 20}

// MaxChanges is the most changes one delta without code can hold.
var MaxChanges = (Buckets[len(Buckets)-1] - 2*lenSize) / changeSize

// MaxCodeSize is EIP-170's limit on runtime code.
const MaxCodeSize = 24576

// Errors of delta encoding.
var (
	ErrTooLarge  = errors.New("deltas: delta too large")
	ErrMalformed = errors.New("deltas: malformed delta plaintext")
)

// SortedChanges turns a map of changed slots into sorted changes.
func SortedChanges(changes map[common.Hash]common.Hash) []Change {
	if len(changes) == 0 {
		return nil
	}
	d := make([]Change, 0, len(changes))
	for slot, value := range changes {
		d = append(d, Change{Slot: slot, Value: value})
	}
	sort.Slice(d, func(i, j int) bool { return bytes.Compare(d[i].Slot[:], d[j].Slot[:]) < 0 })
	return d
}

// IsEmpty says whether the delta changes nothing.
func (d Delta) IsEmpty() bool { return len(d.Changes) == 0 && len(d.Code) == 0 }

func bucketFor(size int) (int, bool) {
	for _, b := range Buckets {
		if size <= b {
			return b, true
		}
	}
	return 0, false
}

func bodySize(changes, code int) int { return 2*lenSize + changeSize*changes + code }

// appendBody writes the unpadded layout.
func appendBody(out []byte, changes []Change, code []byte) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(changes)))
	for _, c := range changes {
		out = append(out, c.Slot[:]...)
		out = append(out, c.Value[:]...)
	}
	out = binary.BigEndian.AppendUint32(out, uint32(len(code)))
	return append(out, code...)
}

// parseBody reads the unpadded layout from the front of b and returns the
// number of bytes used.
func parseBody(b []byte) (Delta, int, error) {
	if len(b) < lenSize {
		return Delta{}, 0, fmt.Errorf("%w: truncated", ErrMalformed)
	}
	n := uint64(binary.BigEndian.Uint32(b))
	off := uint64(lenSize) + changeSize*n
	if off+lenSize > uint64(len(b)) {
		return Delta{}, 0, fmt.Errorf("%w: %d changes do not fit %d bytes", ErrMalformed, n, len(b))
	}
	codeLen := uint64(binary.BigEndian.Uint32(b[off:]))
	end := off + lenSize + codeLen
	if codeLen > MaxCodeSize || end > uint64(len(b)) {
		return Delta{}, 0, fmt.Errorf("%w: code of %d bytes does not fit", ErrMalformed, codeLen)
	}
	var d Delta
	if n > 0 {
		d.Changes = make([]Change, n)
	}
	p := lenSize
	for i := range d.Changes {
		copy(d.Changes[i].Slot[:], b[p:])
		copy(d.Changes[i].Value[:], b[p+common.HashLength:])
		p += changeSize
		if i > 0 && bytes.Compare(d.Changes[i-1].Slot[:], d.Changes[i].Slot[:]) >= 0 {
			return Delta{}, 0, fmt.Errorf("%w: slots not strictly increasing at change %d", ErrMalformed, i)
		}
	}
	if codeLen > 0 {
		d.Code = bytes.Clone(b[off+lenSize : end])
	}
	return d, int(end), nil
}

// Encode returns the padded plaintext of d.
func (d Delta) Encode() ([]byte, error) {
	if len(d.Code) > MaxCodeSize {
		return nil, fmt.Errorf("%w: code of %d bytes, the limit is %d", ErrTooLarge, len(d.Code), MaxCodeSize)
	}
	size, ok := bucketFor(bodySize(len(d.Changes), len(d.Code)))
	if !ok {
		return nil, fmt.Errorf("%w: %d changes and %d bytes of code exceed %d bytes", ErrTooLarge, len(d.Changes), len(d.Code), Buckets[len(Buckets)-1])
	}
	for i := 1; i < len(d.Changes); i++ {
		if bytes.Compare(d.Changes[i-1].Slot[:], d.Changes[i].Slot[:]) >= 0 {
			return nil, fmt.Errorf("%w: slots not strictly increasing at change %d", ErrMalformed, i)
		}
	}
	out := appendBody(make([]byte, 0, size), d.Changes, d.Code)
	return out[:size], nil
}

// Decode parses a padded plaintext, accepting only what Encode produces.
func Decode(plaintext []byte) (Delta, error) {
	if size, ok := bucketFor(len(plaintext)); !ok || size != len(plaintext) {
		return Delta{}, fmt.Errorf("%w: %d bytes is not a bucket size", ErrMalformed, len(plaintext))
	}
	d, end, err := parseBody(plaintext)
	if err != nil {
		return Delta{}, err
	}
	if want, _ := bucketFor(end); want != len(plaintext) {
		return Delta{}, fmt.Errorf("%w: %d bytes padded to %d, want %d", ErrMalformed, end, len(plaintext), want)
	}
	for _, b := range plaintext[end:] {
		if b != 0 {
			return Delta{}, fmt.Errorf("%w: non-zero padding", ErrMalformed)
		}
	}
	return d, nil
}
