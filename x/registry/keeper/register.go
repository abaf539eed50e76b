package keeper

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/attestation/dcap"
	"github.com/enigmad/enigmad/enclave/ethsig"
	"github.com/enigmad/enigmad/x/registry/types"
)

// Key sizes the chain accepts.
const (
	x25519KeySize = 32
	xwingKeySize  = 1216
	maxQuoteSize  = 16 << 10
	// dcapVerifyGas and dcapGasPerByte are charged before verifying an
	// SGX quote: a real verification is about 1.3 ms (2 ms on a loaded
	// machine) of signatures and parsing in every validator, and the worst
	// collateral allowed about 3 ms (docs/benchmarks.md), which the bytes of
	// the message alone would not pay for if it fails early.
	dcapVerifyGas  = 200_000
	dcapGasPerByte = 10
)

// RegisterEnclave verifies an enclave's registration for operator: the
// enclave's signature over (chain id, operator), its quote against the
// params and this chain id, binding keys; then it bonds the stake and
// records the worker. It returns the enclave address. Nothing changes on
// any error.
func (k Keeper) RegisterEnclave(ctx context.Context, operator string, keys attestation.PublicKeys, quote []byte, collateral *types.DcapCollateral, operatorSignature []byte, stake sdk.Coin) (common.Address, error) {
	opAddr, err := k.addressCodec.StringToBytes(operator)
	if err != nil {
		return common.Address{}, types.ErrInvalidKeys.Wrapf("operator address: %s", err)
	}
	if len(keys.Signer) != types.SignerKeySize || len(keys.X25519) != x25519KeySize || (len(keys.XWing) != 0 && len(keys.XWing) != xwingKeySize) {
		return common.Address{}, types.ErrInvalidKeys.Wrapf("want a %d-byte signer key, a %d-byte X25519 key and an optional %d-byte X-Wing key", types.SignerKeySize, x25519KeySize, xwingKeySize)
	}
	enclave, err := types.EnclaveAddress(keys.Signer)
	if err != nil {
		return common.Address{}, err
	}
	if len(quote) > maxQuoteSize {
		return common.Address{}, types.ErrAttestation.Wrapf("quote of %d bytes, the limit is %d", len(quote), maxQuoteSize)
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	// The enclave names its operator (the quote cannot): checked first, as
	// it is cheap and refuses a replayed registration before any DCAP work.
	digest, err := attestation.RegistrationDigest(sdkCtx.ChainID(), operator)
	if err != nil {
		return common.Address{}, types.ErrOperatorSignature.Wrap(err.Error())
	}
	if signer, err := ethsig.Recover(common.BytesToHash(digest), operatorSignature); err != nil {
		return common.Address{}, types.ErrOperatorSignature.Wrap(err.Error())
	} else if signer != enclave {
		return common.Address{}, types.ErrOperatorSignature.Wrapf("signed by %s, not by the enclave %s", signer, enclave)
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return common.Address{}, err
	}

	verifier, err := k.quoteVerifier(ctx, quote, collateral)
	if err != nil {
		return common.Address{}, err
	}
	report, err := attestation.Verify(verifier, types.PolicyFor(params), quote, sdkCtx.ChainID(), keys)
	if err != nil {
		return common.Address{}, attestationError(err)
	}

	if has, err := k.Workers.Has(ctx, enclave.Bytes()); err != nil {
		return common.Address{}, err
	} else if has {
		return common.Address{}, types.ErrAlreadyRegistered.Wrapf("enclave %s", enclave)
	}
	if has, err := k.WorkerByOperator.Has(ctx, opAddr); err != nil {
		return common.Address{}, err
	} else if has {
		return common.Address{}, types.ErrAlreadyRegistered.Wrapf("operator %s already has a worker", operator)
	}
	if err := params.CheckStake(stake); err != nil {
		return common.Address{}, err
	}
	if err := k.bank.SendCoinsFromAccountToModule(ctx, opAddr, types.ModuleName, sdk.NewCoins(stake)); err != nil {
		return common.Address{}, err
	}

	w := types.NewWorker(operator, enclave, keys, quote, report, stake, sdkCtx.BlockHeight())
	if err := k.Workers.Set(ctx, w.EnclaveAddress, w); err != nil {
		return common.Address{}, err
	}
	if err := k.WorkerByOperator.Set(ctx, opAddr, w.EnclaveAddress); err != nil {
		return common.Address{}, err
	}
	return enclave, sdkCtx.EventManager().EmitTypedEvent(&types.EventWorkerRegistered{
		Operator: operator, EnclaveAddress: enclave.Hex(), Stake: stake.String(), Simulated: w.Simulated,
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
		return nil, types.ErrCollateral.Wrap("an SGX quote needs its Intel DCAP collateral in the message (enigmad tx registry register --collateral DIR)")
	}
	if n := c.Size(); n > types.MaxCollateralSize {
		return nil, types.ErrCollateral.Wrapf("%d bytes, the limit is %d", n, types.MaxCollateralSize)
	}
	sdk.UnwrapSDKContext(ctx).GasMeter().ConsumeGas(dcapVerifyGas+dcapGasPerByte*uint64(len(quote)+c.Size()), "DCAP quote verification")
	return attestation.KindVerifier{SGX: dcap.Verifier{
		Collateral: c.ToDCAP(), Time: sdk.UnwrapSDKContext(ctx).BlockTime(), Root: k.dcapRoot,
	}}, nil
}

// attestationError maps attestation failures to registered errors.
func attestationError(err error) error {
	switch {
	case errors.Is(err, attestation.ErrSimulatedRefused):
		return types.ErrSimulatedRefused.Wrap("set allow_simulated_attestation only on development networks")
	case errors.Is(err, attestation.ErrSGXUnavailable):
		return types.ErrSGXUnavailable.Wrap("this node cannot verify SGX quotes")
	}
	return types.ErrAttestation.Wrap(err.Error())
}
