package app

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"
)

// digester hashes a sequence of numbers and length-prefixed byte strings,
// so that no two sequences share a digest: the proposer's shortcut
// (proposal.go) and the signature cache (sigcache.go) name their inputs
// this way.
type digester struct {
	h hash.Hash
	n [8]byte
}

func newDigester() *digester { return &digester{h: sha256.New()} }

// word writes v as eight bytes.
func (d *digester) word(v uint64) {
	binary.BigEndian.PutUint64(d.n[:], v)
	d.h.Write(d.n[:])
}

// field writes b after its length.
func (d *digester) field(b []byte) {
	d.word(uint64(len(b)))
	d.h.Write(b)
}

func (d *digester) sum() [sha256.Size]byte {
	var s [sha256.Size]byte
	d.h.Sum(s[:0])
	return s
}
