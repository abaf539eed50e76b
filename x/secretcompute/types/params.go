package types

// DefaultParams: envelopes up to 256 KiB (the enclave's limit), bytecode up
// to 48 KiB (EIP-3860 initcode), 100 blocks for the data and 100 for the
// result, 1,000 results per message, 10,000 receipts per batch (about
// 1.1 M gas to submit on Ethereum).
func DefaultParams() Params {
	return Params{
		MaxTaskDataSize:     256 << 10,
		MaxBytecodeSize:     48 << 10,
		DataTimeoutBlocks:   100,
		ResultTimeoutBlocks: 100,
		MaxResultsPerMsg:    1000,
		MaxBatchReceipts:    10_000,
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
	return nil
}
