package client

import (
	"bytes"
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
	"github.com/enigmad/enigmad/x/registry/selection"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
)

// Target is where a contract's next task goes: the epoch, the worker the
// chain selects for the contract in it, and that worker's verified
// attestation.
type Target struct {
	Contract common.Address
	Epoch    uint64
	Worker   registrytypes.Worker
	Verdict  Verdict
}

// Address is the selected worker's enclave address.
func (t Target) Address() common.Address { return common.BytesToAddress(t.Worker.EnclaveAddress) }

// Target reads the current epoch and its worker set from the node,
// selects the contract's worker with x/registry's own rule
// (x/registry/selection) and verifies its attestation (cached per worker
// and epoch). For a deployment, contract is ids.ContractAddress of its
// task id.
func (c *Client) Target(ctx context.Context, contract common.Address) (Target, error) {
	cur, err := c.epochs.CurrentEpoch(ctx, &epochtypes.QueryCurrentEpochRequest{})
	if err != nil {
		return Target{}, err
	}
	epoch := cur.Epoch
	params, err := c.registry.Params(ctx, &registrytypes.QueryParamsRequest{})
	if err != nil {
		return Target{}, err
	}
	set, err := c.registry.WorkerSet(ctx, &registrytypes.QueryWorkerSetRequest{Epoch: epoch.Number})
	if err != nil {
		if notFound(err) {
			return Target{}, ErrNoWorker.Wrapf("epoch %d has no worker set", epoch.Number)
		}
		return Target{}, err
	}
	workers := make([]selection.Worker, len(set.WorkerSet.Workers))
	for i, w := range set.WorkerSet.Workers {
		// NewSet refuses a nil or negative stake and copies them.
		workers[i] = selection.Worker{Address: common.BytesToAddress(w.EnclaveAddress), Stake: w.Stake.BigInt()}
	}
	s, err := selection.NewSet(workers)
	if err != nil {
		return Target{}, ErrNoWorker.Wrapf("epoch %d's worker set: %v", epoch.Number, err)
	}
	group, err := s.Select(common.BytesToHash(epoch.Seed), contract, int(max(params.Params.GroupSize, 1)))
	if errors.Is(err, selection.ErrNoStake) {
		return Target{}, ErrNoWorker.Wrapf("no staked worker in epoch %d", epoch.Number)
	} else if err != nil {
		return Target{}, err
	}
	w, err := c.registry.Worker(ctx, &registrytypes.QueryWorkerRequest{EnclaveAddress: group[0].Hex()})
	if err != nil {
		return Target{}, err
	}
	if !bytes.Equal(w.Worker.EnclaveAddress, group[0].Bytes()) {
		return Target{}, ErrAttestation.Wrapf("the node answered worker %x for %s", w.Worker.EnclaveAddress, group[0])
	}
	v, err := c.verify(w.Worker, params.Params, epoch.Number)
	if err != nil {
		return Target{}, err
	}
	return Target{Contract: contract, Epoch: epoch.Number, Worker: w.Worker, Verdict: v}, nil
}

// Sealed is a task's inputs sealed for its target: what goes to the
// ingress (Envelope, and InputsHash to Ethereum) and what the user keeps
// (ResultKey opens the result).
type Sealed struct {
	TaskID     common.Hash
	Contract   common.Address
	Epoch      uint64
	Worker     common.Address
	Suite      envelope.Suite
	Envelope   []byte
	InputsHash common.Hash
	ResultKey  []byte
}

// Seal encrypts call for task taskID to t's worker, with suite
// (envelope.SuiteX25519 by default; envelope.SuiteXWing, the
// post-quantum hybrid, when the worker offers it), bound to this chain,
// the contract and the task id. t must come from Target: its verdict is
// what makes the keys trustworthy.
func (c *Client) Seal(t Target, taskID common.Hash, call envelope.Call, suite envelope.Suite) (Sealed, error) {
	keys := t.Verdict.keys
	if len(keys.X25519) == 0 || t.Verdict.Worker != t.Address() {
		return Sealed{}, ErrAttestation.Wrap("the target's worker was not verified by this client (use Target)")
	}
	var pub envelope.PublicKey
	switch suite {
	case 0, envelope.SuiteX25519:
		suite, pub = envelope.SuiteX25519, envelope.PublicKey{Suite: envelope.SuiteX25519, Bytes: keys.X25519}
	case envelope.SuiteXWing:
		if len(keys.XWing) == 0 {
			return Sealed{}, ErrConfig.Wrapf("worker %s offers no X-Wing key", t.Address())
		}
		pub = envelope.PublicKey{Suite: envelope.SuiteXWing, Bytes: keys.XWing}
	default:
		return Sealed{}, ErrConfig.Wrapf("unknown suite %d", suite)
	}
	env, key, err := envelope.Seal(pub, envelope.Binding{ChainID: c.cfg.ChainID, Contract: t.Contract, TaskID: taskID}, call)
	if err != nil {
		return Sealed{}, ErrConfig.Wrapf("seal: %v", err)
	}
	return Sealed{TaskID: taskID, Contract: t.Contract, Epoch: t.Epoch, Worker: t.Address(), Suite: suite, Envelope: env,
		InputsHash: ids.InputsHash(env), ResultKey: key}, nil
}
