package client

import (
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Method is a contract function (or constructor) written the way a person
// types it: "bid(uint256)", "transfer(address,uint256) returns (bool)",
// "(address,uint256)" for a constructor's arguments. Tuples are not
// supported; arrays of the other types are ("uint256[]", "address[2]").
type Method struct {
	// Name is empty for a constructor.
	Name    string
	Inputs  abi.Arguments
	Outputs abi.Arguments
	// Selector is the function's 4-byte selector (none for a
	// constructor).
	Selector []byte
}

// ParseMethod parses a human signature.
func ParseMethod(sig string) (*Method, error) {
	sig = strings.TrimSpace(sig)
	head, returns, hasReturns := strings.Cut(sig, " returns ")
	head = strings.TrimSpace(head)
	open := strings.IndexByte(head, '(')
	if open < 0 || !strings.HasSuffix(head, ")") {
		return nil, ErrConfig.Wrapf("signature %q: want name(type,...)", sig)
	}
	name := head[:open]
	for i, r := range name {
		if !(r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return nil, ErrConfig.Wrapf("signature %q: %q is not a function name", sig, name)
		}
	}
	inputs, err := parseTypes(head[open+1 : len(head)-1])
	if err != nil {
		return nil, ErrConfig.Wrapf("signature %q: %v", sig, err)
	}
	m := &Method{Name: name, Inputs: inputs}
	if hasReturns {
		returns = strings.TrimSpace(returns)
		if !strings.HasPrefix(returns, "(") || !strings.HasSuffix(returns, ")") {
			return nil, ErrConfig.Wrapf("signature %q: want returns (type,...)", sig)
		}
		if m.Outputs, err = parseTypes(returns[1 : len(returns)-1]); err != nil {
			return nil, ErrConfig.Wrapf("signature %q: %v", sig, err)
		}
	}
	if name != "" {
		m.Selector = abi.NewMethod(name, name, abi.Function, "", false, false, inputs, nil).ID
	}
	return m, nil
}

func parseTypes(list string) (abi.Arguments, error) {
	list = strings.TrimSpace(list)
	if list == "" {
		return abi.Arguments{}, nil
	}
	var args abi.Arguments
	for _, t := range strings.Split(list, ",") {
		t = strings.TrimSpace(t)
		// A parameter name may follow the type ("uint256 amount").
		if f := strings.Fields(t); len(f) == 2 {
			t = f[0]
		}
		if strings.ContainsAny(t, "() ") || t == "" {
			return nil, fmt.Errorf("type %q: tuples are not supported", t)
		}
		typ, err := abi.NewType(t, "", nil)
		if err != nil {
			return nil, fmt.Errorf("type %q: %v", t, err)
		}
		if !supported(typ) {
			return nil, fmt.Errorf("type %q is not a Solidity type this client takes", t)
		}
		args = append(args, abi.Argument{Type: typ})
	}
	return args, nil
}

// supported reports a type Solidity has and parseValue reads: ints of 8 to
// 256 bits in steps of 8, bytes1 to bytes32, and arrays of those.
func supported(t abi.Type) bool {
	switch t.T {
	case abi.IntTy, abi.UintTy:
		return t.Size >= 8 && t.Size <= 256 && t.Size%8 == 0
	case abi.FixedBytesTy:
		return t.Size >= 1 && t.Size <= 32
	case abi.BoolTy, abi.AddressTy, abi.StringTy, abi.BytesTy:
		return true
	case abi.SliceTy, abi.ArrayTy:
		return t.Elem != nil && t.Elem.T != abi.SliceTy && t.Elem.T != abi.ArrayTy && supported(*t.Elem)
	}
	return false
}

// Pack encodes args (one string per input, in human form: decimal or 0x
// numbers, 0x addresses and bytes, true/false, text, [a,b] arrays) as
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
		s[i] = format(reflect.ValueOf(v))
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
	s = strings.TrimSpace(s)
	switch t.T {
	case abi.IntTy, abi.UintTy:
		n, ok := new(big.Int).SetString(s, 0)
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
		if !common.IsHexAddress(s) {
			return reflect.Value{}, fmt.Errorf("%q is not an address", s)
		}
		return reflect.ValueOf(common.HexToAddress(s)), nil
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
		if inner := strings.TrimSpace(s[1 : len(s)-1]); inner != "" {
			if strings.ContainsAny(inner, "[]") {
				return reflect.Value{}, fmt.Errorf("nested lists are not supported")
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

// format writes a decoded value the way parseValue reads it.
func format(v reflect.Value) string {
	switch x := v.Interface().(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case []byte:
		return hexutil.Encode(x)
	case string:
		return strconv.Quote(x)
	}
	switch v.Kind() {
	case reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, v.Len())
			reflect.Copy(reflect.ValueOf(b), v)
			return hexutil.Encode(b)
		}
		fallthrough
	case reflect.Slice:
		items := make([]string, v.Len())
		for i := range items {
			items[i] = format(v.Index(i))
		}
		return "[" + strings.Join(items, ",") + "]"
	}
	return fmt.Sprint(v.Interface())
}
