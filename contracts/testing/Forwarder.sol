// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title A contract account that cannot receive ETH (tests only)
/// @notice Forwards calls (so it can make task records and withdraw from the
/// bridge as itself) but has no receive function: ETH pushed to it fails.
contract Forwarder {
    error ForwardFailed(bytes reason);

    function forward(address target, bytes calldata data) external payable returns (bytes memory) {
        (bool ok, bytes memory ret) = target.call{value: msg.value}(data);
        if (!ok) revert ForwardFailed(ret);
        return ret;
    }
}
