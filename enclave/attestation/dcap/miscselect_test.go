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
		identity string
		ok       bool
	}{
		{"01000000", true},  // 0x00000001 little-endian: the report's value
		{"00000001", false}, // the same bytes read big-endian
	} {
		t.Run(tc.identity, func(t *testing.T) {
			p, err := dcaptest.New(dcaptest.Options{QEMiscSelect: 1, QEIdentityMiscSelect: tc.identity})
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
