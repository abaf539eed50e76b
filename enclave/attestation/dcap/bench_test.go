package dcap

import "testing"

// BenchmarkVerify is one full verification as a validator runs it in
// DeliverTx: parse the quote and all collateral, every signature, both
// CRLs, TCB level and QE identity.
func BenchmarkVerify(b *testing.B) {
	for _, name := range realSets {
		s := loadSet(b, name)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Verify(s.quote, s.collateral, nil, s.at); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseQuote is the parser alone.
func BenchmarkParseQuote(b *testing.B) {
	s := loadSet(b, realSets[0])
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseQuote(s.quote); err != nil {
			b.Fatal(err)
		}
	}
}
