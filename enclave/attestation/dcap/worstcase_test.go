package dcap_test

import (
	"testing"

	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/enclave/attestation/dcap/dcaptest"
)

// BenchmarkVerifyWorstCase is the costliest collateral the verifier
// accepts: a TCB Info at its size limit (as many TCB levels as fit, the
// platform matching only the last), every other document real-sized.
func BenchmarkVerifyWorstCase(b *testing.B) {
	var levels []dcaptest.Level
	for i := range 200 {
		var comps [16]uint8
		for j := range comps {
			comps[j] = uint8(250 - i%200)
		}
		levels = append(levels, dcaptest.Level{Comps: comps, PCESVN: 100, Status: dcap.StatusUpToDate})
	}
	levels = append(levels, dcaptest.Level{PCESVN: 0, Status: dcap.StatusOutOfDate, Advisories: []string{"INTEL-SA-00001"}})
	var p *dcaptest.Platform
	for ; ; levels = levels[1:] {
		var err error
		if p, err = dcaptest.New(dcaptest.Options{Levels: levels}); err != nil {
			b.Fatal(err)
		}
		if len(p.Collateral().TCBInfo) <= dcap.MaxTCBInfoSize {
			break
		}
	}
	q, err := p.Quote(dcaptest.Enclave{MRENCLAVE: [32]byte{1}, ProductID: 1})
	if err != nil {
		b.Fatal(err)
	}
	r, err := dcap.Verify(q, p.Collateral(), p.Root, dcaptest.Epoch)
	if err != nil {
		b.Fatal(err)
	}
	if r.TCBStatus != dcap.StatusOutOfDate {
		b.Fatalf("matched %s, want the last level", r.TCBStatus)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := dcap.Verify(q, p.Collateral(), p.Root, dcaptest.Epoch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(p.Collateral().TCBInfo)), "tcbinfo-bytes")
	b.ReportMetric(float64(len(levels)), "levels")
}
