package seal_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/enclave/seal"
)

func TestSimulationSealer(t *testing.T) {
	dir := t.TempDir()
	s, err := seal.NewSimulation(dir)
	require.NoError(t, err)
	require.Equal(t, "simulation", s.Mode())
	info, err := os.Stat(filepath.Join(dir, "simulation-seal.key"))
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), info.Mode().Perm())

	sealed, err := s.Seal([]byte("secret"), []byte("ad"))
	require.NoError(t, err)
	require.NotContains(t, string(sealed), "secret")

	// A restarted process with the same directory can unseal.
	again, err := seal.NewSimulation(dir)
	require.NoError(t, err)
	plain, err := again.Unseal(sealed, []byte("ad"))
	require.NoError(t, err)
	require.Equal(t, []byte("secret"), plain)

	_, err = again.Unseal(sealed, []byte("other"))
	require.ErrorIs(t, err, seal.ErrUnseal)
	sealed[len(sealed)-1] ^= 1
	_, err = again.Unseal(sealed, []byte("ad"))
	require.ErrorIs(t, err, seal.ErrUnseal)
	_, err = again.Unseal([]byte{0x53}, nil)
	require.ErrorIs(t, err, seal.ErrUnseal)

	// Another machine (another key file) cannot.
	other, err := seal.NewSimulation(t.TempDir())
	require.NoError(t, err)
	fresh, err := s.Seal([]byte("secret"), nil)
	require.NoError(t, err)
	_, err = other.Unseal(fresh, nil)
	require.ErrorIs(t, err, seal.ErrUnseal)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "simulation-seal.key"), []byte("short"), 0o600))
	_, err = seal.NewSimulation(dir)
	require.Error(t, err)
}
