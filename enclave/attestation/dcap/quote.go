package dcap

import (
	"encoding/binary"
	"fmt"
)

// Quote layout constants (Intel SGX ECDSA Quote Library Reference, quote
// format v3 and v4).
const (
	headerSize       = 48
	sgxReportSize    = 384
	tdReportSize     = 584
	ecdsaSigSize     = 64
	ecdsaKeySize     = 64
	attKeyTypeP256   = 2
	teeTypeSGX       = 0x00000000
	teeTypeTDX       = 0x00000081
	certTypePCKChain = 5
	certTypeQEReport = 6
	// maxQuoteSize bounds what the parser reads: real quotes are 4-6 KB.
	maxQuoteSize = 64 << 10
)

// intelQEVendorID is the QE vendor id of Intel's quoting enclaves.
var intelQEVendorID = [16]byte{0x93, 0x9a, 0x72, 0x33, 0xf7, 0x9c, 0x4c, 0xa9, 0x94, 0x0a, 0x0d, 0xb3, 0x95, 0x7f, 0x06, 0x07}

// Header is the 48-byte quote header.
type Header struct {
	Version    uint16
	AttKeyType uint16
	// TEEType is 0 for SGX and 0x81 for TDX (v4; v3 has only SGX and
	// keeps these bytes reserved as zero).
	TEEType    uint32
	QESVN      uint16
	PCESVN     uint16
	QEVendorID [16]byte
	UserData   [20]byte
}

// EnclaveReport is an SGX report body (384 bytes): the ISV enclave's in
// the quote body, and the quoting enclave's in the signature data.
type EnclaveReport struct {
	CPUSVN       [16]byte
	MiscSelect   uint32
	ISVExtProdID [16]byte
	Attributes   [16]byte
	MRENCLAVE    [32]byte
	MRSIGNER     [32]byte
	ConfigID     [64]byte
	ISVProdID    uint16
	ISVSVN       uint16
	ConfigSVN    uint16
	ISVFamilyID  [16]byte
	ReportData   [64]byte
	raw          []byte
}

// Debug reports the DEBUG attribute: the host can read a debug enclave's
// memory, so nothing it says can be trusted.
func (r *EnclaveReport) Debug() bool { return r.Attributes[0]&0x02 != 0 }

// Raw returns the 384 bytes the report was parsed from.
func (r *EnclaveReport) Raw() []byte { return r.raw }

// TDReport is a TDX 1.0 TD report body (584 bytes).
type TDReport struct {
	TEETCBSVN      [16]byte
	MRSEAM         [48]byte
	MRSIGNERSEAM   [48]byte
	SEAMAttributes [8]byte
	TDAttributes   [8]byte
	XFAM           [8]byte
	MRTD           [48]byte
	MRCONFIGID     [48]byte
	MROWNER        [48]byte
	MROWNERCONFIG  [48]byte
	RTMR           [4][48]byte
	ReportData     [64]byte
}

// Debug reports the TD's DEBUG attribute (TUD.DEBUG, bit 0).
func (r *TDReport) Debug() bool { return r.TDAttributes[0]&0x01 != 0 }

// Quote is a parsed ECDSA-P256 quote, v3 or v4.
type Quote struct {
	Header Header
	// Exactly one of SGX and TD is set, according to Header.TEEType.
	SGX *EnclaveReport
	TD  *TDReport
	// Signature is the attestation key's r‖s over header ‖ body.
	Signature [64]byte
	// AttestationKey is the P-256 public key X‖Y.
	AttestationKey [64]byte
	// QEReport is the quoting enclave's report, signed by the PCK key.
	QEReport          EnclaveReport
	QEReportSignature [64]byte
	QEAuthData        []byte
	// CertDataType is the type of the innermost certification data (5:
	// the PCK chain as PEM), CertData its bytes.
	CertDataType uint16
	CertData     []byte
	// OuterCertDataType is 6 for v4 quotes (QE report certification data
	// nesting the type-5 data), 0 for v3.
	OuterCertDataType uint16
	// Signed is the header ‖ body the attestation key signed.
	Signed []byte
	// Trailing is how many bytes follow the declared signature data; they
	// are signed by nothing and ignored.
	Trailing int
}

// reader reads a quote with a bounds check on every field.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b)-r.off {
		r.err = fmt.Errorf("%w: %s needs %d bytes at offset %d, only %d left", ErrQuoteFormat, what, n, r.off, len(r.b)-r.off)
		return nil
	}
	out := r.b[r.off : r.off+n]
	r.off += n
	return out
}

func (r *reader) u16(what string) uint16 {
	b := r.take(2, what)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint16(b)
}

func (r *reader) u32(what string) uint32 {
	b := r.take(4, what)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

// ParseQuote parses an ECDSA-P256 quote, version 3 (SGX) or 4 (SGX or
// TDX 1.0). It checks every length and the structure, not signatures.
func ParseQuote(b []byte) (*Quote, error) {
	if len(b) > maxQuoteSize {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrQuoteFormat, len(b), maxQuoteSize)
	}
	r := &reader{b: b}
	q := &Quote{}
	h := &q.Header
	h.Version = r.u16("version")
	h.AttKeyType = r.u16("attestation key type")
	h.TEEType = r.u32("tee type")
	h.QESVN = r.u16("QE SVN")
	h.PCESVN = r.u16("PCE SVN")
	copy(h.QEVendorID[:], r.take(16, "QE vendor id"))
	copy(h.UserData[:], r.take(20, "user data"))
	if r.err != nil {
		return nil, r.err
	}
	if h.Version != 3 && h.Version != 4 {
		return nil, fmt.Errorf("%w: version %d, only 3 and 4 are supported", ErrQuoteFormat, h.Version)
	}
	if h.AttKeyType != attKeyTypeP256 {
		return nil, fmt.Errorf("%w: attestation key type %d, only 2 (ECDSA P-256) is supported", ErrQuoteFormat, h.AttKeyType)
	}
	if h.QEVendorID != intelQEVendorID {
		return nil, fmt.Errorf("%w: QE vendor id %x is not Intel's", ErrQuoteFormat, h.QEVendorID)
	}
	switch {
	case h.TEEType == teeTypeSGX:
		q.SGX = parseEnclaveReport(r.take(sgxReportSize, "ISV enclave report"))
	case h.TEEType == teeTypeTDX && h.Version == 4:
		q.TD = parseTDReport(r.take(tdReportSize, "TD report"))
	default:
		return nil, fmt.Errorf("%w: TEE type 0x%x in a version %d quote", ErrQuoteFormat, h.TEEType, h.Version)
	}
	if r.err != nil {
		return nil, r.err
	}
	q.Signed = b[:r.off]
	sigLen := r.u32("signature data length")
	sig := r.take(int(sigLen), "signature data")
	if r.err != nil {
		return nil, r.err
	}
	q.Trailing = len(b) - r.off
	s := &reader{b: sig}
	copy(q.Signature[:], s.take(ecdsaSigSize, "quote signature"))
	copy(q.AttestationKey[:], s.take(ecdsaKeySize, "attestation key"))
	if h.Version == 4 {
		q.OuterCertDataType = s.u16("certification data type")
		size := s.u32("certification data size")
		if s.err == nil && q.OuterCertDataType != certTypeQEReport {
			return nil, fmt.Errorf("%w: v4 certification data type %d, want 6 (QE report)", ErrQuoteFormat, q.OuterCertDataType)
		}
		inner := s.take(int(size), "QE report certification data")
		if s.err != nil {
			return nil, s.err
		}
		if s.off != len(sig) {
			return nil, fmt.Errorf("%w: %d bytes after the certification data", ErrQuoteFormat, len(sig)-s.off)
		}
		s = &reader{b: inner}
	}
	q.QEReport = *parseEnclaveReport(s.take(sgxReportSize, "QE report"))
	copy(q.QEReportSignature[:], s.take(ecdsaSigSize, "QE report signature"))
	authLen := s.u16("QE authentication data length")
	q.QEAuthData = s.take(int(authLen), "QE authentication data")
	q.CertDataType = s.u16("certification data type")
	certLen := s.u32("certification data size")
	q.CertData = s.take(int(certLen), "certification data")
	if s.err != nil {
		return nil, s.err
	}
	if s.off != len(s.b) {
		return nil, fmt.Errorf("%w: %d bytes after the certification data", ErrQuoteFormat, len(s.b)-s.off)
	}
	if q.CertDataType != certTypePCKChain {
		return nil, fmt.Errorf("%w: certification data type %d, only 5 (PCK certificate chain) is supported", ErrQuoteFormat, q.CertDataType)
	}
	return q, nil
}

func parseEnclaveReport(b []byte) *EnclaveReport {
	if len(b) != sgxReportSize {
		return &EnclaveReport{}
	}
	r := &EnclaveReport{raw: b}
	copy(r.CPUSVN[:], b[0:16])
	r.MiscSelect = binary.LittleEndian.Uint32(b[16:20])
	copy(r.ISVExtProdID[:], b[32:48])
	copy(r.Attributes[:], b[48:64])
	copy(r.MRENCLAVE[:], b[64:96])
	copy(r.MRSIGNER[:], b[128:160])
	copy(r.ConfigID[:], b[192:256])
	r.ISVProdID = binary.LittleEndian.Uint16(b[256:258])
	r.ISVSVN = binary.LittleEndian.Uint16(b[258:260])
	r.ConfigSVN = binary.LittleEndian.Uint16(b[260:262])
	copy(r.ISVFamilyID[:], b[304:320])
	copy(r.ReportData[:], b[320:384])
	return r
}

func parseTDReport(b []byte) *TDReport {
	if len(b) != tdReportSize {
		return &TDReport{}
	}
	r := &TDReport{}
	copy(r.TEETCBSVN[:], b[0:16])
	copy(r.MRSEAM[:], b[16:64])
	copy(r.MRSIGNERSEAM[:], b[64:112])
	copy(r.SEAMAttributes[:], b[112:120])
	copy(r.TDAttributes[:], b[120:128])
	copy(r.XFAM[:], b[128:136])
	copy(r.MRTD[:], b[136:184])
	copy(r.MRCONFIGID[:], b[184:232])
	copy(r.MROWNER[:], b[232:280])
	copy(r.MROWNERCONFIG[:], b[280:328])
	for i := range r.RTMR {
		copy(r.RTMR[i][:], b[328+48*i:376+48*i])
	}
	copy(r.ReportData[:], b[520:584])
	return r
}
