package dcap

import (
	"crypto/x509"
	_ "embed"
	"encoding/pem"
	"sync"
)

// intelRootPEM is the Intel SGX Root CA (serial
// 22650CD65A9D3489F383B49552BF501B392706AC, valid 2018-05-21 to
// 2049-12-31, SHA-256 44a0196b2b99f889b8e149e95b807a350e7424964399e885a7cbb8ccfab674d3).
// It is the one pinned trust anchor: the TCB Signing certificate is not
// pinned because Intel reissued it in 2025; it must chain to this root.
//
//go:embed intel_sgx_root_ca.pem
var intelRootPEM []byte

// IntelRootSHA256 is the SHA-256 of the pinned root's DER.
const IntelRootSHA256 = "44a0196b2b99f889b8e149e95b807a350e7424964399e885a7cbb8ccfab674d3"

var intelRoot = sync.OnceValue(func() *x509.Certificate {
	blk, _ := pem.Decode(intelRootPEM)
	if blk == nil {
		panic("dcap: embedded Intel SGX Root CA is not PEM")
	}
	c, err := x509.ParseCertificate(blk.Bytes)
	if err != nil {
		panic("dcap: embedded Intel SGX Root CA: " + err.Error())
	}
	return c
})

// IntelRoot returns the pinned Intel SGX Root CA.
func IntelRoot() *x509.Certificate { return intelRoot() }
