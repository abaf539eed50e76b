package app

import (
	"bytes"
	"crypto/sha256"
	"sync"

	abci "github.com/cometbft/cometbft/abci/types"
	cmttypes "github.com/cometbft/cometbft/types"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// The proposal handlers keep out of blocks every transaction that would
// fail its ante handler where it stands in the block. Such a transaction
// takes block space and pays nothing: fee-less task data for a task whose
// data an earlier transaction carries (or that the block's epoch boundary
// makes stale), or any transaction whose signature or sequence no longer
// holds. Each transaction's ante handler runs, on its own bytes and in
// block order, on the proposal state: the last committed state plus the
// ante effects of the transactions before it (sequences, x/secretcompute's
// claims). Messages are not executed there; the ante checks are written to
// be decided by what a block's earlier ante handlers and the committed
// state show (x/secretcompute ante package), and a fee-less transaction
// must ask for the gas its messages will use.

// prepareProposal keeps, in the order CometBFT gives them and within the
// block's byte and gas limits, the transactions whose ante handler passes.
func (app *App) prepareProposal(ctx sdk.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
	maxGas := blockMaxGas(ctx)
	txs := make([][]byte, 0, len(req.Txs))
	var size int64
	var gas uint64
	for _, bz := range req.Txs {
		txSize := cmttypes.ComputeProtoSizeForTxs([]cmttypes.Tx{bz})
		if size+txSize > req.MaxTxBytes {
			continue
		}
		tx, err := app.TxDecode(bz)
		if err != nil {
			continue
		}
		txGas := gasLimit(tx)
		if maxGas > 0 && gas+txGas > maxGas {
			continue
		}
		if _, _, _, err := app.RunTx(sdk.ExecModePrepareProposal, bz, tx, -1, nil, nil); err != nil {
			continue
		}
		size, gas = size+txSize, gas+txGas
		txs = append(txs, bz)
	}
	app.prepared.remember(req.Height, req.ProposerAddress, app.proposalDigest(req.Height, req.Time.UnixNano(), req.ProposerAddress, txs))
	return &abci.ResponsePrepareProposal{Txs: txs}, nil
}

// processProposal rejects a block holding a transaction whose ante handler
// fails at its place in the block, or more gas than a block may carry: an
// honest proposer (prepareProposal) never makes one.
//
// The proposer's own block is accepted without running its transactions
// again: CometBFT has every validator, the proposer too, run
// ProcessProposal before it prevotes, and the proposer would repeat on the
// same committed state, with the same header, what its prepareProposal
// has just decided. The answer is the same (both handlers are
// deterministic on those inputs); its cost was a pass over every
// transaction's ante handler, about an eighth of a proposing validator's
// block work in a profile of BenchmarkIngress (./ingress/). Anything else,
// another proposer's block or a block that differs in a byte, is checked
// in full.
func (app *App) processProposal(ctx sdk.Context, req *abci.RequestProcessProposal) (*abci.ResponseProcessProposal, error) {
	if app.prepared.matches(req.Height, req.ProposerAddress, func() [sha256.Size]byte {
		return app.proposalDigest(req.Height, req.Time.UnixNano(), req.ProposerAddress, req.Txs)
	}) {
		return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_ACCEPT}, nil
	}
	reject := &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_REJECT}
	maxGas := blockMaxGas(ctx)
	var gas uint64
	for _, bz := range req.Txs {
		tx, _, err := app.ProcessProposalVerifyTx(bz)
		if err != nil {
			return reject, nil
		}
		if gas += gasLimit(tx); maxGas > 0 && gas > maxGas {
			return reject, nil
		}
	}
	return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_ACCEPT}, nil
}

// blockMaxGas is the consensus limit on a block's gas, 0 for none.
func blockMaxGas(ctx sdk.Context) uint64 {
	if b := ctx.ConsensusParams().Block; b != nil && b.MaxGas > 0 {
		return uint64(b.MaxGas)
	}
	return 0
}

// gasLimit is the gas a transaction asks for (what a block accounts).
func gasLimit(tx sdk.Tx) uint64 {
	if g, ok := tx.(sdk.FeeTx); ok {
		return g.GetGas()
	}
	return 0
}

// preparedProposal is the digest of the last block this node's
// prepareProposal made (proposalDigest), which its processProposal accepts
// without checking it again.
type preparedProposal struct {
	mu       sync.Mutex
	height   int64
	proposer []byte
	digest   [sha256.Size]byte
	set      bool
}

func (p *preparedProposal) remember(height int64, proposer []byte, d [sha256.Size]byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.height, p.proposer, p.digest, p.set = height, bytes.Clone(proposer), d, true
}

// matches reports whether the block of height from proposer, whose
// digest digest computes, is the one remembered. The digest of a whole
// block is computed only for a block that can be: another validator's
// never is.
func (p *preparedProposal) matches(height int64, proposer []byte, digest func() [sha256.Size]byte) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.set && p.height == height && bytes.Equal(p.proposer, proposer) && p.digest == digest()
}

// proposalDigest names everything the proposal handlers' verdict depends
// on: the committed state they start from (its height and app hash), the
// block's height, time and proposer, and its transactions, each
// length-prefixed so that no two lists share a digest.
func (app *App) proposalDigest(height, unixNano int64, proposer []byte, txs [][]byte) [sha256.Size]byte {
	d := newDigester()
	last := app.LastCommitID()
	d.word(uint64(last.Version))
	d.field(last.Hash)
	d.word(uint64(height))
	d.word(uint64(unixNano))
	d.field(proposer)
	d.word(uint64(len(txs)))
	for _, tx := range txs {
		d.field(tx)
	}
	return d.sum()
}

// ForgetProposal drops the block this node last prepared, so that its
// ProcessProposal checks that block in full, as any other validator's
// does. Tests use it to run both.
func (app *App) ForgetProposal() { app.prepared.forget() }

func (p *preparedProposal) forget() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.set = false
}
