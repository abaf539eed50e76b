package cmd_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"

	"github.com/enigmad/enigmad/app"
	"github.com/enigmad/enigmad/cmd/enigmad/cmd"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/enclave/attestation/dcap/dcaptest"
)

func runOut(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := cmd.NewRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetArgs(args)
	err := svrcmd.Execute(root, "ENIGMAD", app.DefaultNodeHome)
	return out.String(), err
}

func TestAttestVerify(t *testing.T) {
	dir := dcaptest.RealSet("automata-sgx-v3-2025-08")
	quote := filepath.Join(dir, "quote.bin")
	out, err := runOut(t, "attest", "verify", "--quote", quote, "--collateral", dir, "--at", "2025-08-15T05:45:00Z")
	require.NoError(t, err)
	require.Contains(t, out, "mrenclave:     a4f45c39dac622cb1dd32ddb35a52ec92db41d0fa88a1c911c49e59c534f61cd")
	require.Contains(t, out, "tcb_status:    SWHardeningNeeded")
	require.Contains(t, out, "[INTEL-SA-00615]")

	// The on-chain form (kind byte, OE header) and JSON output, unix time.
	raw, err := os.ReadFile(quote)
	require.NoError(t, err)
	onChain := filepath.Join(t.TempDir(), "worker.quote")
	require.NoError(t, os.WriteFile(onChain, dcap.SGXQuote(raw), 0o600))
	out, err = runOut(t, "attest", "verify", "--quote", onChain, "--collateral", dir, "--at", "1755236700", "--output", "json")
	require.NoError(t, err)
	var res struct {
		MRSIGNER    string   `json:"mrsigner"`
		TCBStatus   string   `json:"tcb_status"`
		AdvisoryIDs []string `json:"advisory_ids"`
		Debug       bool     `json:"debug"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	require.Equal(t, "8f2dbc0f9c5d3378d596974b2deed1f93223cc49242899f83809bcc92546132c", res.MRSIGNER)
	require.Equal(t, []string{"INTEL-SA-00615"}, res.AdvisoryIDs)
	require.False(t, res.Debug)

	// Outside the collateral's validity, or under another root: a precise error.
	_, err = runOut(t, "attest", "verify", "--quote", quote, "--collateral", dir, "--at", "2025-10-01T00:00:00Z")
	require.ErrorIs(t, err, dcap.ErrExpired)
	other := filepath.Join(dcaptest.RealSet("phala-dcap-qvl-sgx-v3-2025-06"), "pck_crl_issuer_chain.pem") // a CA that is not the root
	_, err = runOut(t, "attest", "verify", "--quote", quote, "--collateral", dir, "--at", "2025-08-15T05:45:00Z", "--root", other)
	require.ErrorIs(t, err, dcap.ErrPCKChain)
	_, err = runOut(t, "attest", "verify", "--quote", quote)
	require.Error(t, err)
}
