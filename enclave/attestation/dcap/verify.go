// Package dcap verifies Intel SGX (and TDX) ECDSA quotes with Intel's DCAP
// collateral in pure Go: the quote and QE report signatures, the PCK chain
// to the pinned Intel SGX Root CA, both CRLs, TCB Info and QE Identity, the
// TCB level and status. It reads no clock and no network: the caller gives
// the evaluation time and the collateral, so a chain gets the same answer
// on every node at a given block time.
package dcap

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"crypto/x509"
	"fmt"
	"time"
)

// Result is what a verified quote proves.
type Result struct {
	Quote *Quote
	// TEE is "SGX" or "TDX".
	TEE string
	// For SGX: the ISV enclave's identity (copied from Quote.SGX).
	MRENCLAVE  [32]byte
	MRSIGNER   [32]byte
	ISVProdID  uint16
	ISVSVN     uint16
	Debug      bool
	ReportData [64]byte
	// PCK is what the PCK certificate says about the platform.
	PCK *PCKExtensions
	// TCBStatus is the platform status converged with the QE's (and, for
	// TDX, the TDX module's); AdvisoryIDs the Intel security advisories
	// that apply to the matched levels.
	TCBStatus         string
	AdvisoryIDs       []string
	TCBDate           time.Time
	PlatformTCBStatus string
	QETCBStatus       string
	// TCBEvaluationDataNumber is the older of the TCB Info's and the QE
	// Identity's: how recent Intel's verdict on this platform is (a policy
	// may require a minimum, so that stale collateral from before a TCB
	// recovery cannot pass).
	TCBEvaluationDataNumber int
}

// Verify checks quote (a raw v3/v4 ECDSA quote, not wrapped) with its
// collateral at time at. root nil means the pinned Intel SGX Root CA. It
// returns an error wrapping one of the Err* values naming the first check
// that failed.
func Verify(quote []byte, c *Collateral, root *x509.Certificate, at time.Time) (*Result, error) {
	if c == nil {
		return nil, fmt.Errorf("%w: no collateral", ErrCollateral)
	}
	if err := c.checkSizes(); err != nil {
		return nil, err
	}
	if root == nil {
		root = IntelRoot()
	}
	q, pckChain, err := parseWithChain(quote, root, at)
	if err != nil {
		return nil, err
	}
	leaf, pckCA := pckChain[0], pckChain[1]
	// The CRL is checked against the quote's own PCK CA; an issuer chain
	// given with the collateral must be that CA (and may add the root),
	// byte for byte. Its certificates are compared, never parsed: a
	// certificate nothing uses must not be able to change the verdict
	// (an x509 parser setting could refuse one that another accepts).
	if len(c.PCKCRLIssuerChain) > 0 {
		ders, err := pemBlocks(c.PCKCRLIssuerChain, "CERTIFICATE", "PCK CRL issuer chain")
		if err != nil {
			return nil, err
		}
		if len(ders) > 2 || !bytes.Equal(ders[0], pckCA.Raw) || len(ders) == 2 && !bytes.Equal(ders[1], root.Raw) {
			return nil, fmt.Errorf("%w: the PCK CRL issuer chain must be the quote's PCK CA, optionally followed by the root", ErrCRL)
		}
	}

	// The signing chain of TCB Info and QE Identity.
	signers, err := signingCert(c.TCBInfoIssuerChain, root, at, "TCB Info issuer chain")
	if err != nil {
		return nil, err
	}
	qeSigner := signers
	if !bytes.Equal(c.QEIdentityIssuerChain, c.TCBInfoIssuerChain) {
		if qeSigner, err = signingCert(c.QEIdentityIssuerChain, root, at, "QE Identity issuer chain"); err != nil {
			return nil, err
		}
	}

	// Revocation: the root's CRL covers the CAs and signers it issued, the
	// PCK CA's CRL covers the PCK leaf.
	if err := checkCRL(c.RootCACRL, root, at, "Root CA CRL", []serial{
		{"PCK CA", pckCA.SerialNumber}, {"TCB Signing certificate", signers.SerialNumber}, {"QE Identity signing certificate", qeSigner.SerialNumber},
	}); err != nil {
		return nil, err
	}
	if err := checkCRL(c.PCKCRL, pckCA, at, "PCK CRL", []serial{{"PCK certificate", leaf.SerialNumber}}); err != nil {
		return nil, err
	}
	pck, err := ParsePCKExtensions(leaf)
	if err != nil {
		return nil, err
	}

	if err := checkSignatures(q, leaf); err != nil {
		return nil, err
	}

	tee := teeOf(q)
	info, err := parseTCBInfo(c.TCBInfo, signers, at, tee)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(info.FMSPC, pck.FMSPC[:]) || !bytes.Equal(info.PCEID, pck.PCEID[:]) {
		return nil, fmt.Errorf("%w: TCB Info for FMSPC %x PCE-ID %x, the PCK certificate says %x / %x", ErrFMSPC, []byte(info.FMSPC), []byte(info.PCEID), pck.FMSPC, pck.PCEID)
	}
	qeID, err := parseQEIdentity(c.QEIdentity, qeSigner, at, tee)
	if err != nil {
		return nil, err
	}
	qeLevel, err := checkQEIdentity(qeID, &q.QEReport)
	if err != nil {
		return nil, err
	}
	level, err := selectTCBLevel(info, pck, q.TD)
	if err != nil {
		return nil, err
	}

	r := &Result{
		Quote: q, TEE: tee, PCK: pck,
		PlatformTCBStatus: level.TCBStatus, QETCBStatus: qeLevel.TCBStatus, TCBDate: level.TCBDate,
		TCBEvaluationDataNumber: min(info.TCBEvaluationDataNumber, qeID.TCBEvaluationDataNumber),
	}
	r.TCBStatus = converge(level.TCBStatus, qeLevel.TCBStatus)
	r.AdvisoryIDs = appendUnique(appendUnique(nil, level.AdvisoryIDs...), qeLevel.AdvisoryIDs...)
	if q.TD != nil {
		mod, err := checkTDXModule(info, q.TD)
		if err != nil {
			return nil, err
		}
		if mod != nil {
			r.TCBStatus = converge(r.TCBStatus, mod.TCBStatus)
			r.AdvisoryIDs = appendUnique(r.AdvisoryIDs, mod.AdvisoryIDs...)
		}
	}
	r.identify()
	if r.AdvisoryIDs == nil {
		r.AdvisoryIDs = []string{}
	}
	return r, nil
}

// QEPin is the quoting enclave a quote checked without collateral must
// come from: the signer and product id of QE Identity, with its attributes
// (INIT and MODE64BIT set, DEBUG clear, under Intel's mask) and
// MISCSELECT 0.
type QEPin struct {
	MRSIGNER  [32]byte
	ISVProdID uint16
}

// IntelQE is Intel's quoting enclave (QE3) as its QE Identity names it.
var IntelQE = QEPin{MRSIGNER: [32]byte{
	0x8c, 0x4f, 0x57, 0x75, 0xd7, 0x96, 0x50, 0x3e, 0x96, 0x13, 0x7f, 0x77, 0xc6, 0x8a, 0x82, 0x9a,
	0x00, 0x56, 0xac, 0x8d, 0xed, 0x70, 0x14, 0x0b, 0x08, 0x1b, 0x09, 0x44, 0x90, 0xc5, 0x7b, 0xff}, ISVProdID: 1}

// identity is the pin as a QE Identity with one level, so that the
// collateral's own comparison applies.
func (p QEPin) identity() *EnclaveIdentity {
	id := &EnclaveIdentity{MRSIGNER: p.MRSIGNER[:], ISVProdID: int(p.ISVProdID), MiscSelect: HexBytes{0, 0, 0, 0},
		MiscSelectMask: HexBytes{0xff, 0xff, 0xff, 0xff},
		Attributes:     HexBytes{0x11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
		AttributesMask: HexBytes{0xfb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0}}
	id.TCBLevels = []QETCBLevel{{TCBStatus: "UpToDate"}}
	return id
}

// VerifySignatures checks what a quote proves without collateral: its PCK
// chain to root (nil: the pinned Intel SGX Root CA) at time at, the PCK
// key's signature over the QE report, that report being Intel's quoting
// enclave's (qe, nil: IntelQE; not debug), its binding of the attestation
// key, and the attestation key's signature over the quote. It evaluates
// no revocation, no TCB level and no QE SVN, so the Result's TCB fields
// are empty. Only for a caller that takes the TCB verdict from elsewhere,
// as a client that trusts the chain's verdict at registration (the chain
// ran Verify with collateral) does.
func VerifySignatures(quote []byte, root *x509.Certificate, qe *QEPin, at time.Time) (*Result, error) {
	if root == nil {
		root = IntelRoot()
	}
	if qe == nil {
		qe = &IntelQE
	}
	q, pckChain, err := parseWithChain(quote, root, at)
	if err != nil {
		return nil, err
	}
	pck, err := ParsePCKExtensions(pckChain[0])
	if err != nil {
		return nil, err
	}
	if err := checkSignatures(q, pckChain[0]); err != nil {
		return nil, err
	}
	// Without the QE identity, a PCK-certified enclave other than Intel's
	// quoting enclave could certify its own attestation key.
	if _, err := checkQEIdentity(qe.identity(), &q.QEReport); err != nil {
		return nil, err
	}
	r := &Result{Quote: q, TEE: teeOf(q), PCK: pck, AdvisoryIDs: []string{}}
	r.identify()
	return r, nil
}

// parseWithChain parses a raw quote and verifies the PCK chain it carries
// to root at time at: what both verifications start with.
func parseWithChain(quote []byte, root *x509.Certificate, at time.Time) (*Quote, []*x509.Certificate, error) {
	q, err := ParseQuote(quote)
	if err != nil {
		return nil, nil, err
	}
	chain, err := pckChainOf(q, root, at)
	return q, chain, err
}

// pckChainOf verifies the PCK chain the quote carries (certification data
// type 5, as Intel's quoting enclave writes it: leaf, CA, root, then one
// NUL) to root at time at.
func pckChainOf(q *Quote, root *x509.Certificate, at time.Time) ([]*x509.Certificate, error) {
	pem := q.CertData
	if len(pem) == 0 || pem[len(pem)-1] != 0 {
		return nil, fmt.Errorf("%w: the quote's certification data is empty or does not end with its NUL", ErrCertificate)
	}
	pem = pem[:len(pem)-1]
	chain, err := parsePEMChain(pem, "PCK certificate chain")
	if err != nil {
		return nil, err
	}
	return verifyToRoot(chain, root, at, ErrPCKChain, "Intel SGX PCK Certificate", cnPlatformCA, cnProcessor)
}

// checkSignatures checks the quote's chain of signatures: the PCK key
// (leaf) signs the QE report, the QE report binds the attestation key, the
// attestation key signs header ‖ body.
func checkSignatures(q *Quote, leaf *x509.Certificate) error {
	pckKey, err := p256Key(leaf)
	if err != nil {
		return err
	}
	if !verifyRawSig(pckKey, q.QEReport.Raw(), q.QEReportSignature[:]) {
		return ErrQEReportSignature
	}
	h := sha256.New()
	h.Write(q.AttestationKey[:])
	h.Write(q.QEAuthData)
	var want [64]byte
	copy(want[:], h.Sum(nil))
	if q.QEReport.ReportData != want {
		return ErrQEReportData
	}
	attKey, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), append([]byte{4}, q.AttestationKey[:]...))
	if err != nil {
		return fmt.Errorf("%w: attestation key: %v", ErrQuoteSignature, err)
	}
	if !verifyRawSig(attKey, q.Signed, q.Signature[:]) {
		return ErrQuoteSignature
	}
	return nil
}

func teeOf(q *Quote) string {
	if q.TD != nil {
		return "TDX"
	}
	return "SGX"
}

// identify copies the attested enclave's identity from the quote.
func (r *Result) identify() {
	q := r.Quote
	if q.TD != nil {
		r.Debug = q.TD.Debug()
		r.ReportData = q.TD.ReportData
		return
	}
	r.MRENCLAVE, r.MRSIGNER = q.SGX.MRENCLAVE, q.SGX.MRSIGNER
	r.ISVProdID, r.ISVSVN = q.SGX.ISVProdID, q.SGX.ISVSVN
	r.Debug = q.SGX.Debug()
	r.ReportData = q.SGX.ReportData
}

// signingCert verifies a TCB Signing chain to the root and returns the
// signing certificate.
func signingCert(pemChain []byte, root *x509.Certificate, at time.Time, what string) (*x509.Certificate, error) {
	if len(pemChain) == 0 {
		return nil, fmt.Errorf("%w: the %s is missing", ErrCollateral, what)
	}
	chain, err := parsePEMChain(pemChain, what)
	if err != nil {
		return nil, err
	}
	chain, err = verifyToRoot(chain, root, at, ErrSigningChain, cnTCBSigning)
	if err != nil {
		return nil, err
	}
	return chain[0], nil
}

// parseTCBInfo checks the TCB Info's signature and validity and parses it.
func parseTCBInfo(doc []byte, signer *x509.Certificate, at time.Time, tee string) (*TCBInfo, error) {
	if len(doc) == 0 {
		return nil, fmt.Errorf("%w: the TCB Info is missing", ErrCollateral)
	}
	d, err := parseSignedDoc(doc, "tcbInfo")
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTCBInfo, err)
	}
	key, err := p256Key(signer)
	if err != nil {
		return nil, err
	}
	if !verifyRawSig(key, d.Body, d.Signature) {
		return nil, ErrTCBInfoSignature
	}
	var info TCBInfo
	if err := decodeSigned(d.Body, &info); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTCBInfo, err)
	}
	switch {
	case info.Version == 2 && tee == "SGX" && info.ID == "":
	case info.Version == 3 && idIs(info.ID, tee) && info.TCBType == 0:
	default:
		return nil, fmt.Errorf("%w: id %q version %d tcbType %d does not describe an %s platform (want v2, or v3 with id %q and tcbType 0)", ErrTCBInfo, info.ID, info.Version, info.TCBType, tee, tee)
	}
	if err := checkWindow(info.IssueDate, info.NextUpdate, at, "TCB Info"); err != nil {
		return nil, err
	}
	if len(info.TCBLevels) == 0 {
		return nil, fmt.Errorf("%w: no TCB levels", ErrTCBInfo)
	}
	for _, l := range info.TCBLevels {
		if !knownStatus(l.TCBStatus) {
			return nil, fmt.Errorf("%w: unknown TCB status %q", ErrTCBInfo, l.TCBStatus)
		}
	}
	return &info, nil
}

// parseQEIdentity checks the QE Identity's signature and validity and
// parses it.
func parseQEIdentity(doc []byte, signer *x509.Certificate, at time.Time, tee string) (*EnclaveIdentity, error) {
	if len(doc) == 0 {
		return nil, fmt.Errorf("%w: the QE Identity is missing", ErrCollateral)
	}
	d, err := parseSignedDoc(doc, "enclaveIdentity")
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrQEIdentity, err)
	}
	key, err := p256Key(signer)
	if err != nil {
		return nil, err
	}
	if !verifyRawSig(key, d.Body, d.Signature) {
		return nil, ErrQEIdentitySig
	}
	var id EnclaveIdentity
	if err := decodeSigned(d.Body, &id); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrQEIdentity, err)
	}
	wantID := "QE"
	if tee == "TDX" {
		wantID = "TD_QE"
	}
	if id.Version != 2 || !idIs(id.ID, wantID) {
		return nil, fmt.Errorf("%w: id %q version %d, want %q version 2", ErrQEIdentity, id.ID, id.Version, wantID)
	}
	if err := checkWindow(id.IssueDate, id.NextUpdate, at, "QE Identity"); err != nil {
		return nil, err
	}
	for _, l := range id.TCBLevels {
		if !knownStatus(l.TCBStatus) {
			return nil, fmt.Errorf("%w: unknown TCB status %q", ErrQEIdentity, l.TCBStatus)
		}
	}
	return &id, nil
}

func checkWindow(issue, next, at time.Time, what string) error {
	if issue.IsZero() || next.IsZero() || at.Before(issue) || at.After(next) {
		return fmt.Errorf("%w: the %s is valid from %s to %s, evaluated at %s", ErrExpired, what,
			issue.UTC().Format(time.RFC3339), next.UTC().Format(time.RFC3339), at.UTC().Format(time.RFC3339))
	}
	return nil
}
