package dcap

import (
	"bytes"
	"crypto/elliptic"
	"crypto/x509"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/enigmad/enigmad/enclave/attestation"
)

// Verifier is the attestation.Verifier for SGX quotes as the enclave issues
// them (kind byte 0x02, then EGo's remote report: the Open Enclave header
// and the quote), checked against fixed collateral at a fixed time. The
// chain builds one per registration with the block time, so every node
// reaches the same verdict.
type Verifier struct {
	Collateral *Collateral
	// Time is the evaluation time (the block time on chain).
	Time time.Time
	// Root overrides the pinned Intel SGX Root CA (tests only).
	Root *x509.Certificate
}

var _ attestation.Verifier = Verifier{}

// Verify checks an SGX quote and returns its report, TCB status and
// advisories included.
func (v Verifier) Verify(quote []byte) (attestation.Report, error) {
	raw, err := sgxRaw(quote)
	if err != nil {
		return attestation.Report{}, err
	}
	r, err := Verify(raw, v.Collateral, v.Root, v.Time)
	if err != nil {
		return attestation.Report{}, err
	}
	return report(raw, r)
}

// SignatureVerifier is the attestation.Verifier for a relying party that
// takes the TCB verdict from elsewhere: it checks an SGX quote's PCK chain
// to the Intel root, its signatures and its quoting enclave at Time
// (VerifySignatures), and
// returns a report whose TCB status is empty. A client uses it with the
// status the chain recorded when it verified the worker's registration
// with collateral; the chain itself never does.
type SignatureVerifier struct {
	// Time is the evaluation time of the certificates.
	Time time.Time
	// Root overrides the pinned Intel SGX Root CA and QE the pinned Intel
	// quoting enclave (tests only).
	Root *x509.Certificate
	QE   *QEPin
}

var _ attestation.Verifier = SignatureVerifier{}

// Verify checks an SGX quote's certificate chain and signatures, not its
// TCB.
func (v SignatureVerifier) Verify(quote []byte) (attestation.Report, error) {
	raw, err := sgxRaw(quote)
	if err != nil {
		return attestation.Report{}, err
	}
	r, err := VerifySignatures(raw, v.Root, v.QE, v.Time)
	if err != nil {
		return attestation.Report{}, err
	}
	return report(raw, r)
}

// sgxRaw unwraps a quote in the chain's form (kind byte 0x02, then the
// Open Enclave report) into the raw quote.
func sgxRaw(quote []byte) ([]byte, error) {
	if len(quote) == 0 || attestation.Kind(quote[0]) != attestation.KindSGX {
		return nil, fmt.Errorf("%w: not an SGX quote", attestation.ErrMalformedQuote)
	}
	return UnwrapOEReport(quote[1:])
}

// report turns a verified raw quote's result into the attestation report.
// Only SGX enclaves can be workers: TDX quotes are refused here even when
// they verify.
func report(raw []byte, r *Result) (attestation.Report, error) {
	if r.TEE != "SGX" {
		return attestation.Report{}, fmt.Errorf("%w: a %s quote, only SGX enclaves are accepted", ErrQuoteFormat, r.TEE)
	}
	if r.Quote.Trailing != 0 {
		// Signed by nothing: a worker's stored quote must be exactly what
		// its enclave produced, so that two registrations cannot differ
		// only by padding.
		return attestation.Report{}, fmt.Errorf("%w: %d bytes after the signature data", ErrQuoteFormat, r.Quote.Trailing)
	}
	stored, err := canonicalSignatures(raw, r.Quote)
	if err != nil {
		return attestation.Report{}, err
	}
	return attestation.Report{
		Kind:                    attestation.KindSGX,
		UniqueID:                r.MRENCLAVE[:],
		SignerID:                r.MRSIGNER[:],
		ProductID:               r.ISVProdID,
		SecurityVersion:         r.ISVSVN,
		Debug:                   r.Debug,
		Data:                    r.ReportData[:],
		TCBStatus:               r.TCBStatus,
		AdvisoryIDs:             r.AdvisoryIDs,
		TCBEvaluationDataNumber: uint32(min(max(r.TCBEvaluationDataNumber, 0), math.MaxUint32)),
		Quote:                   SGXQuote(stored),
	}, nil
}

// canonicalSignatures returns the raw quote with both ECDSA signatures
// (the attestation key's over header ‖ body, the PCK's over the QE report)
// in low-s form. ECDSA verifies (r, s) and (r, n−s) alike, so without this
// one quote would have two stored forms; the verifier accepts both, since
// Intel's quoting enclave does not normalise s.
func canonicalSignatures(raw []byte, q *Quote) ([]byte, error) {
	out := bytes.Clone(raw)
	// The signature data: its length (4), the quote signature (64), the
	// attestation key (64), for v4 the type-6 certification data's type
	// and size (2 + 4), the QE report (384), the QE report signature.
	at := len(q.Signed) + 4
	lowS(out[at : at+ecdsaSigSize])
	at += 2 * ecdsaSigSize
	if q.Header.Version == 4 {
		at += 6
	}
	at += sgxReportSize
	if !bytes.Equal(out[at:at+ecdsaSigSize], q.QEReportSignature[:]) {
		return nil, fmt.Errorf("%w: the QE report signature is not where the quote format puts it", ErrQuoteFormat)
	}
	lowS(out[at : at+ecdsaSigSize])
	return out, nil
}

// lowS rewrites a raw P-256 signature r ‖ s with s replaced by n−s when s
// is above n/2.
func lowS(sig []byte) {
	n := elliptic.P256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(new(big.Int).Rsh(n, 1)) > 0 {
		s.Sub(n, s).FillBytes(sig[32:64])
	}
}

// SGXQuote returns a raw quote in the form the chain carries: kind byte
// 0x02 and the Open Enclave remote report around it, as the enclave's
// EGo issuer produces it.
func SGXQuote(raw []byte) []byte {
	return append([]byte{byte(attestation.KindSGX)}, WrapOEReport(raw)...)
}
