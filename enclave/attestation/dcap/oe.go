package dcap

import (
	"encoding/binary"
	"fmt"
)

// Open Enclave report header (openenclave/internal/report.h,
// oe_report_header_t), which EGo's enclave.GetRemoteReport puts in front of
// the quote: version uint32 (1), report_type uint32 (2 = SGX remote),
// report_size uint64, then report_size bytes of quote; little endian.
const (
	oeHeaderSize       = 16
	oeHeaderVersion    = 1
	oeReportTypeRemote = 2
)

// UnwrapOEReport returns the quote inside an Open Enclave / EGo remote
// report, after checking the header's version, type and that its size
// accounts for exactly the bytes that follow.
func UnwrapOEReport(report []byte) ([]byte, error) {
	if len(report) < oeHeaderSize {
		return nil, fmt.Errorf("%w: %d bytes is shorter than the 16-byte Open Enclave report header", ErrQuoteFormat, len(report))
	}
	version := binary.LittleEndian.Uint32(report[0:4])
	typ := binary.LittleEndian.Uint32(report[4:8])
	size := binary.LittleEndian.Uint64(report[8:16])
	if version != oeHeaderVersion {
		return nil, fmt.Errorf("%w: Open Enclave report header version %d, want 1", ErrQuoteFormat, version)
	}
	if typ != oeReportTypeRemote {
		return nil, fmt.Errorf("%w: Open Enclave report type %d, want 2 (SGX remote report)", ErrQuoteFormat, typ)
	}
	if size != uint64(len(report)-oeHeaderSize) {
		return nil, fmt.Errorf("%w: Open Enclave report header says %d bytes of quote, %d follow", ErrQuoteFormat, size, len(report)-oeHeaderSize)
	}
	return report[oeHeaderSize:], nil
}

// WrapOEReport puts the Open Enclave remote report header in front of a
// quote, as EGo's enclave.GetRemoteReport returns it (for tools and tests
// that hold a raw quote).
func WrapOEReport(quote []byte) []byte {
	out := make([]byte, oeHeaderSize, oeHeaderSize+len(quote))
	binary.LittleEndian.PutUint32(out[0:4], oeHeaderVersion)
	binary.LittleEndian.PutUint32(out[4:8], oeReportTypeRemote)
	binary.LittleEndian.PutUint64(out[8:16], uint64(len(quote)))
	return append(out, quote...)
}
