// Package merkle is the Merkle tree over the receipt leaves of a batch
// (docs/design.md §2 step 8), defined once here and once in Solidity, pinned by
// testdata/vectors.json.
//
// Rule: the leaves are the receipts' leaf hashes in the order the chain
// committed them. Each level pairs nodes (0,1), (2,3), …; a pair's parent is
// keccak256 of the two hashes in ascending byte order (OpenZeppelin's
// commutative keccak256, so OpenZeppelin's MerkleProof.verify checks our
// proofs unchanged); a last node without a partner moves up unchanged (never
// duplicated, so no two leaf lists share a root by padding). The root of one
// leaf is the leaf. A proof is the partner hashes from the leaf up, skipping
// the levels where the node had no partner.
//
// This is not the tree of OpenZeppelin's JavaScript library
// (@openzeppelin/merkle-tree), which sorts leaves and fills a complete
// binary tree from the end: it verifies our proofs (the pair hash is the
// same), but builds other roots for some sizes (5, 7 or 10 leaves, for
// one). A client that builds a root itself must use this rule; the vectors
// include such sizes.
package merkle

import (
	"bytes"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrEmpty is returned for a tree without leaves.
var ErrEmpty = errors.New("merkle: no leaves")

// ErrIndex is returned for a proof of a leaf that is not in the tree.
var ErrIndex = errors.New("merkle: leaf index out of range")

// hashPair is the commutative keccak256 of two nodes.
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// up returns the level above level, written into dst (which may share
// level's array: each parent is written after the pair it hashes is read).
// An unpaired last node moves up unchanged.
func up(level, dst []common.Hash) []common.Hash {
	for i := 0; i < len(level); i += 2 {
		if i+1 == len(level) {
			dst = append(dst, level[i])
		} else {
			dst = append(dst, hashPair(level[i], level[i+1]))
		}
	}
	return dst
}

// Root returns the root over leaves.
func Root(leaves []common.Hash) (common.Hash, error) {
	if len(leaves) == 0 {
		return common.Hash{}, ErrEmpty
	}
	level := append([]common.Hash(nil), leaves...)
	for len(level) > 1 {
		level = up(level, level[:0])
	}
	return level[0], nil
}

// Proof returns the proof of leaves[index].
func Proof(leaves []common.Hash, index int) ([]common.Hash, error) {
	if len(leaves) == 0 {
		return nil, ErrEmpty
	}
	if index < 0 || index >= len(leaves) {
		return nil, ErrIndex
	}
	var proof []common.Hash
	level := append([]common.Hash(nil), leaves...)
	for len(level) > 1 {
		if partner := index ^ 1; partner < len(level) {
			proof = append(proof, level[partner])
		}
		level = up(level, level[:0])
		index /= 2
	}
	return proof, nil
}

// Verify checks that leaf is in the tree of root by proof.
func Verify(root, leaf common.Hash, proof []common.Hash) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}
