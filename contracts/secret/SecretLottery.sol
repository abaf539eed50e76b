// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Enigma} from "./lib/Enigma.sol";

/// @title A lottery whose draw the organizer cannot predict
/// @notice Players enter with a task each; the organizer draws. The winner
/// is drawn with the enclave's secret randomness: the organizer cannot
/// compute it before the draw, and running the draw again gives the same
/// winner. The list of players stays in the contract's encrypted state
/// (who sent an entry is public on Ethereum, as every task record is); the
/// draw publishes only the winner, as an Ethereum callback to the dApp.
/// What the worker running the draw could still do is in
/// enclave/README.md, "Secret randomness".
contract SecretLottery {
    error NotOrganizer();
    error AlreadyDrawn();
    error AlreadyEntered();
    error NoPlayers();

    address private immutable organizer;
    address private immutable dapp;
    address[] private players;
    mapping(address => bool) private entered;
    bool public drawn;

    constructor(address dapp_) {
        organizer = msg.sender;
        dapp = dapp_;
    }

    function enter() external {
        if (drawn) revert AlreadyDrawn();
        if (entered[Enigma.user()]) revert AlreadyEntered();
        entered[Enigma.user()] = true;
        players.push(Enigma.user());
    }

    /// @return winner the player drawn, also sent to the dApp on Ethereum
    function draw() external returns (address winner) {
        if (msg.sender != organizer) revert NotOrganizer();
        if (drawn) revert AlreadyDrawn();
        if (players.length == 0) revert NoPlayers();
        drawn = true;
        winner = players[Enigma.randomBelow(players.length, "lottery/draw")];
        Enigma.callEthereum(dapp, abi.encodeWithSignature("lotteryDrawn(address)", winner));
    }

    /// @notice Two draws in one task, for tests: two calls, two values.
    function twoRandoms() external view returns (uint256, uint256) {
        return (Enigma.randomUint256(""), Enigma.randomUint256(""));
    }

    function playerCount() external view returns (uint256) {
        return players.length;
    }
}
