package types

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/attestation"
)

// SeedCommitmentSize is the size of the master-seed commitment: a
// compressed secp256k1 public key.
const SeedCommitmentSize = 33

// SignerKeySize is the size of an enclave's signing key: compressed
// secp256k1.
const SignerKeySize = 33

// EnclaveAddress is the address a worker is known by: the Ethereum address
// of its enclave's signing key (33 bytes, compressed), which the bridge
// contract recovers from receipt signatures.
func EnclaveAddress(signerKey []byte) (common.Address, error) {
	if len(signerKey) != SignerKeySize {
		return common.Address{}, ErrInvalidKeys.Wrapf("signer key of %d bytes, want %d (compressed secp256k1)", len(signerKey), SignerKeySize)
	}
	pub, err := crypto.DecompressPubkey(signerKey)
	if err != nil {
		return common.Address{}, ErrInvalidKeys.Wrapf("signer key: %s", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// NewWorker is the record of a newly registered worker: active, not yet
// provisioned, with the keys its quote binds and the attestation verdict.
// Registration (MsgRegisterWorker) and the genesis worker
// (add-genesis-worker) both build it here.
func NewWorker(operator string, enclave common.Address, keys attestation.PublicKeys, quote []byte, report attestation.Report, stake sdk.Coin, height int64) Worker {
	if report.Quote != nil {
		quote = report.Quote // the quote's one stored form
	}
	return Worker{
		Operator: operator, EnclaveAddress: enclave.Bytes(), SignerPubkey: keys.Signer,
		X25519Key: keys.X25519, XwingKey: keys.XWing, Quote: quote,
		Simulated: report.Kind == attestation.KindSimulated, Stake: stake,
		Status: WORKER_STATUS_ACTIVE, RegisteredHeight: height,
		TcbStatus: report.TCBStatus, AdvisoryIds: report.AdvisoryIDs,
	}
}

// CheckStake refuses a registration stake that is not at least min_stake
// in min_stake's denom.
func (p Params) CheckStake(stake sdk.Coin) error {
	if !stake.IsValid() || stake.Denom != p.MinStake.Denom || stake.Amount.LT(p.MinStake.Amount) {
		return ErrStakeTooLow.Wrapf("%s, the minimum is %s", stake, p.MinStake)
	}
	return nil
}

// CheckTopUp refuses stake added to a worker that is not a positive amount
// of the denom it is bonded in.
func (w Worker) CheckTopUp(amount sdk.Coin) error {
	if !amount.IsValid() || !amount.IsPositive() || amount.Denom != w.Stake.Denom {
		return ErrStakeTooLow.Wrapf("add a positive amount of %s, got %s", w.Stake.Denom, amount)
	}
	return nil
}
