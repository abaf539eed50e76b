package hexarg_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/enigmad/enigmad/internal/hexarg"
)

func TestAddress(t *testing.T) {
	good := "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	for _, tc := range []struct {
		name, in string
		ok       bool
	}{
		{"checksummed", good, true},
		{"lower case", strings.ToLower(good), true},
		{"upper-case digits", "0x" + strings.ToUpper(good[2:]), true},
		{"no 0x", good[2:], false},
		{"0X prefix", "0X" + good[2:], false},
		{"one digit short", good[:41], false},
		{"one digit long", good + "0", false},
		{"not hex", "0x" + strings.Repeat("g", 40), false},
		{"empty", "", false},
		{"a hash", "0x" + strings.Repeat("ab", 32), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := hexarg.Address("contract", tc.in)
			if !tc.ok {
				require.ErrorContains(t, err, "contract must be 0x followed by 40 hex digits")
				return
			}
			require.NoError(t, err)
			require.Equal(t, strings.ToLower(good), strings.ToLower(a.Hex()))
		})
	}
}

func TestHash(t *testing.T) {
	h, err := hexarg.Hash("task_id", "0x"+strings.Repeat("0a", 32))
	require.NoError(t, err)
	require.Equal(t, byte(0x0a), h[31])
	_, err = hexarg.Hash("task_id", strings.Repeat("0a", 32))
	require.ErrorContains(t, err, "task_id must be 0x followed by 64 hex digits")
	_, err = hexarg.Hash("task_id", "0x"+strings.Repeat("0a", 20))
	require.Error(t, err)
}

// An oversized value is quoted by a short prefix, never echoed whole.
func TestErrorsQuoteAPrefix(t *testing.T) {
	_, err := hexarg.Hash("task_id", "0x"+strings.Repeat("ff", 400_000))
	require.Error(t, err)
	require.Less(t, len(err.Error()), 300)
	require.Contains(t, err.Error(), "800002 bytes")
}
