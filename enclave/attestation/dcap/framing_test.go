package dcap

import (
	"bytes"
	"crypto/elliptic"
	"crypto/x509"
	"encoding/binary"
	"encoding/pem"
	"errors"
	"math/big"
	"testing"
)

// TestSignedJSONInOneForm: the signed TCB Info and QE Identity are accepted
// only as {"<key>":<body>,"signature":"<hex>"}; a key outside the signed
// body, bytes around the document or a body that is not one object are
// refused, whatever they contain.
func TestSignedJSONInOneForm(t *testing.T) {
	s := loadSet(t, "automata-sgx-v3-2025-08")
	if _, err := Verify(s.quote, s.collateral, nil, s.at); err != nil {
		t.Fatal(err)
	}
	for _, doc := range []struct {
		name string
		key  string
		get  func(*Collateral) *[]byte
		want error
	}{
		{"TCB Info", "tcbInfo", func(c *Collateral) *[]byte { return &c.TCBInfo }, ErrTCBInfo},
		{"QE Identity", "enclaveIdentity", func(c *Collateral) *[]byte { return &c.QEIdentity }, ErrQEIdentity},
	} {
		orig := *doc.get(s.collateral)
		sigAt := bytes.LastIndex(orig, []byte(`,"signature":`))
		for _, tc := range []struct {
			name string
			doc  []byte
		}{
			{"a key before the body", append([]byte(`{"pad":"x",`), orig[1:]...)},
			{"a key between body and signature", append(append(append([]byte{}, orig[:sigAt]...), []byte(`,"pad":"xxxxxxxx"`)...), orig[sigAt:]...)},
			{"a key after the signature", append(append([]byte{}, orig[:len(orig)-1]...), []byte(`,"pad":1}`)...)},
			{"a trailing newline", append(append([]byte{}, orig...), '\n')},
			{"leading white space", append([]byte(" "), orig...)},
			{"the signature first", []byte(`{"signature":"` + string(orig[sigAt+14:len(orig)-2]) + `","` + doc.key + `":` + string(orig[len(doc.key)+4:sigAt]) + `}`)},
		} {
			t.Run(doc.name+"/"+tc.name, func(t *testing.T) {
				c := *s.collateral
				*doc.get(&c) = tc.doc
				if _, err := Verify(s.quote, &c, nil, s.at); !errors.Is(err, doc.want) {
					t.Fatalf("want %v, got %v", doc.want, err)
				}
			})
		}
	}
}

// withHeader adds a PEM header line to the first block of chain.
func withHeader(chain []byte) []byte {
	i := bytes.Index(chain, []byte("-----\n")) + len("-----\n")
	return append(append(append([]byte{}, chain[:i]...), []byte("X-Note: hello\n\n")...), chain[i:]...)
}

// TestPEMInOneForm: every PEM field (the quote's certification data, the
// issuer chains, a PEM CRL) is accepted only as the canonical PEM of its
// blocks: text around or between blocks, headers, another block type or
// line layout are refused.
func TestPEMInOneForm(t *testing.T) {
	s := loadSet(t, "automata-sgx-v3-2025-08")
	q, err := ParseQuote(s.quote)
	if err != nil {
		t.Fatal(err)
	}
	certAt := bytes.Index(s.quote, q.CertData)
	last := certAt + len(q.CertData) - 1
	if s.quote[last] != 0 {
		t.Fatalf("the certification data ends with %q, not its NUL", s.quote[last])
	}
	chainField := func(f func(*Collateral) *[]byte) func([]byte) *Collateral {
		return func(b []byte) *Collateral {
			c := *s.collateral
			*f(&c) = b
			return &c
		}
	}
	tcbIssuer := chainField(func(c *Collateral) *[]byte { return &c.TCBInfoIssuerChain })
	qeIssuer := chainField(func(c *Collateral) *[]byte { return &c.QEIdentityIssuerChain })
	crlIssuer := chainField(func(c *Collateral) *[]byte { return &c.PCKCRLIssuerChain })
	pckCRL := chainField(func(c *Collateral) *[]byte { return &c.PCKCRL })
	crlPEM := pem.EncodeToMemory(&pem.Block{Type: "X509 CRL", Bytes: s.collateral.PCKCRL})
	orig := s.collateral

	for _, tc := range []struct {
		name  string
		quote []byte
		c     *Collateral
		want  error
	}{
		{"quote: a newline instead of the NUL", setByte(s.quote, last, '\n'), orig, ErrCertificate},
		{"quote: text instead of the NUL", setByte(s.quote, last, 'x'), orig, ErrCertificate},
		{"TCB issuer chain: text before", s.quote, tcbIssuer(append([]byte("Intel\n"), orig.TCBInfoIssuerChain...)), ErrCertificate},
		{"TCB issuer chain: a trailing newline", s.quote, tcbIssuer(append(bytes.Clone(orig.TCBInfoIssuerChain), '\n')), ErrCertificate},
		{"TCB issuer chain: a header", s.quote, tcbIssuer(withHeader(orig.TCBInfoIssuerChain)), ErrCertificate},
		{"TCB issuer chain: CRLF line ends", s.quote, tcbIssuer(bytes.ReplaceAll(orig.TCBInfoIssuerChain, []byte("\n"), []byte("\r\n"))), ErrCertificate},
		{"QE issuer chain: a header", s.quote, qeIssuer(withHeader(orig.QEIdentityIssuerChain)), ErrCertificate},
		{"QE issuer chain: another block type", s.quote, qeIssuer(append(bytes.Clone(orig.QEIdentityIssuerChain), crlPEM...)), ErrCertificate},
		{"PCK CRL issuer chain: a header", s.quote, crlIssuer(withHeader(orig.PCKCRLIssuerChain)), ErrCertificate},
		{"PCK CRL issuer chain: text after", s.quote, crlIssuer(append(bytes.Clone(orig.PCKCRLIssuerChain), []byte("end")...)), ErrCertificate},
		{"PCK CRL as PEM with a header", s.quote, pckCRL(withHeader(crlPEM)), ErrCRL},
		{"PCK CRL as PEM with text after", s.quote, pckCRL(append(bytes.Clone(crlPEM), 'x')), ErrCRL},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Verify(tc.quote, tc.c, nil, s.at); !errors.Is(err, tc.want) {
				t.Fatalf("want %v, got %v", tc.want, err)
			}
		})
	}
	// The canonical PEM of the CRL is the one other accepted form.
	if _, err := Verify(s.quote, pckCRL(crlPEM), nil, s.at); err != nil {
		t.Fatal(err)
	}
}

func setByte(b []byte, i int, v byte) []byte {
	out := bytes.Clone(b)
	out[i] = v
	return out
}

// TestPCKCRLIssuerChainIsCompared: the PCK CRL issuer chain must be the
// quote's PCK CA, optionally followed by the root, byte for byte. A
// certificate appended to it is refused whatever the x509 parser would say
// of it: with a negative serial, Go refuses it under the default GODEBUG
// and accepts it under x509negativeserial=1, and the verdict is the same
// under both.
func TestPCKCRLIssuerChainIsCompared(t *testing.T) {
	s := loadSet(t, "automata-sgx-v3-2025-08")
	blocks, err := pemBlocks(s.collateral.PCKCRLIssuerChain, "CERTIFICATE", "issuer chain")
	if err != nil || len(blocks) != 2 {
		t.Fatalf("%d blocks, %v", len(blocks), err)
	}
	pckCA, root := blocks[0], blocks[1]
	// A certificate with a negative serial: the root's, its serial's first
	// byte given the sign bit.
	rootCert, err := x509.ParseCertificate(root)
	if err != nil {
		t.Fatal(err)
	}
	negative := bytes.Clone(root)
	serial := rootCert.SerialNumber.Bytes()
	negative[bytes.Index(root, serial)] |= 0x80
	encode := func(ders ...[]byte) []byte {
		var out []byte
		for _, d := range ders {
			out = append(out, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: d})...)
		}
		return out
	}
	verify := func(chain []byte) error {
		c := *s.collateral
		c.PCKCRLIssuerChain = chain
		_, err := Verify(s.quote, &c, nil, s.at)
		return err
	}
	if err := verify(encode(pckCA)); err != nil {
		t.Fatalf("the PCK CA alone: %v", err)
	}
	if err := verify(encode(pckCA, root)); err != nil {
		t.Fatalf("the PCK CA and the root: %v", err)
	}
	if err := verify(encode(root)); !errors.Is(err, ErrCRL) {
		t.Fatalf("the root alone: %v", err)
	}
	for _, setting := range []string{"", "x509negativeserial=1"} {
		t.Run("GODEBUG="+setting, func(t *testing.T) {
			t.Setenv("GODEBUG", setting)
			_, parseErr := x509.ParseCertificate(negative)
			if (setting == "") != (parseErr != nil) {
				t.Fatalf("the negative-serial certificate parses: %v under %q; the test proves nothing", parseErr, setting)
			}
			if err := verify(encode(pckCA, root, negative)); !errors.Is(err, ErrCRL) {
				t.Fatalf("an appended certificate: %v", err)
			}
		})
	}
}

// highS rewrites the signature at sig to (r, n−s): as valid, another form.
func highS(sig []byte) {
	n := elliptic.P256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(n, s).FillBytes(sig[32:64])
}

// TestStoredQuoteIsCanonical: each ECDSA signature of a quote verifies with
// s and with n−s, so a quote has four valid forms; the verifier accepts
// every one (Intel's QE does not normalise s) and stores one, with both
// signatures in low-s form.
func TestStoredQuoteIsCanonical(t *testing.T) {
	for _, name := range []string{"automata-sgx-v3-2025-08", "phala-dcap-qvl-sgx-v3-2025-06"} {
		t.Run(name, func(t *testing.T) {
			s := loadSet(t, name)
			q, err := ParseQuote(s.quote)
			if err != nil {
				t.Fatal(err)
			}
			quoteSig := len(q.Signed) + 4
			qeSig := bytes.Index(s.quote, q.QEReportSignature[:])
			v := Verifier{Collateral: s.collateral, Time: s.at}
			var stored [][]byte
			for _, flips := range [][]int{nil, {quoteSig}, {qeSig}, {quoteSig, qeSig}} {
				raw := bytes.Clone(s.quote)
				for _, at := range flips {
					highS(raw[at : at+ecdsaSigSize])
				}
				r, err := v.Verify(SGXQuote(raw))
				if err != nil {
					t.Fatalf("flipped %v: %v", flips, err)
				}
				stored = append(stored, r.Quote)
			}
			for i := range stored {
				if !bytes.Equal(stored[i], stored[0]) {
					t.Fatalf("form %d is stored as other bytes", i)
				}
			}
			// The stored form verifies, is its own canonical form, and has
			// both signatures low-s.
			r, err := v.Verify(stored[0])
			if err != nil || !bytes.Equal(r.Quote, stored[0]) {
				t.Fatalf("the stored form: %v", err)
			}
			half := new(big.Int).Rsh(elliptic.P256().Params().N, 1)
			raw := stored[0][1+oeHeaderSize:]
			for _, at := range []int{quoteSig, qeSig} {
				if new(big.Int).SetBytes(raw[at+32:at+64]).Cmp(half) > 0 {
					t.Fatalf("signature at %d is not low-s", at)
				}
			}
		})
	}
}

// withCertData returns the quote with its certification data replaced and
// the unsigned sizes that frame it fixed up (certification data size,
// signature data length): the forms a registrant could send.
func withCertData(t *testing.T, quote []byte, q *Quote, data []byte) []byte {
	t.Helper()
	at := bytes.Index(quote, q.CertData)
	out := append(append(bytes.Clone(quote[:at]), data...), quote[at+len(q.CertData):]...)
	binary.LittleEndian.PutUint32(out[at-4:at], uint32(len(data)))
	sigLen := len(q.Signed)
	binary.LittleEndian.PutUint32(out[sigLen:sigLen+4], binary.LittleEndian.Uint32(quote[sigLen:sigLen+4])+uint32(len(data)-len(q.CertData)))
	return out
}

// TestCertificationDataInOneForm: the quote's certification data is its
// PCK chain exactly as Intel's QE writes it: leaf, CA and root, then one
// NUL, each certificate nothing but its signed structure.
func TestCertificationDataInOneForm(t *testing.T) {
	s := loadSet(t, "automata-sgx-v3-2025-08")
	q, err := ParseQuote(s.quote)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Verify(withCertData(t, s.quote, q, q.CertData), s.collateral, nil, s.at); err != nil {
		t.Fatalf("the helper keeps the quote valid: %v", err)
	}
	ders, err := pemBlocks(certData(q.CertData), "CERTIFICATE", "chain")
	if err != nil || len(ders) != 3 {
		t.Fatal(err)
	}
	encode := func(ders ...[]byte) []byte {
		var out []byte
		for _, d := range ders {
			out = append(out, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: d})...)
		}
		return append(out, 0)
	}
	// A byte inside the leaf's outer SEQUENCE after its signature, lengths
	// fixed up: Go's parser accepts it.
	leaf := ders[0]
	junk := append(bytes.Clone(leaf), 0x00)
	junk[2], junk[3] = byte((len(leaf)-4+1)>>8), byte(len(leaf)-4+1) // the outer length (0x30 0x82 hi lo)
	if leaf[1] != 0x82 {
		t.Fatalf("leaf length form %x", leaf[1])
	}
	if _, err := x509.ParseCertificate(junk); err != nil {
		t.Fatalf("Go's parser should accept the padded certificate for the test to mean anything: %v", err)
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"no certification data", nil},
		{"no NUL", q.CertData[:len(q.CertData)-1]},
		{"two NULs", append(bytes.Clone(q.CertData), 0)},
		{"no root", encode(ders[0], ders[1])},
		{"the root twice", encode(ders[0], ders[1], ders[2], ders[2])},
		{"a byte inside the leaf after its signature", encode(junk, ders[1], ders[2])},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Verify(withCertData(t, s.quote, q, tc.data), s.collateral, nil, s.at)
			if !errors.Is(err, ErrCertificate) && !errors.Is(err, ErrPCKChain) {
				t.Fatalf("want %v or %v, got %v", ErrCertificate, ErrPCKChain, err)
			}
		})
	}
}

// certData is a quote's PEM certification data without the one NUL that
// Intel's quoting enclave writes after it.
func certData(b []byte) []byte { return bytes.TrimSuffix(b, []byte{0}) }
