package dcap

import "errors"

// Errors of DCAP verification, one per check, so that a caller can say
// which check failed; each is wrapped with the details.
var (
	ErrQuoteFormat       = errors.New("dcap: malformed quote")
	ErrQuoteSignature    = errors.New("dcap: the attestation key's signature over the quote does not verify")
	ErrQEReportSignature = errors.New("dcap: the QE report signature by the PCK certificate does not verify")
	ErrQEReportData      = errors.New("dcap: the QE report data is not SHA-256(attestation key || QE authentication data)")
	ErrCertificate       = errors.New("dcap: malformed certificate or certificate chain")
	ErrPCKChain          = errors.New("dcap: the PCK certificate chain does not verify to the Intel SGX Root CA")
	ErrSigningChain      = errors.New("dcap: the TCB signing certificate chain does not verify to the Intel SGX Root CA")
	ErrCRL               = errors.New("dcap: invalid CRL")
	ErrRevoked           = errors.New("dcap: certificate revoked")
	ErrExpired           = errors.New("dcap: not valid at the evaluation time")
	ErrPCKExtension      = errors.New("dcap: malformed Intel SGX extensions in the PCK certificate")
	ErrTCBInfo           = errors.New("dcap: invalid TCB Info")
	ErrTCBInfoSignature  = errors.New("dcap: the TCB Info signature does not verify")
	ErrQEIdentity        = errors.New("dcap: invalid QE Identity")
	ErrQEIdentitySig     = errors.New("dcap: the QE Identity signature does not verify")
	ErrFMSPC             = errors.New("dcap: the TCB Info is for another platform (FMSPC or PCE-ID)")
	ErrQEMismatch        = errors.New("dcap: the quoting enclave does not match the QE Identity")
	ErrTCBLevel          = errors.New("dcap: no TCB level matches the platform")
	ErrCollateral        = errors.New("dcap: collateral missing or unreadable")
)

// IsVerification reports whether err is a quote that does not verify (a
// signature, chain, CRL, TCB or identity check failed) rather than one that
// cannot be read.
func IsVerification(err error) bool {
	for _, e := range []error{ErrQuoteSignature, ErrQEReportSignature, ErrQEReportData, ErrPCKChain, ErrSigningChain, ErrCRL, ErrRevoked,
		ErrExpired, ErrPCKExtension, ErrTCBInfo, ErrTCBInfoSignature, ErrQEIdentity, ErrQEIdentitySig, ErrFMSPC, ErrQEMismatch, ErrTCBLevel} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}
