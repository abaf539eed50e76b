// Package ids computes the identifiers that cross the Ethereum boundary and
// must agree byte for byte with the bridge contract and the clients: task
// ids, inputs hashes and secret-contract addresses (docs/design.md §2, §5).
package ids

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// contractDomain prefixes the deployment task id when deriving a contract
// address.
const contractDomain = "enigma/contract/v1"

// TaskID returns keccak256(abi.encodePacked(uint256 chainId, address bridge,
// address sender, uint256 senderNonce)), the id the bridge contract assigns
// to the sender's senderNonce-th task record. A client computes it before
// sending, because the encrypted envelope binds it.
func TaskID(chainID *big.Int, bridge, sender common.Address, senderNonce uint64) common.Hash {
	return crypto.Keccak256Hash(
		math.U256Bytes(new(big.Int).Set(chainID)),
		bridge.Bytes(),
		sender.Bytes(),
		math.U256Bytes(new(big.Int).SetUint64(senderNonce)),
	)
}

// InputsHash returns keccak256(task data), the hash a task record carries so
// that the chain accepts only the data the user paid for.
func InputsHash(taskData []byte) common.Hash {
	return crypto.Keccak256Hash(taskData)
}

// ContractAddress returns the address of the secret contract deployed by a
// deployment task: the last 20 bytes of
// keccak256(abi.encodePacked("enigma/contract/v1", deploymentTaskId)).
func ContractAddress(deploymentTaskID common.Hash) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte(contractDomain), deploymentTaskID.Bytes()))
}
