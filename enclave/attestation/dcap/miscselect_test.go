package dcap_test

import (
	"errors"
	"testing"

	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/enclave/attestation/dcap/dcaptest"
)

// TestMiscSelectIsLittleEndian: the QE Identity's miscselect is read
// little-endian, like the report field it is compared with (as Intel's QVL
// and Phala's dcap-qvl read it): a value that differs by byte order is
// accepted or refused as they would.
func TestMiscSelectIsLittleEndian(t *testing.T) {
	e := dcaptest.Enclave{MRENCLAVE: [32]byte{1}, ProductID: 1}
	for _, tc := range []struct {
		identity, mask string
		ok             bool
	}{
		{"01000000", "FFFFFFFF", true},  // 0x00000001 little-endian: the report's value
		{"00000001", "FFFFFFFF", false}, // the same bytes read big-endian
		{"00000000", "01000000", false}, // the mask little-endian selects bit 0, which the report sets
		{"00000000", "00000001", true},  // the mask little-endian selects bit 24, clear in the report
	} {
		t.Run(tc.identity+"/"+tc.mask, func(t *testing.T) {
			p, err := dcaptest.New(dcaptest.Options{QEMiscSelect: 1, QEIdentityMiscSelect: tc.identity, QEIdentityMiscSelectMask: tc.mask})
			if err != nil {
				t.Fatal(err)
			}
			q, err := p.Quote(e)
			if err != nil {
				t.Fatal(err)
			}
			_, err = dcap.Verify(q, p.Collateral(), p.Root, dcaptest.Epoch)
			if tc.ok && err != nil {
				t.Fatal(err)
			}
			if !tc.ok && !errors.Is(err, dcap.ErrQEMismatch) {
				t.Fatalf("want %v, got %v", dcap.ErrQEMismatch, err)
			}
		})
	}
}
