package client_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"

	"github.com/enigmad/enigmad/client"
	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap/dcaptest"
	"github.com/enigmad/enigmad/enclave/envelope"
	"github.com/enigmad/enigmad/enclave/ids"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
)

// BenchmarkClientSeal is the client's cost per task once the worker's
// verdict is cached: the task id, the sealed envelope (X25519) and its
// inputs hash, as Seal does them. BenchmarkClientFirstContact is the
// attestation verification a client pays once per worker and epoch: an
// SGX quote's chain and signatures with the chain's TCB verdict, and with
// collateral.
func BenchmarkClientSeal(b *testing.B) {
	for _, suite := range []envelope.Suite{envelope.SuiteX25519, envelope.SuiteXWing} {
		name := map[envelope.Suite]string{envelope.SuiteX25519: "x25519", envelope.SuiteXWing: "xwing"}[suite]
		b.Run(name, func(b *testing.B) {
			c, err := client.New(client.Config{ChainID: chainID, Node: nopConn{}})
			require.NoError(b, err)
			target := simulatedTarget(b)
			data := make([]byte, 68) // a call with two words of arguments
			sender := common.HexToAddress("0x5e11e2")
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				id := ids.TaskID(ethChain, bridgeAddr, sender, ids.NewSalt())
				if _, err := c.Seal(target, id, envelope.Call{Data: data}, suite); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkClientFirstContact(b *testing.B) {
	p, err := dcaptest.New(dcaptest.Options{})
	require.NoError(b, err)
	var e dcaptest.Enclave
	e.MRENCLAVE[0], e.ProductID = 0xee, 1
	params := registrytypes.DefaultParams()
	params.TrustedEnclaveIds, params.ProductId = [][]byte{e.MRENCLAVE[:]}, 1
	w := sgxWorker(b, p, e, chainID, keysOf(b))
	for _, withCollateral := range []bool{false, true} {
		name := map[bool]string{false: "chain-tcb", true: "collateral"}[withCollateral]
		b.Run(name, func(b *testing.B) {
			a := client.Attester{ChainID: chainID, Root: p.Root, QE: dcaptest.QE, Now: func() time.Time { return dcaptest.Epoch }}
			if withCollateral {
				a.Collateral = p.Collateral()
			}
			for b.Loop() {
				if _, err := a.Verify(w, params); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// simulatedTarget is a target whose simulated worker (with an X-Wing key)
// was verified as a development network's client does.
func simulatedTarget(b *testing.B) client.Target {
	keys := keysOf(b)
	kem, err := envelope.SuiteXWing.KEM()
	require.NoError(b, err)
	xw, err := kem.GenerateKey()
	require.NoError(b, err)
	keys.XWing = xw.PublicKey().Bytes()
	data, err := attestation.ReportData(chainID, keys)
	require.NoError(b, err)
	q, err := attestation.SimulationIssuer{ProductID: 1}.Issue(data)
	require.NoError(b, err)
	w := record(b, keys, q, "")
	params := registrytypes.DefaultParams()
	params.AllowSimulatedAttestation = true
	v, err := client.Attester{ChainID: chainID, AllowSimulated: true}.Verify(w, params)
	require.NoError(b, err)
	return client.Target{Contract: common.HexToAddress("0xc0"), Epoch: 1, Worker: w, Verdict: v}
}

// nopConn is a node connection nothing is asked of: Seal reads no chain.
type nopConn struct{}

func (nopConn) Invoke(context.Context, string, any, any, ...grpc.CallOption) error {
	return errors.New("no node")
}

func (nopConn) NewStream(context.Context, *grpc.StreamDesc, string, ...grpc.CallOption) (grpc.ClientStream, error) {
	return nil, errors.New("no node")
}

var (
	ethChain   = big.NewInt(1337)
	bridgeAddr = common.HexToAddress("0xb71d6")
)
