//go:build ego

package main

import (
	"encoding/binary"
	"fmt"

	"github.com/edgelesssys/ego/enclave"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/seal"
)

// buildMode is SGX through EGo: product-key sealing (refused outside an
// enclave), EGo remote reports, and newcomers verified inside the enclave.
// The enclave trusts newcomers signed by its own signer (MRSIGNER), with its
// product id and at least its security version, read from its own report:
// nothing the host says can widen that, and simulated quotes are refused.
func buildMode() mode {
	return mode{
		name:     "sgx",
		sealer:   func(string) (seal.Sealer, error) { return seal.NewEGo() },
		issuer:   attestation.EGoIssuer{},
		verifier: attestation.KindVerifier{SGX: attestation.EGoVerifier{}},
		policy: func() (attestation.Policy, error) {
			self, err := enclave.GetSelfReport()
			if err != nil {
				return attestation.Policy{}, fmt.Errorf("not inside an SGX enclave: %w", err)
			}
			var product uint16
			if len(self.ProductID) >= 2 {
				product = binary.LittleEndian.Uint16(self.ProductID)
			}
			return attestation.Policy{SignerIDs: [][]byte{self.SignerID}, ProductID: product, MinSecurityVersion: uint16(self.SecurityVersion)}, nil
		},
	}
}
