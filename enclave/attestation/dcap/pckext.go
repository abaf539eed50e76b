package dcap

import (
	"crypto/x509"
	"encoding/asn1"
	"fmt"
)

// OIDSGXExtensions is the Intel SGX extensions OID of PCK certificates
// (Intel SGX PCK Certificate and CRL Profile).
var OIDSGXExtensions = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1}

// OIDs inside the SGX extensions, relative to OIDSGXExtensions.
const (
	sgxExtPPID     = 1
	sgxExtTCB      = 2
	sgxExtPCEID    = 3
	sgxExtFMSPC    = 4
	sgxExtSGXType  = 5
	tcbCompPCESVN  = 17
	tcbCompCPUSVN  = 18
	numTCBComps    = 16
	fmspcSize      = 6
	pceIDSize      = 2
	maxSGXExtBytes = 4096
)

// PCKExtensions are the platform facts Intel certifies in a PCK
// certificate.
type PCKExtensions struct {
	PPID     []byte
	FMSPC    [fmspcSize]byte
	PCEID    [pceIDSize]byte
	PCESVN   uint16
	CPUSVN   [16]byte
	TCBComps [numTCBComps]uint8
	SGXType  int
}

// asnEntry is one {OID, value} pair of the SGX extensions.
type asnEntry struct {
	ID    asn1.ObjectIdentifier
	Value asn1.RawValue
}

// ParsePCKExtensions reads the SGX extensions of a PCK certificate. FMSPC,
// PCE-ID and the full TCB (16 components, PCESVN, CPUSVN) are required.
func ParsePCKExtensions(cert *x509.Certificate) (*PCKExtensions, error) {
	var raw []byte
	for _, e := range cert.Extensions {
		if e.Id.Equal(OIDSGXExtensions) {
			raw = e.Value
		}
	}
	if raw == nil {
		return nil, fmt.Errorf("%w: the PCK certificate has no SGX extensions (OID %s)", ErrPCKExtension, OIDSGXExtensions)
	}
	if len(raw) > maxSGXExtBytes {
		return nil, fmt.Errorf("%w: %d bytes", ErrPCKExtension, len(raw))
	}
	var entries []asnEntry
	if rest, err := asn1.Unmarshal(raw, &entries); err != nil || len(rest) != 0 {
		return nil, fmt.Errorf("%w: %v", ErrPCKExtension, errOrTrailing(err))
	}
	ext := &PCKExtensions{SGXType: -1}
	var haveTCB, haveFMSPC, havePCEID bool
	for _, e := range entries {
		n, ok := subOID(e.ID, OIDSGXExtensions)
		if !ok {
			continue
		}
		switch n {
		case sgxExtPPID:
			if err := octets(e.Value, &ext.PPID, 16); err != nil {
				return nil, fmt.Errorf("%w: PPID: %v", ErrPCKExtension, err)
			}
		case sgxExtTCB:
			if err := parseTCBExt(e.Value, ext); err != nil {
				return nil, err
			}
			haveTCB = true
		case sgxExtPCEID:
			var b []byte
			if err := octets(e.Value, &b, pceIDSize); err != nil {
				return nil, fmt.Errorf("%w: PCE-ID: %v", ErrPCKExtension, err)
			}
			copy(ext.PCEID[:], b)
			havePCEID = true
		case sgxExtFMSPC:
			var b []byte
			if err := octets(e.Value, &b, fmspcSize); err != nil {
				return nil, fmt.Errorf("%w: FMSPC: %v", ErrPCKExtension, err)
			}
			copy(ext.FMSPC[:], b)
			haveFMSPC = true
		case sgxExtSGXType:
			var t asn1.Enumerated
			if _, err := asn1.Unmarshal(e.Value.FullBytes, &t); err != nil {
				return nil, fmt.Errorf("%w: SGX type: %v", ErrPCKExtension, err)
			}
			ext.SGXType = int(t)
		}
	}
	if !haveTCB || !haveFMSPC || !havePCEID {
		return nil, fmt.Errorf("%w: TCB, FMSPC and PCE-ID are required", ErrPCKExtension)
	}
	return ext, nil
}

func parseTCBExt(v asn1.RawValue, ext *PCKExtensions) error {
	var comps []asnEntry
	if rest, err := asn1.Unmarshal(v.FullBytes, &comps); err != nil || len(rest) != 0 {
		return fmt.Errorf("%w: TCB: %v", ErrPCKExtension, errOrTrailing(err))
	}
	tcbOID := append(append(asn1.ObjectIdentifier{}, OIDSGXExtensions...), sgxExtTCB)
	seen := 0
	for _, c := range comps {
		n, ok := subOID(c.ID, tcbOID)
		if !ok {
			continue
		}
		switch {
		case n >= 1 && n <= numTCBComps:
			var svn int
			if _, err := asn1.Unmarshal(c.Value.FullBytes, &svn); err != nil || svn < 0 || svn > 255 {
				return fmt.Errorf("%w: TCB component %d is not an 8-bit SVN", ErrPCKExtension, n)
			}
			ext.TCBComps[n-1] = uint8(svn)
			seen |= 1 << n
		case n == tcbCompPCESVN:
			var svn int
			if _, err := asn1.Unmarshal(c.Value.FullBytes, &svn); err != nil || svn < 0 || svn > 0xffff {
				return fmt.Errorf("%w: PCESVN is not a 16-bit SVN", ErrPCKExtension)
			}
			ext.PCESVN = uint16(svn)
			seen |= 1 << n
		case n == tcbCompCPUSVN:
			var b []byte
			if err := octets(c.Value, &b, 16); err != nil {
				return fmt.Errorf("%w: CPUSVN: %v", ErrPCKExtension, err)
			}
			copy(ext.CPUSVN[:], b)
			seen |= 1 << n
		}
	}
	if want := (1<<19 - 1) &^ 1; seen != want {
		return fmt.Errorf("%w: the TCB lacks components (have mask %b)", ErrPCKExtension, seen)
	}
	return nil
}

// subOID returns n when id is parent.n.
func subOID(id, parent asn1.ObjectIdentifier) (int, bool) {
	if len(id) != len(parent)+1 || !id[:len(parent)].Equal(parent) {
		return 0, false
	}
	return id[len(parent)], true
}

func octets(v asn1.RawValue, out *[]byte, size int) error {
	rest, err := asn1.Unmarshal(v.FullBytes, out)
	if err != nil {
		return err
	}
	if len(rest) != 0 || len(*out) != size {
		return fmt.Errorf("want a %d-byte OCTET STRING", size)
	}
	return nil
}

func errOrTrailing(err error) error {
	if err != nil {
		return err
	}
	return fmt.Errorf("trailing bytes")
}
