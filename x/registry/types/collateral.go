package types

import "github.com/enigmad/enigmad/enclave/attestation/dcap"

// MaxCollateralSize bounds the DCAP collateral a registration carries. Real
// collateral is 12-20 KB (TCB Info 3-7 KB, a PCK CRL up to a few KB, three
// PEM chains of 2 KB); the bound keeps room for Intel's lists to grow.
const MaxCollateralSize = 64 << 10

// ToDCAP returns the collateral in the verifier's form (nil for nil).
func (c *DcapCollateral) ToDCAP() *dcap.Collateral {
	if c == nil {
		return nil
	}
	return &dcap.Collateral{
		PCKCertChain: c.PckCertChain, PCKCRL: c.PckCrl, PCKCRLIssuerChain: c.PckCrlIssuerChain, RootCACRL: c.RootCaCrl,
		TCBInfo: c.TcbInfo, TCBInfoIssuerChain: c.TcbInfoIssuerChain, QEIdentity: c.QeIdentity, QEIdentityIssuerChain: c.QeIdentityIssuerChain,
	}
}

// DcapCollateralFrom returns the message form of verifier collateral (as
// `enigmad tx registry register --collateral DIR` loads it).
func DcapCollateralFrom(c *dcap.Collateral) *DcapCollateral {
	if c == nil {
		return nil
	}
	return &DcapCollateral{
		PckCertChain: c.PCKCertChain, PckCrl: c.PCKCRL, PckCrlIssuerChain: c.PCKCRLIssuerChain, RootCaCrl: c.RootCACRL,
		TcbInfo: c.TCBInfo, TcbInfoIssuerChain: c.TCBInfoIssuerChain, QeIdentity: c.QEIdentity, QeIdentityIssuerChain: c.QEIdentityIssuerChain,
	}
}
