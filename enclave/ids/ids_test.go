package ids_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/enclave/ids"
)

func TestContractAddress(t *testing.T) {
	task := common.HexToHash("0xabc")
	h := crypto.Keccak256(append([]byte("enigma/contract/v1"), task.Bytes()...))
	require.Equal(t, common.BytesToAddress(h[12:]), ids.ContractAddress(task))
	require.NotEqual(t, ids.ContractAddress(task), ids.ContractAddress(common.HexToHash("0xabd")))
}

func TestInputsHash(t *testing.T) {
	require.Equal(t, crypto.Keccak256Hash([]byte("x")), ids.InputsHash([]byte("x")))
}
