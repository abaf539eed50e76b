//go:build ego

package seal

import (
	"fmt"

	"github.com/edgelesssys/ego/ecrypto"
	"github.com/edgelesssys/ego/enclave"
)

// EGo seals with the SGX product key (MRSIGNER and product id), so that a
// newer version of the enclave from the same signer can unseal.
type EGo struct{}

// NewEGo returns the SGX sealer, or an error outside an enclave: there EGo
// hands out an all-zero key with a nil error (seen with EGo v1.9; see enclave/README.md), so sealing
// would silently protect nothing.
func NewEGo() (*EGo, error) {
	if _, err := enclave.GetSelfReport(); err != nil {
		return nil, fmt.Errorf("seal: not running inside an SGX enclave (GetSelfReport: %w); refusing to seal with EGo", err)
	}
	return &EGo{}, nil
}

// Mode returns "sgx".
func (*EGo) Mode() string { return "sgx" }

// Seal encrypts with the product seal key.
func (*EGo) Seal(plaintext, additionalData []byte) ([]byte, error) {
	return ecrypto.SealWithProductKey(plaintext, additionalData)
}

// Unseal decrypts what Seal produced.
func (*EGo) Unseal(sealed, additionalData []byte) ([]byte, error) {
	out, err := ecrypto.Unseal(sealed, additionalData)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrUnseal, err)
	}
	return out, nil
}
