// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title ENG, an example fee token
/// @notice A fixed-supply ERC20 with EIP-2612 permit, so a task paid in ENG
/// takes one transaction (createTaskRecordWithPermit) instead of approve +
/// create. The whole supply goes to `holder` at deployment; nobody can mint.
contract EnigmaToken is ERC20, ERC20Permit {
    /// @param holder receives the whole supply
    /// @param supply the fixed supply, in the smallest unit (18 decimals)
    constructor(address holder, uint256 supply) ERC20("Enigma", "ENG") ERC20Permit("Enigma") {
        _mint(holder, supply);
    }
}
