// Package hexarg parses the 0x-prefixed hex values that people and clients
// type into queries and commands: 20-byte addresses and 32-byte hashes.
// Every query server accepts and refuses exactly the same strings: a
// lower-case "0x" (go-ethereum's hexutil also takes "0X"; nothing we print
// uses it) followed by exactly 40 or 64 hex digits of either case, so a
// checksummed address is accepted (its checksum is not enforced) and an
// address without its 0x is refused.
package hexarg

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// maxQuoted is how much of a refused value an error quotes: enough to
// recognise it, never the whole of a large input.
const maxQuoted = 80

// Address parses a 0x-prefixed 20-byte hex address (either case, or a
// checksummed one; the checksum is not enforced). field names the value in
// the error.
func Address(field, s string) (common.Address, error) {
	b, err := decode(field, s, common.AddressLength)
	if err != nil {
		return common.Address{}, err
	}
	return common.BytesToAddress(b), nil
}

// Hash parses a 0x-prefixed 32-byte hex value.
func Hash(field, s string) (common.Hash, error) {
	b, err := decode(field, s, common.HashLength)
	if err != nil {
		return common.Hash{}, err
	}
	return common.BytesToHash(b), nil
}

func decode(field, s string, size int) ([]byte, error) {
	// A value of the wrong length is refused before it is decoded, so that
	// an oversized input costs nothing.
	if len(s) != 2+2*size || s[:2] != "0x" {
		return nil, fmt.Errorf("%s must be 0x followed by %d hex digits, got %d characters: %s", field, 2*size, len(s), quote(s))
	}
	b, err := hexutil.Decode(s)
	if err != nil {
		return nil, fmt.Errorf("%s must be 0x followed by %d hex digits: %s", field, 2*size, quote(s))
	}
	return b, nil
}

// quote returns s quoted for an error message, cut to its first characters
// when it is long.
func quote(s string) string {
	if len(s) <= maxQuoted {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprintf("%q… (%d bytes)", s[:maxQuoted], len(s))
}
