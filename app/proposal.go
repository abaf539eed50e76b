package app

import (
	abci "github.com/cometbft/cometbft/abci/types"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// The proposal handlers keep out of blocks every transaction that would
// fail its ante handler where it stands in the block. Such a transaction
// takes block space and pays nothing: fee-less task data for a task whose
// data an earlier transaction carries (or that the block's epoch boundary
// makes stale), or any transaction whose signature or sequence no longer
// holds. Each transaction's ante handler runs, in block order, on the
// proposal state: the last committed state plus the ante effects of the
// transactions before it (sequences, x/secretcompute's claims). Messages
// are not executed there; the ante checks are written to be decided by
// what a block's earlier ante handlers and the committed state show
// (x/secretcompute ante package).

// prepareProposal keeps, in the order CometBFT gives them and within the
// block's byte limit, the transactions whose ante handler passes.
func (app *App) prepareProposal(_ sdk.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
	txs := make([][]byte, 0, len(req.Txs))
	var size int64
	for _, bz := range req.Txs {
		if size+int64(len(bz)) > req.MaxTxBytes {
			continue
		}
		tx, err := app.TxDecode(bz)
		if err != nil {
			continue
		}
		if _, err := app.PrepareProposalVerifyTx(tx); err != nil {
			continue
		}
		size += int64(len(bz))
		txs = append(txs, bz)
	}
	return &abci.ResponsePrepareProposal{Txs: txs}, nil
}

// processProposal rejects a block holding a transaction whose ante handler
// fails at its place in the block: an honest proposer (prepareProposal)
// never makes one.
func (app *App) processProposal(_ sdk.Context, req *abci.RequestProcessProposal) (*abci.ResponseProcessProposal, error) {
	for _, bz := range req.Txs {
		if _, _, err := app.ProcessProposalVerifyTx(bz); err != nil {
			return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_REJECT}, nil
		}
	}
	return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_ACCEPT}, nil
}
