package ethkey_test

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/bridge/ethkey"
)

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "eth.key")
	k, err := ethkey.New(path)
	require.NoError(t, err)
	_, err = ethkey.New(path)
	require.Error(t, err, "never overwrites a key")

	got, err := ethkey.Load(path)
	require.NoError(t, err)
	require.Equal(t, crypto.FromECDSA(k), crypto.FromECDSA(got))

	require.NoError(t, os.Chmod(path, 0o644))
	_, err = ethkey.Load(path)
	require.ErrorContains(t, err, "chmod 600")

	// A keystore file, its password from the environment.
	ksDir := t.TempDir()
	ks := keystore.NewKeyStore(ksDir, keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.ImportECDSA(k, "secret")
	require.NoError(t, err)
	t.Setenv(ethkey.EnvPassword, "secret")
	got, err = ethkey.Load(acc.URL.Path)
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(k.PublicKey), crypto.PubkeyToAddress(got.PublicKey))
	t.Setenv(ethkey.EnvPassword, "wrong")
	_, err = ethkey.Load(acc.URL.Path)
	require.Error(t, err)

	// The environment, when no file is named.
	_, err = ethkey.Load("")
	require.ErrorIs(t, err, ethkey.ErrNoKey)
	t.Setenv(ethkey.EnvKey, "0x"+hex.EncodeToString(crypto.FromECDSA(k)))
	got, err = ethkey.Load("")
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(k.PublicKey), crypto.PubkeyToAddress(got.PublicKey))
	t.Setenv(ethkey.EnvKey, "0x1234")
	_, err = ethkey.Load("")
	require.ErrorContains(t, err, "64 hex digits")
	require.NotContains(t, err.Error(), "1234", "a key is never quoted")
}
