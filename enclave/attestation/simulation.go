package attestation

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
)

// Simulated quote wire format (after the kind byte 0x01):
//
//	magic (36) || MRENCLAVE (32) || MRSIGNER (32) || product id (2) ||
//	security version (2) || debug (1) || report data (64)
//
// There is no signature: a simulated quote is a statement anyone can make.
const simMagic = "ENIGMA SIMULATED QUOTE v1 NOT SECURE"

const simQuoteSize = 1 + len(simMagic) + 32 + 32 + 2 + 2 + 1 + ReportDataSize

// SimulationUniqueID and SimulationSignerID are the measurements simulated
// enclaves report.
var (
	SimulationUniqueID = sha256.Sum256([]byte("enigma simulated enclave"))
	SimulationSignerID = sha256.Sum256([]byte("enigma simulated signer"))
)

// SimulationIssuer makes simulated quotes.
type SimulationIssuer struct {
	ProductID       uint16
	SecurityVersion uint16
}

// Issue returns a simulated quote over reportData.
func (s SimulationIssuer) Issue(reportData []byte) ([]byte, error) {
	if len(reportData) > ReportDataSize {
		return nil, ErrReportDataTooLong
	}
	q := make([]byte, 0, simQuoteSize)
	q = append(q, byte(KindSimulated))
	q = append(q, simMagic...)
	q = append(q, SimulationUniqueID[:]...)
	q = append(q, SimulationSignerID[:]...)
	q = binary.BigEndian.AppendUint16(q, s.ProductID)
	q = binary.BigEndian.AppendUint16(q, s.SecurityVersion)
	q = append(q, 0) // never debug
	rd := make([]byte, ReportDataSize)
	copy(rd, reportData)
	return append(q, rd...), nil
}

// SimulationVerifier parses simulated quotes and refuses everything else.
type SimulationVerifier struct{}

// Verify parses a simulated quote.
func (SimulationVerifier) Verify(quote []byte) (Report, error) {
	if len(quote) == 0 {
		return Report{}, fmt.Errorf("%w: empty", ErrMalformedQuote)
	}
	if Kind(quote[0]) != KindSimulated {
		return Report{}, fmt.Errorf("%w: the simulation verifier only reads simulated quotes, got %s", ErrUnknownQuoteKind, Kind(quote[0]))
	}
	if len(quote) != simQuoteSize || !bytes.Equal(quote[1:1+len(simMagic)], []byte(simMagic)) {
		return Report{}, fmt.Errorf("%w: not a simulated quote of %d bytes", ErrMalformedQuote, simQuoteSize)
	}
	b := quote[1+len(simMagic):]
	r := Report{
		Kind:            KindSimulated,
		UniqueID:        bytes.Clone(b[0:32]),
		SignerID:        bytes.Clone(b[32:64]),
		ProductID:       binary.BigEndian.Uint16(b[64:66]),
		SecurityVersion: binary.BigEndian.Uint16(b[66:68]),
		Debug:           b[68] != 0,
		Data:            bytes.Clone(b[69:]),
	}
	return r, nil
}

// KindVerifier dispatches on the quote kind: simulated quotes to the
// simulation verifier, SGX quotes to SGX (nil: refused with
// ErrSGXUnavailable, so a build without a DCAP verifier says so instead of
// accepting anything).
type KindVerifier struct {
	SGX Verifier
}

// Verify verifies quote with the verifier for its kind.
func (k KindVerifier) Verify(quote []byte) (Report, error) {
	if len(quote) == 0 {
		return Report{}, fmt.Errorf("%w: empty", ErrMalformedQuote)
	}
	switch Kind(quote[0]) {
	case KindSimulated:
		return SimulationVerifier{}.Verify(quote)
	case KindSGX:
		if k.SGX == nil {
			return Report{}, ErrSGXUnavailable
		}
		return k.SGX.Verify(quote)
	}
	return Report{}, fmt.Errorf("%w: 0x%02x", ErrUnknownQuoteKind, quote[0])
}
