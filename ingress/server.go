package ingress

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	errorsmod "cosmossdk.io/errors"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/enigmad/enigmad/ingress/types"
	"github.com/enigmad/enigmad/internal/grpcerr"
	"github.com/enigmad/enigmad/internal/hexarg"
	sctypes "github.com/enigmad/enigmad/x/secretcompute/types"
)

// HTTP routes.
const (
	RouteTaskData   = "/enigma/ingress/v1/task_data"
	RouteDeployData = "/enigma/ingress/v1/deploy_data"
	RouteTasks      = "/enigma/ingress/v1/tasks/"
)

// bodyOverhead is what a request may carry beyond its hex-encoded data:
// the field names, the task id, the epoch and the worker.
const bodyOverhead = 4 << 10

// grpcMaxMessage is gRPC's own bound on a request: the chain's limit, which
// governance may change, is applied to each request as it comes (the body
// cut at maxBody, then the module's check of the data's size).
const grpcMaxMessage = 256 << 20

// Handler serves the ingress on one port: gRPC (enigma.ingress.v1.Ingress,
// over HTTP/2 without TLS) and the same calls in HTTP/JSON. At most
// MaxRequests requests are served at once (the rest are refused with
// ErrBusy before their body is read), each within RequestTimeout.
func (in *Ingress) Handler() http.Handler {
	gs := grpc.NewServer(grpc.MaxRecvMsgSize(grpcMaxMessage), grpc.ChainUnaryInterceptor(in.recoverUnary))
	types.RegisterIngressServer(gs, grpcService{in})
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+RouteTaskData, func(w http.ResponseWriter, r *http.Request) { in.serveData(w, r, sctypes.TASK_KIND_CALL) })
	mux.HandleFunc("POST "+RouteDeployData, func(w http.ResponseWriter, r *http.Request) { in.serveData(w, r, sctypes.TASK_KIND_DEPLOY) })
	mux.HandleFunc("GET "+RouteTasks+"{task_id}", in.serveStatus)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				in.cfg.Logger.Error("ingress handler panicked", "panic", p)
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		isGRPC := r.ProtoMajor == 2 && strings.HasPrefix(r.Header.Get("Content-Type"), "application/grpc")
		// The deadline covers reading the body too, which a context alone
		// does not interrupt; it is set before anything is written, so that
		// a refusal is not written under a keep-alive connection's old one.
		deadline := time.Now().Add(in.cfg.RequestTimeout)
		rc := http.NewResponseController(w)
		_ = rc.SetReadDeadline(deadline)
		_ = rc.SetWriteDeadline(deadline.Add(5 * time.Second)) // room to write the timeout's answer
		select {
		case in.requests <- struct{}{}:
			defer func() { <-in.requests }()
		default:
			err := types.ErrBusy.Wrapf("%d requests are being served", cap(in.requests))
			in.metrics.refused(err)
			if isGRPC {
				writeGRPCError(w, err)
			} else {
				in.writeError(w, err)
			}
			return
		}
		ctx, cancel := context.WithDeadline(r.Context(), deadline)
		defer cancel()
		r = r.WithContext(ctx)
		if isGRPC {
			limit := 2*(1<<20) + bodyOverhead
			if state, err := in.latest(); err == nil {
				limit = in.maxBody(state, sctypes.TASK_KIND_DEPLOY) // hex's limit: twice the binary data, and room for the framing
			}
			body, err := grpcBody(r.Body, limit)
			if err != nil {
				in.metrics.refused(err)
				writeGRPCError(w, err)
				return
			}
			r.Body = body
			gs.ServeHTTP(w, r)
			return
		}
		mux.ServeHTTP(w, r)
	})
}

// grpcBody reads a gRPC request's first frame header and refuses, before
// the message is read: a compressed message (gzip would let a few hundred
// KiB on the wire decode to gRPC's own bound, 256 MiB) and a message over
// limit (the module's ErrTooLarge, as over HTTP). It returns the body to
// serve, the header put back and the rest cut at limit.
func grpcBody(body io.ReadCloser, limit int) (io.ReadCloser, error) {
	var hdr [5]byte
	if _, err := io.ReadFull(body, hdr[:]); err != nil {
		return nil, types.ErrInvalidRequest.Wrapf("reading the gRPC message: %v", err)
	}
	if hdr[0] != 0 {
		return nil, types.ErrInvalidRequest.Wrap("compressed gRPC messages are not taken: send them uncompressed")
	}
	if n := binary.BigEndian.Uint32(hdr[1:]); uint64(n) > uint64(limit) {
		return nil, sctypes.ErrTooLarge.Wrapf("a message of %d bytes; the limit is %d", n, limit)
	}
	return struct {
		io.Reader
		io.Closer
	}{io.MultiReader(bytes.NewReader(hdr[:]), io.LimitReader(body, int64(limit)+5)), body}, nil
}

// writeGRPCError answers a gRPC request with err alone (a trailers-only
// response), as grpcError would have: the status and the registered
// error in its details.
func writeGRPCError(w http.ResponseWriter, err error) {
	st := status.Convert(grpcError(err))
	h := w.Header()
	h.Set("Content-Type", "application/grpc")
	h.Set("Grpc-Status", strconv.Itoa(int(st.Code())))
	h.Set("Grpc-Message", grpcMessage(st.Message()))
	if bin, err := proto.Marshal(st.Proto()); err == nil {
		h.Set("Grpc-Status-Details-Bin", base64.RawStdEncoding.EncodeToString(bin))
	}
	w.WriteHeader(http.StatusOK)
}

// grpcMessage percent-encodes a status message as the gRPC wire protocol
// asks: printable ASCII but '%' as it is, the rest %XX.
func grpcMessage(m string) string {
	var b strings.Builder
	for i := 0; i < len(m); i++ {
		if c := m[i]; c >= 0x20 && c <= 0x7e && c != '%' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// recoverUnary turns a panic in a gRPC handler (which grpc-go runs in a
// goroutine of its own, beyond the HTTP handler's recover) into an
// Internal error instead of the node's end.
func (in *Ingress) recoverUnary(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (res any, err error) {
	defer func() {
		if p := recover(); p != nil {
			in.cfg.Logger.Error("ingress gRPC handler panicked", "panic", p)
			res, err = nil, status.Error(codes.Internal, "internal error")
		}
	}()
	return handler(ctx, req)
}

// Serve serves Handler on addr, which must be a loopback address, until
// ctx ends.
func (in *Ingress) Serve(ctx context.Context, addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("ingress address %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("ingress address %q: the ingress listens on a loopback address only (127.0.0.1:PORT); put a proxy in front of it to publish it", addr)
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return in.ServeListener(ctx, l)
}

// ServeListener serves Handler on l until ctx ends.
func (in *Ingress) ServeListener(ctx context.Context, l net.Listener) error {
	var protocols http.Protocols
	protocols.SetHTTP1(true)
	protocols.SetUnencryptedHTTP2(true) // gRPC without TLS
	srv := &http.Server{Handler: in.Handler(), Protocols: &protocols, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shut)
	}()
	if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// maxBody is the largest request for kind that can hold acceptable data,
// hex-encoded, under the chain's current limits.
func (in *Ingress) maxBody(state sdk.Context, kind sctypes.TaskKind) int {
	limit := uint64(1 << 20)
	if p, err := in.keeper.DataLimits(state); err == nil {
		limit = p.MaxTaskDataSize
		if kind == sctypes.TASK_KIND_DEPLOY {
			limit += p.MaxBytecodeSize
		}
	}
	return int(2*limit + bodyOverhead)
}

// dataJSON is the HTTP form of task data: bytes in 0x hex, the epoch a
// number or a decimal string.
type dataJSON struct {
	TaskID   string      `json:"task_id"`
	Epoch    json.Number `json:"epoch"`
	Worker   string      `json:"worker"`
	Envelope string      `json:"envelope"`
	Bytecode string      `json:"bytecode,omitempty"`
}

func (d dataJSON) parse(kind sctypes.TaskKind) (Data, error) {
	id, err := hexarg.Hash("task_id", d.TaskID)
	if err != nil {
		return Data{}, types.ErrInvalidRequest.Wrap(err.Error())
	}
	epoch, err := strconv.ParseUint(d.Epoch.String(), 10, 64)
	if err != nil {
		return Data{}, types.ErrInvalidRequest.Wrapf("epoch %q: a decimal number", d.Epoch)
	}
	worker, err := hexarg.Address("worker", d.Worker)
	if err != nil {
		return Data{}, types.ErrInvalidRequest.Wrap(err.Error())
	}
	env, err := hexutil.Decode(d.Envelope)
	if err != nil {
		return Data{}, types.ErrInvalidRequest.Wrapf("envelope: 0x-prefixed hex: %v", err)
	}
	out := Data{TaskID: id.Bytes(), Kind: kind, Epoch: epoch, Worker: worker.Bytes(), Envelope: env}
	if kind == sctypes.TASK_KIND_DEPLOY {
		if out.Bytecode, err = hexutil.Decode(d.Bytecode); err != nil {
			return Data{}, types.ErrInvalidRequest.Wrapf("bytecode: 0x-prefixed hex: %v", err)
		}
	} else if d.Bytecode != "" {
		return Data{}, types.ErrInvalidRequest.Wrap("a call carries no bytecode: post deployments to " + RouteDeployData)
	}
	return out, nil
}

func (in *Ingress) serveData(w http.ResponseWriter, r *http.Request, kind sctypes.TaskKind) {
	state, err := in.latest()
	if err != nil {
		in.writeError(w, err)
		return
	}
	limit := in.maxBody(state, kind)
	if r.ContentLength > int64(limit) {
		in.writeError(w, sctypes.ErrTooLarge.Wrapf("a request of %d bytes; the limit is %d", r.ContentLength, limit))
		return
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, int64(limit)))
	dec.DisallowUnknownFields()
	var body dataJSON
	if err := dec.Decode(&body); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			in.writeError(w, sctypes.ErrTooLarge.Wrapf("the request is over the limit of %d bytes", limit))
			return
		}
		if errors.Is(err, os.ErrDeadlineExceeded) || r.Context().Err() != nil {
			// The body did not come within the request's time.
			in.writeError(w, fmt.Errorf("reading the request: %w", context.DeadlineExceeded))
			return
		}
		in.writeError(w, types.ErrInvalidRequest.Wrapf("a JSON object {task_id, epoch, worker, envelope%s}: %v", map[bool]string{true: ", bytecode"}[kind == sctypes.TASK_KIND_DEPLOY], err))
		return
	}
	d, err := body.parse(kind)
	if err != nil {
		in.writeError(w, err)
		return
	}
	hash, err := in.submitAt(r.Context(), state, d)
	if err != nil {
		in.writeError(w, err)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"tx_hash": hash})
}

func (in *Ingress) serveStatus(w http.ResponseWriter, r *http.Request) {
	id, err := hexarg.Hash("task_id", r.PathValue("task_id"))
	if err != nil {
		in.writeError(w, types.ErrInvalidRequest.Wrap(err.Error()))
		return
	}
	res, err := in.Status(id.Bytes())
	if err != nil {
		in.writeError(w, err)
		return
	}
	out := map[string]string{"task_id": hexutil.Encode(res.TaskId), "status": res.Status.String(), "ingress": res.Ingress.String()}
	if res.TxHash != "" {
		out["tx_hash"] = res.TxHash
	}
	if res.Error != "" {
		out["error"] = res.Error
	}
	writeJSON(w, http.StatusOK, out)
}

// errorJSON is an HTTP error: the registered error's codespace and code,
// as a Cosmos SDK transaction result carries them, and its message.
type errorJSON struct {
	Codespace string `json:"codespace"`
	Code      uint32 `json:"code"`
	Message   string `json:"message"`
}

func (in *Ingress) writeError(w http.ResponseWriter, err error) {
	codespace, code, _ := errorsmod.ABCIInfo(err, false)
	st := status.Convert(grpcerr.Query(err))
	httpStatus := http.StatusBadRequest
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		httpStatus = http.StatusRequestTimeout
	case sctypes.ErrTooLarge.Is(err):
		httpStatus = http.StatusRequestEntityTooLarge
	case sctypes.ErrDataPresent.Is(err):
		httpStatus = http.StatusConflict
	case st.Code() == codes.NotFound:
		httpStatus = http.StatusNotFound
	case st.Code() == codes.Unavailable:
		httpStatus = http.StatusServiceUnavailable
		w.Header().Set("Retry-After", "1")
	case st.Code() == codes.Internal:
		httpStatus = http.StatusInternalServerError
	}
	writeJSON(w, httpStatus, errorJSON{Codespace: codespace, Code: code, Message: err.Error()})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// grpcService is the ingress as enigma.ingress.v1.Ingress.
type grpcService struct{ in *Ingress }

var _ types.IngressServer = grpcService{}

func (s grpcService) SubmitTaskData(ctx context.Context, req *types.SubmitTaskDataRequest) (*types.SubmitResponse, error) {
	hash, err := s.in.Submit(ctx, Data{TaskID: req.TaskId, Kind: sctypes.TASK_KIND_CALL, Epoch: req.Epoch, Worker: req.Worker, Envelope: req.Envelope})
	if err != nil {
		return nil, grpcError(err)
	}
	return &types.SubmitResponse{TxHash: hash}, nil
}

func (s grpcService) SubmitDeployData(ctx context.Context, req *types.SubmitDeployDataRequest) (*types.SubmitResponse, error) {
	hash, err := s.in.Submit(ctx, Data{TaskID: req.TaskId, Kind: sctypes.TASK_KIND_DEPLOY, Epoch: req.Epoch, Worker: req.Worker,
		Envelope: req.Envelope, Bytecode: req.Bytecode})
	if err != nil {
		return nil, grpcError(err)
	}
	return &types.SubmitResponse{TxHash: hash}, nil
}

func (s grpcService) TaskStatus(_ context.Context, req *types.TaskStatusRequest) (*types.TaskStatusResponse, error) {
	res, err := s.in.Status(req.TaskId)
	if err != nil {
		return nil, grpcError(err)
	}
	return res, nil
}

// grpcError is err as a gRPC status whose details carry the registered
// error (ErrorInfo: Domain the codespace, Reason the code), so a client
// tells "not selected" from "epoch too old" without reading the message.
func grpcError(err error) error {
	st := status.Convert(grpcerr.Query(err))
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return status.FromContextError(err).Err()
	}
	codespace, code, _ := errorsmod.ABCIInfo(err, false)
	if with, derr := st.WithDetails(&errdetails.ErrorInfo{Domain: codespace, Reason: strconv.FormatUint(uint64(code), 10)}); derr == nil {
		st = with
	}
	return st.Err()
}

// RegisteredError recovers the registered error a gRPC error from the
// ingress stands for (nil when it carries none): errors.Is against
// sctypes.ErrNotSelected and the like works on the result.
func RegisteredError(err error) error {
	st, ok := status.FromError(err)
	if !ok {
		return nil
	}
	for _, d := range st.Details() {
		if info, ok := d.(*errdetails.ErrorInfo); ok {
			code, perr := strconv.ParseUint(info.Reason, 10, 32)
			if perr != nil {
				return nil
			}
			return errorsmod.ABCIError(info.Domain, uint32(code), st.Message())
		}
	}
	return nil
}
