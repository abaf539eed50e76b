package dcap_test

import (
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/enclave/attestation/dcap/dcaptest"
)

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

// TestVerifierWithPolicy: the automata quote (SWHardeningNeeded,
// INTEL-SA-00615) through the attestation.Verifier interface and Policy.
func TestVerifierWithPolicy(t *testing.T) {
	dir := filepath.Join("testdata", "automata-sgx-v3-2025-08")
	raw, err := os.ReadFile(filepath.Join(dir, "quote.bin"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := dcap.LoadCollateralDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 8, 15, 5, 45, 0, 0, time.UTC)
	v := attestation.KindVerifier{SGX: dcap.Verifier{Collateral: c, Time: at}}
	quote := dcap.SGXQuote(raw)
	r, err := v.Verify(quote)
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != attestation.KindSGX || r.TCBStatus != "SWHardeningNeeded" || len(r.AdvisoryIDs) != 1 || r.AdvisoryIDs[0] != "INTEL-SA-00615" ||
		r.TCBEvaluationDataNumber != 17 {
		t.Fatalf("report %+v", r)
	}
	mrenclave := mustHex("a4f45c39dac622cb1dd32ddb35a52ec92db41d0fa88a1c911c49e59c534f61cd")
	p := attestation.Policy{UniqueIDs: [][]byte{mrenclave}, ProductID: 0}
	if err := p.Check(r); !errors.Is(err, attestation.ErrPolicy) {
		t.Fatalf("default policy (UpToDate only): %v", err)
	}
	p.AcceptedTCBStatuses = []string{"UpToDate", "SWHardeningNeeded"}
	p.AllowedAdvisoryIDs = []string{"INTEL-SA-00615"}
	if err := p.Check(r); err != nil {
		t.Fatalf("SWHardeningNeeded with INTEL-SA-00615 allowed: %v", err)
	}
	newer := p
	newer.MinTCBEvaluationDataNumber = 18
	if err := newer.Check(r); !errors.Is(err, attestation.ErrPolicy) {
		t.Fatalf("collateral of evaluation 17 where 18 is required: %v", err)
	}
	other := p
	other.UniqueIDs = [][]byte{make([]byte, 32)}
	if err := other.Check(r); !errors.Is(err, attestation.ErrPolicy) {
		t.Fatalf("another MRENCLAVE: %v", err)
	}
	// Bytes after the signature data, the raw quote without the OE header,
	// and a TDX quote, are refused.
	if _, err := v.Verify(dcap.SGXQuote(append(append([]byte(nil), raw...), 0))); !errors.Is(err, dcap.ErrQuoteFormat) || !strings.Contains(err.Error(), "after the signature data") {
		t.Fatalf("trailing byte: %v", err)
	}
	if _, err := v.Verify(append([]byte{byte(attestation.KindSGX)}, raw...)); !errors.Is(err, dcap.ErrQuoteFormat) {
		t.Fatalf("quote without OE header: %v", err)
	}
	tdxDir := filepath.Join("testdata", "phala-dcap-qvl-tdx-v4-2025-06")
	tdx, _ := os.ReadFile(filepath.Join(tdxDir, "quote.bin"))
	tc, _ := dcap.LoadCollateralDir(tdxDir)
	tv := dcap.Verifier{Collateral: tc, Time: time.Date(2025, 7, 19, 10, 0, 34, 0, time.UTC)}
	if _, err := tv.Verify(dcap.SGXQuote(tdx)); !errors.Is(err, dcap.ErrQuoteFormat) {
		t.Fatalf("TDX quote: %v", err)
	}
	// Expired collateral at a later block time.
	late := dcap.Verifier{Collateral: c, Time: at.AddDate(0, 2, 0)}
	if _, err := late.Verify(quote); !errors.Is(err, dcap.ErrExpired) {
		t.Fatalf("late: %v", err)
	}
}

// TestVerifierPolicyDebugAndSVN: debug enclaves and low ISVSVN are refused
// by the policy after a successful DCAP verification.
func TestVerifierPolicyDebugAndSVN(t *testing.T) {
	e := dcaptest.Enclave{MRENCLAVE: [32]byte{7}, ProductID: 1, SVN: 2}
	for _, tc := range []struct {
		name   string
		debug  bool
		minSVN uint16
		ok     bool
	}{{"release, svn ok", false, 2, true}, {"debug", true, 0, false}, {"low svn", false, 3, false}} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := dcaptest.New(dcaptest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			e.Debug = tc.debug
			raw, err := p.Quote(e)
			if err != nil {
				t.Fatal(err)
			}
			v := dcap.Verifier{Collateral: p.Collateral(), Time: dcaptest.Epoch, Root: p.Root}
			pol := attestation.Policy{UniqueIDs: [][]byte{e.MRENCLAVE[:]}, ProductID: 1, MinSecurityVersion: tc.minSVN}
			r, err := v.Verify(dcap.SGXQuote(raw))
			if err != nil {
				t.Fatal(err)
			}
			if err := pol.Check(r); (err == nil) != tc.ok || (err != nil && !errors.Is(err, attestation.ErrPolicy)) {
				t.Fatalf("%s: %v", tc.name, err)
			}
		})
	}
}

// TestSignatureVerifier: without collateral, a quote's certificate chain,
// signatures and quoting enclave are still checked (another root, another
// QE, an expired chain, a changed byte of the signed quote, a revoked PCK
// it cannot see: only the first four fail), and the report is the full
// verifier's with no TCB verdict; the real quote comes from Intel's QE.
func TestSignatureVerifier(t *testing.T) {
	p, err := dcaptest.New(dcaptest.Options{RevokePCK: true})
	if err != nil {
		t.Fatal(err)
	}
	var e dcaptest.Enclave
	e.MRENCLAVE[0], e.ProductID, e.SVN, e.ReportData[0] = 7, 1, 3, 9
	raw, err := p.Quote(e)
	if err != nil {
		t.Fatal(err)
	}
	quote := dcap.SGXQuote(raw)
	v := dcap.SignatureVerifier{Time: dcaptest.Epoch, Root: p.Root, QE: dcaptest.QE}
	r, err := v.Verify(quote)
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != attestation.KindSGX || r.UniqueID[0] != 7 || r.ProductID != 1 || r.SecurityVersion != 3 || r.Data[0] != 9 ||
		r.TCBStatus != "" || len(r.AdvisoryIDs) != 0 || r.TCBEvaluationDataNumber != 0 {
		t.Fatalf("report %+v", r)
	}
	// The full verifier sees the revoked PCK; the signature verifier
	// cannot, by design.
	if _, err := (dcap.Verifier{Collateral: p.Collateral(), Time: dcaptest.Epoch, Root: p.Root}).Verify(quote); !errors.Is(err, dcap.ErrRevoked) {
		t.Fatalf("full verifier on a revoked PCK: %v", err)
	}
	if _, err := (dcap.SignatureVerifier{Time: dcaptest.Epoch, QE: dcaptest.QE}).Verify(quote); !errors.Is(err, dcap.ErrPCKChain) {
		t.Fatalf("the synthetic chain against Intel's root: %v", err)
	}
	// A quoting enclave that is not the pinned one (here: Intel's, which
	// the synthetic platform's is not).
	if _, err := (dcap.SignatureVerifier{Time: dcaptest.Epoch, Root: p.Root}).Verify(quote); !errors.Is(err, dcap.ErrQEMismatch) {
		t.Fatalf("another quoting enclave: %v", err)
	}
	if _, err := (dcap.SignatureVerifier{Time: dcaptest.Epoch.AddDate(20, 0, 0), Root: p.Root, QE: dcaptest.QE}).Verify(quote); !errors.Is(err, dcap.ErrExpired) && !errors.Is(err, dcap.ErrPCKChain) {
		t.Fatalf("an expired chain: %v", err)
	}
	tampered := append([]byte(nil), raw...)
	tampered[48+64] ^= 1 // a byte of the ISV enclave report (MRENCLAVE)
	if _, err := v.Verify(dcap.SGXQuote(tampered)); !errors.Is(err, dcap.ErrQuoteSignature) {
		t.Fatalf("a changed byte of the signed quote: %v", err)
	}
	if _, err := v.Verify(raw); !errors.Is(err, attestation.ErrMalformedQuote) {
		t.Fatalf("a quote without its kind byte: %v", err)
	}

	// The real automata quote verifies the same way against Intel's root.
	dir := filepath.Join("testdata", "automata-sgx-v3-2025-08")
	real, err := os.ReadFile(filepath.Join(dir, "quote.bin"))
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 8, 15, 5, 45, 0, 0, time.UTC)
	c, err := dcap.LoadCollateralDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	full, err := dcap.Verifier{Collateral: c, Time: at}.Verify(dcap.SGXQuote(real))
	if err != nil {
		t.Fatal(err)
	}
	sig, err := dcap.SignatureVerifier{Time: at}.Verify(dcap.SGXQuote(real))
	if err != nil {
		t.Fatal(err)
	}
	if string(sig.Quote) != string(full.Quote) || string(sig.UniqueID) != string(full.UniqueID) || string(sig.Data) != string(full.Data) || sig.TCBStatus != "" {
		t.Fatalf("signature-only report %+v, full %+v", sig, full)
	}
}
