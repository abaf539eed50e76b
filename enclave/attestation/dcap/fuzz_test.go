package dcap

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func addRealQuotes(f *testing.F, wrap bool) {
	for _, name := range realSets {
		q, err := os.ReadFile(filepath.Join("testdata", name, "quote.bin"))
		if err != nil {
			f.Fatal(err)
		}
		if wrap {
			q = WrapOEReport(q)
		}
		f.Add(q)
	}
}

// FuzzParseQuote: the parser never panics, and what it accepts is
// internally consistent (lengths add up to the input).
func FuzzParseQuote(f *testing.F) {
	addRealQuotes(f, false)
	f.Fuzz(func(t *testing.T, b []byte) {
		q, err := ParseQuote(b)
		if err != nil {
			return
		}
		if (q.SGX == nil) == (q.TD == nil) {
			t.Fatal("exactly one of SGX and TD must be set")
		}
		if !bytes.HasPrefix(b, q.Signed) || q.Trailing < 0 || q.Trailing > len(b) {
			t.Fatal("inconsistent offsets")
		}
		if len(q.QEReport.Raw()) != sgxReportSize {
			t.Fatal("QE report of the wrong size")
		}
	})
}

// FuzzUnwrapOEReport: the OE header parser never panics and returns the
// exact tail it declares.
func FuzzUnwrapOEReport(f *testing.F) {
	addRealQuotes(f, true)
	f.Fuzz(func(t *testing.T, b []byte) {
		q, err := UnwrapOEReport(b)
		if err == nil && !bytes.Equal(WrapOEReport(q), b) {
			t.Fatal("unwrap and wrap disagree")
		}
	})
}

// FuzzVerify: the whole verifier on mutated quotes never panics and never
// accepts a quote whose signed part differs from the original's.
func FuzzVerify(f *testing.F) {
	addRealQuotes(f, false)
	s := loadSet(f, realSets[0])
	orig, err := ParseQuote(s.quote)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := Verify(b, s.collateral, nil, s.at)
		if err == nil && !bytes.Equal(r.Quote.Signed, orig.Signed) {
			t.Fatalf("a different quote verified at %s", s.at.Format(time.RFC3339))
		}
	})
}
