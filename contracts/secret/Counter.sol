// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title The smallest useful secret contract: a private counter per caller.
/// @notice Used by the enclave's benchmarks as "a trivial call and state update".
contract Counter {
    mapping(address => uint256) private counts;

    function increment() external returns (uint256) {
        return ++counts[msg.sender];
    }
}
