package dcap

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"testing"
)

func flip(b []byte, i int, mask byte) []byte {
	out := bytes.Clone(b)
	out[i] ^= mask
	return out
}

// TestEveryQuoteByteMatters flips one bit of every byte from the header
// to the end of the certification data's header: each must fail. (The PEM
// text is covered by the certificate regions below: some base64 bit flips
// decode to the same DER, which is harmless.)
func TestEveryQuoteByteMatters(t *testing.T) {
	for _, name := range realSets {
		s := loadSet(t, name)
		q, err := ParseQuote(s.quote)
		if err != nil {
			t.Fatal(err)
		}
		end := bytes.Index(s.quote, q.CertData)
		for i := range end {
			if _, err := Verify(flip(s.quote, i, 0x01), s.collateral, nil, s.at); err == nil {
				t.Fatalf("%s: byte %d of the quote flipped still verifies", name, i)
			}
		}
	}
}

// hexFlip changes the hex digit at i to another hex digit.
func hexFlip(b []byte, i int) []byte {
	out := bytes.Clone(b)
	if out[i] == '0' {
		out[i] = '1'
	} else {
		out[i] = '0'
	}
	return out
}

// pemFlip re-encodes the idx-th PEM certificate of chain with one byte of
// its DER changed at the offset `at` picks.
func pemFlip(t *testing.T, chain []byte, idx int, at func(*x509.Certificate) int) []byte {
	t.Helper()
	var out []byte
	rest := chain
	for n := 0; ; n++ {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			break
		}
		if n == idx {
			c, err := x509.ParseCertificate(blk.Bytes)
			if err != nil {
				t.Fatal(err)
			}
			blk.Bytes = flip(blk.Bytes, at(c), 0x01)
		}
		out = append(out, pem.EncodeToMemory(blk)...)
	}
	return out
}

// serialAt is the offset of the last byte of the serial number: flipping it
// keeps the DER well formed and breaks the issuer's signature.
func serialAt(c *x509.Certificate) int {
	s := c.SerialNumber.Bytes()
	return bytes.Index(c.Raw, s) + len(s) - 1
}

// sigAt is the last byte of the signature (the end of the DER).
func sigAt(c *x509.Certificate) int { return len(c.Raw) - 1 }

// TestTamperedRegions: a bit flipped in each region fails with the error
// naming that check.
func TestTamperedRegions(t *testing.T) {
	for _, name := range realSets {
		s := loadSet(t, name)
		q, err := ParseQuote(s.quote)
		if err != nil {
			t.Fatal(err)
		}
		sigStart := len(q.Signed) + 4
		qeAt := bytes.Index(s.quote, q.QEReport.Raw())
		authAt := bytes.Index(s.quote[qeAt:], q.QEAuthData) + qeAt
		certAt := bytes.Index(s.quote, q.CertData)
		withCertData := func(certData []byte) []byte {
			if len(certData) != len(q.CertData) {
				t.Fatalf("re-encoded PEM is %d bytes, was %d", len(certData), len(q.CertData))
			}
			out := bytes.Clone(s.quote)
			copy(out[certAt:], certData)
			return out
		}
		pckPEM := certData(q.CertData)
		withPCK := func(idx int, at func(*x509.Certificate) int) []byte {
			return withCertData(append(pemFlip(t, pckPEM, idx, at), q.CertData[len(pckPEM):]...))
		}
		c := s.collateral
		tcbBody := bytes.Index(c.TCBInfo, []byte(`"tcbEvaluationDataNumber":17`)) + len(`"tcbEvaluationDataNumber":1`)
		tcbSig := bytes.LastIndex(c.TCBInfo, []byte(`"signature":"`)) + len(`"signature":"`) + 10
		qeBody := bytes.Index(c.QEIdentity, []byte(`"isvprodid":`)) + len(`"isvprodid":`)
		qeSig := bytes.LastIndex(c.QEIdentity, []byte(`"signature":"`)) + len(`"signature":"`) + 10
		type tc struct {
			region string
			quote  []byte
			coll   func(*Collateral)
			want   error
		}
		cases := []tc{
			{"header: QE SVN", flip(s.quote, 8, 1), nil, ErrQuoteSignature},
			{"header: user data", flip(s.quote, 47, 1), nil, ErrQuoteSignature},
			{"header: version", flip(s.quote, 0, 1), nil, ErrQuoteFormat},
			{"header: QE vendor id", flip(s.quote, 12, 1), nil, ErrQuoteFormat},
			{"body: first byte", flip(s.quote, 48, 1), nil, ErrQuoteSignature},
			{"body: MRENCLAVE / MRSEAM", flip(s.quote, 48+70, 1), nil, ErrQuoteSignature},
			{"body: report data", flip(s.quote, len(q.Signed)-1, 1), nil, ErrQuoteSignature},
			{"signature data length", flip(s.quote, len(q.Signed), 1), nil, ErrQuoteFormat},
			{"quote signature r", flip(s.quote, sigStart+5, 1), nil, ErrQuoteSignature},
			{"quote signature s", flip(s.quote, sigStart+63, 1), nil, ErrQuoteSignature},
			{"attestation key", flip(s.quote, sigStart+64+10, 1), nil, ErrQEReportData},
			{"QE report", flip(s.quote, qeAt+100, 1), nil, ErrQEReportSignature},
			{"QE report data", flip(s.quote, qeAt+320, 1), nil, ErrQEReportSignature},
			{"QE report signature", flip(s.quote, qeAt+384+7, 1), nil, ErrQEReportSignature},
			{"QE authentication data", flip(s.quote, authAt+3, 1), nil, ErrQEReportData},
			{"certification data type", flip(s.quote, certAt-6, 1), nil, ErrQuoteFormat},
			{"PCK leaf certificate (serial)", withPCK(0, serialAt), nil, ErrPCKChain},
			{"PCK leaf certificate (signature)", withPCK(0, sigAt), nil, ErrPCKChain},
			{"PCK CA certificate (serial)", withPCK(1, serialAt), nil, ErrPCKChain},
			{"PCK CA certificate (signature)", withPCK(1, sigAt), nil, ErrPCKChain},
			{"root certificate in the PCK chain", withPCK(2, serialAt), nil, ErrPCKChain},
			{"TCB Info body", nil, func(c *Collateral) { c.TCBInfo = flip(c.TCBInfo, tcbBody, 1) }, ErrTCBInfoSignature},
			{"TCB Info signature", nil, func(c *Collateral) { c.TCBInfo = hexFlip(c.TCBInfo, tcbSig) }, ErrTCBInfoSignature},
			{"QE Identity body", nil, func(c *Collateral) { c.QEIdentity = flip(c.QEIdentity, qeBody, 1) }, ErrQEIdentitySig},
			{"QE Identity signature", nil, func(c *Collateral) { c.QEIdentity = hexFlip(c.QEIdentity, qeSig) }, ErrQEIdentitySig},
			{"TCB Signing certificate (TCB Info chain)", nil, func(c *Collateral) { c.TCBInfoIssuerChain = pemFlip(t, c.TCBInfoIssuerChain, 0, serialAt) }, ErrSigningChain},
			{"TCB Signing certificate (QE Identity chain)", nil, func(c *Collateral) { c.QEIdentityIssuerChain = pemFlip(t, c.QEIdentityIssuerChain, 0, sigAt) }, ErrSigningChain},
			{"PCK CRL signature", nil, func(c *Collateral) { c.PCKCRL = flip(c.PCKCRL, len(c.PCKCRL)-1, 1) }, ErrCRL},
			{"Root CA CRL signature", nil, func(c *Collateral) { c.RootCACRL = flip(c.RootCACRL, len(c.RootCACRL)-1, 1) }, ErrCRL},
			{"PCK CRL issuer chain", nil, func(c *Collateral) { c.PCKCRLIssuerChain = pemFlip(t, c.PCKCRLIssuerChain, 0, serialAt) }, ErrCRL},
			{"TCB Info missing", nil, func(c *Collateral) { c.TCBInfo = nil }, ErrCollateral},
			{"Root CA CRL missing", nil, func(c *Collateral) { c.RootCACRL = nil }, ErrCollateral},
			{"TCB Info and QE Identity swapped", nil, func(c *Collateral) { c.TCBInfo, c.QEIdentity = c.QEIdentity, c.TCBInfo }, ErrTCBInfo},
		}
		for _, tc := range cases {
			t.Run(fmt.Sprintf("%s/%s", name, tc.region), func(t *testing.T) {
				quote := s.quote
				if tc.quote != nil {
					quote = tc.quote
				}
				coll := *s.collateral
				if tc.coll != nil {
					tc.coll(&coll)
				}
				_, err := Verify(quote, &coll, nil, s.at)
				if !errors.Is(err, tc.want) {
					t.Fatalf("err = %v, want %v", err, tc.want)
				}
			})
		}
	}
}

// TestWrongCollateral: another platform's TCB Info, or an SGX quote with
// TDX collateral, is refused.
func TestWrongCollateral(t *testing.T) {
	a, b, tdx := loadSet(t, realSets[0]), loadSet(t, realSets[1]), loadSet(t, realSets[2])
	c := *a.collateral
	c.TCBInfo, c.TCBInfoIssuerChain = b.collateral.TCBInfo, b.collateral.TCBInfoIssuerChain
	// b's TCB Info is not valid at a's time either; evaluate inside b's
	// window with a's quote but b's TCB Info only where both hold.
	if _, err := Verify(a.quote, &c, nil, a.at); !errors.Is(err, ErrExpired) && !errors.Is(err, ErrFMSPC) {
		t.Errorf("another platform's TCB Info: %v", err)
	}
	c = *tdx.collateral
	c.TCBInfo = b.collateral.TCBInfo
	if _, err := Verify(tdx.quote, &c, nil, tdx.at); !errors.Is(err, ErrTCBInfo) {
		t.Errorf("TDX quote with SGX TCB Info: %v", err)
	}
	c = *b.collateral
	c.QEIdentity = tdx.collateral.QEIdentity
	if _, err := Verify(b.quote, &c, nil, b.at); !errors.Is(err, ErrQEIdentity) {
		t.Errorf("SGX quote with the TD_QE identity: %v", err)
	}
	// The right collateral for the wrong PCK CA: the Processor CA's CRL
	// for a Platform CA PCK certificate.
	c = *a.collateral
	c.PCKCRL = b.collateral.PCKCRL
	c.PCKCRLIssuerChain = nil
	if _, err := Verify(a.quote, &c, nil, a.at); !errors.Is(err, ErrCRL) {
		t.Errorf("CRL of another CA: %v", err)
	}
}
