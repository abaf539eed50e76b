// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Yao's millionaires' problem
/// @notice Each participant submits their wealth in secret; anyone can ask
/// who is richest, and learns only that.
contract Millionaires {
    error AlreadySubmitted();
    error NotEnoughParticipants();

    mapping(address => bool) private submitted;
    address private richest;
    uint256 private richestWealth;
    uint256 public participants;

    function submit(uint256 wealth) external {
        if (submitted[msg.sender]) revert AlreadySubmitted();
        submitted[msg.sender] = true;
        participants++;
        if (participants == 1 || wealth > richestWealth) {
            richest = msg.sender;
            richestWealth = wealth;
        }
    }

    function whoIsRichest() external view returns (address) {
        if (participants < 2) revert NotEnoughParticipants();
        return richest;
    }
}
