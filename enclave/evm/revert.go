package evm

import "github.com/ethereum/go-ethereum/accounts/abi"

func abiUnpackRevert(ret []byte) (string, error) { return abi.UnpackRevert(ret) }
