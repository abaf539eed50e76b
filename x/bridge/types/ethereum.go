package types

import (
	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/ethsig"
	"github.com/enigmad/enigmad/internal/abihash"
	"github.com/enigmad/enigmad/internal/hexarg"
)

// Address parses an Ethereum address as people type it (0x and 40 hex
// digits, any case); the error carries ErrInvalidAddress.
func Address(field, s string) (common.Address, error) {
	a, err := hexarg.Address(field, s)
	if err != nil {
		return common.Address{}, ErrInvalidAddress.Wrap(err.Error())
	}
	return a, nil
}

// canonicalAddress parses an address that must be in its EIP-55 form, the
// one go-ethereum prints: a claim field has one spelling only.
func canonicalAddress(field, s string) (common.Address, error) {
	a, err := hexarg.Address(field, s)
	if err != nil {
		return common.Address{}, ErrInvalidClaim.Wrap(err.Error())
	}
	if a.Hex() != s {
		return common.Address{}, ErrInvalidClaim.Wrapf("%s must be written %s (EIP-55)", field, a.Hex())
	}
	return a, nil
}

// canonicalHash parses a 32-byte value that must be lower-case 0x hex.
func canonicalHash(field, s string) (common.Hash, error) {
	h, err := hexarg.Hash(field, s)
	if err != nil {
		return common.Hash{}, ErrInvalidClaim.Wrap(err.Error())
	}
	if h.Hex() != s {
		return common.Hash{}, ErrInvalidClaim.Wrapf("%s must be lower-case hex", field)
	}
	return h, nil
}

// Event kinds, as EventObserved names them.
const (
	KindTaskRecord       = "task_record"
	KindDeploymentRecord = "deployment_record"
	KindBatchSubmitted   = "batch_submitted"
	KindValsetUpdated    = "valset_updated"
)

// Kind names the event's kind; empty for an event with none.
func (e *EthereumEvent) Kind() string {
	switch e.Event.(type) {
	case *EthereumEvent_TaskRecord:
		return KindTaskRecord
	case *EthereumEvent_DeploymentRecord:
		return KindDeploymentRecord
	case *EthereumEvent_BatchSubmitted:
		return KindBatchSubmitted
	case *EthereumEvent_ValsetUpdated:
		return KindValsetUpdated
	}
	return ""
}

// Hash identifies the claim: keccak256 of its protobuf encoding, which is
// one per event because Validate admits one spelling of each field.
func (e *EthereumEvent) Hash() (common.Hash, error) {
	bz, err := e.Marshal()
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(bz), nil
}

// Validate checks an event's form: everything the contract could have
// emitted, spelled canonically. Whether it matches Ethereum is for the
// tally to decide.
func (e *EthereumEvent) Validate() error {
	if e.EventNonce == 0 {
		return ErrInvalidClaim.Wrap("event_nonce starts at 1")
	}
	switch ev := e.Event.(type) {
	case *EthereumEvent_TaskRecord:
		r := ev.TaskRecord
		for _, h := range []struct{ name, v string }{{"task_id", r.TaskId}, {"salt", r.Salt}, {"inputs_hash", r.InputsHash}} {
			if _, err := canonicalHash(h.name, h.v); err != nil {
				return err
			}
		}
		for _, a := range []struct{ name, v string }{{"sender", r.Sender}, {"secret_contract", r.SecretContract}, {"fee_token", r.FeeToken}, {"escrow_token", r.EscrowToken}} {
			if _, err := canonicalAddress(a.name, a.v); err != nil {
				return err
			}
		}
		if r.GasLimit == 0 {
			return ErrInvalidClaim.Wrap("gas_limit must be at least 1")
		}
		if err := canonicalAmount("gas_price", r.GasPrice.String(), r.GasPrice.IsNil(), r.GasPrice.IsNil() || r.GasPrice.IsNegative()); err != nil {
			return err
		}
		return canonicalAmount("escrow_amount", r.EscrowAmount.String(), r.EscrowAmount.IsNil(), r.EscrowAmount.IsNil() || r.EscrowAmount.IsNegative())
	case *EthereumEvent_DeploymentRecord:
		r := ev.DeploymentRecord
		for _, h := range []struct{ name, v string }{{"task_id", r.TaskId}, {"salt", r.Salt}, {"code_hash", r.CodeHash}, {"inputs_hash", r.InputsHash}} {
			if _, err := canonicalHash(h.name, h.v); err != nil {
				return err
			}
		}
		if _, err := canonicalAddress("sender", r.Sender); err != nil {
			return err
		}
		if r.GasLimit == 0 {
			return ErrInvalidClaim.Wrap("gas_limit must be at least 1")
		}
		return canonicalAmount("gas_price", r.GasPrice.String(), r.GasPrice.IsNil(), r.GasPrice.IsNil() || r.GasPrice.IsNegative())
	case *EthereumEvent_BatchSubmitted:
		b := ev.BatchSubmitted
		if b.BatchNonce == 0 || b.FirstSequence == 0 || b.LastSequence < b.FirstSequence {
			return ErrInvalidClaim.Wrap("a batch has a nonce from 1 and a sequence range first <= last, from 1")
		}
		_, err := canonicalHash("root", b.Root)
		return err
	case *EthereumEvent_ValsetUpdated:
		v := ev.ValsetUpdated
		if len(v.Validators) == 0 || len(v.Validators) != len(v.Powers) {
			return ErrInvalidClaim.Wrapf("a validator set needs as many powers (%d) as validators (%d), at least one", len(v.Powers), len(v.Validators))
		}
		for i, a := range v.Validators {
			if _, err := canonicalAddress("validators", a); err != nil {
				return err
			}
			if v.Powers[i] == 0 {
				return ErrInvalidClaim.Wrap("a validator set member has no power")
			}
		}
		return nil
	}
	return ErrInvalidClaim.Wrap("the event has no kind")
}

// canonicalAmount refuses an unset or negative amount. math.Int has one
// decimal spelling, so no other check is needed.
func canonicalAmount(field, s string, unset, bad bool) error {
	if unset {
		return ErrInvalidClaim.Wrapf("%s is missing", field)
	}
	if bad {
		return ErrInvalidClaim.Wrapf("%s must not be negative: %s", field, s)
	}
	return nil
}

var orchestratorArgs = abihash.New("bytes32", "bytes32", "bytes", "bytes")

var orchestratorDomain = crypto.Keccak256Hash([]byte("enigma/orchestrator/v1"))

// OrchestratorDigest is what a validator's Ethereum key signs to be named
// its key: keccak256(abi.encode(keccak256("enigma/orchestrator/v1"),
// keccak256(chainID), bytes validator, bytes orchestrator)), the operator
// and orchestrator addresses as raw bytes. It binds the chain, so the
// signature cannot be replayed on another chain, and the orchestrator
// account, so the key cannot be taken over with another.
func OrchestratorDigest(chainID string, validator sdk.ValAddress, orchestrator sdk.AccAddress) common.Hash {
	return orchestratorArgs.Hash(orchestratorDomain, crypto.Keccak256Hash([]byte(chainID)), []byte(validator), []byte(orchestrator))
}

// SignDigest signs digest with key as x/bridge and the contract take it:
// 65 bytes r || s || v (v 27 or 28), 0x hex. RecoverSigner reads it back.
func SignDigest(digest common.Hash, key *ecdsa.PrivateKey) (string, error) {
	sig, err := ethsig.Sign(digest, key)
	if err != nil {
		return "", err
	}
	return hexutil.Encode(sig), nil
}

// RecoverSigner returns the Ethereum address that made sig (65 bytes, 0x
// hex, v 27 or 28, low s) over digest. Errors carry ErrEthSignature.
func RecoverSigner(digest common.Hash, sig string) (common.Address, error) {
	if len(sig) != 2+2*ethsig.Size {
		return common.Address{}, ErrEthSignature.Wrapf("a signature is 0x and %d hex digits, got %d characters", 2*ethsig.Size, len(sig))
	}
	bz, err := hexutil.Decode(sig)
	if err != nil {
		return common.Address{}, ErrEthSignature.Wrapf("not hex: %s", err)
	}
	a, err := ethsig.Recover(digest, bz)
	if err != nil {
		return common.Address{}, ErrEthSignature.Wrap(err.Error())
	}
	return a, nil
}
