// Package calls builds the bridge contract's call arguments from the
// chain's and the client's own types: the receipt and record a refund or
// callback names, and the ENG token's EIP-2612 permit a task paid in ENG
// carries. The simulated backend (contracts/sim) and the client
// (client/) share them.
package calls

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/bridge/commitment"
	"github.com/enigmad/enigmad/contracts/bindings"
)

// ReceiptArgs converts a leaf to the contract's Receipt struct.
func ReceiptArgs(l commitment.Leaf) bindings.EnigmaBridgeReceipt {
	return bindings.EnigmaBridgeReceipt{Sequence: l.Sequence, TaskId: l.TaskID, Status: l.Status, GasUsed: l.GasUsed,
		CallbackHash: l.CallbackHash, ReceiptHash: l.ReceiptHash}
}

// RecordArgs converts a record to the contract's Record struct.
func RecordArgs(r commitment.Record) bindings.EnigmaBridgeRecord {
	return bindings.EnigmaBridgeRecord{Sender: r.Sender, SecretContract: r.SecretContract, FeeToken: r.FeeToken,
		GasLimit: r.GasLimit, GasPrice: orZero(r.GasPrice), EscrowToken: r.EscrowToken, EscrowAmount: orZero(r.EscrowAmount)}
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// PermitDigest is the EIP-712 digest of an EIP-2612 permit of the ENG
// token (its domain: name "Enigma", version "1") at token on chainID.
func PermitDigest(chainID *big.Int, token, owner, spender common.Address, value, nonce, deadline *big.Int) common.Hash {
	domainType := crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	permitType := crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))
	domain := crypto.Keccak256Hash(words(domainType, crypto.Keccak256Hash([]byte("Enigma")), crypto.Keccak256Hash([]byte("1")),
		common.BigToHash(chainID), common.BytesToHash(token.Bytes())))
	st := crypto.Keccak256Hash(words(permitType, common.BytesToHash(owner.Bytes()), common.BytesToHash(spender.Bytes()), common.BigToHash(value),
		common.BigToHash(nonce), common.BigToHash(deadline)))
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain.Bytes(), st.Bytes())
}

// SignPermit signs the permit of PermitDigest with the owner's key, in the
// form the bridge's createTaskRecordWithPermit takes.
func SignPermit(key *ecdsa.PrivateKey, chainID *big.Int, token, spender common.Address, value, nonce, deadline *big.Int) (bindings.EnigmaBridgePermit, error) {
	owner := crypto.PubkeyToAddress(key.PublicKey)
	sig, err := crypto.Sign(PermitDigest(chainID, token, owner, spender, value, nonce, deadline).Bytes(), key)
	if err != nil {
		return bindings.EnigmaBridgePermit{}, err
	}
	return bindings.EnigmaBridgePermit{Deadline: deadline, V: sig[64] + 27, R: common.BytesToHash(sig[:32]), S: common.BytesToHash(sig[32:64])}, nil
}

func words(ws ...common.Hash) []byte {
	out := make([]byte, 0, 32*len(ws))
	for _, w := range ws {
		out = append(out, w.Bytes()...)
	}
	return out
}
