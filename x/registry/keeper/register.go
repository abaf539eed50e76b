package keeper

import (
	"bytes"
	"context"
	"errors"

	errorsmod "cosmossdk.io/errors"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/enclave/ethsig"
	"github.com/enigmad/enigmad/x/registry/types"
)

// Key sizes the chain accepts.
const (
	signerKeySize = 33
	x25519KeySize = 32
	xwingKeySize  = 1216
	maxQuoteSize  = 16 << 10
	// dcapVerifyGas is charged before verifying an SGX quote: about 1.3 ms (2 ms on a loaded machine)
	// of signatures and parsing in every validator, which the bytes of the
	// message alone would not pay for if it fails early.
	dcapVerifyGas = 200_000
)

// RegisterWorker verifies the quote against the params and this chain id,
// bonds the stake and records the worker. Nothing changes on any error.
func (k Keeper) RegisterWorker(ctx context.Context, msg *types.MsgRegisterWorker) ([]byte, error) {
	operator, err := k.addressCodec.StringToBytes(msg.Operator)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidKeys, "operator address: %s", err)
	}
	if len(msg.SignerPubkey) != signerKeySize || len(msg.X25519Key) != x25519KeySize || (len(msg.XwingKey) != 0 && len(msg.XwingKey) != xwingKeySize) {
		return nil, errorsmod.Wrapf(types.ErrInvalidKeys, "want a %d-byte signer key, a %d-byte X25519 key and an optional %d-byte X-Wing key", signerKeySize, x25519KeySize, xwingKeySize)
	}
	pub, err := crypto.DecompressPubkey(msg.SignerPubkey)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidKeys, "signer key: %s", err)
	}
	if len(msg.Quote) > maxQuoteSize {
		return nil, errorsmod.Wrapf(types.ErrAttestation, "quote of %d bytes, the limit is %d", len(msg.Quote), maxQuoteSize)
	}
	enclave := crypto.PubkeyToAddress(*pub).Bytes()
	// The enclave names its operator (the quote cannot): checked first, as
	// it is cheap and refuses a replayed registration before any DCAP work.
	digest, err := attestation.RegistrationDigest(sdk.UnwrapSDKContext(ctx).ChainID(), msg.Operator)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrOperatorSignature, err.Error())
	}
	if signer, err := ethsig.Recover(common.BytesToHash(digest), msg.OperatorSignature); err != nil {
		return nil, errorsmod.Wrap(types.ErrOperatorSignature, err.Error())
	} else if !bytes.Equal(signer.Bytes(), enclave) {
		return nil, errorsmod.Wrapf(types.ErrOperatorSignature, "signed by %s, not by the enclave %s", signer, common.BytesToAddress(enclave))
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}

	verifier, err := k.quoteVerifier(ctx, msg.Quote, msg.Collateral)
	if err != nil {
		return nil, err
	}
	keys := attestation.PublicKeys{Signer: msg.SignerPubkey, X25519: msg.X25519Key, XWing: msg.XwingKey}
	report, err := attestation.Verify(verifier, types.PolicyFor(params), msg.Quote, sdk.UnwrapSDKContext(ctx).ChainID(), keys)
	if err != nil {
		return nil, attestationError(err)
	}

	if has, err := k.Workers.Has(ctx, enclave); err != nil {
		return nil, err
	} else if has {
		return nil, errorsmod.Wrapf(types.ErrAlreadyRegistered, "enclave %s", common.BytesToAddress(enclave))
	}
	if has, err := k.WorkerByOperator.Has(ctx, operator); err != nil {
		return nil, err
	} else if has {
		return nil, errorsmod.Wrapf(types.ErrAlreadyRegistered, "operator %s already has a worker", msg.Operator)
	}
	if msg.Stake.Denom != params.MinStake.Denom || msg.Stake.Amount.LT(params.MinStake.Amount) {
		return nil, errorsmod.Wrapf(types.ErrStakeTooLow, "%s, the minimum is %s", msg.Stake, params.MinStake)
	}
	if err := k.bank.SendCoinsFromAccountToModule(ctx, operator, types.ModuleName, sdk.NewCoins(msg.Stake)); err != nil {
		return nil, err
	}

	w := types.Worker{
		Operator: msg.Operator, EnclaveAddress: enclave, SignerPubkey: msg.SignerPubkey,
		X25519Key: msg.X25519Key, XwingKey: msg.XwingKey, Quote: msg.Quote,
		Simulated: report.Kind == attestation.KindSimulated, Stake: msg.Stake,
		Status: types.WORKER_STATUS_ACTIVE, RegisteredHeight: sdk.UnwrapSDKContext(ctx).BlockHeight(),
		TcbStatus: report.TCBStatus, AdvisoryIds: report.AdvisoryIDs,
	}
	if err := k.Workers.Set(ctx, enclave, w); err != nil {
		return nil, err
	}
	if err := k.WorkerByOperator.Set(ctx, operator, enclave); err != nil {
		return nil, err
	}
	return enclave, sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventWorkerRegistered{
		Operator: msg.Operator, EnclaveAddress: common.BytesToAddress(enclave).Hex(), Stake: msg.Stake.String(), Simulated: w.Simulated,
		TcbStatus: w.TcbStatus, AdvisoryIds: w.AdvisoryIds,
	})
}

// quoteVerifier returns the verifier of one registration: simulated quotes
// as before; SGX quotes by DCAP against the collateral the message carries,
// evaluated at the block time so that every node reaches the same verdict
// (nothing reads a clock or the network).
func (k Keeper) quoteVerifier(ctx context.Context, quote []byte, c *types.DcapCollateral) (attestation.Verifier, error) {
	if len(quote) == 0 || attestation.Kind(quote[0]) != attestation.KindSGX {
		return attestation.KindVerifier{}, nil
	}
	if c == nil {
		return nil, errorsmod.Wrap(types.ErrCollateral, "an SGX quote needs its Intel DCAP collateral in the message (enigmad tx registry register --collateral DIR)")
	}
	if n := c.Size(); n > types.MaxCollateralSize {
		return nil, errorsmod.Wrapf(types.ErrCollateral, "%d bytes, the limit is %d", n, types.MaxCollateralSize)
	}
	sdk.UnwrapSDKContext(ctx).GasMeter().ConsumeGas(dcapVerifyGas, "DCAP quote verification")
	return attestation.KindVerifier{SGX: dcap.Verifier{
		Collateral: c.ToDCAP(), Time: sdk.UnwrapSDKContext(ctx).BlockTime(), Root: k.dcapRoot,
	}}, nil
}

// attestationError maps attestation failures to registered errors.
func attestationError(err error) error {
	switch {
	case errors.Is(err, attestation.ErrSimulatedRefused):
		return errorsmod.Wrap(types.ErrSimulatedRefused, "set allow_simulated_attestation only on development networks")
	case errors.Is(err, attestation.ErrSGXUnavailable):
		return errorsmod.Wrap(types.ErrSGXUnavailable, "this node cannot verify SGX quotes")
	}
	return errorsmod.Wrap(types.ErrAttestation, err.Error())
}
