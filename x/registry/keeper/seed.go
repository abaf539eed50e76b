package keeper

import (
	"bytes"
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/enigmad/enigmad/enclave/ethsig"
	"github.com/enigmad/enigmad/enclave/seed"
	"github.com/enigmad/enigmad/x/registry/types"
)

// maxProvisionSize bounds a seed envelope (X-Wing: 2 + 1120 + 32 + 16).
const maxProvisionSize = 2048

// ProvisionSeed checks that the operator runs a provisioned worker and that
// the envelope is signed by the network's commitment key for this newcomer,
// then marks the newcomer provisioned and keeps the ciphertext for it. The
// chain cannot decrypt: the commitment signature shows the provider knows
// the seed; the newcomer's enclave checks the seed itself on acceptance.
func (k Keeper) ProvisionSeed(ctx context.Context, msg *types.MsgProvisionSeed) error {
	provider, err := k.workerOf(ctx, msg.Operator)
	if err != nil {
		return err
	}
	if !provider.Provisioned {
		return errorsmod.Wrap(types.ErrNotProvisioned, "only a provisioned worker can provision another")
	}
	if len(msg.Newcomer) != common.AddressLength {
		return errorsmod.Wrap(types.ErrProvision, "newcomer must be a 20-byte enclave address")
	}
	newcomer, err := k.GetWorker(ctx, msg.Newcomer)
	if err != nil {
		return err
	}
	if newcomer.Provisioned {
		return errorsmod.Wrap(types.ErrProvision, "the newcomer is already provisioned")
	}
	if len(msg.Envelope) > maxProvisionSize {
		return errorsmod.Wrapf(types.ErrProvision, "envelope of %d bytes, the limit is %d", len(msg.Envelope), maxProvisionSize)
	}
	commitment, err := k.SeedCommitment.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return types.ErrNoCommitment
	} else if err != nil {
		return err
	}
	p := seed.Provision{Envelope: msg.Envelope, Signature: msg.Signature}
	chainID := sdk.UnwrapSDKContext(ctx).ChainID()
	if err := seed.VerifyProvision(commitment, chainID, common.BytesToAddress(msg.Newcomer), p); err != nil {
		return errorsmod.Wrap(types.ErrProvision, err.Error())
	}
	newcomer.Provisioned = true
	if err := k.Workers.Set(ctx, newcomer.EnclaveAddress, newcomer); err != nil {
		return err
	}
	if err := k.Provisions.Set(ctx, msg.Newcomer, types.Provision{Newcomer: msg.Newcomer, Provider: provider.EnclaveAddress, Envelope: msg.Envelope, Signature: msg.Signature}); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventWorkerProvisioned{
		Newcomer: common.BytesToAddress(msg.Newcomer).Hex(), Provider: common.BytesToAddress(provider.EnclaveAddress).Hex(),
	})
}

// SubmitBeacon checks that the operator runs a provisioned worker whose
// enclave signed the beacon, and hands it to x/epoch, which accepts one per
// epoch, for the current epoch only.
func (k Keeper) SubmitBeacon(ctx context.Context, msg *types.MsgSubmitBeacon) error {
	w, err := k.workerOf(ctx, msg.Operator)
	if err != nil {
		return err
	}
	if !w.Provisioned {
		return errorsmod.Wrap(types.ErrNotProvisioned, "only a provisioned enclave knows the beacon")
	}
	chainID := sdk.UnwrapSDKContext(ctx).ChainID()
	signer, err := ethsig.Recover(seed.BeaconDigest(chainID, msg.Epoch, msg.Value), msg.Signature)
	if err != nil {
		return errorsmod.Wrap(types.ErrBeacon, err.Error())
	}
	if !bytes.Equal(signer.Bytes(), w.EnclaveAddress) {
		return errorsmod.Wrapf(types.ErrBeacon, "signed by %s, not by the operator's enclave %s", signer, common.BytesToAddress(w.EnclaveAddress))
	}
	if err := k.epochs.AcceptBeacon(ctx, msg.Epoch, msg.Value); err != nil {
		return errorsmod.Wrap(types.ErrBeacon, err.Error())
	}
	return nil
}
