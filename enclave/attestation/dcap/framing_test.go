package dcap

import (
	"bytes"
	"errors"
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
