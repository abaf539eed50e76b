package types

import sdkmath "cosmossdk.io/math"

// DefaultMaxTaskGasLimit is the default largest gas limit of a task: an
// Ethereum block's worth, a fraction of a second to a few seconds of EVM
// work, well inside the enclave's own budget (enclave/core
// DefaultMaxTaskGas) and the result timeout.
const DefaultMaxTaskGasLimit = 30_000_000

// DefaultMinGasPrice is the default lowest gas price of a record, in wei
// for ETH fees (min_gas_price) and in the fee token's smallest unit for
// ENG fees (min_token_gas_price): 1, the lowest the bridge contract accepts
// too (a task must pay its worker something). Governance raises them to
// what the enclave time of a unit of gas is worth.
const DefaultMinGasPrice = 1

// DefaultParams: envelopes up to 256 KiB (the enclave's limit), bytecode up
// to 48 KiB (EIP-3860 initcode), 100 blocks for the data and 100 for the
// result, 1,000 results per message, 10,000 receipts per batch (about
// 1.1 M gas to submit on Ethereum), tasks of at most 30 M gas at a gas
// price of at least 1.
func DefaultParams() Params {
	return Params{
		MaxTaskDataSize:     256 << 10,
		MaxBytecodeSize:     48 << 10,
		DataTimeoutBlocks:   100,
		ResultTimeoutBlocks: 100,
		MaxResultsPerMsg:    1000,
		MaxBatchReceipts:    10_000,
		MaxTaskGasLimit:     DefaultMaxTaskGasLimit,
		MinGasPrice:         sdkmath.NewInt(DefaultMinGasPrice),
		MinTokenGasPrice:    sdkmath.NewInt(DefaultMinGasPrice),
	}
}

// Validate checks the params.
func (p Params) Validate() error {
	if p.MaxTaskDataSize == 0 || p.MaxBytecodeSize == 0 || p.MaxResultsPerMsg == 0 || p.MaxBatchReceipts == 0 {
		return ErrInvalidParams.Wrap("sizes, max_results_per_msg and max_batch_receipts must be positive")
	}
	if p.DataTimeoutBlocks == 0 || p.ResultTimeoutBlocks == 0 {
		return ErrInvalidParams.Wrap("timeouts must be at least one block")
	}
	if p.MaxTaskGasLimit == 0 {
		return ErrInvalidParams.Wrap("max_task_gas_limit must be positive")
	}
	// A price of 0 would let free records through, which the bridge
	// contract refuses too; unset (a state from before consensus version 3
	// that was not migrated) is refused the same way.
	if p.MinGasPrice.IsNil() || p.MinGasPrice.LT(sdkmath.OneInt()) {
		return ErrInvalidParams.Wrap("min_gas_price must be at least 1")
	}
	if p.MinTokenGasPrice.IsNil() || p.MinTokenGasPrice.LT(sdkmath.OneInt()) {
		return ErrInvalidParams.Wrap("min_token_gas_price must be at least 1")
	}
	return nil
}
