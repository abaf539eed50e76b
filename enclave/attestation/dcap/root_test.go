package dcap_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"testing"

	"github.com/enigmad/enigmad/enclave/attestation/dcap"
)

// TestPinnedRoot: the embedded root is the one whose hash is published, and
// the same certificate as testdata/intel_sgx_root_ca.der, Intel's own file.
func TestPinnedRoot(t *testing.T) {
	sum := sha256.Sum256(dcap.IntelRoot().Raw)
	if got := hex.EncodeToString(sum[:]); got != dcap.IntelRootSHA256 {
		t.Fatalf("embedded root hashes to %s, want %s", got, dcap.IntelRootSHA256)
	}
	der, err := os.ReadFile("testdata/intel_sgx_root_ca.der")
	if err != nil {
		t.Fatal(err)
	}
	if string(der) != string(dcap.IntelRoot().Raw) {
		t.Fatal("the embedded root differs from testdata's Intel SGX Root CA")
	}
	if dcap.IntelRoot().Subject.CommonName != "Intel SGX Root CA" {
		t.Fatalf("subject %q", dcap.IntelRoot().Subject.CommonName)
	}
}
