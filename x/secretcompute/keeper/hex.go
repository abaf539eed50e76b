package keeper

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

func hexOf(b []byte) string { return hexutil.Encode(b) }

// parseHash parses a 0x-prefixed 32-byte hex string.
func parseHash(s string) ([]byte, error) {
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != common.HashLength {
		return nil, fmt.Errorf("want a 0x-prefixed 32-byte hex value, got %q", s)
	}
	return b, nil
}

// parseAddress parses a 0x-prefixed 20-byte hex address.
func parseAddress(s string) ([]byte, error) {
	if !common.IsHexAddress(s) || len(s) != 42 {
		return nil, fmt.Errorf("want a 0x-prefixed 20-byte hex address, got %q", s)
	}
	return common.HexToAddress(s).Bytes(), nil
}
