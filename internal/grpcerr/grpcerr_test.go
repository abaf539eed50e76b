package grpcerr_test

import (
	"errors"
	"fmt"
	"testing"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/enigmad/enigmad/internal/grpcerr"
)

var (
	errMissing = errorsmod.RegisterWithGRPCCode("grpcerrtest", 2, codes.NotFound, "thing not found")
	errRefused = errorsmod.Register("grpcerrtest", 3, "refused")
)

func TestQuery(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want codes.Code
		msg  string
	}{
		{"collections not found", collections.ErrNotFound, codes.NotFound, "not found"},
		{"wrapped collections not found", fmt.Errorf("worker: %w", collections.ErrNotFound), codes.NotFound, "worker"},
		{"registered not found", errMissing.Wrapf("worker %d", 1), codes.NotFound, "worker 1: thing not found"},
		{"registered refusal", errRefused.Wrap("bad"), codes.InvalidArgument, "bad: refused"},
		{"a status passes", status.Error(codes.ResourceExhausted, "slow down"), codes.ResourceExhausted, "slow down"},
		{"a store failure is internal", errors.New("disk on fire"), codes.Internal, "disk on fire"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := grpcerr.Query(tc.err)
			require.Equal(t, tc.want, status.Code(err))
			require.Contains(t, status.Convert(err).Message(), tc.msg)
		})
	}
	require.NoError(t, grpcerr.Query(nil))
}

func TestCheckPage(t *testing.T) {
	require.NoError(t, grpcerr.CheckPage(nil))
	require.NoError(t, grpcerr.CheckPage(&query.PageRequest{Key: []byte{1}}))
	require.NoError(t, grpcerr.CheckPage(&query.PageRequest{Offset: 3}))
	require.Equal(t, codes.InvalidArgument, status.Code(grpcerr.CheckPage(&query.PageRequest{Key: []byte{1}, Offset: 3})))
}
