// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Yao's millionaires' problem
/// @notice Each participant submits their wealth in secret; anyone can ask
/// who is richest, and learns only that.
/// @dev Every submission makes the same storage writes, whatever the
/// amount: a task's delta size and gas used are public, so a submission
/// that makes its sender the richest must not write more than another.
/// The richest is found when asked.
contract Millionaires {
    error AlreadySubmitted();
    error NotEnoughParticipants();

    mapping(address => uint256) private wealthOf;
    mapping(address => bool) private submitted;
    address[] private people;

    function submit(uint256 wealth) external {
        if (submitted[msg.sender]) revert AlreadySubmitted();
        submitted[msg.sender] = true;
        wealthOf[msg.sender] = wealth;
        people.push(msg.sender);
    }

    /// @notice How many have submitted.
    function participants() external view returns (uint256) {
        return people.length;
    }

    /// @notice The richest participant (the first of equals); at least two
    /// must have submitted, or the answer would name one person's wealth.
    function whoIsRichest() external view returns (address richest) {
        if (people.length < 2) revert NotEnoughParticipants();
        uint256 most;
        for (uint256 i = 0; i < people.length; i++) {
            uint256 w = wealthOf[people[i]];
            if (i == 0 || w > most) {
                most = w;
                richest = people[i];
            }
        }
    }
}
