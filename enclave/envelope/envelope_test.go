package envelope_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/enclave/envelope"
)

func keys(t testing.TB) (envelope.PrivateKeys, map[envelope.Suite]envelope.PublicKey) {
	t.Helper()
	x, err := envelope.SuiteX25519.KEM()
	require.NoError(t, err)
	xk, err := x.GenerateKey()
	require.NoError(t, err)
	w, err := envelope.SuiteXWing.KEM()
	require.NoError(t, err)
	wk, err := w.GenerateKey()
	require.NoError(t, err)
	return envelope.PrivateKeys{X25519: xk, XWing: wk}, map[envelope.Suite]envelope.PublicKey{
		envelope.SuiteX25519: {Suite: envelope.SuiteX25519, Bytes: xk.PublicKey().Bytes()},
		envelope.SuiteXWing:  {Suite: envelope.SuiteXWing, Bytes: wk.PublicKey().Bytes()},
	}
}

var binding = envelope.Binding{
	ChainID:  "enigma-local-1",
	Contract: common.HexToAddress("0x00000000000000000000000000000000c0ffee01"),
	TaskID:   common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111111"),
}

func TestSealOpenBothSuites(t *testing.T) {
	priv, pubs := keys(t)
	call := envelope.Call{Data: []byte{0xa9, 0x05, 0x9c, 0xbb, 1, 2, 3}, Token: common.Address{}, Amount: big.NewInt(1e15)}
	for suite, pub := range pubs {
		t.Run(suite.String(), func(t *testing.T) {
			env, clientKey, err := envelope.Seal(pub, binding, call)
			require.NoError(t, err)
			require.Equal(t, byte(suite), env[1])

			opened, err := envelope.Open(priv, binding, env)
			require.NoError(t, err)
			require.Equal(t, call.Data, opened.Call.Data)
			require.Equal(t, 0, call.Amount.Cmp(opened.Call.Amount))
			require.Equal(t, clientKey, opened.ResultKey, "client and enclave derive the same result key")

			out, err := envelope.SealResult(opened.ResultKey, binding.TaskID[:], []byte("the answer"))
			require.NoError(t, err)
			got, err := envelope.OpenResult(clientKey, binding.TaskID[:], out)
			require.NoError(t, err)
			require.Equal(t, []byte("the answer"), got)
			_, err = envelope.OpenResult(clientKey, common.Hash{1}.Bytes(), out)
			require.ErrorIs(t, err, envelope.ErrResult, "result bound to its task")
		})
	}
}

func TestOpenRejectsBadInput(t *testing.T) {
	priv, pubs := keys(t)
	env, _, err := envelope.Seal(pubs[envelope.SuiteX25519], binding, envelope.Call{Data: []byte{1}})
	require.NoError(t, err)

	other := binding
	other.Contract = common.HexToAddress("0x02")
	_, err = envelope.Open(priv, other, env)
	require.ErrorIs(t, err, envelope.ErrDecrypt, "other contract")
	other = binding
	other.TaskID = common.Hash{2}
	_, err = envelope.Open(priv, other, env)
	require.ErrorIs(t, err, envelope.ErrDecrypt, "other task")
	other = binding
	other.ChainID = "enigma-other-1"
	_, err = envelope.Open(priv, other, env)
	require.ErrorIs(t, err, envelope.ErrDecrypt, "other chain")

	for i := range env {
		tampered := bytes.Clone(env)
		tampered[i] ^= 0x40
		_, err := envelope.Open(priv, binding, tampered)
		require.Error(t, err, "byte %d flipped", i)
	}
	_, err = envelope.Open(priv, binding, env[:10])
	require.ErrorIs(t, err, envelope.ErrMalformed)
	_, err = envelope.Open(priv, binding, nil)
	require.ErrorIs(t, err, envelope.ErrMalformed)
	_, err = envelope.Open(priv, binding, make([]byte, envelope.MaxEnvelopeSize+1))
	require.ErrorIs(t, err, envelope.ErrTooLarge)
	_, _, err = envelope.Seal(pubs[envelope.SuiteX25519], binding, envelope.Call{Data: make([]byte, envelope.MaxEnvelopeSize)})
	require.ErrorIs(t, err, envelope.ErrTooLarge)

	bad := bytes.Clone(env)
	bad[1] = 0x7f
	_, err = envelope.Open(priv, binding, bad)
	require.ErrorIs(t, err, envelope.ErrUnknownSuite)

	// An enclave without an X-Wing key refuses X-Wing envelopes clearly.
	xw, _, err := envelope.Seal(pubs[envelope.SuiteXWing], binding, envelope.Call{Data: []byte{1}})
	require.NoError(t, err)
	_, err = envelope.Open(envelope.PrivateKeys{X25519: priv.X25519}, binding, xw)
	require.ErrorIs(t, err, envelope.ErrNoKey)
}

func TestCallEncodingIsCanonical(t *testing.T) {
	c := envelope.Call{Data: []byte("calldata"), Token: common.HexToAddress("0xE0"), Amount: big.NewInt(42)}
	enc, err := envelope.EncodeCall(c)
	require.NoError(t, err)
	got, err := envelope.DecodeCall(enc)
	require.NoError(t, err)
	require.Equal(t, c.Data, got.Data)
	require.Equal(t, c.Token, got.Token)

	// Trailing bytes make another encoding of the same call: refused.
	_, err = envelope.DecodeCall(append(bytes.Clone(enc), 0))
	require.ErrorIs(t, err, envelope.ErrMalformedCall)
	_, err = envelope.DecodeCall(enc[:40])
	require.ErrorIs(t, err, envelope.ErrMalformedCall)
	_, err = envelope.EncodeCall(envelope.Call{Amount: big.NewInt(-1)})
	require.ErrorIs(t, err, envelope.ErrMalformedCall)
}

func TestInfoLayout(t *testing.T) {
	info, err := binding.Info()
	require.NoError(t, err)
	want := append([]byte("enigma/task/v1"), byte(len(binding.ChainID)))
	want = append(want, binding.ChainID...)
	want = append(want, binding.Contract.Bytes()...)
	want = append(want, binding.TaskID.Bytes()...)
	require.Equal(t, want, info)
	_, err = envelope.Binding{}.Info()
	require.Error(t, err)
}

func FuzzOpen(f *testing.F) {
	priv, pubs := keys(f)
	for _, pub := range pubs {
		env, _, err := envelope.Seal(pub, binding, envelope.Call{Data: []byte{1, 2, 3}})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(env)
	}
	f.Add([]byte{1, 1})
	f.Fuzz(func(t *testing.T, env []byte) {
		opened, err := envelope.Open(priv, binding, env)
		if err == nil && len(opened.ResultKey) != envelope.ResultKeySize {
			t.Fatal("opened without a result key")
		}
	})
}

func FuzzDecodeCall(f *testing.F) {
	enc, _ := envelope.EncodeCall(envelope.Call{Data: []byte{1}, Amount: big.NewInt(5)})
	f.Add(enc)
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := envelope.DecodeCall(data)
		if err != nil {
			return
		}
		again, err := envelope.EncodeCall(c)
		if err != nil || !bytes.Equal(again, data) {
			t.Fatal("decoded call does not re-encode to the same bytes")
		}
	})
}
