package client

import (
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Method is a contract function (or constructor) written the way a person
// types it: "bid(uint256)", "transfer(address to, uint256) returns
// (bool)", "(address,uint256)" for a constructor's arguments. Tuples are
// not supported; lists of the other types are ("uint256[]",
// "address[2]").
type Method struct {
	// Name is empty for a constructor.
	Name    string
	Inputs  abi.Arguments
	Outputs abi.Arguments
	// Selector is the function's 4-byte selector (none for a
	// constructor).
	Selector []byte
}

// signature splits "name(types) returns (types)"; returns may follow the
// closing parenthesis with or without a space.
var signature = regexp.MustCompile(`^([^()\s]*)\(([^()]*)\)(\s*returns\s*\(([^()]*)\))?$`)

// ParseMethod parses a human signature. Types must be Solidity's
// canonical ones (uint and int read as uint256 and int256); a type the
// ABI package would read otherwise than Solidity is refused rather than
// hashed into a selector no contract has.
func ParseMethod(sig string) (*Method, error) {
	sig = strings.TrimSpace(sig)
	parts := signature.FindStringSubmatch(sig)
	if parts == nil {
		if strings.Count(sig, "(") > 1+strings.Count(sig, "returns") {
			return nil, ErrConfig.Wrapf("signature %q: tuples are not supported", sig)
		}
		return nil, ErrConfig.Wrapf("signature %q: want name(type,...) or name(type,...) returns (type,...)", sig)
	}
	name := parts[1]
	if name != "" && !identifier(name) {
		return nil, ErrConfig.Wrapf("signature %q: %q is not a function name", sig, name)
	}
	inputs, err := parseTypes(parts[2])
	if err != nil {
		return nil, ErrConfig.Wrapf("signature %q: %v", sig, err)
	}
	m := &Method{Name: name, Inputs: inputs}
	if parts[3] != "" {
		if m.Outputs, err = parseTypes(parts[4]); err != nil {
			return nil, ErrConfig.Wrapf("signature %q: %v", sig, err)
		}
	}
	if name != "" {
		m.Selector = abi.NewMethod(name, name, abi.Function, "", false, false, inputs, nil).ID
	}
	return m, nil
}

func identifier(s string) bool {
	for i, r := range s {
		if !(r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}

// maxArray bounds a fixed array's length (the ABI package's own bound
// overflows for huge ones).
const maxArray = 1 << 16

func parseTypes(list string) (abi.Arguments, error) {
	list = strings.TrimSpace(list)
	if list == "" {
		return abi.Arguments{}, nil
	}
	var args abi.Arguments
	for _, param := range strings.Split(list, ",") {
		// A type, then optionally a data location, payable, a name.
		words := strings.Fields(param)
		if len(words) == 0 {
			return nil, fmt.Errorf("an empty type in %q", list)
		}
		for _, w := range words[1:] {
			if !identifier(w) {
				return nil, fmt.Errorf("%q: %q is not a parameter name", param, w)
			}
		}
		t := words[0]
		switch {
		case t == "uint" || strings.HasPrefix(t, "uint["):
			t = "uint256" + t[4:]
		case t == "int" || strings.HasPrefix(t, "int["):
			t = "int256" + t[3:]
		}
		typ, err := abi.NewType(t, "", nil)
		if err != nil {
			return nil, fmt.Errorf("type %q: %v", t, err)
		}
		if canon, ok := canonical(typ); !ok || canon != t {
			return nil, fmt.Errorf("type %q is not a Solidity type this client takes (int8…int256, uint8…uint256, bool, address, "+
				"string, bytes, bytes1…bytes32, and lists of those)", t)
		}
		args = append(args, abi.Argument{Type: typ})
	}
	return args, nil
}

// canonical is a type's Solidity name, rebuilt from what the ABI package
// read, and whether this client takes it: ints of 8 to 256 bits in steps
// of 8, bytes1 to bytes32, the other elementary types, and one level of
// lists (fixed ones of 1 to maxArray items).
func canonical(t abi.Type) (string, bool) {
	switch t.T {
	case abi.IntTy:
		return fmt.Sprintf("int%d", t.Size), t.Size >= 8 && t.Size <= 256 && t.Size%8 == 0
	case abi.UintTy:
		return fmt.Sprintf("uint%d", t.Size), t.Size >= 8 && t.Size <= 256 && t.Size%8 == 0
	case abi.FixedBytesTy:
		return fmt.Sprintf("bytes%d", t.Size), t.Size >= 1 && t.Size <= 32
	case abi.BoolTy:
		return "bool", true
	case abi.AddressTy:
		return "address", true
	case abi.StringTy:
		return "string", true
	case abi.BytesTy:
		return "bytes", true
	case abi.SliceTy, abi.ArrayTy:
		if t.Elem == nil || t.Elem.T == abi.SliceTy || t.Elem.T == abi.ArrayTy {
			return "", false
		}
		elem, ok := canonical(*t.Elem)
		if t.T == abi.SliceTy {
			return elem + "[]", ok
		}
		return fmt.Sprintf("%s[%d]", elem, t.Size), ok && t.Size >= 1 && t.Size <= maxArray
	}
	return "", false
}

// ParseNumber reads a decimal or 0x-hexadecimal integer, optionally
// negative: no octal ("010" is ten), no underscores.
func ParseNumber(s string) (*big.Int, bool) {
	body, neg := strings.CutPrefix(s, "-")
	var n *big.Int
	var ok bool
	if h, isHex := strings.CutPrefix(strings.ToLower(body), "0x"); isHex {
		n, ok = new(big.Int).SetString(h, 16)
	} else {
		n, ok = new(big.Int).SetString(body, 10)
	}
	if !ok || body == "" || body[0] == '+' || body[0] == '-' {
		return nil, false
	}
	if neg {
		n.Neg(n)
	}
	return n, true
}

// Pack encodes args (one string per input, in human form: decimal or 0x
// numbers, 0x addresses (checksummed when mixed-case) and bytes,
// true/false, text as typed, [a,b] lists, ["a","b"] for texts) as
// calldata: the selector and the arguments, or a constructor's arguments
// alone.
func (m *Method) Pack(args []string) ([]byte, error) {
	if len(args) != len(m.Inputs) {
		return nil, ErrConfig.Wrapf("%s takes %d arguments, got %d", m, len(m.Inputs), len(args))
	}
	values := make([]any, len(args))
	for i, a := range args {
		v, err := parseValue(m.Inputs[i].Type, a)
		if err != nil {
			return nil, ErrConfig.Wrapf("argument %d (%s): %v", i+1, m.Inputs[i].Type, err)
		}
		values[i] = v.Interface()
	}
	enc, err := m.Inputs.Pack(values...)
	if err != nil {
		return nil, ErrConfig.Wrapf("%s: %v", m, err)
	}
	return append(append([]byte(nil), m.Selector...), enc...), nil
}

// Unpack decodes a call's output by the method's return types, formatted
// for a person; without return types, the output as 0x hex.
func (m *Method) Unpack(out []byte) ([]string, error) {
	if len(m.Outputs) == 0 {
		if len(out) == 0 {
			return nil, nil
		}
		return []string{hexutil.Encode(out)}, nil
	}
	vs, err := m.Outputs.Unpack(out)
	if err != nil {
		return nil, ErrResult.Wrapf("the output does not decode as %s: %v", m.Signature(), err)
	}
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = format(m.Outputs[i].Type, reflect.ValueOf(v))
	}
	return s, nil
}

// Signature is the method as ParseMethod reads it back, return types
// included.
func (m *Method) Signature() string {
	s := m.String()
	if len(m.Outputs) > 0 {
		types := make([]string, len(m.Outputs))
		for i, a := range m.Outputs {
			types[i] = a.Type.String()
		}
		s += " returns (" + strings.Join(types, ",") + ")"
	}
	return s
}

// String is the canonical signature.
func (m *Method) String() string {
	types := make([]string, len(m.Inputs))
	for i, a := range m.Inputs {
		types[i] = a.Type.String()
	}
	return m.Name + "(" + strings.Join(types, ",") + ")"
}

// parseValue reads s as a value of type t, as the abi package packs it.
func parseValue(t abi.Type, s string) (reflect.Value, error) {
	if t.T != abi.StringTy {
		// A string is taken as typed, spaces included.
		s = strings.TrimSpace(s)
	}
	switch t.T {
	case abi.IntTy, abi.UintTy:
		n, ok := ParseNumber(s)
		if !ok {
			return reflect.Value{}, fmt.Errorf("%q is not a number", s)
		}
		lo, hi := new(big.Int), new(big.Int).Lsh(big.NewInt(1), uint(t.Size))
		if t.T == abi.IntTy {
			hi.Rsh(hi, 1)
			lo.Neg(hi)
		}
		if n.Cmp(lo) < 0 || n.Cmp(hi) >= 0 {
			return reflect.Value{}, fmt.Errorf("%s is out of range", s)
		}
		goType := t.GetType()
		if goType == reflect.TypeOf(&big.Int{}) {
			return reflect.ValueOf(n), nil
		}
		if t.T == abi.IntTy {
			return reflect.ValueOf(n.Int64()).Convert(goType), nil
		}
		return reflect.ValueOf(n.Uint64()).Convert(goType), nil
	case abi.BoolTy:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return reflect.Value{}, fmt.Errorf("%q is not true or false", s)
		}
		return reflect.ValueOf(b), nil
	case abi.AddressTy:
		a, err := ParseAddress(s)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(a), nil
	case abi.StringTy:
		return reflect.ValueOf(s), nil
	case abi.BytesTy:
		b, err := hexutil.Decode(s)
		if err != nil {
			return reflect.Value{}, fmt.Errorf("%q: %v", s, err)
		}
		return reflect.ValueOf(b), nil
	case abi.FixedBytesTy:
		b, err := hexutil.Decode(s)
		if err != nil || len(b) != t.Size {
			return reflect.Value{}, fmt.Errorf("%q is not %d bytes of 0x hex", s, t.Size)
		}
		v := reflect.New(t.GetType()).Elem()
		reflect.Copy(v, reflect.ValueOf(b))
		return v, nil
	case abi.SliceTy, abi.ArrayTy:
		if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
			return reflect.Value{}, fmt.Errorf("%q is not a [a,b,...] list", s)
		}
		var items []string
		if t.Elem.T == abi.StringTy {
			// Texts may hold commas: a JSON list of strings.
			if err := json.Unmarshal([]byte(s), &items); err != nil {
				return reflect.Value{}, fmt.Errorf("a list of texts is written as JSON, [\"a\",\"b\"]: %v", err)
			}
		} else if inner := strings.TrimSpace(s[1 : len(s)-1]); inner != "" {
			if strings.ContainsAny(inner, "[]\"") {
				return reflect.Value{}, fmt.Errorf("nested lists and quotes are not supported")
			}
			items = strings.Split(inner, ",")
		}
		if t.T == abi.ArrayTy && len(items) != t.Size {
			return reflect.Value{}, fmt.Errorf("%d items for %s", len(items), t)
		}
		var v reflect.Value
		if t.T == abi.SliceTy {
			v = reflect.MakeSlice(t.GetType(), len(items), len(items))
		} else {
			v = reflect.New(t.GetType()).Elem()
		}
		for i, item := range items {
			e, err := parseValue(*t.Elem, item)
			if err != nil {
				return reflect.Value{}, fmt.Errorf("item %d: %v", i+1, err)
			}
			v.Index(i).Set(e)
		}
		return v, nil
	}
	return reflect.Value{}, fmt.Errorf("type %s is not supported", t)
}

// ParseAddress reads a 0x address; a mixed-case one must carry its
// EIP-55 checksum, so that a mistyped address is caught.
func ParseAddress(s string) (common.Address, error) {
	if !strings.HasPrefix(s, "0x") || !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%q is not a 0x address", s)
	}
	a := common.HexToAddress(s)
	if hex := s[2:]; strings.ToLower(hex) != hex && strings.ToUpper(hex) != hex && a.Hex() != s {
		return common.Address{}, fmt.Errorf("%q fails its EIP-55 checksum (mistyped?)", s)
	}
	return a, nil
}

// format writes a decoded value of type t for a person: numbers in
// decimal, addresses checksummed, bytes in 0x hex, texts quoted, lists in
// brackets.
func format(t abi.Type, v reflect.Value) string {
	switch t.T {
	case abi.IntTy, abi.UintTy:
		if n, ok := v.Interface().(*big.Int); ok {
			return n.String()
		}
		return fmt.Sprint(v.Interface())
	case abi.AddressTy:
		return v.Interface().(common.Address).Hex()
	case abi.BytesTy:
		return hexutil.Encode(v.Bytes())
	case abi.FixedBytesTy:
		b := make([]byte, v.Len())
		reflect.Copy(reflect.ValueOf(b), v)
		return hexutil.Encode(b)
	case abi.StringTy:
		return strconv.Quote(v.String())
	case abi.SliceTy, abi.ArrayTy:
		items := make([]string, v.Len())
		for i := range items {
			items[i] = format(*t.Elem, v.Index(i))
		}
		return "[" + strings.Join(items, ",") + "]"
	}
	return fmt.Sprint(v.Interface())
}

// RevertReason is the text of a Solidity Error(string) revert, when out
// is one.
func RevertReason(out []byte) (string, bool) {
	if len(out) < 4 || hexutil.Encode(out[:4]) != "0x08c379a0" {
		return "", false
	}
	typ, _ := abi.NewType("string", "", nil)
	vs, err := abi.Arguments{{Type: typ}}.Unpack(out[4:])
	if err != nil || len(vs) != 1 {
		return "", false
	}
	reason, ok := vs[0].(string)
	return reason, ok
}
