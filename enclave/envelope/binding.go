package envelope

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

const infoDomain = "enigma/task/v1"

// MaxChainIDLength bounds the chain id inside info (one length byte).
const MaxChainIDLength = 255

// Binding is what an envelope is bound to: it can be opened only for this
// chain, this secret contract and this task.
type Binding struct {
	ChainID  string
	Contract common.Address
	TaskID   common.Hash
}

// Info returns HPKE's info for the binding:
//
//	"enigma/task/v1" || uint8(len(chainID)) || chainID || contract (20) || taskID (32)
func (b Binding) Info() ([]byte, error) {
	if len(b.ChainID) == 0 || len(b.ChainID) > MaxChainIDLength {
		return nil, fmt.Errorf("envelope: chain id must be 1 to %d bytes, got %d", MaxChainIDLength, len(b.ChainID))
	}
	info := make([]byte, 0, len(infoDomain)+1+len(b.ChainID)+common.AddressLength+common.HashLength)
	info = append(info, infoDomain...)
	info = append(info, byte(len(b.ChainID)))
	info = append(info, b.ChainID...)
	info = append(info, b.Contract.Bytes()...)
	info = append(info, b.TaskID.Bytes()...)
	return info, nil
}
