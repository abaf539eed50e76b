// Package deltas seals, opens and replays the encrypted state deltas of
// secret contracts (DESIGN.md §3, §5). A delta is the ordered list of the
// storage slots one task changed with their new values, sealed as one blob
// padded to a size bucket, so an observer learns neither which slots a task
// touched nor how many, beyond the bucket.
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

// Delta is the set of changes of one task, sorted by slot, each slot once.
type Delta []Change

// Plaintext layout: uint32 count (big endian) || count × (slot 32 || value 32)
// || zero padding up to the smallest bucket that fits.
const (
	changeSize = 2 * common.HashLength
	countSize  = 4
)

// Buckets are the plaintext sizes a delta is padded to.
var Buckets = []int{256, 1 << 10, 4 << 10, 16 << 10, 64 << 10, 256 << 10, 1 << 20}

// MaxChanges is the most changes one delta can hold (the largest bucket).
var MaxChanges = (Buckets[len(Buckets)-1] - countSize) / changeSize

// Errors of delta encoding.
var (
	ErrTooManyChanges = errors.New("deltas: too many changes for one delta")
	ErrMalformed      = errors.New("deltas: malformed delta plaintext")
)

// FromMap builds a sorted delta from a map of changed slots.
func FromMap(changes map[common.Hash]common.Hash) Delta {
	d := make(Delta, 0, len(changes))
	for slot, value := range changes {
		d = append(d, Change{Slot: slot, Value: value})
	}
	sort.Slice(d, func(i, j int) bool { return bytes.Compare(d[i].Slot[:], d[j].Slot[:]) < 0 })
	return d
}

func bucketFor(size int) (int, bool) {
	for _, b := range Buckets {
		if size <= b {
			return b, true
		}
	}
	return 0, false
}

// Encode returns the padded plaintext of d. Slots must be strictly
// increasing.
func (d Delta) Encode() ([]byte, error) {
	if len(d) > MaxChanges {
		return nil, fmt.Errorf("%w: %d, the limit is %d", ErrTooManyChanges, len(d), MaxChanges)
	}
	for i := 1; i < len(d); i++ {
		if bytes.Compare(d[i-1].Slot[:], d[i].Slot[:]) >= 0 {
			return nil, fmt.Errorf("%w: slots not strictly increasing at change %d", ErrMalformed, i)
		}
	}
	size, _ := bucketFor(countSize + changeSize*len(d))
	out := make([]byte, size)
	binary.BigEndian.PutUint32(out, uint32(len(d)))
	off := countSize
	for _, c := range d {
		off += copy(out[off:], c.Slot[:])
		off += copy(out[off:], c.Value[:])
	}
	return out, nil
}

// Decode parses a padded plaintext, accepting only what Encode produces.
func Decode(plaintext []byte) (Delta, error) {
	size, ok := bucketFor(len(plaintext))
	if !ok || size != len(plaintext) {
		return nil, fmt.Errorf("%w: %d bytes is not a bucket size", ErrMalformed, len(plaintext))
	}
	n := int(binary.BigEndian.Uint32(plaintext))
	end := countSize + changeSize*n
	if n > MaxChanges || end > len(plaintext) {
		return nil, fmt.Errorf("%w: count %d does not fit %d bytes", ErrMalformed, n, len(plaintext))
	}
	if want, _ := bucketFor(end); want != len(plaintext) {
		return nil, fmt.Errorf("%w: %d changes padded to %d bytes, want %d", ErrMalformed, n, len(plaintext), want)
	}
	for _, b := range plaintext[end:] {
		if b != 0 {
			return nil, fmt.Errorf("%w: non-zero padding", ErrMalformed)
		}
	}
	d := make(Delta, n)
	off := countSize
	for i := range d {
		copy(d[i].Slot[:], plaintext[off:])
		copy(d[i].Value[:], plaintext[off+common.HashLength:])
		off += changeSize
		if i > 0 && bytes.Compare(d[i-1].Slot[:], d[i].Slot[:]) >= 0 {
			return nil, fmt.Errorf("%w: slots not strictly increasing at change %d", ErrMalformed, i)
		}
	}
	return d, nil
}
