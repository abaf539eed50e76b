package rpc

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/rpc/enclavepb"
	"github.com/enigmad/enigmad/enclave/seed"
)

// Client is the worker's typed client of an enclave process.
type Client struct {
	conn *grpc.ClientConn
	api  enclavepb.EnclaveClient
}

// Dial connects to the enclave's unix socket.
func Dial(socket string) (*Client, error) {
	conn, err := grpc.NewClient("unix://"+socket,
		grpc.WithTransportCredentials(insecure.NewCredentials()), // a local socket; the enclave's outputs are signed and encrypted
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(MaxMessageSize), grpc.MaxCallSendMsgSize(MaxMessageSize)))
	if err != nil {
		return nil, err
	}
	return &Client{conn: conn, api: enclavepb.NewEnclaveClient(conn)}, nil
}

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// Info returns the enclave's identity.
func (c *Client) Info(ctx context.Context) (core.Info, error) {
	r, err := c.api.Info(ctx, &enclavepb.InfoRequest{})
	if err != nil {
		return core.Info{}, err
	}
	addr, err := address("address", r.Address)
	if err != nil {
		return core.Info{}, err
	}
	return core.Info{ChainID: r.ChainId, Address: addr, Keys: keysFrom(r.Keys), Quote: r.Quote, Provisioned: r.Provisioned, SealMode: r.SealMode}, nil
}

// InitNetwork creates the master seed.
func (c *Client) InitNetwork(ctx context.Context) ([]byte, error) {
	r, err := c.api.InitNetwork(ctx, &enclavepb.InitNetworkRequest{})
	if err != nil {
		return nil, err
	}
	return r.Commitment, nil
}

// Provision asks for the seed encrypted to a newcomer.
func (c *Client) Provision(ctx context.Context, quote []byte, keys attestation.PublicKeys) (seed.Provision, error) {
	r, err := c.api.Provision(ctx, &enclavepb.ProvisionRequest{Quote: quote, Keys: keysTo(keys)})
	if err != nil {
		return seed.Provision{}, err
	}
	return provisionFrom(r.Provision), nil
}

// AcceptSeed hands the enclave its provision.
func (c *Client) AcceptSeed(ctx context.Context, commitment []byte, p seed.Provision) error {
	_, err := c.api.AcceptSeed(ctx, &enclavepb.AcceptSeedRequest{Commitment: commitment, Provision: provisionTo(p)})
	return err
}

// Beacon asks for an epoch beacon.
func (c *Client) Beacon(ctx context.Context, epoch uint64) (value, signature []byte, err error) {
	r, err := c.api.Beacon(ctx, &enclavepb.BeaconRequest{Epoch: epoch})
	if err != nil {
		return nil, nil, err
	}
	return r.Value, r.Signature, nil
}

// Deploy runs a deployment.
func (c *Client) Deploy(ctx context.Context, d core.Deployment) (core.Result, error) {
	r, err := c.api.Deploy(ctx, &enclavepb.DeployRequest{Deployment: DeploymentTo(d)})
	if err != nil {
		return core.Result{}, err
	}
	return ResultFrom(r.Result)
}

// Execute runs tasks; each gets a result or an error.
func (c *Client) Execute(ctx context.Context, tasks []core.Task) ([]core.Result, []error, error) {
	req := &enclavepb.ExecuteRequest{Tasks: make([]*enclavepb.Task, len(tasks))}
	for i, t := range tasks {
		req.Tasks[i] = TaskTo(t)
	}
	r, err := c.api.Execute(ctx, req)
	if err != nil {
		return nil, nil, err
	}
	if len(r.Outcomes) != len(tasks) {
		return nil, nil, errors.New("rpc: enclave returned a different number of outcomes")
	}
	results := make([]core.Result, len(tasks))
	errs := make([]error, len(tasks))
	for i, o := range r.Outcomes {
		if o.Error != "" {
			errs[i] = errors.New(o.Error)
			continue
		}
		results[i], errs[i] = ResultFrom(o.Result)
	}
	return results, errs, nil
}

// ApplyDeltas feeds log entries and returns the new head.
func (c *Client) ApplyDeltas(ctx context.Context, contract common.Address, entries []core.DeltaEntry) (core.Head, error) {
	req := &enclavepb.ApplyDeltasRequest{Contract: contract.Bytes()}
	for _, e := range entries {
		req.Entries = append(req.Entries, &enclavepb.DeltaEntry{Index: e.Index, PrevHash: e.PrevHash.Bytes(), Sealed: e.Sealed})
	}
	r, err := c.api.ApplyDeltas(ctx, req)
	if err != nil {
		return core.Head{}, err
	}
	return headFrom(r.Head)
}

// Snapshot returns a sealed snapshot of a contract.
func (c *Client) Snapshot(ctx context.Context, contract common.Address) ([]byte, error) {
	r, err := c.api.Snapshot(ctx, &enclavepb.SnapshotRequest{Contract: contract.Bytes()})
	if err != nil {
		return nil, err
	}
	return r.Snapshot, nil
}

// Restore loads a snapshot.
func (c *Client) Restore(ctx context.Context, contract common.Address, snapshot []byte) (core.Head, error) {
	r, err := c.api.Restore(ctx, &enclavepb.RestoreRequest{Contract: contract.Bytes(), Snapshot: snapshot})
	if err != nil {
		return core.Head{}, err
	}
	return headFrom(r.Head)
}

// Head returns a contract's head.
func (c *Client) Head(ctx context.Context, contract common.Address) (core.Head, error) {
	r, err := c.api.Head(ctx, &enclavepb.HeadRequest{Contract: contract.Bytes()})
	if err != nil {
		return core.Head{}, err
	}
	return headFrom(r.Head)
}

// Forget drops the enclave's state of a contract.
func (c *Client) Forget(ctx context.Context, contract common.Address) error {
	_, err := c.api.Forget(ctx, &enclavepb.ForgetRequest{Contract: contract.Bytes()})
	return err
}

// SignRegistration asks the enclave to bind its registration to operator.
func (c *Client) SignRegistration(ctx context.Context, operator string) ([]byte, error) {
	r, err := c.api.SignRegistration(ctx, &enclavepb.SignRegistrationRequest{Operator: operator})
	if err != nil {
		return nil, err
	}
	return r.Signature, nil
}
