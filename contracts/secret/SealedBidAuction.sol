// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {WithEthereumCallback} from "./EthereumCallback.sol";

/// @title Sealed-bid first-price auction
/// @notice Bids are payable tasks: a deposit is escrowed by the bridge on
/// Ethereum and arrives here as msg.value; the bid itself is an encrypted
/// argument no larger than the deposit, so nobody can bid money they do not
/// have, yet no bid is visible (only deposits are, and a bidder may deposit
/// more than it bids). The seller settles; the settlement is an
/// Ethereum callback to the dApp contract naming only the winner and price.
/// Each bid's callback hands its escrow to the dApp (AuctionHouse.sol), so
/// the deposits are held there until settlement.
/// @dev Every accepted bid makes the same storage writes, whatever its
/// amount: what a task changes is public in size (its sealed delta) and in
/// gas used, so a bid that took the lead must not write more than one that
/// did not. The highest bid is found at settlement.
contract SealedBidAuction is WithEthereumCallback {
    error NotSeller();
    error Settled();
    /// @notice A bid refused: below the minimum, above its deposit, or both
    /// (one error for both, so that the gas of a refusal does not tell which).
    error BidRefused(bool belowMinimum, bool aboveDeposit);
    error AlreadyBid();
    error NoBids();
    error ZeroMinimum();

    address private immutable seller;
    address private immutable dapp;
    uint256 private immutable minimumBid;
    mapping(address => uint256) private bids;
    address[] private bidders;
    bool public settled;

    constructor(address dapp_, uint256 minimumBid_) {
        // A zero bid would cost less to store than another and look like no bid.
        if (minimumBid_ == 0) revert ZeroMinimum();
        seller = msg.sender;
        dapp = dapp_;
        minimumBid = minimumBid_;
    }

    /// @param amount the bid, at most the deposit sent as msg.value
    function bid(uint256 amount) external payable {
        if (settled) revert Settled();
        if (bids[msg.sender] != 0) revert AlreadyBid();
        bool belowMinimum = amount < minimumBid;
        bool aboveDeposit = amount > msg.value;
        bool refused;
        assembly {
            refused := or(belowMinimum, aboveDeposit)
        }
        if (refused) revert BidRefused(belowMinimum, aboveDeposit);
        bids[msg.sender] = amount;
        bidders.push(msg.sender);
        // The escrowed deposit goes to the dApp with this callback; the bid
        // itself stays here.
        emit EthereumCallback(dapp, abi.encodeWithSignature("bidDeposited(address)", msg.sender));
    }

    function settle() external returns (address winner, uint256 price) {
        if (msg.sender != seller) revert NotSeller();
        if (settled) revert Settled();
        if (bidders.length == 0) revert NoBids();
        settled = true;
        // The first of the highest bids wins. The maximum is taken without
        // a branch: the gas of the settlement must not count how often the
        // lead changed (that would tell the losing bids' order).
        for (uint256 i = 0; i < bidders.length; i++) {
            address who = bidders[i];
            uint256 b = bids[who];
            assembly {
                let higher := gt(b, price)
                price := xor(price, mul(xor(b, price), higher))
                winner := xor(winner, mul(xor(who, winner), higher))
            }
        }
        emit EthereumCallback(dapp, abi.encodeWithSignature("auctionSettled(address,uint256)", winner, price));
    }

    /// @notice How many bids were accepted.
    function bidCount() external view returns (uint256) {
        return bidders.length;
    }

    /// @notice A bidder may check their own bid (nobody else's).
    function myBid() external view returns (uint256) {
        return bids[msg.sender];
    }
}
