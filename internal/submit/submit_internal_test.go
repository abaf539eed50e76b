package submit

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
)

// TestTimeoutsAreUnique: the timeout is an unordered transaction's nonce,
// so transactions built at once from many goroutines all get different ones.
func TestTimeoutsAreUnique(t *testing.T) {
	s := &Submitter{cfg: Config{TTL: time.Minute}}
	const n = 2000
	got := make([]time.Time, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() { defer wg.Done(); got[i] = s.timeout() }()
	}
	wg.Wait()
	seen := map[time.Time]bool{}
	for _, ts := range got {
		require.False(t, seen[ts], "a timeout given twice")
		seen[ts] = true
		require.WithinDuration(t, time.Now().Add(time.Minute), ts, 5*time.Second)
	}
}

// TestRefusalMatchesRegisteredErrors: a refusal is ErrRefused and the SDK
// error of its codespace and code, nothing else.
func TestRefusalMatchesRegisteredErrors(t *testing.T) {
	var err error = &Refusal{Codespace: sdkerrors.RootCodespace, Code: sdkerrors.ErrInsufficientFee.ABCICode(), Log: "insufficient fee"}
	require.True(t, errors.Is(err, ErrRefused))
	require.True(t, errors.Is(err, sdkerrors.ErrInsufficientFee))
	require.False(t, errors.Is(err, sdkerrors.ErrInsufficientFunds))
	require.Contains(t, err.Error(), "sdk code 13")
}

// TestBlameable: the Batcher splits a batch only when one message may be
// at fault, not for what the whole transaction lacked or a busy node.
func TestBlameable(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{&Refusal{Codespace: "simulate", Code: 2}, true},
		{&Refusal{Codespace: "secretcompute", Code: 4}, true},
		{&Refusal{Codespace: sdkerrors.RootCodespace, Code: sdkerrors.ErrInsufficientFunds.ABCICode()}, true},
		{&Refusal{Codespace: sdkerrors.RootCodespace, Code: sdkerrors.ErrMempoolIsFull.ABCICode()}, false},
		{&Refusal{Codespace: sdkerrors.RootCodespace, Code: sdkerrors.ErrInsufficientFee.ABCICode()}, false},
		{&Refusal{Codespace: sdkerrors.RootCodespace, Code: sdkerrors.ErrOutOfGas.ABCICode()}, false},
		{errors.New("submit: gave up after 8 attempts: mempool is full"), false},
		{nil, false},
	} {
		require.Equal(t, c.want, blameable(c.err), "%v", c.err)
	}
}
