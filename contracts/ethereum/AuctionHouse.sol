// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Example dApp for the sealed-bid auction secret contract
/// @notice The Ethereum half of contracts/secret/SealedBidAuction.sol. Each
/// bid is a payable task whose escrow the bridge forwards here with the
/// bid's callback `bidDeposited(bidder)`; the seller's settlement task calls
/// back `auctionSettled(winner, price)`. Then the seller may withdraw the
/// price, the winner the rest of its deposit, every loser its whole deposit.
/// Nobody learns a losing bid beyond the deposit its bidder chose to escrow.
/// @dev Callbacks are accepted only from the bridge's callback executor,
/// and only when the secret contract the bridge appends to the calldata
/// (its last 20 bytes) is this auction's.
contract AuctionHouse {
    error NotCallbackExecutor();
    error WrongSecretContract(address got);
    error AlreadySettled();
    error NotSettled();
    error PriceAboveDeposit(uint256 price, uint256 deposit);
    error NothingToWithdraw();
    error TransferFailed();

    /// @notice The bridge's callback executor, which delivers callbacks.
    address public immutable callbackExecutor;
    /// @notice Who receives the price.
    address public immutable seller;
    /// @notice The secret auction contract. Its address follows from its
    /// deployment task id, which the seller computes before deploying either
    /// contract (EnigmaBridge.nextTaskId, then contractAddress).
    address public immutable secretAuction;

    /// @notice Each bidder's escrowed deposit.
    mapping(address bidder => uint256) public deposits;
    /// @notice What each account may withdraw after settlement.
    mapping(address account => uint256) public withdrawable;
    /// @notice The winner and price, once settled.
    address public winner;
    uint256 public price;
    bool public settled;

    /// @notice A bid's deposit arrived.
    event BidDeposited(address indexed bidder, uint256 amount);
    /// @notice The auction was settled.
    event AuctionSettled(address indexed winner, uint256 price);

    /// @param callbackExecutor_ the EnigmaBridge's callbackExecutor()
    /// @param secretAuction_ the secret contract's address
    constructor(address callbackExecutor_, address secretAuction_) {
        callbackExecutor = callbackExecutor_;
        seller = msg.sender;
        secretAuction = secretAuction_;
    }

    modifier fromAuction() {
        if (msg.sender != callbackExecutor) revert NotCallbackExecutor();
        address from = address(bytes20(msg.data[msg.data.length - 20:]));
        if (from != secretAuction) revert WrongSecretContract(from);
        _;
    }

    /// @notice Callback of a bid task: the escrow comes as msg.value.
    function bidDeposited(address bidder) external payable fromAuction {
        if (settled) revert AlreadySettled();
        deposits[bidder] += msg.value;
        emit BidDeposited(bidder, msg.value);
    }

    /// @notice Callback of the settlement task.
    function auctionSettled(address winner_, uint256 price_) external fromAuction {
        if (settled) revert AlreadySettled();
        uint256 deposit = deposits[winner_];
        if (price_ > deposit) revert PriceAboveDeposit(price_, deposit);
        settled = true;
        winner = winner_;
        price = price_;
        deposits[winner_] = deposit - price_;
        withdrawable[seller] += price_;
        emit AuctionSettled(winner_, price_);
    }

    /// @notice After settlement: the seller takes the price, every bidder
    /// what is left of its deposit.
    function withdraw() external {
        if (!settled) revert NotSettled();
        uint256 amount = withdrawable[msg.sender] + deposits[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        withdrawable[msg.sender] = 0;
        deposits[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }
}
