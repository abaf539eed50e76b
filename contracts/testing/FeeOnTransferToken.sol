// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title A token that keeps 1% of every transfer (tests only)
/// @notice The kind of ERC20 an escrow must not trust to deliver the amount
/// it was asked to move.
contract FeeOnTransferToken is ERC20 {
    constructor(address holder, uint256 supply) ERC20("Fee on transfer", "FOT") {
        _mint(holder, supply);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            uint256 cut = value / 100;
            super._update(from, address(0), cut);
            value -= cut;
        }
        super._update(from, to, value);
    }
}
