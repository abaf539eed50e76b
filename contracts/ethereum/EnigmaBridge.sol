// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title The caller of callbacks
/// @notice Holds nothing and has no rights anywhere: the bridge sends each
/// callback through it so that an untrusted callback never acts as the
/// bridge. Only the bridge that created it may use it.
contract CallbackExecutor {
    error OnlyBridge();
    error CallbackFailed();

    /// @notice The bridge that created this executor.
    address public immutable bridge;

    constructor() {
        bridge = msg.sender;
    }

    /// @notice Calls target with calldata and the value sent; reverts if
    /// the call fails, so that the bridge's frame (and its escrow transfer)
    /// is undone with it.
    function execute(address target, bytes calldata data) external payable {
        if (msg.sender != bridge) revert OnlyBridge();
        (bool ok,) = target.call{value: msg.value}(data);
        if (!ok) revert CallbackFailed();
    }
}

/// @title The Enigma bridge: task records in, batch roots out
/// @notice Users pay for secret-computation tasks here; the enigmad network's
/// validators commit one Merkle root of receipts per batch. Per task the
/// contract keeps no storage: a record is an event (plus the sender's nonce),
/// and refunds and callbacks are proven against a batch root by whoever
/// needs them. There is no owner: only the validator set, by > 2/3 of its
/// power, can change anything, and it can never move a user's fee or escrow
/// except through a receipt.
/// @dev Hash layouts are pinned by the Go implementations and their shared
/// vectors (docs/bridge.md): task id, record hash, receipt leaf, batch root
/// (OpenZeppelin commutative keccak tree), validator-set checkpoint and
/// batch digest.
contract EnigmaBridge is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    // ---------------------------------------------------------------- types

    /// @notice A task to record: the secret contract, keccak256 of the task
    /// data, and the gas the user pays for (fee = gasLimit * gasPrice).
    struct TaskRequest {
        address secretContract;
        bytes32 inputsHash;
        uint64 gasLimit;
        uint256 gasPrice;
    }

    /// @notice An EIP-2612 permit for the fee token, so a token fee needs
    /// one transaction.
    struct Permit {
        uint256 deadline;
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    /// @notice A validator set: Ethereum addresses in strictly ascending
    /// order (so no signer counts twice) with their voting powers.
    struct Valset {
        address[] validators;
        uint64[] powers;
        uint64 nonce;
    }

    /// @notice A signature by one validator, aligned with Valset.validators;
    /// v = 0 marks a validator that did not sign.
    struct Sig {
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    /// @notice A batch of receipts: its nonce, Merkle root, the receipt
    /// sequences it covers, and the fees it pays (one entry per worker
    /// payout address and fee token).
    struct Batch {
        uint64 nonce;
        bytes32 root;
        uint64 firstSequence;
        uint64 lastSequence;
        address[] workers;
        address[] feeTokens;
        uint256[] feeTotals;
    }

    /// @notice The receipt fields of a batch leaf that this contract reads;
    /// receiptHash stands for the rest (the enclave-signed receipt).
    struct Receipt {
        uint64 sequence;
        bytes32 taskId;
        uint8 status;
        uint64 gasUsed;
        bytes32 callbackHash;
        bytes32 receiptHash;
    }

    /// @notice A task record as this contract emitted it; its hash is part
    /// of the receipt leaf, so a proof carries what was paid and by whom.
    struct Record {
        address sender;
        address secretContract;
        address feeToken;
        uint64 gasLimit;
        uint256 gasPrice;
        address escrowToken;
        uint256 escrowAmount;
    }

    /// @dev Counters in one slot: one storage write per record or batch.
    struct Counters {
        uint64 eventNonce;
        uint64 batchNonce;
        uint64 lastSequence;
        uint64 valsetNonce;
    }

    // ------------------------------------------------------------ constants

    /// @notice Receipt status of a successful task (see enclave/receipt).
    uint8 public constant STATUS_SUCCESS = 0;
    /// @notice Domain of validator-set checkpoints.
    bytes32 public constant VALSET_DOMAIN = keccak256("enigma/valset/v1");
    /// @notice Domain of batch digests.
    bytes32 public constant BATCH_DOMAIN = keccak256("enigma/batch/v1");
    /// @notice Most validators in a set (bounds the cost of a signature check).
    uint256 public constant MAX_VALIDATORS = 200;
    /// @notice Gas kept back beyond a callback's gas so that the bookkeeping
    /// after it always completes.
    uint256 public constant CALLBACK_RESERVE = 60_000;
    /// @dev Refund flags: 255 per word, bit 255 set when the word is made
    /// ready by submitBatch, so that a claim never pays for a fresh slot.
    uint256 private constant FLAGS_PER_WORD = 255;
    uint256 private constant READY = 1 << 255;

    // ---------------------------------------------------------------- state

    /// @notice The ERC20 fee token with EIP-2612 permit (ENG).
    IERC20 public immutable feeToken;
    /// @notice Gas given to every callback, whatever the executor sends.
    uint256 public immutable callbackGas;
    /// @notice The unprivileged contract every callback is called from.
    CallbackExecutor public immutable callbackExecutor;

    /// @notice Checkpoint of the current validator set.
    bytes32 public valsetCheckpoint;
    Counters private counters;
    /// @notice Each sender's number of records so far (the next task id's nonce).
    mapping(address sender => uint256) public senderNonces;
    /// @notice Committed batch roots by nonce.
    mapping(uint64 batchNonce => bytes32) public batchRoots;
    /// @notice What an account may withdraw, by token (address(0) for ETH).
    mapping(address account => mapping(address token => uint256)) public credits;
    mapping(uint256 word => uint256) private refundFlags;
    mapping(uint64 sequence => bool) private callbackDone;

    // --------------------------------------------------------------- events

    /// @notice A task record; the relayers attest it by eventNonce.
    event TaskRecordCreated(
        bytes32 indexed taskId,
        address indexed sender,
        uint64 eventNonce,
        address secretContract,
        bytes32 inputsHash,
        uint64 gasLimit,
        uint256 gasPrice,
        address feeToken,
        address escrowToken,
        uint256 escrowAmount
    );
    /// @notice A deployment record: the secret contract's address follows
    /// from the task id; the bytecode is public, its hash is codeHash.
    event DeploymentRecordCreated(
        bytes32 indexed taskId,
        address indexed sender,
        uint64 eventNonce,
        bytes32 codeHash,
        bytes32 inputsHash,
        uint64 gasLimit,
        uint256 gasPrice
    );
    /// @notice A new validator set took effect.
    event ValsetUpdated(uint64 indexed valsetNonce, uint64 eventNonce, address[] validators, uint64[] powers);
    /// @notice A batch root was committed and its fees credited.
    event BatchSubmitted(
        uint64 indexed batchNonce, uint64 eventNonce, bytes32 root, uint64 firstSequence, uint64 lastSequence
    );
    /// @notice A task's unused fee (and escrow, if it was not spent) went back to its sender.
    event RefundClaimed(bytes32 indexed taskId, address indexed sender, uint256 fee, uint256 escrow);
    /// @notice A task's callback ran; ok is false if it reverted or ran out of gas.
    event CallbackExecuted(bytes32 indexed taskId, address indexed target, bool ok);
    /// @notice An account withdrew its credit.
    event Withdrawn(address indexed account, address indexed token, uint256 amount);

    // --------------------------------------------------------------- errors

    error FeeMismatch(uint256 paid, uint256 owed);
    error EscrowShortfall(uint256 received, uint256 expected);
    error ZeroGasLimit();
    error ZeroGasPrice();
    error BadValset(string why);
    error ValsetMismatch();
    error StaleNonce(uint64 got, uint64 want);
    error SignatureCountMismatch(uint256 got, uint256 want);
    error InvalidSignature(uint256 index);
    error InsufficientPower(uint256 signed, uint256 total);
    error BadBatch(string why);
    error UnknownBatch(uint64 batchNonce);
    error InvalidProof();
    error AlreadyClaimed(bytes32 taskId);
    error NotSuccessful(bytes32 taskId);
    error CallbackMismatch(bytes32 taskId);
    error InsufficientGasForCallback(uint256 have, uint256 need);
    error OnlySelf();
    error NothingToWithdraw();
    error TransferFailed();

    /// @param validators the first validator set, strictly ascending
    /// @param powers their voting powers
    /// @param feeToken_ the ERC20 fee token (with permit)
    /// @param callbackGas_ the gas every callback gets
    constructor(address[] memory validators, uint64[] memory powers, IERC20 feeToken_, uint256 callbackGas_) {
        _checkValsetShape(validators, powers);
        feeToken = feeToken_;
        callbackGas = callbackGas_;
        callbackExecutor = new CallbackExecutor();
        valsetCheckpoint = _checkpoint(validators, powers, 0);
    }

    // ------------------------------------------------------------- records

    /// @notice Records a task paid in ETH: msg.value must be gasLimit * gasPrice.
    /// @return taskId keccak256(abi.encodePacked(chainid, this, sender, senderNonce))
    function createTaskRecord(address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice)
        external
        payable
        returns (bytes32 taskId)
    {
        _requireEthFee(gasLimit, gasPrice);
        taskId = _record(msg.sender, secretContract, inputsHash, gasLimit, gasPrice, address(0), address(0), 0);
    }

    /// @notice Records several tasks paid in ETH in one transaction:
    /// msg.value must be the sum of their fees. Their ids use consecutive
    /// sender nonces.
    function createTaskRecords(TaskRequest[] calldata tasks) external payable returns (bytes32[] memory taskIds) {
        Counters memory c = counters;
        uint256 nonce = senderNonces[msg.sender];
        uint256 total;
        taskIds = new bytes32[](tasks.length);
        for (uint256 i; i < tasks.length; ++i) {
            TaskRequest calldata t = tasks[i];
            total += _fee(t.gasLimit, t.gasPrice);
            bytes32 id = _taskId(msg.sender, nonce + i);
            taskIds[i] = id;
            emit TaskRecordCreated(
                id, msg.sender, ++c.eventNonce, t.secretContract, t.inputsHash, t.gasLimit, t.gasPrice, address(0), address(0), 0
            );
        }
        if (msg.value != total) revert FeeMismatch(msg.value, total);
        senderNonces[msg.sender] = nonce + tasks.length;
        counters = c;
    }

    /// @notice Records a task whose fee is paid in the fee token through an
    /// EIP-2612 permit (one transaction, no approve). The permit's value
    /// must equal the fee; a permit already used (front-run) is accepted if
    /// the allowance is there.
    function createTaskRecordWithPermit(
        address secretContract,
        bytes32 inputsHash,
        uint64 gasLimit,
        uint256 gasPrice,
        Permit calldata permit
    ) external returns (bytes32 taskId) {
        uint256 fee = _fee(gasLimit, gasPrice);
        _permit(feeToken, fee, permit);
        feeToken.safeTransferFrom(msg.sender, address(this), fee);
        taskId = _record(msg.sender, secretContract, inputsHash, gasLimit, gasPrice, address(feeToken), address(0), 0);
    }

    /// @notice Records a task for a payable function, paid in ETH, that
    /// escrows `escrowAmount` of `escrowToken` (address(0): ETH, sent with
    /// the fee; otherwise an ERC20 pulled with transferFrom after an approve
    /// or a permit) for the secret contract. The escrow is released only by
    /// this task's proven callback, or returned to the sender by a refund
    /// claim when the task failed or asked for no callback.
    function createPayableTaskRecord(
        address secretContract,
        bytes32 inputsHash,
        uint64 gasLimit,
        uint256 gasPrice,
        address escrowToken,
        uint256 escrowAmount
    ) external payable nonReentrant returns (bytes32 taskId) {
        uint256 owed = _fee(gasLimit, gasPrice);
        if (escrowToken == address(0)) {
            owed += escrowAmount;
        } else {
            // Tokens that take a cut or rebase would leave the escrow short
            // of what the receipt will pay out: only exact amounts are held.
            uint256 before = IERC20(escrowToken).balanceOf(address(this));
            IERC20(escrowToken).safeTransferFrom(msg.sender, address(this), escrowAmount);
            uint256 received = IERC20(escrowToken).balanceOf(address(this)) - before;
            if (received != escrowAmount) revert EscrowShortfall(received, escrowAmount);
        }
        if (msg.value != owed) revert FeeMismatch(msg.value, owed);
        taskId = _record(msg.sender, secretContract, inputsHash, gasLimit, gasPrice, address(0), escrowToken, escrowAmount);
    }

    /// @notice Records the deployment of a secret contract (bytecode hash
    /// codeHash), paid in ETH. Its address is the last 20 bytes of
    /// keccak256(abi.encodePacked("enigma/contract/v1", taskId)).
    function createDeploymentRecord(bytes32 codeHash, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice)
        external
        payable
        returns (bytes32 taskId)
    {
        _requireEthFee(gasLimit, gasPrice);
        uint64 eventNonce;
        (taskId, eventNonce) = _nextRecord(msg.sender);
        emit DeploymentRecordCreated(taskId, msg.sender, eventNonce, codeHash, inputsHash, gasLimit, gasPrice);
    }

    /// @notice The id the sender's next task record will get.
    function nextTaskId(address sender) external view returns (bytes32) {
        return _taskId(sender, senderNonces[sender]);
    }

    /// @notice The secret contract a deployment task creates.
    function contractAddress(bytes32 deploymentTaskId) external pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encodePacked("enigma/contract/v1", deploymentTaskId)))));
    }

    // -------------------------------------------------------- validator set

    /// @notice The last event nonce, batch nonce, receipt sequence and
    /// validator-set nonce.
    function state() external view returns (uint64 eventNonce, uint64 batchNonce, uint64 lastSequence, uint64 valsetNonce) {
        Counters memory c = counters;
        return (c.eventNonce, c.batchNonce, c.lastSequence, c.valsetNonce);
    }

    /// @notice Replaces the validator set. The current set (which must match
    /// the stored checkpoint) signs the new set's checkpoint with > 2/3 of
    /// its power; the new nonce must be higher.
    function updateValset(Valset calldata next, Valset calldata current, Sig[] calldata sigs) external {
        Counters memory c = counters;
        if (next.nonce <= c.valsetNonce) revert StaleNonce(next.nonce, c.valsetNonce + 1);
        _checkValsetShape(next.validators, next.powers);
        _checkCurrent(current);
        bytes32 checkpoint = _checkpoint(next.validators, next.powers, next.nonce);
        _checkSignatures(current, sigs, checkpoint);
        valsetCheckpoint = checkpoint;
        c.valsetNonce = next.nonce;
        emit ValsetUpdated(next.nonce, ++c.eventNonce, next.validators, next.powers);
        counters = c;
    }

    // --------------------------------------------------------------- batches

    /// @notice Commits a batch root signed by > 2/3 of the current power and
    /// credits its fee totals. Batches come in nonce order and cover
    /// consecutive receipt sequences; nothing per task is written.
    function submitBatch(Batch calldata b, Valset calldata current, Sig[] calldata sigs) external {
        Counters memory c = counters;
        if (b.nonce != c.batchNonce + 1) revert StaleNonce(b.nonce, c.batchNonce + 1);
        if (b.firstSequence != c.lastSequence + 1 || b.lastSequence < b.firstSequence) {
            revert BadBatch("sequences must continue the last batch");
        }
        if (b.workers.length != b.feeTokens.length || b.workers.length != b.feeTotals.length) {
            revert BadBatch("fee arrays differ in length");
        }
        _checkCurrent(current);
        _checkSignatures(current, sigs, batchDigest(b));

        batchRoots[b.nonce] = b.root;
        for (uint256 i; i < b.workers.length; ++i) {
            credits[b.workers[i]][b.feeTokens[i]] += b.feeTotals[i];
        }
        // Make the refund-flag words of these receipts ready, so that each
        // claim flips a bit in a non-zero word (5,000 gas) instead of paying
        // for a fresh slot (22,100 gas). The first word may be ready already.
        uint256 last = b.lastSequence / FLAGS_PER_WORD;
        for (uint256 w = b.firstSequence / FLAGS_PER_WORD; w <= last; ++w) {
            if (refundFlags[w] == 0) refundFlags[w] = READY;
        }
        c.batchNonce = b.nonce;
        c.lastSequence = b.lastSequence;
        emit BatchSubmitted(b.nonce, ++c.eventNonce, b.root, b.firstSequence, b.lastSequence);
        counters = c;
    }

    /// @notice What validators sign for a batch.
    function batchDigest(Batch calldata b) public view returns (bytes32) {
        return keccak256(
            abi.encode(
                BATCH_DOMAIN,
                block.chainid,
                address(this),
                b.nonce,
                b.root,
                b.firstSequence,
                b.lastSequence,
                b.workers,
                b.feeTokens,
                b.feeTotals
            )
        );
    }

    // ------------------------------------------------- refunds and callbacks

    /// @notice Pays a task's sender back what the task did not use: the fee
    /// for unused gas (all of it after a timeout), and the escrow when the
    /// task failed or asked for no callback. Anyone may call it; the money
    /// goes to the sender. Once per task.
    function claimRefund(uint64 batchNonce, Receipt calldata r, Record calldata rec, bytes32[] calldata proof)
        external
        nonReentrant
    {
        _prove(batchNonce, r, rec, proof);
        uint256 word = r.sequence / FLAGS_PER_WORD;
        uint256 bit = 1 << (r.sequence % FLAGS_PER_WORD);
        uint256 flags = refundFlags[word];
        if (flags & bit != 0) revert AlreadyClaimed(r.taskId);
        refundFlags[word] = flags | bit | READY;

        uint256 fee = (uint256(rec.gasLimit) - r.gasUsed) * rec.gasPrice;
        uint256 escrow;
        if (r.status != STATUS_SUCCESS || r.callbackHash == bytes32(0)) escrow = rec.escrowAmount;
        // Pushed to the sender; what cannot be pushed (a contract that
        // refuses ETH, a token that blocks the sender) is credited instead,
        // so that one refusal never blocks the rest of the refund.
        if (rec.feeToken == rec.escrowToken) {
            _payOrCredit(rec.sender, rec.feeToken, fee + escrow);
        } else {
            _payOrCredit(rec.sender, rec.feeToken, fee);
            _payOrCredit(rec.sender, rec.escrowToken, escrow);
        }
        emit RefundClaimed(r.taskId, rec.sender, fee, escrow);
    }

    /// @notice Executes a successful task's Ethereum callback, once. The
    /// call comes from `callbackExecutor`, a contract that holds nothing and
    /// may do nothing else, never from the bridge: a callback is chosen by
    /// an untrusted secret contract and must not act with the bridge's
    /// balances or rights (a callback to a fee token's `transfer` would
    /// otherwise move the bridge's tokens). The target gets `callbackGas`
    /// gas for the frame, the task's escrow (ETH as value, an ERC20
    /// transferred just before the call), and abi.encodePacked(escrowToken,
    /// escrowAmount, secretContract) appended to the calldata (as ERC-2771
    /// appends a sender) so it can tell which secret contract speaks and
    /// what it was sent. If the callback reverts or runs out of gas it still
    /// counts as executed, and the escrow is credited to the task's sender.
    function executeCallback(
        uint64 batchNonce,
        Receipt calldata r,
        Record calldata rec,
        bytes32[] calldata proof,
        address target,
        bytes calldata data
    ) external nonReentrant returns (bool ok) {
        _prove(batchNonce, r, rec, proof);
        if (r.status != STATUS_SUCCESS) revert NotSuccessful(r.taskId);
        if (r.callbackHash != callbackHash(target, data)) revert CallbackMismatch(r.taskId);
        if (callbackDone[r.sequence]) revert AlreadyClaimed(r.taskId);
        callbackDone[r.sequence] = true;
        // The executor cannot starve the callback: without enough gas for
        // the full callbackGas (after the 63/64 rule) the call is not made.
        uint256 need = callbackGas + callbackGas / 63 + CALLBACK_RESERVE;
        if (gasleft() < need) revert InsufficientGasForCallback(gasleft(), need);
        try this.deliverCallback{gas: callbackGas}(target, data, rec.secretContract, rec.escrowToken, rec.escrowAmount) {
            ok = true;
        } catch {
            if (rec.escrowAmount != 0) credits[rec.sender][rec.escrowToken] += rec.escrowAmount;
        }
        emit CallbackExecuted(r.taskId, target, ok);
    }

    /// @notice The callback frame itself; only this contract may call it,
    /// so that a failure undoes the escrow transfer with the call.
    function deliverCallback(address target, bytes calldata data, address secretContract, address token, uint256 amount)
        external
    {
        if (msg.sender != address(this)) revert OnlySelf();
        uint256 value;
        if (token == address(0)) {
            value = amount;
        } else if (amount != 0) {
            IERC20(token).safeTransfer(target, amount);
        }
        callbackExecutor.execute{value: value}(target, abi.encodePacked(data, token, amount, secretContract));
    }

    /// @notice Sends the caller its credit in `token` (worker fees, escrows
    /// of failed callbacks, refunds that could not be pushed).
    function withdraw(address token) external {
        withdrawTo(token, msg.sender);
    }

    /// @notice Sends the caller's credit in `token` to `to` (for accounts
    /// that cannot receive it themselves).
    function withdrawTo(address token, address to) public nonReentrant {
        uint256 amount = credits[msg.sender][token];
        if (amount == 0) revert NothingToWithdraw();
        credits[msg.sender][token] = 0;
        _pay(to, token, amount);
        emit Withdrawn(msg.sender, token, amount);
    }

    // --------------------------------------------------------------- hashes

    /// @notice keccak256(abi.encode(sender, secretContract, feeToken,
    /// gasLimit, gasPrice, escrowToken, escrowAmount)).
    function recordHash(Record calldata rec) public pure returns (bytes32) {
        return keccak256(abi.encode(rec));
    }

    /// @notice What a receipt carries for its callback: keccak256(abi.encode(target, data)).
    function callbackHash(address target, bytes calldata data) public pure returns (bytes32) {
        return keccak256(abi.encode(target, data));
    }

    /// @notice keccak256(abi.encode(VALSET_DOMAIN, chainid, this, nonce,
    /// validators, powers)): the checkpoint of a validator set.
    function checkpointOf(Valset calldata v) external view returns (bytes32) {
        return _checkpoint(v.validators, v.powers, v.nonce);
    }

    /// @notice The batch leaf: keccak256(abi.encode(sequence, taskId,
    /// recordHash, status, gasUsed, callbackHash, receiptHash)).
    function receiptLeaf(Receipt calldata r, Record calldata rec) public pure returns (bytes32) {
        return keccak256(
            abi.encode(r.sequence, r.taskId, recordHash(rec), r.status, r.gasUsed, r.callbackHash, r.receiptHash)
        );
    }

    // ------------------------------------------------------------ internals

    function _record(
        address sender,
        address secretContract,
        bytes32 inputsHash,
        uint64 gasLimit,
        uint256 gasPrice,
        address feeToken_,
        address escrowToken,
        uint256 escrowAmount
    ) private returns (bytes32 taskId) {
        uint64 eventNonce;
        (taskId, eventNonce) = _nextRecord(sender);
        emit TaskRecordCreated(
            taskId, sender, eventNonce, secretContract, inputsHash, gasLimit, gasPrice, feeToken_, escrowToken, escrowAmount
        );
    }

    /// @dev The next record of sender: its task id and event nonce, both
    /// counters advanced.
    function _nextRecord(address sender) private returns (bytes32 taskId, uint64 eventNonce) {
        uint256 nonce = senderNonces[sender];
        senderNonces[sender] = nonce + 1;
        eventNonce = ++counters.eventNonce;
        taskId = _taskId(sender, nonce);
    }

    function _requireEthFee(uint64 gasLimit, uint256 gasPrice) private view {
        uint256 fee = _fee(gasLimit, gasPrice);
        if (msg.value != fee) revert FeeMismatch(msg.value, fee);
    }

    function _taskId(address sender, uint256 nonce) private view returns (bytes32) {
        return keccak256(abi.encodePacked(block.chainid, address(this), sender, nonce));
    }

    function _fee(uint64 gasLimit, uint256 gasPrice) private pure returns (uint256) {
        if (gasLimit == 0) revert ZeroGasLimit();
        // A task must pay its worker something: free records would let
        // anyone fill batches with timeouts at no cost but Ethereum's gas.
        if (gasPrice == 0) revert ZeroGasPrice();
        return uint256(gasLimit) * gasPrice;
    }

    function _permit(IERC20 token, uint256 value, Permit calldata p) private {
        // A permit seen in the mempool can be used first by anyone; then the
        // allowance is already there and the record goes on.
        try IERC20Permit(address(token)).permit(msg.sender, address(this), value, p.deadline, p.v, p.r, p.s) {}
        catch {}
    }

    function _prove(uint64 batchNonce, Receipt calldata r, Record calldata rec, bytes32[] calldata proof) private view {
        bytes32 root = batchRoots[batchNonce];
        if (root == bytes32(0)) revert UnknownBatch(batchNonce);
        if (!MerkleProof.verifyCalldata(proof, root, receiptLeaf(r, rec))) revert InvalidProof();
        if (r.gasUsed > rec.gasLimit) revert InvalidProof();
    }

    function _payOrCredit(address to, address token, uint256 amount) private {
        if (amount == 0) return;
        bool ok;
        if (token == address(0)) {
            (ok,) = to.call{value: amount}("");
        } else {
            ok = IERC20(token).trySafeTransfer(to, amount);
        }
        if (!ok) credits[to][token] += amount;
    }

    function _pay(address to, address token, uint256 amount) private {
        if (amount == 0) return;
        if (token == address(0)) {
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert TransferFailed();
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }

    function _checkpoint(address[] memory validators, uint64[] memory powers, uint64 nonce)
        private
        view
        returns (bytes32)
    {
        return keccak256(abi.encode(VALSET_DOMAIN, block.chainid, address(this), nonce, validators, powers));
    }

    function _checkCurrent(Valset calldata current) private view {
        if (_checkpoint(current.validators, current.powers, current.nonce) != valsetCheckpoint) revert ValsetMismatch();
    }

    function _checkValsetShape(address[] memory validators, uint64[] memory powers) private pure {
        if (validators.length == 0 || validators.length > MAX_VALIDATORS) revert BadValset("size");
        if (validators.length != powers.length) revert BadValset("lengths differ");
        address prev;
        for (uint256 i; i < validators.length; ++i) {
            if (validators[i] <= prev) revert BadValset("validators must be strictly ascending and non-zero");
            if (powers[i] == 0) revert BadValset("zero power");
            prev = validators[i];
        }
    }

    /// @dev Signatures are aligned with the validators; checking stops as
    /// soon as more than 2/3 of the power has signed.
    function _checkSignatures(Valset calldata vs, Sig[] calldata sigs, bytes32 digest) private pure {
        uint256 n = vs.validators.length;
        if (sigs.length != n) revert SignatureCountMismatch(sigs.length, n);
        uint256 total;
        for (uint256 i; i < n; ++i) {
            total += vs.powers[i];
        }
        uint256 signed;
        for (uint256 i; i < n; ++i) {
            Sig calldata s = sigs[i];
            if (s.v == 0) continue;
            (address who, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, s.v, s.r, s.s);
            if (err != ECDSA.RecoverError.NoError || who != vs.validators[i]) revert InvalidSignature(i);
            signed += vs.powers[i];
            if (signed * 3 > total * 2) return;
        }
        revert InsufficientPower(signed, total);
    }
}
