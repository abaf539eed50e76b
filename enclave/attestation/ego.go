//go:build ego

package attestation

import (
	"encoding/binary"
	"errors"
	"fmt"

	egoattestation "github.com/edgelesssys/ego/attestation"
	"github.com/edgelesssys/ego/enclave"
)

// EGoIssuer makes SGX quotes with EGo's enclave.GetRemoteReport. It works
// only inside an enclave started by `ego run`.
type EGoIssuer struct{}

// Issue returns kind 0x02 followed by the EGo remote report over reportData.
func (EGoIssuer) Issue(reportData []byte) ([]byte, error) {
	if len(reportData) > ReportDataSize {
		return nil, ErrReportDataTooLong
	}
	report, err := enclave.GetRemoteReport(reportData)
	if err != nil {
		return nil, fmt.Errorf("attestation: EGo remote report: %w", err)
	}
	return append([]byte{byte(KindSGX)}, report...), nil
}

// EGoVerifier verifies SGX quotes with EGo's enclave.VerifyRemoteReport,
// from inside an enclave (a provisioning enclave checking a newcomer).
type EGoVerifier struct{}

// Verify checks the report's signature chain and returns its fields.
func (EGoVerifier) Verify(quote []byte) (Report, error) {
	if len(quote) < 2 || Kind(quote[0]) != KindSGX {
		return Report{}, fmt.Errorf("%w: not an SGX quote", ErrMalformedQuote)
	}
	r, err := enclave.VerifyRemoteReport(quote[1:])
	// A TCB that is not up to date is the policy's call (Policy.checkTCB),
	// with the status and advisories EGo reports.
	if errors.Is(err, egoattestation.ErrTCBLevelInvalid) {
		err = nil
	}
	if err != nil {
		return Report{}, fmt.Errorf("attestation: SGX report does not verify: %w", err)
	}
	var productID uint16
	if len(r.ProductID) >= 2 {
		productID = binary.LittleEndian.Uint16(r.ProductID)
	}
	return Report{
		Kind:            KindSGX,
		UniqueID:        r.UniqueID,
		SignerID:        r.SignerID,
		ProductID:       productID,
		SecurityVersion: uint16(r.SecurityVersion),
		Debug:           r.Debug,
		Data:            r.Data,
		TCBStatus:       r.TCBStatus.String(),
		AdvisoryIDs:     r.TCBAdvisories,
	}, nil
}
