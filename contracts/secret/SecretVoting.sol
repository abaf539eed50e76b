// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Secret ballot
/// @notice Votes stay secret while the ballot is open; the owner closes it
/// and only the totals come out.
/// @dev Every vote makes the same storage writes at the same cost, whatever
/// the choice: a task's delta size and gas used are public. Each tally
/// starts at 1 (written at deployment), so that the first vote for a choice
/// does not create a storage slot that a later one only updates; close()
/// takes the 1 off.
contract SecretVoting {
    error Closed();
    error NotOwner();
    error AlreadyVoted();
    error NoSuchChoice();

    address private immutable owner;
    uint256 private immutable choices;
    mapping(address => bool) private voted;
    mapping(uint256 => uint256) private tally;
    bool public closed;

    constructor(uint256 choices_) {
        owner = msg.sender;
        choices = choices_;
        for (uint256 i = 0; i < choices_; i++) {
            tally[i] = 1;
        }
    }

    function vote(uint256 choice) external {
        if (closed) revert Closed();
        if (choice >= choices) revert NoSuchChoice();
        if (voted[msg.sender]) revert AlreadyVoted();
        voted[msg.sender] = true;
        tally[choice]++;
    }

    function close() external returns (uint256[] memory totals) {
        if (msg.sender != owner) revert NotOwner();
        if (closed) revert Closed();
        closed = true;
        totals = new uint256[](choices);
        for (uint256 i = 0; i < choices; i++) {
            totals[i] = tally[i] - 1;
        }
    }
}
