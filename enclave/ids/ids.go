// Package ids computes the identifiers that cross the Ethereum boundary and
// must agree byte for byte with the bridge contract and the clients: task
// ids, inputs hashes and secret-contract addresses (docs/design.md §2, §5).
package ids

import (
	"crypto/rand"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// contractDomain prefixes the deployment task id when deriving a contract
// address.
const contractDomain = "enigma/contract/v1"

// TaskID returns keccak256(abi.encode(uint256 chainId, address bridge,
// address sender, bytes32 salt)), the id of the task record that sender
// makes with salt on the bridge contract (its taskIdOf). The client picks
// the salt, so it knows the id before sending, which the encrypted envelope
// binds; the bridge keeps no per-sender state, and the chain refuses (and
// refunds) a record whose id is already one of its tasks (docs/bridge.md).
func TaskID(chainID *big.Int, bridge, sender common.Address, salt common.Hash) common.Hash {
	return crypto.Keccak256Hash(
		math.U256Bytes(new(big.Int).Set(chainID)),
		common.LeftPadBytes(bridge.Bytes(), 32),
		common.LeftPadBytes(sender.Bytes(), 32),
		salt.Bytes(),
	)
}

// NewSalt returns 32 random bytes: a salt no other record of the sender
// will have, for a client that keeps no counter.
func NewSalt() common.Hash {
	var s common.Hash
	if _, err := rand.Read(s[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return s
}

// CounterSalt returns n as a 32-byte big-endian salt, for a client that
// numbers its own records. Counters of different programs sharing one
// sender address collide; NewSalt does not.
func CounterSalt(n uint64) common.Hash {
	return common.BigToHash(new(big.Int).SetUint64(n))
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
