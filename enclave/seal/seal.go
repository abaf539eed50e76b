// Package seal protects enclave secrets at rest behind the Sealer
// interface: under SGX, EGo's product-key sealing (build tag "ego"); in
// simulation, a key file on the host's disk, which protects nothing from the
// host and says so.
package seal

import (
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/crypto/chacha20poly1305"
)

// Sealer encrypts data so that only this enclave (or, with product-key
// sealing, later versions of it from the same signer) can read it back.
type Sealer interface {
	Seal(plaintext, additionalData []byte) ([]byte, error)
	Unseal(sealed, additionalData []byte) ([]byte, error)
	// Mode names the protection: "simulation" or "sgx".
	Mode() string
}

// ErrUnseal is returned for sealed data that does not authenticate.
var ErrUnseal = errors.New("seal: cannot unseal: wrong key (another machine or enclave), wrong additional data, or tampered")

// SimulationWarning is printed by processes that use the simulation sealer.
const SimulationWarning = "INSECURE: simulation mode: sealed secrets are encrypted with a key stored on the host's disk; anyone with the host's files can read them"

// simVersion prefixes simulation-sealed data.
const simVersion byte = 0x53 // 'S'

// Simulation seals with XChaCha20-Poly1305 under a random key kept in a
// file beside the sealed data.
type Simulation struct {
	key []byte
}

// NewSimulation loads the key file dir/simulation-seal.key, creating it
// (mode 0600) on first use.
func NewSimulation(dir string) (*Simulation, error) {
	path := filepath.Join(dir, "simulation-seal.key")
	key, err := os.ReadFile(path)
	switch {
	case err == nil:
		if len(key) != chacha20poly1305.KeySize {
			return nil, fmt.Errorf("seal: %s holds %d bytes, want %d", path, len(key), chacha20poly1305.KeySize)
		}
	case errors.Is(err, os.ErrNotExist):
		key = make([]byte, chacha20poly1305.KeySize)
		if _, err := rand.Read(key); err != nil {
			return nil, err
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, err
		}
		// O_EXCL: two processes starting at once must not overwrite each other's key.
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, fmt.Errorf("seal: create %s: %w", path, err)
		}
		if _, err := f.Write(key); err != nil {
			f.Close()
			return nil, err
		}
		if err := f.Close(); err != nil {
			return nil, err
		}
	default:
		return nil, err
	}
	return &Simulation{key: key}, nil
}

// Mode returns "simulation".
func (*Simulation) Mode() string { return "simulation" }

// Seal encrypts plaintext: 0x53 || nonce (24) || ciphertext.
func (s *Simulation) Seal(plaintext, additionalData []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(s.key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 1+aead.NonceSize(), 1+aead.NonceSize()+len(plaintext)+aead.Overhead())
	out[0] = simVersion
	if _, err := rand.Read(out[1:]); err != nil {
		return nil, err
	}
	return aead.Seal(out, out[1:], plaintext, additionalData), nil
}

// Unseal decrypts what Seal produced.
func (s *Simulation) Unseal(sealed, additionalData []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(s.key)
	if err != nil {
		return nil, err
	}
	if len(sealed) < 1+aead.NonceSize()+aead.Overhead() || sealed[0] != simVersion {
		return nil, ErrUnseal
	}
	out, err := aead.Open(nil, sealed[1:1+aead.NonceSize()], sealed[1+aead.NonceSize():], additionalData)
	if err != nil {
		return nil, ErrUnseal
	}
	return out, nil
}
