// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Example dApp for the sealed-bid auction secret contract
/// @notice The Ethereum half of contracts/secret/SealedBidAuction.sol. Each
/// bid is a payable task whose ETH escrow the bridge forwards here with the
/// bid's callback `bidDeposited(bidder)`; the seller's settlement task calls
/// back `auctionSettled(winner, price)`. Anyone may execute those callbacks,
/// in any order, so nothing here depends on their order: deposits are
/// accepted before and after settlement, and what each account may take is
/// worked out when it withdraws. The seller gets the price out of the
/// winner's deposit, the winner the rest of it, every loser its whole
/// deposit. If the auction is not settled by `settleBy`, it is void and every
/// bidder takes its deposit back.
/// @dev Callbacks are accepted only from this auction's callback executor
/// (EnigmaBridge.executorOf(secretAuction): each secret contract has its
/// own, so the sender alone says which secret contract speaks). The bridge
/// also appends abi.encodePacked(escrowToken, escrowAmount, secretContract):
/// the last 20 bytes name the secret contract (checked again here), the 20
/// bytes 52 from the end the escrow token.
contract AuctionHouse {
    error NotCallbackExecutor();
    error WrongSecretContract(address got);
    error OnlyEther(address token);
    error AlreadySettled();
    error TooLate();
    error NotSettled();
    error NothingToWithdraw();
    error TransferFailed();

    /// @notice The secret auction's callback executor, which delivers its callbacks.
    address public immutable callbackExecutor;
    /// @notice The secret auction contract. Its address follows from its
    /// deployment task id, which the seller computes before deploying either
    /// contract (EnigmaBridge.taskIdOf of a salt it picks, then contractAddress).
    address public immutable secretAuction;
    /// @notice Who receives the price.
    address public immutable seller;
    /// @notice After this time an unsettled auction is void.
    uint256 public immutable settleBy;

    /// @notice Each bidder's escrowed deposit.
    mapping(address bidder => uint256) public deposits;
    /// @notice What each account has withdrawn so far.
    mapping(address account => uint256) public withdrawn;
    /// @notice The winner and price, once settled.
    address public winner;
    uint256 public price;
    bool public settled;

    /// @notice A bid's deposit arrived.
    event BidDeposited(address indexed bidder, uint256 amount);
    /// @notice The auction was settled.
    event AuctionSettled(address indexed winner, uint256 price);
    /// @notice An account took what is its.
    event Withdrawn(address indexed account, uint256 amount);

    /// @param callbackExecutor_ EnigmaBridge.executorOf(secretAuction_)
    /// @param secretAuction_ the secret contract's address
    /// @param settleBy_ the time after which an unsettled auction is void
    constructor(address callbackExecutor_, address secretAuction_, uint256 settleBy_) {
        callbackExecutor = callbackExecutor_;
        secretAuction = secretAuction_;
        seller = msg.sender;
        settleBy = settleBy_;
    }

    modifier fromAuction() {
        if (msg.sender != callbackExecutor) revert NotCallbackExecutor();
        address from = address(bytes20(msg.data[msg.data.length - 20:]));
        if (from != secretAuction) revert WrongSecretContract(from);
        _;
    }

    /// @notice Callback of a bid task: the ETH escrow comes as msg.value.
    function bidDeposited(address bidder) external payable fromAuction {
        address token = address(bytes20(msg.data[msg.data.length - 72:msg.data.length - 52]));
        if (token != address(0)) revert OnlyEther(token);
        deposits[bidder] += msg.value;
        emit BidDeposited(bidder, msg.value);
    }

    /// @notice Callback of the settlement task. The secret contract only
    /// accepts bids no larger than their deposits, so the winner's deposit
    /// covers the price whenever its callback runs.
    function auctionSettled(address winner_, uint256 price_) external fromAuction {
        if (settled) revert AlreadySettled();
        if (block.timestamp > settleBy) revert TooLate();
        settled = true;
        winner = winner_;
        price = price_;
        emit AuctionSettled(winner_, price_);
    }

    /// @notice What `account` may have in total, given the deposits that
    /// have arrived so far.
    function entitlement(address account) public view returns (uint256 total) {
        if (!settled) {
            return block.timestamp > settleBy ? deposits[account] : 0;
        }
        uint256 paid = _min(price, deposits[winner]);
        total = deposits[account];
        if (account == winner) total -= paid;
        if (account == seller) total += paid;
    }

    /// @notice Takes what is the caller's: after settlement, the price
    /// (seller) or the rest of a deposit (bidders); after a void auction,
    /// the whole deposit. May be called again when more arrives.
    function withdraw() external {
        if (!settled && block.timestamp <= settleBy) revert NotSettled();
        uint256 amount = entitlement(msg.sender) - withdrawn[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        withdrawn[msg.sender] += amount;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
        emit Withdrawn(msg.sender, amount);
    }

    function _min(uint256 a, uint256 b) private pure returns (uint256) {
        return a < b ? a : b;
    }
}
