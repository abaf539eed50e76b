// Package abihash builds fixed ABI argument lists and hashes values the way
// Solidity's keccak256(abi.encode(...)) does, for what Go and Ethereum
// contracts must encode alike (envelopes, receipts, records, leaves,
// checkpoints).
package abihash

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Args is an abi.encode argument list of fixed types.
type Args abi.Arguments

// New makes the argument list of the given Solidity types. It panics on a
// type Solidity does not have: the lists are package-level constants.
func New(types ...string) Args {
	var args Args
	for _, t := range types {
		typ, err := abi.NewType(t, "", nil)
		if err != nil {
			panic(fmt.Sprintf("abihash: %s: %v", t, err))
		}
		args = append(args, abi.Argument{Type: typ})
	}
	return args
}

// Hash returns keccak256(abi.encode(values...)). Values must match the
// types; a mismatch is a programming error and panics.
func (a Args) Hash(values ...any) common.Hash {
	packed, err := abi.Arguments(a).Pack(values...)
	if err != nil {
		panic(fmt.Sprintf("abihash: %v", err))
	}
	return crypto.Keccak256Hash(packed)
}
