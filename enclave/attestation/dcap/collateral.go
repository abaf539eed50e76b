package dcap

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Collateral is what Intel's PCS publishes for a platform, as a verifier
// receives it. Every byte is checked: nothing here is trusted until it
// verifies to the Intel SGX Root CA.
type Collateral struct {
	// PCKCertChain (PEM: PCK leaf, Platform or Processor CA, root) is not
	// used: the quotes accepted (certification data type 5) carry their
	// chain. It is read and size-checked so that PCS output can be passed
	// as it comes.
	PCKCertChain []byte
	// PCKCRL is the CRL of the PCK certificate's issuing CA (DER or PEM).
	PCKCRL []byte
	// PCKCRLIssuerChain (PEM), when given, must be the PCK CA and root;
	// the CRL is checked against the PCK CA of the quote's own chain.
	PCKCRLIssuerChain []byte
	// RootCACRL is the Intel SGX Root CA's CRL (DER or PEM).
	RootCACRL []byte
	// TCBInfo is the signed TCB Info document {"tcbInfo":{...},"signature":"hex"}.
	TCBInfo []byte
	// TCBInfoIssuerChain (PEM) is the TCB Signing certificate and root.
	TCBInfoIssuerChain []byte
	// QEIdentity is the signed {"enclaveIdentity":{...},"signature":"hex"}.
	QEIdentity []byte
	// QEIdentityIssuerChain (PEM) is the TCB Signing certificate and root.
	QEIdentityIssuerChain []byte
}

// Size limits of each collateral document, far above what Intel serves
// (TCB Info 3-7 KB, QE Identity about 1.4 KB, CRLs a few KB, chains about
// 2 KB): they bound the cost of one verification whatever a registrant
// sends (docs/benchmarks.md gives the worst case).
const (
	MaxTCBInfoSize    = 32 << 10
	MaxQEIdentitySize = 8 << 10
	MaxCRLSize        = 32 << 10
)

// checkSizes refuses a document above its limit before anything is parsed.
func (c *Collateral) checkSizes() error {
	for _, d := range []struct {
		what  string
		b     []byte
		limit int
	}{
		{"TCB Info", c.TCBInfo, MaxTCBInfoSize}, {"QE Identity", c.QEIdentity, MaxQEIdentitySize},
		{"PCK CRL", c.PCKCRL, MaxCRLSize}, {"Root CA CRL", c.RootCACRL, MaxCRLSize},
		{"PCK certificate chain", c.PCKCertChain, maxChainPEM}, {"PCK CRL issuer chain", c.PCKCRLIssuerChain, maxChainPEM},
		{"TCB Info issuer chain", c.TCBInfoIssuerChain, maxChainPEM}, {"QE Identity issuer chain", c.QEIdentityIssuerChain, maxChainPEM},
	} {
		if len(d.b) > d.limit {
			return fmt.Errorf("%w: the %s is %d bytes, the limit is %d", ErrCollateral, d.what, len(d.b), d.limit)
		}
	}
	return nil
}

// File names of a collateral directory, as in Intel PCS responses and the
// project's test data.
const (
	FilePCKCertChain          = "pck_cert_chain.pem"
	FilePCKCRL                = "pck_crl.der"
	FilePCKCRLIssuerChain     = "pck_crl_issuer_chain.pem"
	FileRootCACRL             = "root_ca_crl.der"
	FileTCBInfo               = "tcb_info.json"
	FileTCBInfoIssuerChain    = "tcb_info_issuer_chain.pem"
	FileQEIdentity            = "qe_identity.json"
	FileQEIdentityIssuerChain = "qe_identity_issuer_chain.pem"
)

// LoadCollateralDir reads a collateral directory. pck_cert_chain.pem and
// pck_crl_issuer_chain.pem are optional; the other files are required.
func LoadCollateralDir(dir string) (*Collateral, error) {
	c := &Collateral{}
	files := []struct {
		name     string
		dst      *[]byte
		optional bool
	}{
		{FilePCKCertChain, &c.PCKCertChain, true},
		{FilePCKCRL, &c.PCKCRL, false},
		{FilePCKCRLIssuerChain, &c.PCKCRLIssuerChain, true},
		{FileRootCACRL, &c.RootCACRL, false},
		{FileTCBInfo, &c.TCBInfo, false},
		{FileTCBInfoIssuerChain, &c.TCBInfoIssuerChain, false},
		{FileQEIdentity, &c.QEIdentity, false},
		{FileQEIdentityIssuerChain, &c.QEIdentityIssuerChain, false},
	}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, f.name))
		if errors.Is(err, fs.ErrNotExist) && f.optional {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrCollateral, err)
		}
		*f.dst = b
	}
	return c, nil
}

// TCBInfo is Intel's TCB Info, version 2 or 3, for SGX or TDX.
type TCBInfo struct {
	ID                      string              `json:"id"`
	Version                 int                 `json:"version"`
	IssueDate               time.Time           `json:"issueDate"`
	NextUpdate              time.Time           `json:"nextUpdate"`
	FMSPC                   HexBytes            `json:"fmspc"`
	PCEID                   HexBytes            `json:"pceId"`
	TCBType                 int                 `json:"tcbType"`
	TCBEvaluationDataNumber int                 `json:"tcbEvaluationDataNumber"`
	TDXModule               *TDXModule          `json:"tdxModule"`
	TDXModuleIdentities     []TDXModuleIdentity `json:"tdxModuleIdentities"`
	TCBLevels               []TCBLevel          `json:"tcbLevels"`
}

// TDXModule is the expected signer and attributes of the TDX module.
type TDXModule struct {
	MRSIGNER       HexBytes `json:"mrsigner"`
	Attributes     HexBytes `json:"attributes"`
	AttributesMask HexBytes `json:"attributesMask"`
}

// TDXModuleIdentity is one TDX module version's identity and TCB levels.
type TDXModuleIdentity struct {
	ID             string       `json:"id"`
	MRSIGNER       HexBytes     `json:"mrsigner"`
	Attributes     HexBytes     `json:"attributes"`
	AttributesMask HexBytes     `json:"attributesMask"`
	TCBLevels      []QETCBLevel `json:"tcbLevels"`
}

// TCBLevel is one platform TCB level.
type TCBLevel struct {
	TCB         TCBComponents `json:"tcb"`
	TCBDate     time.Time     `json:"tcbDate"`
	TCBStatus   string        `json:"tcbStatus"`
	AdvisoryIDs []string      `json:"advisoryIDs"`
}

// TCBComponents are the SVNs of a TCB level: v3 lists them
// ("sgxtcbcomponents", "tdxtcbcomponents"), v2 names them
// ("sgxtcbcomp01svn" … "sgxtcbcomp16svn"). UnmarshalJSON reads both.
type TCBComponents struct {
	SGX    [numTCBComps]uint8
	TDX    [numTCBComps]uint8
	HasTDX bool
	PCESVN uint16
}

type svnEntry struct {
	SVN *int `json:"svn"`
}

// UnmarshalJSON reads v2 and v3 TCB components.
func (t *TCBComponents) UnmarshalJSON(b []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	var pcesvn int
	if err := json.Unmarshal(m["pcesvn"], &pcesvn); err != nil || pcesvn < 0 || pcesvn > 0xffff {
		return fmt.Errorf("tcb: pcesvn is missing or not a 16-bit number")
	}
	t.PCESVN = uint16(pcesvn)
	if raw, ok := m["sgxtcbcomponents"]; ok {
		if err := readComponents(raw, &t.SGX); err != nil {
			return fmt.Errorf("tcb: sgxtcbcomponents: %w", err)
		}
		if raw, ok := m["tdxtcbcomponents"]; ok {
			if err := readComponents(raw, &t.TDX); err != nil {
				return fmt.Errorf("tcb: tdxtcbcomponents: %w", err)
			}
			t.HasTDX = true
		}
		return nil
	}
	for i := range t.SGX {
		var svn int
		if err := json.Unmarshal(m[fmt.Sprintf("sgxtcbcomp%02dsvn", i+1)], &svn); err != nil || svn < 0 || svn > 255 {
			return fmt.Errorf("tcb: sgxtcbcomp%02dsvn is missing or not an 8-bit number", i+1)
		}
		t.SGX[i] = uint8(svn)
	}
	return nil
}

func readComponents(raw json.RawMessage, out *[numTCBComps]uint8) error {
	var comps []svnEntry
	if err := json.Unmarshal(raw, &comps); err != nil {
		return err
	}
	if len(comps) != numTCBComps {
		return fmt.Errorf("%d components, want %d", len(comps), numTCBComps)
	}
	for i, c := range comps {
		if c.SVN == nil || *c.SVN < 0 || *c.SVN > 255 {
			return fmt.Errorf("component %d: svn missing or not an 8-bit number", i)
		}
		out[i] = uint8(*c.SVN)
	}
	return nil
}

// EnclaveIdentity is Intel's QE (or TD_QE, QVE) identity, version 2.
type EnclaveIdentity struct {
	ID                      string       `json:"id"`
	Version                 int          `json:"version"`
	IssueDate               time.Time    `json:"issueDate"`
	NextUpdate              time.Time    `json:"nextUpdate"`
	TCBEvaluationDataNumber int          `json:"tcbEvaluationDataNumber"`
	MiscSelect              HexBytes     `json:"miscselect"`
	MiscSelectMask          HexBytes     `json:"miscselectMask"`
	Attributes              HexBytes     `json:"attributes"`
	AttributesMask          HexBytes     `json:"attributesMask"`
	MRSIGNER                HexBytes     `json:"mrsigner"`
	ISVProdID               int          `json:"isvprodid"`
	TCBLevels               []QETCBLevel `json:"tcbLevels"`
}

// QETCBLevel is one TCB level of an enclave identity.
type QETCBLevel struct {
	TCB struct {
		ISVSVN int `json:"isvsvn"`
	} `json:"tcb"`
	TCBDate     time.Time `json:"tcbDate"`
	TCBStatus   string    `json:"tcbStatus"`
	AdvisoryIDs []string  `json:"advisoryIDs"`
}

// HexBytes is a hex string in JSON (either case).
type HexBytes []byte

// UnmarshalJSON decodes a hex string.
func (h *HexBytes) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := hex.DecodeString(s)
	if err != nil {
		return err
	}
	*h = v
	return nil
}

// signedDoc is a PCS document: the signature covers the exact bytes of the
// body object as served, so the body is kept raw.
type signedDoc struct {
	Body      json.RawMessage
	Signature []byte
}

// parseSignedDoc accepts a PCS document in exactly the form Intel serves:
// {"<key>":<body>,"signature":"<128 hex digits>"} with nothing around or
// between, and returns the body's bytes and the signature. Nothing in it is
// decoded yet: the caller checks the signature over the body first, then
// decodes the body alone, so no byte outside what Intel signed is read.
func parseSignedDoc(b []byte, key string) (signedDoc, error) {
	prefix := []byte(`{"` + key + `":`)
	const sigPrefix, sigSuffix = `,"signature":"`, `"}`
	tail := len(sigPrefix) + 2*ecdsaSigSize + len(sigSuffix)
	if !bytes.HasPrefix(b, prefix) || len(b) < len(prefix)+2+tail {
		return signedDoc{}, fmt.Errorf(`want exactly {"%s":{...},"signature":"<hex>"}`, key)
	}
	end := b[len(b)-tail:]
	if !bytes.HasPrefix(end, []byte(sigPrefix)) || !bytes.HasSuffix(end, []byte(sigSuffix)) {
		return signedDoc{}, fmt.Errorf(`want exactly {"%s":{...},"signature":"<hex>"}, ending with the signature`, key)
	}
	sig, err := hex.DecodeString(string(end[len(sigPrefix) : len(sigPrefix)+2*ecdsaSigSize]))
	if err != nil {
		return signedDoc{}, fmt.Errorf("the signature is not %d bytes of hex", ecdsaSigSize)
	}
	body := b[len(prefix) : len(b)-tail]
	if body[0] != '{' || body[len(body)-1] != '}' {
		return signedDoc{}, fmt.Errorf("the %q body is not one JSON object", key)
	}
	return signedDoc{Body: body, Signature: sig}, nil
}

// decodeSigned decodes a signed body whose signature has been checked: it
// must be exactly one JSON object.
func decodeSigned(body []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() || dec.InputOffset() != int64(len(body)) {
		return errors.New("bytes after the signed object")
	}
	return nil
}

// derOrPEM returns DER bytes from DER, or from exactly one canonical PEM
// block of type typ (see pemBlocks).
func derOrPEM(b []byte, typ, what string) ([]byte, error) {
	if !bytes.HasPrefix(b, []byte("-----BEGIN")) {
		return b, nil
	}
	blocks, err := pemBlocks(b, typ, what)
	if err != nil {
		return nil, err
	}
	if len(blocks) != 1 {
		return nil, fmt.Errorf("%s has %d PEM blocks, want one", what, len(blocks))
	}
	return blocks[0], nil
}

// statusOK lists the TCB statuses Intel defines; anything else in a
// signed document is refused rather than guessed at.
func knownStatus(s string) bool {
	switch s {
	case StatusUpToDate, StatusSWHardeningNeeded, StatusConfigurationNeeded, StatusConfigurationAndSWHardeningNeeded,
		StatusOutOfDate, StatusOutOfDateConfigurationNeeded, StatusRevoked:
		return true
	}
	return false
}

// idIs compares ids case-insensitively (PCS writes "SGX", "TDX", "QE", "TD_QE").
func idIs(got, want string) bool { return strings.EqualFold(got, want) }
