package keeper

import "github.com/ethereum/go-ethereum/common/hexutil"

func hexOf(b []byte) string { return hexutil.Encode(b) }
