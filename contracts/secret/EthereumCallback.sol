// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice The convention by which a secret contract asks the network to
/// publish an Ethereum call in clear with its receipt: emit this event at
/// most once per task. Anyone may then execute the call on Ethereum against
/// the batch root that contains the receipt. Everything else a secret
/// contract does stays encrypted.
abstract contract WithEthereumCallback {
    event EthereumCallback(address target, bytes data);
}
