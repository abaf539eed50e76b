// Package attestation issues and verifies enclave quotes behind two small
// interfaces, Issuer and Verifier, with a simulation implementation (always
// built; its quotes say they are simulated so a chain can refuse them) and an
// SGX one through EGo (build tag "ego"). The report data binds the chain id
// and the enclave's public keys (docs/design.md §3).
package attestation

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// Kind is the first byte of every quote on the wire.
type Kind byte

const (
	// KindSimulated marks a quote made by the simulation issuer: anyone can
	// make one; it proves nothing.
	KindSimulated Kind = 0x01
	// KindSGX marks an SGX quote as EGo's enclave.GetRemoteReport returns it.
	KindSGX Kind = 0x02
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case KindSimulated:
		return "simulated"
	case KindSGX:
		return "sgx"
	}
	return fmt.Sprintf("kind(0x%02x)", byte(k))
}

// ReportDataSize is the size of SGX report data.
const ReportDataSize = 64

// Report is what a verified quote says about the enclave.
type Report struct {
	Kind Kind
	// UniqueID is MRENCLAVE; SignerID is MRSIGNER.
	UniqueID        []byte
	SignerID        []byte
	ProductID       uint16
	SecurityVersion uint16
	Debug           bool
	// Data is the 64-byte report data.
	Data []byte
	// TCBStatus is the platform's TCB status as Intel's collateral rates it
	// ("UpToDate", "SWHardeningNeeded", ...; empty for simulated quotes);
	// AdvisoryIDs are the Intel security advisories behind it.
	TCBStatus   string
	AdvisoryIDs []string
	// TCBEvaluationDataNumber is how recent Intel's verdict is: the older
	// of the TCB Info's and the QE Identity's numbers.
	TCBEvaluationDataNumber uint32
	// Quote is the quote in the one form it is stored in: the same quote
	// whatever form of it was verified (an SGX quote's ECDSA signatures
	// verify with s or n−s; its stored form has the lower). Nil: the
	// quote as given.
	Quote []byte
}

// TCBUpToDate is the TCB status a policy accepts when it names none.
const TCBUpToDate = "UpToDate"

// Issuer makes a quote over report data inside the enclave.
type Issuer interface {
	Issue(reportData []byte) ([]byte, error)
}

// Verifier checks a quote's signature chain and returns its report. It does
// not apply a policy: see Policy.Check and CheckBinding.
type Verifier interface {
	Verify(quote []byte) (Report, error)
}

// Errors of attestation.
var (
	ErrMalformedQuote    = errors.New("attestation: malformed quote")
	ErrSimulatedRefused  = errors.New("attestation: simulated quotes are not accepted here (real SGX attestation is required)")
	ErrSGXUnavailable    = errors.New("attestation: SGX quote verification is not available in this build")
	ErrPolicy            = errors.New("attestation: the enclave does not satisfy the policy")
	ErrBinding           = errors.New("attestation: the report data does not bind this chain id and these keys")
	ErrUnknownQuoteKind  = errors.New("attestation: unknown quote kind")
	ErrReportDataTooLong = errors.New("attestation: report data longer than 64 bytes")
)

// PublicKeys are the enclave keys a quote binds: the compressed secp256k1
// signing key (33 bytes) and the HPKE public keys (X25519, 32 bytes; X-Wing,
// 1216 bytes, or empty when not offered).
type PublicKeys struct {
	Signer []byte
	X25519 []byte
	XWing  []byte
}

const reportDomain = "enigma/attest/v1"

// ReportData returns the 64-byte report data of docs/design.md §3:
//
//	sha256("enigma/attest/v1" || uint8(len(chainID)) || chainID ||
//	       uint16(len(signer)) || signer || uint16(len(x25519)) || x25519 ||
//	       uint16(len(xwing)) || xwing)
//
// followed by 32 zero bytes. The length prefixes keep the fields apart.
func ReportData(chainID string, keys PublicKeys) ([]byte, error) {
	if len(chainID) == 0 || len(chainID) > 255 {
		return nil, fmt.Errorf("attestation: chain id must be 1 to 255 bytes")
	}
	h := sha256.New()
	h.Write([]byte(reportDomain))
	h.Write([]byte{byte(len(chainID))})
	h.Write([]byte(chainID))
	for _, k := range [][]byte{keys.Signer, keys.X25519, keys.XWing} {
		if len(k) > 0xffff {
			return nil, fmt.Errorf("attestation: key of %d bytes is too long", len(k))
		}
		h.Write(binary.BigEndian.AppendUint16(nil, uint16(len(k))))
		h.Write(k)
	}
	out := make([]byte, ReportDataSize)
	copy(out, h.Sum(nil))
	return out, nil
}

const registrationDomain = "enigma/register/v1"

// RegistrationDigest is what an enclave signs with its signer key to bind
// its registration to one operator on one chain:
//
//	sha256("enigma/register/v1" || uint8(len(chainID)) || chainID ||
//	       uint16(len(operator)) || operator)
//
// The quote binds the chain id and the keys but not the operator (the
// enclave attests once, before it knows who registers it); without this
// signature anyone who saw a registration could replay it first under
// another operator and hold the worker.
func RegistrationDigest(chainID, operator string) ([]byte, error) {
	if len(chainID) == 0 || len(chainID) > 255 || len(operator) == 0 || len(operator) > 0xffff {
		return nil, fmt.Errorf("attestation: chain id (1 to 255 bytes) and operator (1 to 65535 bytes) are required")
	}
	h := sha256.New()
	h.Write([]byte(registrationDomain))
	h.Write([]byte{byte(len(chainID))})
	h.Write([]byte(chainID))
	h.Write(binary.BigEndian.AppendUint16(nil, uint16(len(operator))))
	h.Write([]byte(operator))
	return h.Sum(nil), nil
}

// CheckBinding checks that the report's data binds chainID and keys.
func CheckBinding(r Report, chainID string, keys PublicKeys) error {
	want, err := ReportData(chainID, keys)
	if err != nil {
		return err
	}
	if !bytes.Equal(r.Data, want) {
		return ErrBinding
	}
	return nil
}

// Policy is what a verifier of enclaves trusts.
type Policy struct {
	// AllowSimulated accepts simulated quotes (development networks only).
	AllowSimulated bool
	// SignerIDs and UniqueIDs list the trusted MRSIGNER and MRENCLAVE
	// values; an SGX report must match one entry of either list.
	SignerIDs [][]byte
	UniqueIDs [][]byte
	// ProductID must equal the report's ISVPRODID.
	ProductID uint16
	// MinSecurityVersion is the lowest accepted ISVSVN.
	MinSecurityVersion uint16
	// AcceptedTCBStatuses lists the TCB statuses accepted; empty means
	// UpToDate only. A platform that is not UpToDate is accepted only if
	// its status names advisories and every one is in AllowedAdvisoryIDs,
	// so that governance accepts known, mitigated advisories (as Secret
	// Network does for SWHardeningNeeded), never a status blindly.
	AcceptedTCBStatuses []string
	AllowedAdvisoryIDs  []string
	// MinTCBEvaluationDataNumber is the oldest Intel TCB evaluation (the
	// collateral's tcbEvaluationDataNumber) accepted: raising it after a
	// TCB recovery stops stale collateral from rating a platform better
	// than Intel now does.
	MinTCBEvaluationDataNumber uint32
}

// Check applies the policy to a verified report. Debug enclaves are always
// refused: their memory can be read by the host.
func (p Policy) Check(r Report) error {
	switch r.Kind {
	case KindSimulated:
		if !p.AllowSimulated {
			return ErrSimulatedRefused
		}
		return nil
	case KindSGX:
	default:
		return fmt.Errorf("%w: %s", ErrUnknownQuoteKind, r.Kind)
	}
	if r.Debug {
		return fmt.Errorf("%w: debug enclave", ErrPolicy)
	}
	if !containsID(p.SignerIDs, r.SignerID) && !containsID(p.UniqueIDs, r.UniqueID) {
		return fmt.Errorf("%w: MRSIGNER %x / MRENCLAVE %x is not trusted", ErrPolicy, r.SignerID, r.UniqueID)
	}
	if r.ProductID != p.ProductID {
		return fmt.Errorf("%w: product id %d, want %d", ErrPolicy, r.ProductID, p.ProductID)
	}
	if r.SecurityVersion < p.MinSecurityVersion {
		return fmt.Errorf("%w: security version %d is below %d", ErrPolicy, r.SecurityVersion, p.MinSecurityVersion)
	}
	return p.checkTCB(r)
}

// checkTCB applies AcceptedTCBStatuses and AllowedAdvisoryIDs.
func (p Policy) checkTCB(r Report) error {
	accepted := p.AcceptedTCBStatuses
	if len(accepted) == 0 {
		accepted = []string{TCBUpToDate}
	}
	if !slices.Contains(accepted, r.TCBStatus) {
		return fmt.Errorf("%w: TCB status %q (advisories %v) is not one of %v", ErrPolicy, r.TCBStatus, r.AdvisoryIDs, accepted)
	}
	if r.TCBEvaluationDataNumber < p.MinTCBEvaluationDataNumber {
		return fmt.Errorf("%w: the collateral's TCB evaluation data number %d is older than %d", ErrPolicy, r.TCBEvaluationDataNumber, p.MinTCBEvaluationDataNumber)
	}
	if r.TCBStatus == TCBUpToDate {
		return nil
	}
	if len(r.AdvisoryIDs) == 0 {
		// Nothing to weigh against the allow-list (TCB Info v2 has no
		// advisories): a status other than UpToDate is not taken blindly.
		return fmt.Errorf("%w: TCB status %s names no advisories, so none can be allowed", ErrPolicy, r.TCBStatus)
	}
	for _, a := range r.AdvisoryIDs {
		if !slices.Contains(p.AllowedAdvisoryIDs, a) {
			return fmt.Errorf("%w: TCB status %s because of advisory %s, which is not in the allowed advisories %v", ErrPolicy, r.TCBStatus, a, p.AllowedAdvisoryIDs)
		}
	}
	return nil
}

func containsID(list [][]byte, id []byte) bool {
	for _, x := range list {
		if len(id) > 0 && bytes.Equal(x, id) {
			return true
		}
	}
	return false
}

// Verify checks a quote with v, then the policy, then the binding: the one
// call a relying party needs.
func Verify(v Verifier, p Policy, quote []byte, chainID string, keys PublicKeys) (Report, error) {
	r, err := v.Verify(quote)
	if err != nil {
		return Report{}, err
	}
	if err := p.Check(r); err != nil {
		return Report{}, err
	}
	if err := CheckBinding(r, chainID, keys); err != nil {
		return Report{}, err
	}
	return r, nil
}
