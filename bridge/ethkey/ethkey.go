// Package ethkey loads the Ethereum key an orchestrator signs with: a
// go-ethereum keystore file (its password in an environment variable) or a
// file holding the hex private key, or the hex key itself from the
// environment. Key files must be readable by their owner only. Nothing
// here logs or returns the key in an error.
package ethkey

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// Environment variables.
const (
	// EnvKey holds a hex private key, used when no key file is named.
	EnvKey = "ENIGMA_ETH_KEY"
	// EnvPassword holds the password of a keystore file.
	EnvPassword = "ENIGMA_ETH_KEY_PASSWORD"
)

// ErrNoKey is returned when neither a file nor EnvKey names a key.
var ErrNoKey = errors.New("ethkey: no Ethereum key: name a key file or set " + EnvKey)

// Load returns the key in path, or from EnvKey when path is empty.
func Load(path string) (*ecdsa.PrivateKey, error) {
	if path == "" {
		v := os.Getenv(EnvKey)
		if v == "" {
			return nil, ErrNoKey
		}
		return parseHex(v, EnvKey)
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("ethkey: %w", err)
	}
	if info.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("ethkey: %s is readable by others (mode %v): chmod 600 it", path, info.Mode().Perm())
	}
	bz, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("ethkey: %w", err)
	}
	text := strings.TrimSpace(string(bz))
	if strings.HasPrefix(text, "{") {
		k, err := keystore.DecryptKey([]byte(text), os.Getenv(EnvPassword))
		if err != nil {
			return nil, fmt.Errorf("ethkey: keystore %s (password from %s): %w", path, EnvPassword, err)
		}
		return k.PrivateKey, nil
	}
	return parseHex(text, path)
}

func parseHex(s, from string) (*ecdsa.PrivateKey, error) {
	bz, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil || len(bz) != 32 {
		return nil, fmt.Errorf("ethkey: %s must hold a private key as 64 hex digits", from)
	}
	k, err := crypto.ToECDSA(bz)
	if err != nil {
		return nil, fmt.Errorf("ethkey: %s does not hold a valid secp256k1 key", from)
	}
	return k, nil
}

// New writes a fresh key to path as hex, readable by its owner only, and
// returns it. It refuses to overwrite a file.
func New(path string) (*ecdsa.PrivateKey, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("ethkey: %w", err)
	}
	if _, err := fmt.Fprintf(f, "%x\n", crypto.FromECDSA(k)); err != nil {
		f.Close()
		return nil, fmt.Errorf("ethkey: %w", err)
	}
	return k, f.Close()
}
