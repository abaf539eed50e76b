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

// RecordProvision checks that the operator runs a provisioned worker and that
// the envelope is signed by the network's commitment key for this newcomer,
// then marks the newcomer provisioned and keeps the ciphertext for it. The
// chain cannot decrypt: the commitment signature shows the provider knows
// the seed; the newcomer's enclave checks the seed itself on acceptance.
func (k Keeper) RecordProvision(ctx context.Context, operator string, newcomerAddr, envelope, signature []byte) error {
	provider, err := k.workerOf(ctx, operator)
	if err != nil {
		return err
	}
	if !provider.Provisioned {
		return types.ErrNotProvisioned.Wrap("only a provisioned worker can provision another")
	}
	if len(newcomerAddr) != common.AddressLength {
		return types.ErrProvision.Wrap("newcomer must be a 20-byte enclave address")
	}
	newcomer, err := k.GetWorker(ctx, newcomerAddr)
	if err != nil {
		return err
	}
	if newcomer.Provisioned {
		return types.ErrProvision.Wrap("the newcomer is already provisioned")
	}
	if len(envelope) > maxProvisionSize {
		return types.ErrProvision.Wrapf("envelope of %d bytes, the limit is %d", len(envelope), maxProvisionSize)
	}
	commitment, err := k.SeedCommitment.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return types.ErrNoCommitment
	} else if err != nil {
		return err
	}
	p := seed.Provision{Envelope: envelope, Signature: signature}
	chainID := sdk.UnwrapSDKContext(ctx).ChainID()
	if err := seed.VerifyProvision(commitment, chainID, common.BytesToAddress(newcomerAddr), p); err != nil {
		return types.ErrProvision.Wrap(err.Error())
	}
	newcomer.Provisioned = true
	if err := k.Workers.Set(ctx, newcomer.EnclaveAddress, newcomer); err != nil {
		return err
	}
	if err := k.Provisions.Set(ctx, newcomerAddr, types.Provision{Newcomer: newcomerAddr, Provider: provider.EnclaveAddress, Envelope: envelope, Signature: signature}); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventWorkerProvisioned{
		Newcomer: common.BytesToAddress(newcomerAddr).Hex(), Provider: common.BytesToAddress(provider.EnclaveAddress).Hex(),
	})
}

// ForwardBeacon checks that the operator runs a provisioned worker whose
// enclave signed the beacon, and hands it to x/epoch, which accepts one per
// epoch, for the current epoch only.
func (k Keeper) ForwardBeacon(ctx context.Context, operator string, epoch uint64, value, signature []byte) error {
	w, err := k.workerOf(ctx, operator)
	if err != nil {
		return err
	}
	if !w.Provisioned {
		return types.ErrNotProvisioned.Wrap("only a provisioned enclave knows the beacon")
	}
	chainID := sdk.UnwrapSDKContext(ctx).ChainID()
	signer, err := ethsig.Recover(seed.BeaconDigest(chainID, epoch, value), signature)
	if err != nil {
		return types.ErrBeacon.Wrap(err.Error())
	}
	if !bytes.Equal(signer.Bytes(), w.EnclaveAddress) {
		return types.ErrBeacon.Wrapf("signed by %s, not by the operator's enclave %s", signer, common.BytesToAddress(w.EnclaveAddress))
	}
	var refused *errorsmod.Error
	if err := k.epochs.AcceptBeacon(ctx, epoch, value); errors.As(err, &refused) {
		return types.ErrBeacon.Wrap(err.Error()) // x/epoch's rules refused it
	} else if err != nil {
		return err
	}
	return nil
}
