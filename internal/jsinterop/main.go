// Command jsinterop plays the Go side of the TypeScript client's interop
// tests (clients/js/test/envelope.test.ts): it makes enclave key pairs,
// seals and opens task envelopes and results with enclave/envelope, so
// that every run checks that the two implementations agree in both
// directions, for both suites. It reads one JSON request on stdin and
// writes one JSON answer on stdout; bytes are 0x hex.
//
// It is a test tool, not a product: it prints private keys.
package main

import (
	"crypto/hpke"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/envelope"
)

// request is one operation: "keys", "attest", "seal", "open",
// "seal-result" or "open-result", with the fields that operation reads.
type request struct {
	Op         string        `json:"op"`
	Suite      byte          `json:"suite"`
	PublicKey  hexutil.Bytes `json:"public_key"`
	X25519     hexutil.Bytes `json:"x25519_private"`
	XWing      hexutil.Bytes `json:"xwing_private"`
	ChainID    string        `json:"chain_id"`
	Contract   string        `json:"contract"`
	TaskID     string        `json:"task_id"`
	Data       hexutil.Bytes `json:"data"`
	Token      string        `json:"token"`
	Amount     string        `json:"amount"`
	Envelope   hexutil.Bytes `json:"envelope"`
	ResultKey  hexutil.Bytes `json:"result_key"`
	Output     hexutil.Bytes `json:"output"`
	SealedData hexutil.Bytes `json:"sealed"`
}

type answer struct {
	X25519Private hexutil.Bytes `json:"x25519_private,omitempty"`
	X25519Public  hexutil.Bytes `json:"x25519_public,omitempty"`
	XWingPrivate  hexutil.Bytes `json:"xwing_private,omitempty"`
	XWingPublic   hexutil.Bytes `json:"xwing_public,omitempty"`
	Envelope      hexutil.Bytes `json:"envelope,omitempty"`
	ResultKey     hexutil.Bytes `json:"result_key,omitempty"`
	Data          hexutil.Bytes `json:"data,omitempty"`
	Token         string        `json:"token,omitempty"`
	Amount        string        `json:"amount,omitempty"`
	Sealed        hexutil.Bytes `json:"sealed,omitempty"`
	Output        hexutil.Bytes `json:"output,omitempty"`
	Address       string        `json:"address,omitempty"`
	SignerPubkey  hexutil.Bytes `json:"signer_pubkey,omitempty"`
	Quote         hexutil.Bytes `json:"quote,omitempty"`
	Error         string        `json:"error,omitempty"`
}

func main() {
	in, err := io.ReadAll(os.Stdin)
	var a answer
	if err == nil {
		var r request
		if err = json.Unmarshal(in, &r); err == nil {
			a, err = run(r)
		}
	}
	if err != nil {
		a = answer{Error: err.Error()}
	}
	if err := json.NewEncoder(os.Stdout).Encode(a); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(r request) (answer, error) {
	b := envelope.Binding{ChainID: r.ChainID, Contract: common.HexToAddress(r.Contract), TaskID: common.HexToHash(r.TaskID)}
	switch r.Op {
	case "keys":
		return keys()
	case "seal":
		amount, ok := new(big.Int).SetString(r.Amount, 10)
		if !ok {
			return answer{}, fmt.Errorf("amount %q is not a decimal integer", r.Amount)
		}
		env, key, err := envelope.Seal(envelope.PublicKey{Suite: envelope.Suite(r.Suite), Bytes: r.PublicKey}, b,
			envelope.Call{Data: r.Data, Token: common.HexToAddress(r.Token), Amount: amount})
		return answer{Envelope: env, ResultKey: key}, err
	case "open":
		priv, err := privateKeys(r)
		if err != nil {
			return answer{}, err
		}
		o, err := envelope.Open(priv, b, r.Envelope)
		if err != nil {
			return answer{}, err
		}
		return answer{Data: o.Call.Data, Token: o.Call.Token.Hex(), Amount: o.Call.Amount.String(), ResultKey: o.ResultKey}, nil
	case "attest":
		return attest(r.ChainID)
	case "seal-result":
		s, err := envelope.SealResult(r.ResultKey, b.TaskID.Bytes(), r.Output)
		return answer{Sealed: s}, err
	case "open-result":
		out, err := envelope.OpenResult(r.ResultKey, b.TaskID.Bytes(), r.SealedData)
		return answer{Output: out}, err
	}
	return answer{}, fmt.Errorf("unknown op %q", r.Op)
}

// attest makes a worker's keys and its simulated quote for chainID, as a
// simulated enclave does at start-up.
func attest(chainID string) (answer, error) {
	a, err := keys()
	if err != nil {
		return a, err
	}
	signer, err := crypto.GenerateKey()
	if err != nil {
		return a, err
	}
	a.SignerPubkey = crypto.CompressPubkey(&signer.PublicKey)
	a.Address = crypto.PubkeyToAddress(signer.PublicKey).Hex()
	rd, err := attestation.ReportData(chainID, attestation.PublicKeys{Signer: a.SignerPubkey, X25519: a.X25519Public, XWing: a.XWingPublic})
	if err != nil {
		return a, err
	}
	a.Quote, err = attestation.SimulationIssuer{ProductID: 1, SecurityVersion: 1}.Issue(rd)
	return a, err
}

func keys() (answer, error) {
	var a answer
	for _, s := range []envelope.Suite{envelope.SuiteX25519, envelope.SuiteXWing} {
		kem, err := s.KEM()
		if err != nil {
			return a, err
		}
		k, err := kem.GenerateKey()
		if err != nil {
			return a, err
		}
		priv, err := k.Bytes()
		if err != nil {
			return a, err
		}
		if s == envelope.SuiteX25519 {
			a.X25519Private, a.X25519Public = priv, k.PublicKey().Bytes()
		} else {
			a.XWingPrivate, a.XWingPublic = priv, k.PublicKey().Bytes()
		}
	}
	return a, nil
}

func privateKeys(r request) (envelope.PrivateKeys, error) {
	var keys envelope.PrivateKeys
	var err error
	if len(r.X25519) > 0 {
		if keys.X25519, err = privateKey(envelope.SuiteX25519, r.X25519); err != nil {
			return keys, err
		}
	}
	if len(r.XWing) > 0 {
		keys.XWing, err = privateKey(envelope.SuiteXWing, r.XWing)
	}
	return keys, err
}

func privateKey(s envelope.Suite, b []byte) (hpke.PrivateKey, error) {
	kem, err := s.KEM()
	if err != nil {
		return nil, err
	}
	k, err := kem.NewPrivateKey(b)
	if err != nil {
		return nil, fmt.Errorf("%s private key: %w", s, err)
	}
	return k, nil
}
