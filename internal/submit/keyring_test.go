package submit

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/crypto/hd"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"

	"github.com/enigmad/enigmad/app"
)

// BenchmarkSign: one signature with a key in the file-backed "test"
// keyring (what the localnet's services use) and with the same key held
// in memory, as Submitter holds it.
func BenchmarkSign(b *testing.B) {
	enc := app.MakeEncodingConfig()
	kr, err := keyring.New("enigmad", keyring.BackendTest, b.TempDir(), nil, enc.Codec)
	require.NoError(b, err)
	_, _, err = kr.NewMnemonic("hot", keyring.English, "", "", hd.Secp256k1)
	require.NoError(b, err)
	mem, err := inMemory(kr, "hot", keyCodec())
	require.NoError(b, err)
	msg := make([]byte, 300)
	for name, k := range map[string]keyring.Keyring{"file": kr, "memory": mem} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				_, _, err := k.Sign("hot", msg, signing.SignMode_SIGN_MODE_DIRECT)
				require.NoError(b, err)
			}
		})
	}
}

// TestInMemorySignsAsTheKeyring: the in-memory copy is the same key.
func TestInMemorySignsAsTheKeyring(t *testing.T) {
	enc := app.MakeEncodingConfig()
	kr, err := keyring.New("enigmad", keyring.BackendTest, t.TempDir(), nil, enc.Codec)
	require.NoError(t, err)
	rec, _, err := kr.NewMnemonic("hot", keyring.English, "", "", hd.Secp256k1)
	require.NoError(t, err)
	mem, err := inMemory(kr, "hot", keyCodec())
	require.NoError(t, err)
	msg := []byte("a transaction's sign bytes")
	sig, pub, err := mem.Sign("hot", msg, signing.SignMode_SIGN_MODE_DIRECT)
	require.NoError(t, err)
	want, err := rec.GetPubKey()
	require.NoError(t, err)
	require.True(t, want.Equals(pub))
	require.True(t, want.VerifySignature(msg, sig))
}
