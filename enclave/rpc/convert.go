// Package rpc serves the enclave service (enclave/core) over gRPC on a unix
// socket and gives the worker a typed client for it. Every field that
// arrives is checked for length and range before it reaches the core.
package rpc

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/evm"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/enclave/rpc/enclavepb"
	"github.com/enigmad/enigmad/enclave/seed"
)

// ErrBadRequest is wrapped by every conversion error of a request field.
var ErrBadRequest = errors.New("rpc: bad request")

func address(field string, b []byte) (common.Address, error) {
	if len(b) != common.AddressLength {
		return common.Address{}, fmt.Errorf("%w: %s must be %d bytes, got %d", ErrBadRequest, field, common.AddressLength, len(b))
	}
	return common.BytesToAddress(b), nil
}

// optionalAddress accepts empty as the zero address.
func optionalAddress(field string, b []byte) (common.Address, error) {
	if len(b) == 0 {
		return common.Address{}, nil
	}
	return address(field, b)
}

func hash(field string, b []byte) (common.Hash, error) {
	if len(b) != common.HashLength {
		return common.Hash{}, fmt.Errorf("%w: %s must be %d bytes, got %d", ErrBadRequest, field, common.HashLength, len(b))
	}
	return common.BytesToHash(b), nil
}

func optionalHash(field string, b []byte) (common.Hash, error) {
	if len(b) == 0 {
		return common.Hash{}, nil
	}
	return hash(field, b)
}

func amount(field string, b []byte) (*big.Int, error) {
	if len(b) > 32 {
		return nil, fmt.Errorf("%w: %s is over 256 bits", ErrBadRequest, field)
	}
	return new(big.Int).SetBytes(b), nil
}

func envFrom(e *enclavepb.Env) evm.Env {
	if e == nil {
		return evm.Env{}
	}
	return evm.Env{Number: e.Number, Time: e.Time}
}

func envTo(e evm.Env) *enclavepb.Env { return &enclavepb.Env{Number: e.Number, Time: e.Time} }

func keysFrom(k *enclavepb.PublicKeys) attestation.PublicKeys {
	if k == nil {
		return attestation.PublicKeys{}
	}
	return attestation.PublicKeys{Signer: k.Signer, X25519: k.X25519, XWing: k.Xwing}
}

func keysTo(k attestation.PublicKeys) *enclavepb.PublicKeys {
	return &enclavepb.PublicKeys{Signer: k.Signer, X25519: k.X25519, Xwing: k.XWing}
}

func provisionFrom(p *enclavepb.Provision) seed.Provision {
	if p == nil {
		return seed.Provision{}
	}
	return seed.Provision{Envelope: p.Envelope, Signature: p.Signature}
}

func provisionTo(p seed.Provision) *enclavepb.Provision {
	return &enclavepb.Provision{Envelope: p.Envelope, Signature: p.Signature}
}

// TaskFrom checks and converts a task.
func TaskFrom(t *enclavepb.Task) (core.Task, error) {
	var out core.Task
	var err error
	if t == nil {
		return out, fmt.Errorf("%w: empty task", ErrBadRequest)
	}
	if out.ID, err = hash("task.id", t.Id); err != nil {
		return out, err
	}
	if out.Contract, err = address("task.contract", t.Contract); err != nil {
		return out, err
	}
	if out.Sender, err = address("task.sender", t.Sender); err != nil {
		return out, err
	}
	if out.InputsHash, err = hash("task.inputs_hash", t.InputsHash); err != nil {
		return out, err
	}
	if out.EscrowToken, err = optionalAddress("task.escrow_token", t.EscrowToken); err != nil {
		return out, err
	}
	if out.EscrowAmount, err = amount("task.escrow_amount", t.EscrowAmount); err != nil {
		return out, err
	}
	out.GasLimit, out.Env, out.Envelope = t.GasLimit, envFrom(t.Env), t.Envelope
	return out, nil
}

// TaskTo converts a task for the wire.
func TaskTo(t core.Task) *enclavepb.Task {
	var amt []byte
	if t.EscrowAmount != nil {
		amt = t.EscrowAmount.Bytes()
	}
	return &enclavepb.Task{Id: t.ID.Bytes(), Contract: t.Contract.Bytes(), Sender: t.Sender.Bytes(), InputsHash: t.InputsHash.Bytes(),
		GasLimit: t.GasLimit, EscrowToken: t.EscrowToken.Bytes(), EscrowAmount: amt, Env: envTo(t.Env), Envelope: t.Envelope}
}

// DeploymentFrom checks and converts a deployment.
func DeploymentFrom(d *enclavepb.Deployment) (core.Deployment, error) {
	var out core.Deployment
	var err error
	if d == nil {
		return out, fmt.Errorf("%w: empty deployment", ErrBadRequest)
	}
	if out.ID, err = hash("deployment.id", d.Id); err != nil {
		return out, err
	}
	if out.Sender, err = address("deployment.sender", d.Sender); err != nil {
		return out, err
	}
	if out.CodeHash, err = hash("deployment.code_hash", d.CodeHash); err != nil {
		return out, err
	}
	if out.InputsHash, err = hash("deployment.inputs_hash", d.InputsHash); err != nil {
		return out, err
	}
	out.GasLimit, out.Env, out.Bytecode, out.Envelope = d.GasLimit, envFrom(d.Env), d.Bytecode, d.Envelope
	return out, nil
}

// DeploymentTo converts a deployment for the wire.
func DeploymentTo(d core.Deployment) *enclavepb.Deployment {
	return &enclavepb.Deployment{Id: d.ID.Bytes(), Sender: d.Sender.Bytes(), CodeHash: d.CodeHash.Bytes(), InputsHash: d.InputsHash.Bytes(),
		GasLimit: d.GasLimit, Env: envTo(d.Env), Bytecode: d.Bytecode, Envelope: d.Envelope}
}

// ResultTo converts a result for the wire.
func ResultTo(r core.Result) *enclavepb.Result {
	out := &enclavepb.Result{
		Receipt: &enclavepb.Receipt{
			TaskId: r.Receipt.TaskID.Bytes(), Contract: r.Receipt.Contract.Bytes(), Status: uint32(r.Receipt.Status),
			OutputHash: r.Receipt.OutputHash.Bytes(), DeltaIndex: r.Receipt.DeltaIndex, DeltaHash: r.Receipt.DeltaHash.Bytes(),
			GasUsed: r.Receipt.GasUsed, Worker: r.Receipt.Worker.Bytes(), TaskHash: r.Receipt.TaskHash.Bytes(),
		},
		Signature: r.Signature, Output: r.Output, Delta: r.Delta, PrevHash: r.PrevHash.Bytes(), Reason: r.Reason,
	}
	if r.Callback != nil {
		out.Callback = &enclavepb.Callback{Target: r.Callback.Target.Bytes(), Data: r.Callback.Data}
	}
	return out
}

// ResultFrom checks and converts a result.
func ResultFrom(r *enclavepb.Result) (core.Result, error) {
	var out core.Result
	var err error
	if r == nil || r.Receipt == nil {
		return out, fmt.Errorf("%w: empty result", ErrBadRequest)
	}
	rc := r.Receipt
	if rc.Status > 255 {
		return out, fmt.Errorf("%w: status %d", ErrBadRequest, rc.Status)
	}
	out.Receipt.Status, out.Receipt.DeltaIndex, out.Receipt.GasUsed = receipt.Status(rc.Status), rc.DeltaIndex, rc.GasUsed
	if out.Receipt.TaskID, err = hash("receipt.task_id", rc.TaskId); err != nil {
		return out, err
	}
	if out.Receipt.Contract, err = address("receipt.contract", rc.Contract); err != nil {
		return out, err
	}
	if out.Receipt.OutputHash, err = optionalHash("receipt.output_hash", rc.OutputHash); err != nil {
		return out, err
	}
	if out.Receipt.DeltaHash, err = optionalHash("receipt.delta_hash", rc.DeltaHash); err != nil {
		return out, err
	}
	if out.Receipt.TaskHash, err = hash("receipt.task_hash", rc.TaskHash); err != nil {
		return out, err
	}
	if out.Receipt.Worker, err = address("receipt.worker", rc.Worker); err != nil {
		return out, err
	}
	if out.PrevHash, err = optionalHash("result.prev_hash", r.PrevHash); err != nil {
		return out, err
	}
	out.Receipt.StateHead = out.PrevHash // the receipt names the state it ran on
	if r.Callback != nil {
		target, err := address("callback.target", r.Callback.Target)
		if err != nil {
			return out, err
		}
		out.Callback = &evm.Callback{Target: target, Data: r.Callback.Data}
		// The receipt commits to its callback by hash; the wire carries the
		// callback itself, so the hash is rebuilt from it here.
		out.Receipt.CallbackHash = receipt.CallbackHash(target, r.Callback.Data)
	}
	out.Signature, out.Output, out.Delta, out.Reason = r.Signature, r.Output, r.Delta, r.Reason
	return out, nil
}

func headTo(h core.Head) *enclavepb.Head {
	return &enclavepb.Head{Next: h.Next, Hash: h.Hash.Bytes(), StateHash: h.StateHash.Bytes()}
}

func headFrom(h *enclavepb.Head) (core.Head, error) {
	if h == nil {
		return core.Head{}, fmt.Errorf("%w: empty head", ErrBadRequest)
	}
	out := core.Head{Next: h.Next}
	var err error
	if out.Hash, err = optionalHash("head.hash", h.Hash); err != nil {
		return out, err
	}
	out.StateHash, err = hash("head.state_hash", h.StateHash)
	return out, err
}
