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
		"f() returns uint256", "f(uint256,)", "1f()"} {
		_, err := client.ParseMethod(sig)
		require.ErrorIs(t, err, client.ErrConfig, sig)
	}
	for _, c := range []struct{ sig, arg, why string }{
		{"f(uint8)", "256", "out of range"},
		{"f(uint256)", "-1", "out of range"},
		{"f(int8)", "-129", "out of range"},
		{"f(int8)", "128", "out of range"},
		{"f(uint256)", "1e18", "not a number"},
		{"f(address)", "0x1234", "not an address"},
		{"f(bytes4)", "0x010203", "not 4 bytes"},
		{"f(bytes)", "beef", "hex"},
		{"f(bool)", "yes", "not true or false"},
		{"f(uint256[2])", "[1]", "1 items"},
		{"f(uint256[])", "[[1]]", "nested"},
		{"f(uint256[])", "1,2", "list"},
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
	})
}
