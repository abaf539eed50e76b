package rpc

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/enclave/core"
	"github.com/enigmad/enigmad/enclave/deltas"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/rpc/enclavepb"
	"github.com/enigmad/enigmad/enclave/seed"
)

// MaxMessageSize bounds one request or response: a batch of tasks at the
// envelope size limit.
const MaxMessageSize = 64 << 20

// MaxTasksPerCall bounds one Execute call.
const MaxTasksPerCall = 4096

// Server serves a core.Core.
type Server struct {
	enclavepb.UnimplementedEnclaveServer
	core *core.Core
	// log receives a line when the enclave's state changes in a way its
	// operator reads the log for (it becomes provisioned).
	log io.Writer
}

var _ enclavepb.EnclaveServer = (*Server)(nil)

// NewServer wraps c; log (may be io.Discard) receives state changes.
func NewServer(c *core.Core, log io.Writer) *Server { return &Server{core: c, log: log} }

// Serve listens on the unix socket at path (replacing a stale socket file,
// mode 0600: only the worker's user may talk to the enclave) until ctx ends.
// log receives a line when the enclave becomes provisioned.
func Serve(ctx context.Context, path string, c *core.Core, log io.Writer) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	lis, err := net.Listen("unix", path)
	if err != nil {
		return err
	}
	if err := os.Chmod(path, 0o600); err != nil {
		lis.Close()
		return err
	}
	s := grpc.NewServer(grpc.MaxRecvMsgSize(MaxMessageSize), grpc.MaxSendMsgSize(MaxMessageSize))
	enclavepb.RegisterEnclaveServer(s, NewServer(c, log))
	go func() {
		<-ctx.Done()
		s.GracefulStop()
	}()
	return s.Serve(lis)
}

// toStatus maps core errors to gRPC codes so that callers can tell bad
// input from a state they must fix first.
func toStatus(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrBadRequest), errors.Is(err, attestation.ErrMalformedQuote), errors.Is(err, attestation.ErrUnknownQuoteKind),
		errors.Is(err, dcap.ErrQuoteFormat), errors.Is(err, dcap.ErrCollateral), errors.Is(err, dcap.ErrCertificate),
		errors.Is(err, envelope.ErrMalformed), errors.Is(err, envelope.ErrUnknownSuite), errors.Is(err, envelope.ErrTooLarge),
		errors.Is(err, envelope.ErrMalformedCall),
		errors.Is(err, deltas.ErrMalformed), errors.Is(err, deltas.ErrTooLarge), errors.Is(err, deltas.ErrOpen), errors.Is(err, deltas.ErrSnapshot),
		errors.Is(err, seed.ErrProvision), errors.Is(err, seed.ErrKeys), errors.Is(err, core.ErrInputsHash), errors.Is(err, core.ErrCodeHash):
		// The caller sent something malformed or not matching its record.
		return status.Error(codes.InvalidArgument, err.Error())
	case errors.Is(err, core.ErrNotProvisioned), errors.Is(err, core.ErrUnknownContract),
		errors.Is(err, deltas.ErrGap), errors.Is(err, deltas.ErrPrevHash):
		return status.Error(codes.FailedPrecondition, err.Error())
	case errors.Is(err, core.ErrAlreadyProvisioned), errors.Is(err, core.ErrContractExists), errors.Is(err, deltas.ErrReplay):
		return status.Error(codes.AlreadyExists, err.Error())
	case errors.Is(err, attestation.ErrSimulatedRefused), errors.Is(err, attestation.ErrPolicy), errors.Is(err, attestation.ErrBinding),
		errors.Is(err, attestation.ErrSGXUnavailable), errors.Is(err, seed.ErrCommitment), dcap.IsVerification(err):
		// Well-formed, but not an enclave (or seed) this one may trust.
		return status.Error(codes.PermissionDenied, err.Error())
	case errors.Is(err, envelope.ErrNoKey):
		return status.Error(codes.FailedPrecondition, err.Error())
	case errors.Is(err, core.ErrGasLimit):
		return status.Error(codes.ResourceExhausted, err.Error())
	case errors.Is(err, core.ErrCancelled):
		return status.Error(codes.Canceled, err.Error())
	case errors.Is(err, core.ErrTimeBudget):
		return status.Error(codes.DeadlineExceeded, err.Error())
	}
	// Internal is for this enclave's own faults only.
	return status.Error(codes.Internal, err.Error())
}

// Info implements enclavepb.EnclaveServer.
func (s *Server) Info(context.Context, *enclavepb.InfoRequest) (*enclavepb.InfoResponse, error) {
	i := s.core.Info()
	return &enclavepb.InfoResponse{ChainId: i.ChainID, Address: i.Address.Bytes(), Keys: keysTo(i.Keys), Quote: i.Quote, Provisioned: i.Provisioned, SealMode: i.SealMode}, nil
}

// InitNetwork implements enclavepb.EnclaveServer.
func (s *Server) InitNetwork(context.Context, *enclavepb.InitNetworkRequest) (*enclavepb.InitNetworkResponse, error) {
	c, err := s.core.InitNetwork()
	if err != nil {
		return nil, toStatus(err)
	}
	fmt.Fprintf(s.log, "provisioned: created the network's master seed (commitment %x)\n", c)
	return &enclavepb.InitNetworkResponse{Commitment: c}, nil
}

// Provision implements enclavepb.EnclaveServer.
func (s *Server) Provision(_ context.Context, req *enclavepb.ProvisionRequest) (*enclavepb.ProvisionResponse, error) {
	p, err := s.core.ProvisionFor(req.Quote, keysFrom(req.Keys))
	if err != nil {
		return nil, toStatus(err)
	}
	return &enclavepb.ProvisionResponse{Provision: provisionTo(p)}, nil
}

// AcceptSeed implements enclavepb.EnclaveServer.
func (s *Server) AcceptSeed(_ context.Context, req *enclavepb.AcceptSeedRequest) (*enclavepb.AcceptSeedResponse, error) {
	if err := s.core.AcceptSeed(req.Commitment, provisionFrom(req.Provision)); err != nil {
		return nil, toStatus(err)
	}
	fmt.Fprintf(s.log, "provisioned: accepted the network's master seed (commitment %x)\n", req.Commitment)
	return &enclavepb.AcceptSeedResponse{}, nil
}

// Beacon implements enclavepb.EnclaveServer.
func (s *Server) Beacon(_ context.Context, req *enclavepb.BeaconRequest) (*enclavepb.BeaconResponse, error) {
	v, sig, err := s.core.Beacon(req.Epoch)
	if err != nil {
		return nil, toStatus(err)
	}
	return &enclavepb.BeaconResponse{Value: v, Signature: sig}, nil
}

// Deploy implements enclavepb.EnclaveServer.
func (s *Server) Deploy(ctx context.Context, req *enclavepb.DeployRequest) (*enclavepb.DeployResponse, error) {
	d, err := DeploymentFrom(req.Deployment)
	if err != nil {
		return nil, toStatus(err)
	}
	r, err := s.core.Deploy(ctx, d)
	if err != nil {
		return nil, toStatus(err)
	}
	return &enclavepb.DeployResponse{Result: ResultTo(r)}, nil
}

// Execute implements enclavepb.EnclaveServer. Malformed tasks get an error
// outcome without stopping the others.
func (s *Server) Execute(ctx context.Context, req *enclavepb.ExecuteRequest) (*enclavepb.ExecuteResponse, error) {
	if len(req.Tasks) > MaxTasksPerCall {
		return nil, status.Errorf(codes.InvalidArgument, "%d tasks in one call, the limit is %d", len(req.Tasks), MaxTasksPerCall)
	}
	outcomes := make([]*enclavepb.TaskOutcome, len(req.Tasks))
	var tasks []core.Task
	var where []int
	for i, t := range req.Tasks {
		task, err := TaskFrom(t)
		if err != nil {
			outcomes[i] = &enclavepb.TaskOutcome{Error: err.Error()}
			continue
		}
		tasks = append(tasks, task)
		where = append(where, i)
	}
	results, errs := s.core.Execute(ctx, tasks)
	for j, i := range where {
		if errs[j] != nil {
			outcomes[i] = &enclavepb.TaskOutcome{Error: errs[j].Error()}
		} else {
			outcomes[i] = &enclavepb.TaskOutcome{Result: ResultTo(results[j])}
		}
	}
	return &enclavepb.ExecuteResponse{Outcomes: outcomes}, nil
}

// ApplyDeltas implements enclavepb.EnclaveServer.
func (s *Server) ApplyDeltas(_ context.Context, req *enclavepb.ApplyDeltasRequest) (*enclavepb.ApplyDeltasResponse, error) {
	contract, err := address("contract", req.Contract)
	if err != nil {
		return nil, toStatus(err)
	}
	entries := make([]core.DeltaEntry, len(req.Entries))
	for i, e := range req.Entries {
		if e == nil {
			return nil, toStatus(fmt.Errorf("%w: empty delta entry %d", ErrBadRequest, i))
		}
		prev, err := optionalHash("entry.prev_hash", e.PrevHash)
		if err != nil {
			return nil, toStatus(err)
		}
		entries[i] = core.DeltaEntry{Index: e.Index, PrevHash: prev, Sealed: e.Sealed}
	}
	if err := s.core.ApplyDeltas(contract, entries); err != nil {
		return nil, toStatus(err)
	}
	h, err := s.core.Head(contract)
	if err != nil {
		return nil, toStatus(err)
	}
	return &enclavepb.ApplyDeltasResponse{Head: headTo(h)}, nil
}

// Snapshot implements enclavepb.EnclaveServer.
func (s *Server) Snapshot(_ context.Context, req *enclavepb.SnapshotRequest) (*enclavepb.SnapshotResponse, error) {
	contract, err := address("contract", req.Contract)
	if err != nil {
		return nil, toStatus(err)
	}
	snap, err := s.core.Snapshot(contract)
	if err != nil {
		return nil, toStatus(err)
	}
	return &enclavepb.SnapshotResponse{Snapshot: snap}, nil
}

// Restore implements enclavepb.EnclaveServer.
func (s *Server) Restore(_ context.Context, req *enclavepb.RestoreRequest) (*enclavepb.RestoreResponse, error) {
	contract, err := address("contract", req.Contract)
	if err != nil {
		return nil, toStatus(err)
	}
	if err := s.core.Restore(contract, req.Snapshot); err != nil {
		return nil, toStatus(err)
	}
	h, err := s.core.Head(contract)
	if err != nil {
		return nil, toStatus(err)
	}
	return &enclavepb.RestoreResponse{Head: headTo(h)}, nil
}

// Head implements enclavepb.EnclaveServer.
func (s *Server) Head(_ context.Context, req *enclavepb.HeadRequest) (*enclavepb.HeadResponse, error) {
	contract, err := address("contract", req.Contract)
	if err != nil {
		return nil, toStatus(err)
	}
	h, err := s.core.Head(contract)
	if err != nil {
		return nil, toStatus(err)
	}
	return &enclavepb.HeadResponse{Head: headTo(h)}, nil
}

// Forget implements enclavepb.EnclaveServer.
func (s *Server) Forget(_ context.Context, req *enclavepb.ForgetRequest) (*enclavepb.ForgetResponse, error) {
	contract, err := address("contract", req.Contract)
	if err != nil {
		return nil, toStatus(err)
	}
	if err := s.core.Forget(contract); err != nil {
		return nil, toStatus(err)
	}
	return &enclavepb.ForgetResponse{}, nil
}

// SignRegistration implements enclavepb.EnclaveServer.
func (s *Server) SignRegistration(_ context.Context, req *enclavepb.SignRegistrationRequest) (*enclavepb.SignRegistrationResponse, error) {
	sig, err := s.core.SignRegistration(req.Operator)
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &enclavepb.SignRegistrationResponse{Signature: sig}, nil
}
