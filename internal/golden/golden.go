// Package golden compares test output with a committed JSON file, the way
// the wire-format vectors shared with Solidity and TypeScript are kept.
package golden

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// CheckJSON marshals v and compares it with the file at path; with update
// set it first rewrites the file. A difference means the format changed.
func CheckJSON(t *testing.T, path string, v any, update bool) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	if update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run the test with -update to create %s", path)
	require.JSONEq(t, string(want), string(got), "%s changed: if on purpose, regenerate with -update and update the Solidity and TypeScript sides", path)
}
