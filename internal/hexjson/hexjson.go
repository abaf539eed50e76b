// Package hexjson rewrites the JSON of a protobuf message so that its bytes
// fields read as 0x hex instead of base64.
//
// Our modules keep addresses, hashes and keys as bytes; protobuf's JSON
// forms (the SDK's gRPC-gateway marshaler, the CLI's amino-JSON) print
// bytes as base64, which nobody can paste into a command that takes 0x hex
// or compare with an address on Ethereum. The rewrite happens at the edge,
// on JSON the SDK already produced, walking it beside the message's
// descriptor: the stored types, gRPC and consensus stay as they are
// (docs/decisions.md, "Addresses and hashes in 0x hex").
package hexjson

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"google.golang.org/protobuf/reflect/protoreflect"
)

// Rewrite returns js, the JSON of a message of type md, with every bytes
// field (at any depth, repeated and map values included) as a 0x hex
// string. Key order and every other value are kept; the result is compact.
// Only messages of md's own family of packages (the first part of its
// package name: "enigma") are rewritten. Others are left as they are: the
// SDK's PageResponse, whose next_key the SDK's --page-key flag and
// ?pagination.key= parameter take back only in base64, and well-known
// types (google.protobuf.Any, Timestamp...), which have JSON forms of their
// own.
func Rewrite(js []byte, md protoreflect.MessageDescriptor) ([]byte, error) {
	w := rewriter{family: family(md)}
	if err := w.message(js, md); err != nil {
		return nil, err
	}
	return w.out.Bytes(), nil
}

// rewriter holds the output and the package family being rewritten.
type rewriter struct {
	out    bytes.Buffer
	family string
}

// family is the first part of md's package name.
func family(md protoreflect.MessageDescriptor) string {
	pkg := string(md.ParentFile().Package())
	if i := strings.IndexByte(pkg, '.'); i >= 0 {
		return pkg[:i]
	}
	return pkg
}

// message writes the object raw of type md.
func (w *rewriter) message(raw json.RawMessage, md protoreflect.MessageDescriptor) error {
	if family(md) != w.family || isNull(raw) {
		return compact(&w.out, raw)
	}
	return object(&w.out, raw, func(key string, v json.RawMessage) error {
		fd := md.Fields().ByName(protoreflect.Name(key))
		if fd == nil {
			fd = md.Fields().ByJSONName(key)
		}
		if fd == nil {
			return compact(&w.out, v)
		}
		return w.field(v, fd)
	})
}

// field writes the value raw of field fd.
func (w *rewriter) field(raw json.RawMessage, fd protoreflect.FieldDescriptor) error {
	switch {
	case isNull(raw):
		return compact(&w.out, raw)
	case fd.IsMap():
		return object(&w.out, raw, func(_ string, v json.RawMessage) error { return w.single(v, fd.MapValue()) })
	case fd.IsList():
		return array(&w.out, raw, func(v json.RawMessage) error { return w.single(v, fd) })
	}
	return w.single(raw, fd)
}

// single writes one value of fd's kind.
func (w *rewriter) single(raw json.RawMessage, fd protoreflect.FieldDescriptor) error {
	switch fd.Kind() {
	case protoreflect.BytesKind:
		return hexString(&w.out, raw)
	case protoreflect.MessageKind, protoreflect.GroupKind:
		return w.message(raw, fd.Message())
	}
	return compact(&w.out, raw)
}

// hexString writes the base64 string raw as a 0x hex string ("" stays "").
func hexString(out *bytes.Buffer, raw json.RawMessage) error {
	if isNull(raw) {
		return compact(out, raw)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return fmt.Errorf("hexjson: a bytes field holds %s, not a string", clip(raw))
	}
	if s == "" {
		out.WriteString(`""`)
		return nil
	}
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		if b, err = base64.URLEncoding.DecodeString(s); err != nil {
			return fmt.Errorf("hexjson: a bytes field holds %q, not base64", clip([]byte(s)))
		}
	}
	out.WriteString(`"0x`)
	out.WriteString(hex.EncodeToString(b))
	out.WriteByte('"')
	return nil
}

// object walks a JSON object, writing each key and letting each value be
// written by fn.
func object(out *bytes.Buffer, raw json.RawMessage, fn func(key string, v json.RawMessage) error) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := delim(dec, '{'); err != nil {
		return err
	}
	out.WriteByte('{')
	for i := 0; dec.More(); i++ {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, ok := tok.(string)
		if !ok {
			return fmt.Errorf("hexjson: object key %v", tok)
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return err
		}
		if i > 0 {
			out.WriteByte(',')
		}
		k, _ := json.Marshal(key)
		out.Write(k)
		out.WriteByte(':')
		if err := fn(key, v); err != nil {
			return err
		}
	}
	out.WriteByte('}')
	return end(dec, '}')
}

// array walks a JSON array, letting fn write each element.
func array(out *bytes.Buffer, raw json.RawMessage, fn func(v json.RawMessage) error) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := delim(dec, '['); err != nil {
		return err
	}
	out.WriteByte('[')
	for i := 0; dec.More(); i++ {
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return err
		}
		if i > 0 {
			out.WriteByte(',')
		}
		if err := fn(v); err != nil {
			return err
		}
	}
	out.WriteByte(']')
	return end(dec, ']')
}

func delim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("hexjson: want %q, found %v", want, tok)
	}
	return nil
}

// end reads the closing delimiter and makes sure nothing follows it.
func end(dec *json.Decoder, want json.Delim) error {
	if err := delim(dec, want); err != nil {
		return err
	}
	if tok, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("hexjson: %v after the value", tok)
	}
	return nil
}

func compact(out *bytes.Buffer, raw json.RawMessage) error { return json.Compact(out, raw) }

func isNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// clip shortens a value quoted in an error.
func clip(b []byte) []byte {
	if len(b) > 40 {
		return append(append([]byte{}, b[:40]...), "..."...)
	}
	return b
}
