package dcap_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"testing"

	"github.com/enigmad/enigmad/enclave/attestation/dcap"
)

// TestPinnedRoot: the embedded root is the one whose hash is published, and
// the same certificate Intel ships in the shared test data.
func TestPinnedRoot(t *testing.T) {
	sum := sha256.Sum256(dcap.IntelRoot().Raw)
	if got := hex.EncodeToString(sum[:]); got != dcap.IntelRootSHA256 {
		t.Fatalf("embedded root hashes to %s, want %s", got, dcap.IntelRootSHA256)
	}
	if der, err := os.ReadFile("../../../../shared/testdata/sgx-dcap/intel_sgx_root_ca.der"); err == nil {
		if string(der) != string(dcap.IntelRoot().Raw) {
			t.Fatal("the embedded root differs from shared/testdata's Intel SGX Root CA")
		}
	}
	if dcap.IntelRoot().Subject.CommonName != "Intel SGX Root CA" {
		t.Fatalf("subject %q", dcap.IntelRoot().Subject.CommonName)
	}
}
