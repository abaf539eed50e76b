// Package ethsig makes and checks the 65-byte secp256k1 signatures that the
// enclave produces and that Solidity's ecrecover takes (r || s || v, v 27 or
// 28). Only canonical signatures (low s) are accepted, so a valid signature
// cannot be altered into another valid one.
package ethsig

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Size is the size of a signature.
const Size = 65

// ErrSignature is returned for a malformed or non-canonical signature.
var ErrSignature = errors.New("ethsig: bad signature")

// Sign signs a 32-byte digest.
func Sign(digest common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(digest.Bytes(), key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// RecoverPubkey returns the public key that signed digest.
func RecoverPubkey(digest common.Hash, sig []byte) (*ecdsa.PublicKey, error) {
	if len(sig) != Size {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrSignature, len(sig), Size)
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return nil, fmt.Errorf("%w: v must be 27 or 28", ErrSignature)
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v-27, r, s, true) {
		return nil, fmt.Errorf("%w: r or s out of range", ErrSignature)
	}
	pub, err := crypto.SigToPub(digest.Bytes(), append(bytes.Clone(sig[:64]), v-27))
	if err != nil {
		// The library's own words are not quoted: they differ between the
		// cgo and pure-Go secp256k1, and this error can end up in a
		// transaction result, which every node must compute alike.
		return nil, fmt.Errorf("%w: r is not the x coordinate of a point on the curve", ErrSignature)
	}
	return pub, nil
}

// Recover returns the Ethereum address that signed digest.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	pub, err := RecoverPubkey(digest, sig)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}
