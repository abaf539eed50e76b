// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {WithEthereumCallback} from "./EthereumCallback.sol";

/// @title Sealed-bid first-price auction
/// @notice Bids are payable tasks: the bid amount is escrowed by the bridge
/// on Ethereum and arrives here as msg.value, so nobody can bid money they do
/// not have, yet no bid is visible. The seller settles; the settlement is an
/// Ethereum callback to the dApp contract naming only the winner and price.
contract SealedBidAuction is WithEthereumCallback {
    error NotSeller();
    error Settled();
    error BidTooLow();
    error AlreadyBid();
    error NoBids();

    address private immutable seller;
    address private immutable dapp;
    uint256 private immutable minimumBid;
    mapping(address => uint256) private bids;
    address private highestBidder;
    uint256 private highestBid;
    uint256 public bidCount;
    bool public settled;

    constructor(address dapp_, uint256 minimumBid_) {
        seller = msg.sender;
        dapp = dapp_;
        minimumBid = minimumBid_;
    }

    function bid() external payable {
        if (settled) revert Settled();
        if (msg.value < minimumBid) revert BidTooLow();
        if (bids[msg.sender] != 0) revert AlreadyBid();
        bids[msg.sender] = msg.value;
        bidCount++;
        if (msg.value > highestBid) {
            highestBid = msg.value;
            highestBidder = msg.sender;
        }
    }

    function settle() external returns (address winner, uint256 price) {
        if (msg.sender != seller) revert NotSeller();
        if (settled) revert Settled();
        if (bidCount == 0) revert NoBids();
        settled = true;
        winner = highestBidder;
        price = highestBid;
        emit EthereumCallback(dapp, abi.encodeWithSignature("auctionSettled(address,uint256)", winner, price));
    }

    /// @notice A bidder may check their own bid (nobody else's).
    function myBid() external view returns (uint256) {
        return bids[msg.sender];
    }
}
