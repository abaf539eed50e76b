package evm_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/contracts"
	"github.com/enigmad/enigmad/enclave/evm"
	"github.com/enigmad/enigmad/enclave/random"
	"github.com/enigmad/enigmad/enclave/receipt"
)

var randomSeed = crypto.Keccak256([]byte("test seed"))

func source(t testing.TB, task common.Hash) evm.Randomness {
	src, err := random.NewSource(randomSeed, random.Task{Contract: address, ID: task, Sender: alice, GasLimit: 200_000})
	require.NoError(t, err)
	return src
}

// TestRandomPrecompile: two calls in one task give two values; the same
// task run again gives the same values; another task other values; and
// outside a task (no randomness) the call fails and the contract reverts.
func TestRandomPrecompile(t *testing.T) {
	art, err := contracts.Load("SecretLottery")
	require.NoError(t, err)
	args, err := art.ABI.Pack("", common.HexToAddress("0xda99"))
	require.NoError(t, err)
	m, out := evm.Deploy(evm.Env{Random: source(t, common.HexToHash("0xd0"))}, address, alice, append(art.Bytecode, args...), nil, 2_000_000, nil)
	require.Equal(t, receipt.StatusSuccess, out.Status, out.Reason)
	input, err := art.ABI.Pack("twoRandoms")
	require.NoError(t, err)
	two := func(env evm.Env) (*big.Int, *big.Int, evm.Outcome) {
		out := m.Call(env, alice, input, nil, 200_000)
		if out.Status != receipt.StatusSuccess {
			return nil, nil, out
		}
		vals, err := art.ABI.Unpack("twoRandoms", out.Return)
		require.NoError(t, err)
		return vals[0].(*big.Int), vals[1].(*big.Int), out
	}
	a1, a2, out := two(evm.Env{Random: source(t, common.HexToHash("0x01"))})
	require.Equal(t, receipt.StatusSuccess, out.Status, out.Reason)
	require.NotEqual(t, a1, a2, "two calls, two values")
	b1, b2, _ := two(evm.Env{Random: source(t, common.HexToHash("0x01"))})
	require.Equal(t, []*big.Int{a1, a2}, []*big.Int{b1, b2}, "the same task again: the same values")
	c1, _, _ := two(evm.Env{Random: source(t, common.HexToHash("0x02"))})
	require.NotEqual(t, a1, c1, "another task, another value")
	// The precompile's bytes are those of enclave/random for this task.
	want, err := source(t, common.HexToHash("0x01")).Read(32, nil)
	require.NoError(t, err)
	require.Equal(t, common.BytesToHash(want).Big(), a1)

	_, _, out = two(evm.Env{})
	require.Equal(t, receipt.StatusRevert, out.Status, "no randomness outside a task")
	require.Equal(t, crypto.Keccak256([]byte("RandomnessUnavailable()"))[:4], out.Return[:4])
}

// TestRandomPrecompileGas: the gas of a call is the documented formula.
func TestRandomPrecompileGas(t *testing.T) {
	args := abi.Arguments{{Type: mustType("uint256")}, {Type: mustType("bytes")}}
	for _, c := range []struct {
		n    int64
		pers int
	}{{32, 0}, {1, 40}, {1024, 0}, {100, 7}} {
		input, err := args.Pack(big.NewInt(c.n), make([]byte, c.pers))
		require.NoError(t, err)
		n, pers, err := evm.DecodeRandomInput(input)
		require.NoError(t, err)
		require.Equal(t, int(c.n), n)
		require.Len(t, pers, c.pers)
		want := uint64(evm.RandomBaseGas + evm.RandomWordGas*((c.n+31)/32) + evm.RandomInputWordGas*int64((len(input)+31)/32))
		require.Equal(t, want, evm.RandomPrecompileGas(input))
	}
}

func mustType(s string) abi.Type {
	t, err := abi.NewType(s, "", nil)
	if err != nil {
		panic(err)
	}
	return t
}

// FuzzDecodeRandomInput: the decoder never panics, and what it accepts is
// exactly Solidity's abi.encode(uint256 n, bytes personalization).
func FuzzDecodeRandomInput(f *testing.F) {
	args := abi.Arguments{{Type: mustType("uint256")}, {Type: mustType("bytes")}}
	for _, c := range []struct {
		n    int64
		pers string
	}{{32, ""}, {1024, "lottery"}, {0, "x"}, {1025, ""}, {32, string(make([]byte, 257))}} {
		in, _ := args.Pack(big.NewInt(c.n), []byte(c.pers))
		f.Add(in)
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, input []byte) {
		n, pers, err := evm.DecodeRandomInput(input)
		if err != nil {
			return
		}
		require.LessOrEqual(t, n, random.MaxBytes)
		again, err := args.Pack(big.NewInt(int64(n)), pers)
		require.NoError(t, err)
		require.Equal(t, again, input, "only the canonical encoding is accepted")
	})
}

// BenchmarkRandomPrecompile prices a call of 32 bytes against
// go-ethereum's ecrecover (3,000 gas) on the same machine.
func BenchmarkRandomPrecompile(b *testing.B) {
	args := abi.Arguments{{Type: mustType("uint256")}, {Type: mustType("bytes")}}
	input, _ := args.Pack(big.NewInt(32), []byte("bench"))
	b.Run("random-32-bytes", func(b *testing.B) {
		src := source(b, common.HexToHash("0x01"))
		for b.Loop() {
			if _, err := src.Read(32, []byte("bench")); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(evm.RandomPrecompileGas(input)), "gas")
	})
	b.Run("ecrecover", func(b *testing.B) {
		key, _ := crypto.GenerateKey()
		h := crypto.Keccak256([]byte("x"))
		sig, _ := crypto.Sign(h, key)
		for b.Loop() {
			if _, err := crypto.Ecrecover(h, sig); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(3000, "gas")
	})
}
