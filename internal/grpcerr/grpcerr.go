// Package grpcerr is the one mapping, for every query server, from the
// errors a keeper returns to the gRPC status a client sees (and, through
// the REST gateway, the HTTP status).
//
// The rule: only "not found" is NotFound. A registered module error answers
// with the gRPC code it was registered with (errorsmod.RegisterWithGRPCCode;
// the modules register their not-found errors with codes.NotFound), or
// InvalidArgument when it was registered without one, since a registered
// error is a refusal of the request. collections.ErrNotFound is NotFound.
// Anything else is a failure of the node (a store error, a bug), never the
// caller's fault: Internal.
package grpcerr

import (
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"
)

// Query returns err as a gRPC status error; nil stays nil, and a status
// error passes through unchanged.
func Query(err error) error {
	if err == nil {
		return nil
	}
	var reg *errorsmod.Error
	switch {
	case errors.As(err, &reg):
		code := reg.GRPCStatus().Code()
		if code == codes.Unknown {
			code = codes.InvalidArgument
		}
		return status.Error(code, err.Error())
	case errors.Is(err, collections.ErrNotFound):
		return status.Error(codes.NotFound, err.Error())
	}
	if _, ok := status.FromError(err); ok {
		return err
	}
	return status.Error(codes.Internal, err.Error())
}

// InvalidArgument returns err as an InvalidArgument status: for a request
// the server refuses before reading any state.
func InvalidArgument(err error) error {
	return status.Error(codes.InvalidArgument, err.Error())
}

// CheckPage refuses a page request that names both a key and an offset
// (the SDK's paginator refuses it too, but with an error that is not the
// caller's InvalidArgument).
func CheckPage(p *query.PageRequest) error {
	if p != nil && len(p.Key) > 0 && p.Offset > 0 {
		return status.Error(codes.InvalidArgument, "pagination: give either a key or an offset, not both")
	}
	return nil
}
