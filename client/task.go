package client

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/receipt"
	"github.com/enigmad/enigmad/ingress"
	ingresstypes "github.com/enigmad/enigmad/ingress/types"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// Submit hands a call's sealed data to the node's ingress, once its task
// is recorded on Ethereum; it returns the hash of the transaction that
// carries it. A refusal is the chain's registered error (errors.Is works
// with x/secretcompute's and the ingress's errors), its reason in the
// message: a record the chain has not observed yet is
// x/secretcompute's ErrUnknownTask (wait and retry, or use SubmitWhenRecorded).
func (c *Client) Submit(ctx context.Context, s Sealed) (string, error) {
	in, err := c.ingress()
	if err != nil {
		return "", err
	}
	res, err := in.SubmitTaskData(ctx, &ingresstypes.SubmitTaskDataRequest{TaskId: s.TaskID.Bytes(), Epoch: s.Epoch, Worker: s.Worker.Bytes(),
		Envelope: s.Envelope})
	if err != nil {
		return "", ingressError(err)
	}
	return res.TxHash, nil
}

// SubmitDeployment is Submit for a deployment, with the contract's public
// bytecode.
func (c *Client) SubmitDeployment(ctx context.Context, s Sealed, bytecode []byte) (string, error) {
	in, err := c.ingress()
	if err != nil {
		return "", err
	}
	res, err := in.SubmitDeployData(ctx, &ingresstypes.SubmitDeployDataRequest{TaskId: s.TaskID.Bytes(), Epoch: s.Epoch, Worker: s.Worker.Bytes(),
		Envelope: s.Envelope, Bytecode: bytecode})
	if err != nil {
		return "", ingressError(err)
	}
	return res.TxHash, nil
}

// SubmitWhenRecorded submits s (with bytecode for a deployment) once the
// chain has observed its Ethereum record (the bridge's validators attest
// it a few blocks after it is mined), retrying until ctx ends.
func (c *Client) SubmitWhenRecorded(ctx context.Context, s Sealed, bytecode []byte) (string, error) {
	for {
		var hash string
		var err error
		if bytecode != nil {
			hash, err = c.SubmitDeployment(ctx, s, bytecode)
		} else {
			hash, err = c.Submit(ctx, s)
		}
		if !sctypes.ErrUnknownTask.Is(err) {
			return hash, err
		}
		if err := c.nextBlock(ctx); err != nil {
			return "", ErrNotReady.Wrapf("task %s: the chain has not observed its record: %v", s.TaskID, err)
		}
	}
}

// WaitRecorded returns the task once the chain has observed its Ethereum
// record (the bridge's validators attest it some blocks after it is
// mined); ErrNotReady when ctx ends first.
func (c *Client) WaitRecorded(ctx context.Context, taskID common.Hash) (*sctypes.QueryTaskResponse, error) {
	for {
		res, err := c.Task(ctx, taskID)
		if err == nil {
			return res, nil
		}
		if permanent(err) {
			return nil, err
		}
		if err := c.nextBlock(ctx); err != nil {
			return nil, ErrNotReady.Wrapf("task %s: the chain has not observed its record: %v", taskID, err)
		}
	}
}

func (c *Client) ingress() (ingresstypes.IngressClient, error) {
	if c.cfg.Ingress == nil {
		return nil, ErrConfig.Wrap("no ingress connection: the client cannot hand over task data")
	}
	return ingresstypes.NewIngressClient(c.cfg.Ingress), nil
}

// ingressError turns the ingress's gRPC error back into the registered
// error it carries.
func ingressError(err error) error {
	if reg := ingress.RegisteredError(err); reg != nil {
		return reg
	}
	return err
}

// Task is the chain's view of a task: its record and status, and its
// receipt once it has one.
func (c *Client) Task(ctx context.Context, taskID common.Hash) (*sctypes.QueryTaskResponse, error) {
	return c.compute.Task(ctx, &sctypes.QueryTaskRequest{TaskId: taskID.Hex()})
}

// Wait returns the task's receipt once the chain has one (a result, a
// failure, a timeout at its deadline), waking at each block when the
// client follows the node's events and polling otherwise; ErrTimeout
// when ctx ends first.
func (c *Client) Wait(ctx context.Context, taskID common.Hash) (*sctypes.Receipt, error) {
	var last error
	for {
		res, err := c.Task(ctx, taskID)
		switch {
		case err == nil && res.Receipt != nil:
			return res.Receipt, nil
		case err == nil, notFound(err):
			last = nil
		case permanent(err):
			return nil, err
		case ctx.Err() == nil:
			last = err
			c.cfg.Logger.Debug("task query failed; retrying", "task", taskID, "err", err)
		}
		if err := c.nextBlock(ctx); err != nil {
			status := "not on chain"
			if res != nil {
				status = res.Task.Status.String()
			}
			if last != nil {
				return nil, ErrTimeout.Wrapf("task %s (%s; the last query failed: %v): %v", taskID, status, last, err)
			}
			return nil, ErrTimeout.Wrapf("task %s (%s): %v", taskID, status, err)
		}
	}
}

// permanent reports a query error that waiting will not mend: a bad
// request, a node that does not serve the query, one that refuses us.
func permanent(err error) bool {
	switch status.Code(err) {
	case codes.InvalidArgument, codes.Unimplemented, codes.PermissionDenied, codes.Unauthenticated:
		return true
	}
	return false
}

// nextBlock waits for the next block (followed live), the poll interval,
// or ctx's end.
func (c *Client) nextBlock(ctx context.Context) error {
	next, live := c.blocks.wait()
	pause := c.cfg.PollInterval
	if live {
		pause = 5 * time.Second
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-next:
	case <-time.After(pause):
	}
	return nil
}

// Outcome is a task's result as the user reads it.
type Outcome struct {
	// Status is the receipt's status: receipt.StatusSuccess, or why it
	// failed (revert, out of gas, bad input, escrow mismatch, timeout,
	// refused).
	Status receipt.Status
	// Output is the decrypted return data (or revert data); empty when the
	// task produced none.
	Output []byte
	// GasUsed is what the task is charged; the rest of its gas limit is
	// refundable.
	GasUsed uint64
	Receipt *sctypes.Receipt
}

// Open checks r against the task s sealed and decrypts its output: the
// receipt is for this task, its output hash is the output's, the
// enclave's signature is by the worker that ran it and covers what the
// chain stored (timeouts and refused records carry none: the chain wrote
// them), and the output opens with the result key. ErrResult names what
// did not check.
func (c *Client) Open(s Sealed, r *sctypes.Receipt) (Outcome, error) {
	if r == nil {
		return Outcome{}, ErrResult.Wrapf("task %s has no receipt", s.TaskID)
	}
	if common.BytesToHash(r.TaskId) != s.TaskID {
		return Outcome{}, ErrResult.Wrapf("the receipt is for task %x, not %s", r.TaskId, s.TaskID)
	}
	if common.BytesToAddress(r.Contract) != s.Contract {
		return Outcome{}, ErrResult.Wrapf("the receipt is for contract %x, the task's is %s", r.Contract, s.Contract)
	}
	var want common.Hash
	if len(r.Output) > 0 {
		want = crypto.Keccak256Hash(r.Output)
	}
	if common.BytesToHash(r.OutputHash) != want {
		return Outcome{}, ErrResult.Wrapf("task %s: the output does not hash to the receipt's output hash", s.TaskID)
	}
	status := receipt.Status(r.Status)
	if (status == receipt.StatusTimeout || status == receipt.StatusRefused) && len(r.Output) > 0 {
		// Written by the chain, unsigned: they carry no output.
		return Outcome{}, ErrResult.Wrapf("task %s: a %s receipt with an output", s.TaskID, status)
	}
	if status != receipt.StatusTimeout && status != receipt.StatusRefused {
		worker := common.BytesToAddress(r.Worker)
		if err := receipt.Verify(c.cfg.ChainID, r.EnclaveReceipt(), r.Signature, worker); err != nil {
			return Outcome{}, ErrResult.Wrapf("task %s: the enclave's signature: %v", s.TaskID, err)
		}
		if worker != s.Worker {
			// The data named s.Worker; the chain takes results only from
			// the worker the data names.
			return Outcome{}, ErrResult.Wrapf("task %s: run by %s, its data was sealed for %s", s.TaskID, worker, s.Worker)
		}
	}
	o := Outcome{Status: status, GasUsed: r.GasUsed, Receipt: r}
	if len(r.Output) > 0 {
		out, err := envelope.OpenResult(s.ResultKey, s.TaskID.Bytes(), r.Output)
		if err != nil {
			return Outcome{}, ErrResult.Wrapf("task %s: the output does not open with the result key: %v", s.TaskID, err)
		}
		o.Output = out
	}
	return o, nil
}
