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
    error TooRich();

    /// @dev Each wealth is stored with its top bit set, so that no stored
    /// value is zero: a wealth of 0 costs what any other costs, and a
    /// nonzero slot says "submitted".
    uint256 private constant SUBMITTED = 1 << 255;
    mapping(address => uint256) private wealthOf;
    address[] private people;

    function submit(uint256 wealth) external {
        if (wealthOf[msg.sender] != 0) revert AlreadySubmitted();
        if (wealth >= SUBMITTED) revert TooRich();
        wealthOf[msg.sender] = wealth | SUBMITTED;
        people.push(msg.sender);
    }

    /// @notice How many have submitted.
    function participants() external view returns (uint256) {
        return people.length;
    }

    /// @notice The richest participant (the first of equals). At least two
    /// must have submitted: with one, the answer would be that person.
    /// @dev The maximum is taken without a branch, so that the gas does not
    /// count how often the lead changed (the others' order).
    function whoIsRichest() external view returns (address richest) {
        if (people.length < 2) revert NotEnoughParticipants();
        uint256 most;
        for (uint256 i = 0; i < people.length; i++) {
            address who = people[i];
            uint256 w = wealthOf[who];
            assembly {
                let higher := gt(w, most)
                most := xor(most, mul(xor(w, most), higher))
                richest := xor(richest, mul(xor(who, richest), higher))
            }
        }
    }
}
