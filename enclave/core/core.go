// Package core is the enclave's service: it owns the identity, the master
// seed and every secret contract's state, and does what the worker asks
// (init the network, provision newcomers, accept the seed, sign beacons,
// deploy contracts, execute tasks, apply deltas, snapshot). The process in
// cmd/enigma-enclave serves it over a unix socket; tests call it directly.
package core

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/deltas"
	"github.com/enigmad/enigmad/enclave/evm"
	"github.com/enigmad/enigmad/enclave/identity"
	"github.com/enigmad/enigmad/enclave/random"
	"github.com/enigmad/enigmad/enclave/seal"
	"github.com/enigmad/enigmad/enclave/seed"
	"github.com/enigmad/enigmad/enclave/statekeys"
)

// Config is what the host chooses for the enclave.
type Config struct {
	ChainID string
	// DataDir holds the sealed identity and seed.
	DataDir string
	Sealer  seal.Sealer
	Issuer  attestation.Issuer
	// Verifier and Policy judge the quotes of newcomers this enclave
	// provisions.
	Verifier attestation.Verifier
	Policy   attestation.Policy
	// MaxTaskGas is the most gas a task may ask for (0: DefaultMaxTaskGas).
	// The chain refuses larger records (x/secretcompute max_task_gas_limit);
	// this is the enclave's own bound, whatever its host hands it.
	MaxTaskGas uint64
	// MaxTaskTime bounds the wall time of one task's EVM run (0:
	// DefaultMaxTaskTime). A task still running then is stopped and gets
	// no receipt (ErrTimeBudget): the enclave cannot tell a slow task from
	// a host that slows it down, and must not sign a failure it did not
	// see, so the chain's result timeout decides.
	MaxTaskTime time.Duration
}

// Defaults of the per-task budgets. The gas budget is x/secretcompute's
// default max_task_gas_limit: a stop at the wall-time budget needs a jump
// (go-ethereum checks its cancel flag only there), so code that does not
// loop (call trees, precompiles) is bounded by its gas alone.
const (
	DefaultMaxTaskGas  = 30_000_000
	DefaultMaxTaskTime = 10 * time.Second
)

// Errors of the service.
var (
	ErrNotProvisioned     = errors.New("core: this enclave has no master seed yet (init the network or accept a provision)")
	ErrAlreadyProvisioned = errors.New("core: this enclave already holds the master seed")
	ErrUnknownContract    = errors.New("core: unknown contract: apply its delta log first")
	ErrContractExists     = errors.New("core: contract already deployed")
	ErrCodeHash           = errors.New("core: bytecode does not match the record's code hash")
	ErrGasLimit           = errors.New("core: the task's gas limit is above this enclave's budget")
	ErrCancelled          = errors.New("core: the caller gave up before the task finished")
	ErrTimeBudget         = errors.New("core: the task ran past the enclave's wall-time budget")
)

const (
	identityFile = "identity.sealed"
	seedFile     = "seed.sealed"
)

var seedAD = []byte("enigma/seed/v1")

// Core is the enclave service. Its methods are safe for concurrent use.
// Everything that touches one contract (its tasks, its deployment, its log
// replay, snapshot, restore or forget) runs one at a time under that
// contract's lock; other contracts, and every other call (Info, Beacon), do
// not wait for it: no other lock is held while an EVM runs.
type Core struct {
	cfg   Config
	id    *identity.Identity
	quote []byte

	// mu guards seed and contracts, and is only ever held briefly. Lock
	// order: a contractState's mu before mu.
	mu        sync.Mutex
	seed      []byte
	contracts map[common.Address]*contractState
}

// contractState is one contract's slot: its log and machine, both nil until
// a deployment or a replay gives them. Its mu is held while anything runs
// on the contract.
type contractState struct {
	mu      sync.Mutex
	log     *deltas.Log
	machine *evm.Machine
}

// ready says whether tasks can run on the contract: its code is known.
func (st *contractState) ready() bool { return st.machine != nil }

// Open loads or creates the identity, issues its quote, and unseals the
// master seed if this enclave has one.
func Open(cfg Config) (*Core, error) {
	if cfg.Sealer == nil || cfg.Issuer == nil || cfg.Verifier == nil {
		return nil, errors.New("core: sealer, issuer and verifier are required")
	}
	id, _, err := identity.LoadOrCreate(filepath.Join(cfg.DataDir, identityFile), cfg.Sealer)
	if err != nil {
		return nil, err
	}
	rd, err := attestation.ReportData(cfg.ChainID, id.Public())
	if err != nil {
		return nil, err
	}
	quote, err := cfg.Issuer.Issue(rd)
	if err != nil {
		return nil, err
	}
	c := &Core{cfg: cfg, id: id, quote: quote, contracts: make(map[common.Address]*contractState)}
	sealed, err := os.ReadFile(filepath.Join(cfg.DataDir, seedFile))
	switch {
	case err == nil:
		if c.seed, err = cfg.Sealer.Unseal(sealed, seedAD); err != nil {
			return nil, fmt.Errorf("core: master seed: %w", err)
		}
	case !errors.Is(err, os.ErrNotExist):
		return nil, err
	}
	return c, nil
}

// Info is the enclave's public identity.
type Info struct {
	ChainID     string
	Address     common.Address
	Keys        attestation.PublicKeys
	Quote       []byte
	Provisioned bool
	SealMode    string
}

// Info returns the enclave's public identity and quote.
func (c *Core) Info() Info {
	c.mu.Lock()
	defer c.mu.Unlock()
	return Info{ChainID: c.cfg.ChainID, Address: c.id.Address(), Keys: c.id.Public(), Quote: c.quote, Provisioned: c.seed != nil, SealMode: c.cfg.Sealer.Mode()}
}

// InitNetwork creates the master seed of a new network and returns its
// commitment for genesis.
func (c *Core) InitNetwork() ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seed != nil {
		return nil, ErrAlreadyProvisioned
	}
	s, err := seed.New()
	if err != nil {
		return nil, err
	}
	if err := c.storeSeed(s); err != nil {
		return nil, err
	}
	return seed.Commitment(s)
}

// ProvisionFor verifies a newcomer's quote inside the enclave and returns
// the seed encrypted to it with the commitment signature.
func (c *Core) ProvisionFor(quote []byte, keys attestation.PublicKeys) (seed.Provision, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seed == nil {
		return seed.Provision{}, ErrNotProvisioned
	}
	return seed.ProvideFor(c.seed, c.cfg.ChainID, quote, keys, c.cfg.Verifier, c.cfg.Policy)
}

// AcceptSeed opens a provision addressed to this enclave, checks it against
// the network's commitment, and seals the seed.
func (c *Core) AcceptSeed(commitment []byte, p seed.Provision) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seed != nil {
		return ErrAlreadyProvisioned
	}
	s, err := seed.Accept(c.id, c.cfg.ChainID, commitment, p)
	if err != nil {
		return err
	}
	return c.storeSeed(s)
}

// Beacon returns the epoch beacon and the enclave's signature over it.
func (c *Core) Beacon(epoch uint64) (value, signature []byte, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seed == nil {
		return nil, nil, ErrNotProvisioned
	}
	return seed.SignBeacon(c.seed, c.cfg.ChainID, epoch, c.id.Signer)
}

func (c *Core) storeSeed(s []byte) error {
	sealed, err := c.cfg.Sealer.Seal(s, seedAD)
	if err != nil {
		return err
	}
	path := filepath.Join(c.cfg.DataDir, seedFile)
	if err := os.MkdirAll(c.cfg.DataDir, 0o700); err != nil {
		return err
	}
	if err := os.WriteFile(path+".tmp", sealed, 0o600); err != nil {
		return err
	}
	if err := os.Rename(path+".tmp", path); err != nil {
		return err
	}
	c.seed = s
	return nil
}

// withRandomness returns env with the secret randomness of task t
// (enclave/random), derived from the master seed: the same for every
// execution of the task, so a re-run cannot re-roll it.
func (c *Core) withRandomness(env evm.Env, t random.Task) (evm.Env, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seed == nil {
		return env, ErrNotProvisioned
	}
	src, err := random.NewSource(c.seed, t)
	if err != nil {
		return env, err
	}
	env.Random = src
	return env, nil
}

// stateKey derives a contract's state key; the caller holds mu.
func (c *Core) stateKey(contract common.Address) ([]byte, error) {
	if c.seed == nil {
		return nil, ErrNotProvisioned
	}
	return statekeys.ForContract(c.seed, contract)
}
