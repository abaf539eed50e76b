package worker

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/enigmad/enigmad/enclave/attestation"
	"github.com/enigmad/enigmad/enclave/seed"
	"github.com/enigmad/enigmad/internal/submit"
	epochtypes "github.com/enigmad/enigmad/x/epoch/types"
	registrytypes "github.com/enigmad/enigmad/x/registry/types"
)

// DutiesStep does the network's chores that fall to a worker, each from
// what the chain says:
//
//   - an enclave without the master seed takes it once a provision for it
//     is on chain (AcceptSeed);
//   - a provisioned worker provisions registered newcomers: the enclave
//     checks each newcomer's attestation and encrypts the seed to it. The
//     provisioned workers take turns in the order of their addresses, the
//     first at once, the n-th after n × DutyDelay, so that one of them
//     pays for each newcomer and a worker that is down delays it only;
//   - it submits the epoch's beacon, the same way, the turn starting at
//     the epoch's number (the first valid beacon wins).
//
// Provisions and beacons are sent by the worker's operator, whom the chain
// checks: with another sender account, only the seed is taken. It reports
// busy when it did something.
func (w *Worker) DutiesStep(ctx context.Context) (bool, error) {
	info, err := w.enclave.Info(ctx)
	if err != nil {
		return false, fmt.Errorf("the enclave's identity: %w", err)
	}
	if !info.Provisioned {
		return w.acceptSeed(ctx)
	}
	me, err := w.registry.Worker(ctx, &registrytypes.QueryWorkerRequest{EnclaveAddress: w.address.Hex()})
	if err != nil {
		return false, fmt.Errorf("the worker: %w", err)
	}
	if me.Worker.Operator != w.submitter {
		if !w.toldOperator {
			w.cfg.Logger.Info("not provisioning or submitting beacons: --from is not the worker's operator", "operator", me.Worker.Operator)
			w.toldOperator = true
		}
		return false, nil
	}
	workers, err := w.allWorkers(ctx)
	if err != nil {
		return false, err
	}
	var providers []common.Address
	for _, x := range workers {
		if x.Provisioned && x.Status == registrytypes.WORKER_STATUS_ACTIVE {
			providers = append(providers, common.BytesToAddress(x.EnclaveAddress))
		}
	}
	sort.Slice(providers, func(i, j int) bool { return providers[i].Cmp(providers[j]) < 0 })
	busy := false
	for _, x := range workers {
		if x.Provisioned || x.Status != registrytypes.WORKER_STATUS_ACTIVE {
			continue
		}
		newcomer := common.BytesToAddress(x.EnclaveAddress)
		key := "provision/" + newcomer.Hex()
		w.mu.Lock()
		held := w.holding(key)
		w.mu.Unlock()
		if held || !w.myTurn(key, providers, uint64(newcomer[common.AddressLength-1])) {
			continue
		}
		p, err := w.enclave.Provision(ctx, x.Quote, attestation.PublicKeys{Signer: x.SignerPubkey, X25519: x.X25519Key, XWing: x.XwingKey})
		if err != nil {
			// Its quote does not verify here (another enclave build, an
			// outdated TCB): asked again later, less often each time.
			w.hold(key, "provision", "the enclave refused to provision a newcomer", err)
			continue
		}
		msg := &registrytypes.MsgProvisionSeed{Operator: w.submitter, Newcomer: x.EnclaveAddress, Envelope: p.Envelope, Signature: p.Signature}
		if err := w.send.Send(ctx, msg); err != nil {
			return busy, fmt.Errorf("provision %s: %w", newcomer.Hex(), err)
		}
		w.cfg.Logger.Info("provisioned a newcomer", "newcomer", newcomer.Hex())
		busy = true
	}
	sent, err := w.beacon(ctx, providers)
	return busy || sent, err
}

// acceptSeed hands the enclave the provision on chain for it, if any.
func (w *Worker) acceptSeed(ctx context.Context) (bool, error) {
	p, err := w.registry.Provision(ctx, &registrytypes.QueryProvisionRequest{Newcomer: w.address.Hex()})
	if status.Code(err) == codes.NotFound {
		return false, nil // not provisioned yet
	}
	if err != nil {
		return false, fmt.Errorf("the provision: %w", err)
	}
	if err := w.enclave.AcceptSeed(ctx, p.SeedCommitment, seed.Provision{Envelope: p.Provision.Envelope, Signature: p.Provision.Signature}); err != nil {
		return false, fmt.Errorf("accept the seed: %w", err)
	}
	w.cfg.Logger.Info("took the master seed", "provider", common.BytesToAddress(p.Provision.Provider).Hex())
	return true, nil
}

// beacon submits the current epoch's beacon when it is this worker's turn
// and the chain has none yet.
func (w *Worker) beacon(ctx context.Context, providers []common.Address) (bool, error) {
	cur, err := w.epochs.CurrentEpoch(ctx, &epochtypes.QueryCurrentEpochRequest{})
	if err != nil {
		return false, fmt.Errorf("the current epoch: %w", err)
	}
	e := cur.Epoch.Number
	if cur.BeaconAccepted || w.beaconDone == e || !w.myTurn(fmt.Sprintf("beacon/%d", e), providers, e) {
		return false, nil
	}
	value, sig, err := w.enclave.Beacon(ctx, e)
	if err != nil {
		return false, fmt.Errorf("the enclave's beacon for epoch %d: %w", e, err)
	}
	err = w.send.Send(ctx, &registrytypes.MsgSubmitBeacon{Operator: w.submitter, Epoch: e, Value: value, Signature: sig})
	if err != nil && !errors.Is(err, submit.ErrRefused) {
		return false, fmt.Errorf("beacon for epoch %d: %w", e, err)
	}
	// Sent, or refused (another worker's came first, or the epoch ended):
	// either way there is nothing more to do for this epoch.
	w.beaconDone = e
	return err == nil, nil
}

// myTurn says whether this worker does the chore key now: turns go round
// the providers in address order starting at start, and the worker whose
// turn it is goes at once, the next after DutyDelay, and so on, counted
// from when this worker first saw the chore.
func (w *Worker) myTurn(key string, providers []common.Address, start uint64) bool {
	rank := -1
	for i, p := range providers {
		if p == w.address {
			rank = i
		}
	}
	if rank < 0 {
		return false
	}
	n := uint64(len(providers))
	wait := (uint64(rank) + n - start%n) % n
	first, ok := w.seen[key]
	if !ok {
		if len(w.seen) > 1000 {
			clear(w.seen)
		}
		first = time.Now()
		w.seen[key] = first
	}
	return time.Since(first) >= time.Duration(wait)*w.cfg.DutyDelay
}

// allWorkers lists the registered workers, page by page.
func (w *Worker) allWorkers(ctx context.Context) ([]registrytypes.Worker, error) {
	var out []registrytypes.Worker
	var key []byte
	for {
		res, err := w.registry.Workers(ctx, &registrytypes.QueryWorkersRequest{Pagination: &query.PageRequest{Key: key, Limit: 200}})
		if err != nil {
			return nil, fmt.Errorf("the workers: %w", err)
		}
		out = append(out, res.Workers...)
		if res.Pagination == nil || len(res.Pagination.NextKey) == 0 {
			return out, nil
		}
		key = res.Pagination.NextKey
	}
}
