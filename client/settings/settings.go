// Package settings reads client.toml: where a network is and how a dApp
// user reaches it (a node's gRPC, CometBFT RPC and ingress, Ethereum, the
// bridge the user pays, the Ethereum key's file). The localnet writes one
// (.localnet/client.toml); `enigmad client`, the Go examples and the load
// generator read it through this package.
package settings

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/pelletier/go-toml/v2"
)

// EnvFile names a client.toml when no path is given.
const EnvFile = "ENIGMA_CLIENT_CONFIG"

// Settings is client.toml.
type Settings struct {
	ChainID string `toml:"chain_id"`
	// GRPC is a node's gRPC, RPC its CometBFT RPC (results are awaited
	// block by block through it), Ingress its ingress.
	GRPC    string `toml:"grpc"`
	RPC     string `toml:"rpc"`
	Ingress string `toml:"ingress"`
	EthRPC  string `toml:"eth_rpc"`
	// EthKeyFile is the user's Ethereum key: a keystore file (password in
	// ENIGMA_ETH_KEY_PASSWORD) or a file with the hex key, readable by its
	// owner only; without it, ENIGMA_ETH_KEY. Never a flag's value.
	EthKeyFile string `toml:"eth_key_file"`
	// AllowSimulated accepts simulation-mode workers (a development
	// network; the chain must allow them too).
	AllowSimulated bool `toml:"allow_simulated"`
	// StateDir keeps each task's result key and record, to read its
	// result, claim its refund or run its callback later.
	StateDir string `toml:"state_dir"`
	// BridgeContract is the bridge the user pays (required to pay): a node
	// naming another one (x/bridge params) is refused. EthChainID, when
	// set, is its Ethereum chain.
	BridgeContract string `toml:"bridge_contract"`
	EthChainID     uint64 `toml:"eth_chain_id"`
}

// Find is the client.toml to read: path when given, else $ENIGMA_CLIENT_CONFIG,
// else .localnet/client.toml in the working directory or its nearest
// parent holding one (FindLocalnet), else ~/.enigmad/client.toml; "" when
// none exists.
func Find(path string) string {
	if p := FindLocalnet(path); p != "" {
		return p
	}
	if home, err := os.UserHomeDir(); err == nil {
		p := filepath.Join(home, ".enigmad", "client.toml")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// FindLocalnet is Find without the fallback to ~/.enigmad/client.toml, for
// programs that spend freely (the examples fund new accounts, the load
// generator sends thousands of tasks) and must not reach a real network
// by accident. The search up from the working directory stops at a
// directory another user owns or others may write: a .localnet there
// could be anyone's (one planted in /tmp, say).
func FindLocalnet(path string) string {
	if path == "" {
		path = os.Getenv(EnvFile)
	}
	if path != "" {
		return path
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for safeDir(dir) {
		p := filepath.Join(dir, ".localnet", "client.toml")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return ""
}

// safeDir: owned by the user (or root) and written by nobody else.
func safeDir(dir string) bool {
	info, err := os.Stat(dir)
	if err != nil || info.Mode().Perm()&0o022 != 0 {
		return false
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	return !ok || int(st.Uid) == os.Getuid() || st.Uid == 0
}

// ErrNotFound is Find finding no client.toml.
var ErrNotFound = errors.New("no client.toml: pass one, set $" + EnvFile + ", or start a localnet (make localnet writes .localnet/client.toml)")

// Read reads the client.toml at path: unknown keys are refused (a typo
// must not silently drop a setting), and so is a file another user owns
// or others may write, or a symbolic link (it says where the user's money
// goes). Relative
// paths in it are relative to the file.
func Read(path string) (Settings, error) {
	var s Settings
	if err := ownedByUser(path); err != nil {
		return s, err
	}
	bz, err := os.ReadFile(path)
	if err != nil {
		return s, err
	}
	dec := toml.NewDecoder(strings.NewReader(string(bz)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return s, fmt.Errorf("%s: %v", path, err)
	}
	dir := filepath.Dir(path)
	for _, p := range []*string{&s.EthKeyFile, &s.StateDir} {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(dir, *p)
		}
	}
	return s, nil
}

// ownedByUser refuses a file another user owns or others may write.
func ownedByUser(path string) error {
	info, err := os.Lstat(path)
	if err != nil {
		return err
	}
	if info.Mode()&os.ModeSymlink != 0 {
		// Its relative paths (the key, the state) would be read beside
		// the link, where someone else may have put them.
		return fmt.Errorf("%s is a symbolic link: name the file itself", path)
	}
	if info.Mode().Perm()&0o022 != 0 {
		return fmt.Errorf("%s may be written by others (mode %v): chmod go-w it", path, info.Mode().Perm())
	}
	if st, ok := info.Sys().(*syscall.Stat_t); ok && int(st.Uid) != os.Getuid() {
		return fmt.Errorf("%s belongs to another user (uid %d)", path, st.Uid)
	}
	return nil
}
