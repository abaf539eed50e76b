package client_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/client"
	"github.com/enigmad/enigmad/contracts"
)

// Human signatures and arguments pack as the contract's own ABI does, and
// outputs decode back to the same human form.
func TestMethodPacksAsTheABI(t *testing.T) {
	auction, err := contracts.Load("SealedBidAuction")
	require.NoError(t, err)
	m, err := client.ParseMethod("bid(uint256)")
	require.NoError(t, err)
	got, err := m.Pack([]string{"42"})
	require.NoError(t, err)
	want, err := auction.ABI.Pack("bid", big.NewInt(42))
	require.NoError(t, err)
	require.Equal(t, want, got)
	hex, err := m.Pack([]string{"0x2a"})
	require.NoError(t, err)
	require.Equal(t, want, hex)

	ctor, err := client.ParseMethod("(address,uint256)")
	require.NoError(t, err)
	house := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	got, err = ctor.Pack([]string{house.Hex(), "100"})
	require.NoError(t, err)
	want, err = auction.ABI.Pack("", house, big.NewInt(100))
	require.NoError(t, err)
	require.Equal(t, want, got, "a constructor's arguments, no selector")

	sig := "f(uint8 small, int16, address, bool, bytes, bytes4, string, uint256[], address[2]) returns (uint256, int8, address, bytes32, bool[], string)"
	m, err = client.ParseMethod(sig)
	require.NoError(t, err)
	require.Equal(t, "f(uint8,int16,address,bool,bytes,bytes4,string,uint256[],address[2])", m.String())
	got, err = m.Pack([]string{"255", "-32768", house.Hex(), "true", "0xbeef", "0x01020304", "hi, there", "[1, 2,3]", "[" + house.Hex() + "," + house.Hex() + "]"})
	require.NoError(t, err)
	types := func(ts ...string) abi.Arguments {
		var args abi.Arguments
		for _, s := range ts {
			typ, err := abi.NewType(s, "", nil)
			require.NoError(t, err)
			args = append(args, abi.Argument{Type: typ})
		}
		return args
	}
	enc, err := types("uint8", "int16", "address", "bool", "bytes", "bytes4", "string", "uint256[]", "address[2]").Pack(uint8(255), int16(-32768), house, true,
		[]byte{0xbe, 0xef}, [4]byte{1, 2, 3, 4}, "hi, there", []*big.Int{big.NewInt(1), big.NewInt(2), big.NewInt(3)}, [2]common.Address{house, house})
	require.NoError(t, err)
	require.Equal(t, append(m.Selector, enc...), got)
	require.Equal(t, abi.NewMethod("f", "f", abi.Function, "", false, false, m.Inputs, nil).ID, m.Selector)

	out, err := types("uint256", "int8", "address", "bytes32", "bool[]", "string").Pack(big.NewInt(7), int8(-3), house, [32]byte{9}, []bool{true, false}, "ok")
	require.NoError(t, err)
	vals, err := m.Unpack(out)
	require.NoError(t, err)
	require.Equal(t, []string{"7", "-3", house.Hex(), "0x0900000000000000000000000000000000000000000000000000000000000000", "[true,false]", `"ok"`}, vals)
	_, err = m.Unpack(out[:40])
	require.ErrorIs(t, err, client.ErrResult)

	// Solidity's aliases and parameter decorations read as Solidity does;
	// returns may follow without a space.
	m, err = client.ParseMethod("g(uint, int[] memory xs, address payable to, string calldata s)returns(uint8[])")
	require.NoError(t, err)
	require.Equal(t, "g(uint256,int256[],address,string)", m.String())
	require.Equal(t, "g(uint256,int256[],address,string) returns (uint8[])", m.Signature())
	out, err = types("uint8[]").Pack([]uint8{1, 2})
	require.NoError(t, err)
	vals, err = m.Unpack(out)
	require.NoError(t, err)
	require.Equal(t, []string{"[1,2]"}, vals, "a list of uint8 is numbers, not bytes")
	// Numbers are decimal or 0x: a leading zero is not octal.
	m, err = client.ParseMethod("h(uint256,string[],string)")
	require.NoError(t, err)
	got, err = m.Pack([]string{"010", `["a,b", "c"]`, "  spaced  "})
	require.NoError(t, err)
	enc, err = types("uint256", "string[]", "string").Pack(big.NewInt(10), []string{"a,b", "c"}, "  spaced  ")
	require.NoError(t, err)
	require.Equal(t, append(m.Selector, enc...), got)

	// A revert's Error(string) reads back.
	stringType := types("string")
	revert, err := stringType.Pack("too low")
	require.NoError(t, err)
	reason, ok := client.RevertReason(append([]byte{0x08, 0xc3, 0x79, 0xa0}, revert...))
	require.True(t, ok)
	require.Equal(t, "too low", reason)

	// Without return types, the output is shown as hex.
	m, err = client.ParseMethod("increment()")
	require.NoError(t, err)
	vals, err = m.Unpack([]byte{1, 2})
	require.NoError(t, err)
	require.Equal(t, []string{"0x0102"}, vals)
}

// Bad signatures and arguments are refused with ErrConfig, naming what is
// wrong; none is packed wrapped around (a negative uint, an int8 of 200).
func TestMethodRefuses(t *testing.T) {
	for _, sig := range []string{"", "bid", "bid(uint256", "b-id(uint256)", "f((uint256,address))", "f(uint7)", "f(function)",
		"f() returns uint256", "f(uint256,)", "1f()", "f(uint0256)", "f(uint256abc)", "f(uint256x18)", "f(address1)", "f(bool8)",
		"f(string0)", "f(bytes01)", "f(bytes0)", "f(bytes33)", "f(uint256[02])", "f(uint256[+2])", "f(uint256[a])", "f(uint256[][])",
		"f(uint8[288230376151711744])", "f(uint256[0])", "f(uint256 [])", "function f()", "f(uint256 a b!)"} {
		_, err := client.ParseMethod(sig)
		require.ErrorIs(t, err, client.ErrConfig, sig)
	}
	for _, c := range []struct{ sig, arg, why string }{
		{"f(uint8)", "256", "out of range"},
		{"f(uint256)", "-1", "out of range"},
		{"f(int8)", "-129", "out of range"},
		{"f(int8)", "128", "out of range"},
		{"f(uint256)", "1e18", "not a number"},
		{"f(address)", "0x1234", "not a 0x address"},
		{"f(bytes4)", "0x010203", "not 4 bytes"},
		{"f(bytes)", "beef", "hex"},
		{"f(bool)", "yes", "not true or false"},
		{"f(uint256[2])", "[1]", "1 items"},
		{"f(uint256[])", "[[1]]", "nested"},
		{"f(uint256[])", "1,2", "list"},
		{"f(uint256)", "1_000", "not a number"},
		{"f(uint256)", "+5", "not a number"},
		{"f(uint256)", "0x", "not a number"},
		{"f(address)", "00000000000000000000000000000000000000a1", "not a 0x address"},
		{"f(address)", "0xAbCdEf0000000000000000000000000000000001", "EIP-55"},
		{"f(string[])", "[a,b]", "JSON"},
		{"f(uint256[])", `["1"]`, "quotes"},
	} {
		m, err := client.ParseMethod(c.sig)
		require.NoError(t, err, c.sig)
		_, err = m.Pack([]string{c.arg})
		require.ErrorIs(t, err, client.ErrConfig, c.sig)
		require.ErrorContains(t, err, c.why, c.sig+" "+c.arg)
	}
	m, err := client.ParseMethod("f(uint256,bool)")
	require.NoError(t, err)
	_, err = m.Pack([]string{"1"})
	require.ErrorContains(t, err, "takes 2 arguments, got 1")
}

// FuzzMethod: any signature and argument either fail cleanly or pack into
// calldata that decodes back to a value.
func FuzzMethod(f *testing.F) {
	f.Add("bid(uint256)", "42")
	f.Add("f(address[2])", "[0x00000000000000000000000000000000000000a1,0x0]")
	f.Add("f(bytes32) returns (uint8)", "0x00")
	f.Add("f(int8[])", "[-1,2]")
	f.Fuzz(func(t *testing.T, sig, arg string) {
		m, err := client.ParseMethod(sig)
		if err != nil || len(m.Inputs) != 1 {
			return
		}
		data, err := m.Pack([]string{arg})
		if err != nil {
			return
		}
		if _, err := m.Inputs.Unpack(data[len(m.Selector):]); err != nil {
			t.Fatalf("%s %q packed into %x, which does not decode: %v", sig, arg, data, err)
		}
		// The canonical form reads back to the same function.
		again, err := client.ParseMethod(m.Signature())
		if err != nil || string(again.Selector) != string(m.Selector) {
			t.Fatalf("%s: its canonical form %q reads back as %v, %v", sig, m.Signature(), again, err)
		}
	})
}
