// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title What the confidential EVM offers a secret contract
/// @notice A secret contract runs in an enclave, on encrypted state, for
/// tasks users pay for on Ethereum (docs/design.md). This library wraps what
/// it can rely on there beyond plain Solidity; enclave/README.md ("The
/// confidential EVM") is the reference.
library Enigma {
    /// @notice The precompile of secret randomness (enclave/evm RandomAddress).
    address internal constant RANDOM = 0x0e00000000000000000000000000000000000001;
    /// @notice The most bytes one randomness call returns.
    uint256 internal constant MAX_RANDOM_BYTES = 1024;

    /// @notice The network publishes this event's call in clear with the
    /// task's receipt; anyone may then execute it on Ethereum (see
    /// callEthereum). Same signature as WithEthereumCallback's.
    event EthereumCallback(address target, bytes data);

    error RandomnessUnavailable();

    /// @notice `n` (at most 1,024) secret random bytes, `personalization`
    /// (any label of at most 256 bytes that separates uses) mixed in. They
    /// come from the network's master seed, the task as recorded on
    /// Ethereum and how many calls the task made before: nobody without an
    /// enclave can compute them, and the same task always gets the same
    /// bytes. The worker running the task sees the outcome before it
    /// commits and could withhold it (at the price of a penalty): see
    /// enclave/README.md, "Secret randomness", before relying on them.
    function randomBytes(uint256 n, bytes memory personalization) internal view returns (bytes memory out) {
        bool ok;
        (ok, out) = RANDOM.staticcall(abi.encode(n, personalization));
        if (!ok || out.length != n) revert RandomnessUnavailable();
    }

    /// @notice A secret random uint256 (see randomBytes).
    function randomUint256(bytes memory personalization) internal view returns (uint256) {
        return uint256(bytes32(randomBytes(32, personalization)));
    }

    /// @notice A secret random number in [0, bound), bound > 0, by rejection
    /// sampling, so that every value is exactly as likely.
    function randomBelow(uint256 bound, bytes memory personalization) internal view returns (uint256 value) {
        require(bound > 0, "Enigma: bound is zero");
        // The largest multiple of bound that fits: values at or above it
        // are drawn again (a chance below 1/2 each time).
        uint256 limit = type(uint256).max - (type(uint256).max % bound);
        while (true) {
            uint256 r = randomUint256(personalization);
            if (r < limit) return r % bound;
        }
    }

    /// @notice The ETH the task escrowed on Ethereum for this call (the
    /// task's msg.value; an ERC20 escrow is not value here: it travels with
    /// the task's callback, whose target learns its token and amount). Only
    /// meaningful in a payable function: a non-payable one refuses a task
    /// with an escrow before it runs.
    function escrow() internal view returns (uint256) {
        return msg.value;
    }

    /// @notice The user who made the task record on Ethereum (the
    /// record's sender), for calls the task makes directly.
    function user() internal view returns (address) {
        return msg.sender;
    }

    /// @notice Asks the network to publish `target.call(data)` for Ethereum
    /// with this task's receipt; anyone may execute it there once the batch
    /// is committed, and it carries the task's escrow (see docs/bridge.md,
    /// "Callbacks"). At most one per task, 16 KiB of data at most.
    function callEthereum(address target, bytes memory data) internal {
        emit EthereumCallback(target, data);
    }
}
