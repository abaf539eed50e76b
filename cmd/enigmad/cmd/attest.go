package cmd

import (
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
)

// attestCommand is the attestation service as a command: anyone can check
// any worker's quote with the code the chain runs.
func attestCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "attest",
		Short: "Verify SGX attestations offline",
	}
	cmd.AddCommand(attestVerifyCommand())
	return cmd
}

const (
	flagQuote      = "quote"
	flagCollateral = "collateral"
	flagAt         = "at"
	flagRoot       = "root"
	flagOutput     = "output"
)

func attestVerifyCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use: "verify --quote FILE --collateral DIR [--at TIME]",
		// A failed verification is an answer, not a usage mistake.
		SilenceUsage: true,
		Short:        "Verify an SGX DCAP quote with its Intel collateral and print the enclave identity, TCB status and advisories",
		Long: `Verify an SGX (or TDX) ECDSA quote with Intel DCAP collateral, with the
verifier x/registry runs at block time, and print what it proves. x/registry
also refuses TDX quotes and bytes after a quote's signature data, which
this command reports but accepts.

The quote file may hold a raw quote, an EGo / Open Enclave remote report
(enclave.GetRemoteReport), or a worker's on-chain quote (kind byte 0x02 and
the remote report). DIR holds the collateral as Intel PCS serves it:
pck_crl.der, root_ca_crl.der, tcb_info.json, tcb_info_issuer_chain.pem,
qe_identity.json, qe_identity_issuer_chain.pem, and optionally
pck_cert_chain.pem and pck_crl_issuer_chain.pem. The trust anchor is the
Intel SGX Root CA built into the binary (--root replaces it, for tests).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			quotePath, _ := cmd.Flags().GetString(flagQuote)
			dir, _ := cmd.Flags().GetString(flagCollateral)
			atFlag, _ := cmd.Flags().GetString(flagAt)
			rootPath, _ := cmd.Flags().GetString(flagRoot)
			output, _ := cmd.Flags().GetString(flagOutput)
			if quotePath == "" || dir == "" {
				return fmt.Errorf("--quote and --collateral are required")
			}
			at, err := parseAt(atFlag)
			if err != nil {
				return err
			}
			b, err := os.ReadFile(quotePath)
			if err != nil {
				return err
			}
			c, err := dcap.LoadCollateralDir(dir)
			if err != nil {
				return err
			}
			var root *x509.Certificate
			if rootPath != "" {
				if root, err = readCert(rootPath); err != nil {
					return fmt.Errorf("--root: %w", err)
				}
			}
			r, err := dcap.Verify(rawQuote(b), c, root, at)
			if err != nil {
				return fmt.Errorf("the quote does not verify at %s: %w", at.UTC().Format(time.RFC3339), err)
			}
			return printResult(cmd.OutOrStdout(), r, at, output)
		},
	}
	cmd.Flags().String(flagQuote, "", "quote file (raw quote, EGo remote report, or on-chain worker quote)")
	cmd.Flags().String(flagCollateral, "", "directory of Intel DCAP collateral")
	cmd.Flags().String(flagAt, "", "evaluation time, RFC 3339 or unix seconds (default: now)")
	cmd.Flags().String(flagRoot, "", "PEM or DER root certificate replacing the pinned Intel SGX Root CA (tests only)")
	cmd.Flags().String(flagOutput, "text", "text or json")
	return cmd
}

func parseAt(s string) (time.Time, error) {
	if s == "" {
		return time.Now().UTC(), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return time.Unix(n, 0).UTC(), nil
	}
	return time.Time{}, fmt.Errorf("--at %q: want RFC 3339 (2025-08-15T05:45:00Z) or unix seconds", s)
}

// rawQuote strips what may surround a quote: the chain's kind byte and the
// Open Enclave report header.
func rawQuote(b []byte) []byte {
	if len(b) > 0 && attestation.Kind(b[0]) == attestation.KindSGX {
		if q, err := dcap.UnwrapOEReport(b[1:]); err == nil {
			return q
		}
	}
	if q, err := dcap.UnwrapOEReport(b); err == nil {
		return q
	}
	return b
}

func readCert(path string) (*x509.Certificate, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if blk, _ := pem.Decode(b); blk != nil {
		b = blk.Bytes
	}
	return x509.ParseCertificate(b)
}

// attestResult is the printed verdict.
type attestResult struct {
	TEE               string   `json:"tee"`
	MRENCLAVE         string   `json:"mrenclave,omitempty"`
	MRSIGNER          string   `json:"mrsigner,omitempty"`
	MRTD              string   `json:"mrtd,omitempty"`
	ISVProdID         uint16   `json:"isv_prod_id"`
	ISVSVN            uint16   `json:"isv_svn"`
	Debug             bool     `json:"debug"`
	ReportData        string   `json:"report_data"`
	FMSPC             string   `json:"fmspc"`
	TCBStatus         string   `json:"tcb_status"`
	AdvisoryIDs       []string `json:"advisory_ids"`
	PlatformTCBStatus string   `json:"platform_tcb_status"`
	QETCBStatus       string   `json:"qe_tcb_status"`
	TCBDate           string   `json:"tcb_date"`
	TCBEvaluationData int      `json:"tcb_evaluation_data_number"`
	EvaluatedAt       string   `json:"evaluated_at"`
}

func printResult(w io.Writer, r *dcap.Result, at time.Time, output string) error {
	out := attestResult{
		TEE: r.TEE, ISVProdID: r.ISVProdID, ISVSVN: r.ISVSVN, Debug: r.Debug,
		ReportData: hex.EncodeToString(r.ReportData[:]), FMSPC: hex.EncodeToString(r.PCK.FMSPC[:]),
		TCBStatus: r.TCBStatus, AdvisoryIDs: r.AdvisoryIDs, PlatformTCBStatus: r.PlatformTCBStatus, QETCBStatus: r.QETCBStatus,
		TCBDate: r.TCBDate.UTC().Format(time.RFC3339), TCBEvaluationData: r.TCBEvaluationDataNumber,
		EvaluatedAt: at.UTC().Format(time.RFC3339),
	}
	identity := ""
	if r.Quote.TD != nil {
		out.MRTD = hex.EncodeToString(r.Quote.TD.MRTD[:])
		identity = fmt.Sprintf("mrtd:          %s\n", out.MRTD)
	} else {
		out.MRENCLAVE, out.MRSIGNER = hex.EncodeToString(r.MRENCLAVE[:]), hex.EncodeToString(r.MRSIGNER[:])
		identity = fmt.Sprintf("mrenclave:     %s\nmrsigner:      %s\n", out.MRENCLAVE, out.MRSIGNER)
	}
	switch output {
	case "json":
		b, err := json.MarshalIndent(out, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(w, string(b))
		return err
	case "text", "":
	default:
		return fmt.Errorf("--output %q: want text or json", output)
	}
	_, err := fmt.Fprintf(w, `verified: %s quote, evaluated at %s
%sisv_prod_id:   %d
isv_svn:       %d
debug:         %t
report_data:   %s
fmspc:         %s
tcb_status:    %s (platform %s, quoting enclave %s, TCB date %s, evaluation data %d)
advisory_ids:  %v
`, out.TEE, out.EvaluatedAt, identity, out.ISVProdID, out.ISVSVN, out.Debug, out.ReportData, out.FMSPC,
		out.TCBStatus, out.PlatformTCBStatus, out.QETCBStatus, out.TCBDate, out.TCBEvaluationData, out.AdvisoryIDs)
	return err
}
