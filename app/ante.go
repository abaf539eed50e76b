package app

import (
	"errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/x/auth/ante"

	secretcomputeante "github.com/enigmad/enigmad/x/secretcompute/ante"
)

// NewAnteHandler is the SDK's standard ante chain, plus a fee-less chain for
// transactions that only carry task data a paid record awaits (x/secretcompute
// decides; see its ante package). The fee-less chain is the standard one
// without fee deduction: signatures, sequences (or unordered nonces), gas for
// size and signatures all still apply.
//
// Both chains remember the transactions whose signatures have verified,
// so that a node checks each signature once rather than in CheckTx, the
// proposal handlers and FinalizeBlock again (sigcache.go).
func NewAnteHandler(opts ante.HandlerOptions, checker secretcomputeante.TaskDataChecker) (sdk.AnteHandler, error) {
	// The SDK's constructor checks the options; its chain is rebuilt below
	// with the cached signature check.
	if _, err := ante.NewAnteHandler(opts); err != nil {
		return nil, err
	}
	if checker == nil {
		return nil, errors.New("ante: the task-data checker is required")
	}
	verified := newVerifiedSet(sigCacheSize)
	// chain is the SDK's standard chain (ante.NewAnteHandler), decorator
	// for decorator, with the cached signature check, and without fee
	// deduction for the fee-less one.
	chain := func(deductFee bool) sdk.AnteHandler {
		decorators := []sdk.AnteDecorator{
			ante.NewSetUpContextDecorator(),
			ante.NewExtensionOptionsDecorator(opts.ExtensionOptionChecker),
			ante.NewValidateBasicDecorator(),
			ante.NewTxTimeoutHeightDecorator(),
			ante.NewValidateMemoDecorator(opts.AccountKeeper),
			ante.NewConsumeGasForTxSizeDecorator(opts.AccountKeeper),
		}
		if deductFee {
			decorators = append(decorators, ante.NewDeductFeeDecorator(opts.AccountKeeper, opts.BankKeeper, opts.FeegrantKeeper, opts.TxFeeChecker))
		}
		decorators = append(decorators,
			ante.NewSetPubKeyDecorator(opts.AccountKeeper),
			ante.NewValidateSigCountDecorator(opts.AccountKeeper),
			ante.NewSigGasConsumeDecorator(opts.AccountKeeper, opts.SigGasConsumer),
			newCachedSigVerification(ante.NewSigVerificationDecorator(opts.AccountKeeper, opts.SignModeHandler, opts.SigVerifyOptions...), opts.AccountKeeper, verified),
			ante.NewIncrementSequenceDecorator(opts.AccountKeeper),
		)
		return sdk.ChainAnteDecorators(decorators...)
	}
	standard, feeless := chain(true), chain(false)
	return secretcomputeante.NewHandler(standard, feeless, checker), nil
}
