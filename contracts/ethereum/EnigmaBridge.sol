// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title The caller of one secret contract's callbacks
/// @notice Has no rights anywhere: the bridge sends each callback through
/// it so that an untrusted callback never acts as the bridge. The bridge
/// creates one per secret contract (CREATE2, salt = the secret contract's
/// address, on its first callback; EnigmaBridge.executorOf computes the
/// address before that), so a dApp knows from `msg.sender` alone which
/// secret contract speaks, and tokens a dApp sends back to its caller
/// (change, a refund) stay with that secret contract's executor, where
/// only that secret contract's own callbacks can reach them. It has no
/// receive function: ETH sent back to it makes the callback fail, so a dApp
/// keeps ETH change for its users to pull. Only the bridge that created it
/// may use it.
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
/// validators commit one Merkle root of receipts per batch. Per task and
/// per sender the contract keeps no storage: a record is an event whose
/// task id the client chose (taskIdOf(sender, salt)), and refunds and
/// callbacks are proven against a batch root by whoever needs them. There
/// is no owner: only the validator set, by > 2/3 of its power, can change
/// anything (its own membership, the escrow-token allowlist, batches). That
/// majority is trusted with the money: a batch it signs credits what its
/// fee totals say and proves what its root says, so it could pay itself
/// the bridge's whole balance; fewer than 2/3 can move nothing. Otherwise
/// funds leave only through what a committed batch proves (refunds,
/// callbacks) or credits, to the accounts it names (docs/bridge.md, "What
/// the validators can do").
/// @dev Hash layouts are pinned by the Go implementations and their shared
/// vectors (docs/bridge.md): task id, record hash, receipt leaf, batch root
/// (OpenZeppelin commutative keccak tree), validator-set checkpoint and
/// batch digest.
contract EnigmaBridge is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    // ---------------------------------------------------------------- types

    /// @notice A task to record: the client's salt (the task id is
    /// taskIdOf(sender, salt)), the secret contract, keccak256 of the task
    /// data, and the gas the user pays for (fee = gasLimit * gasPrice).
    struct TaskRequest {
        bytes32 salt;
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

    /// @notice A change of the escrow-token allowlist, signed by the
    /// validator set: tokens[i] becomes allowed[i]; nonces increase by one.
    struct TokenUpdate {
        uint64 nonce;
        address[] tokens;
        bool[] allowed;
    }

    /// @notice A committed batch as a claim names it: its nonce and the
    /// receipt sequences it covers (the root follows from the proof).
    struct BatchRef {
        uint64 nonce;
        uint64 firstSequence;
        uint64 lastSequence;
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
    /// @notice Domain of escrow-token allowlist updates.
    bytes32 public constant TOKENS_DOMAIN = keccak256("enigma/tokens/v1");
    /// @notice Most validators in a set (bounds the cost of a signature check).
    uint256 public constant MAX_VALIDATORS = 200;
    /// @notice Gas kept back beyond a callback's gas so that the bookkeeping
    /// after it always completes.
    uint256 public constant CALLBACK_RESERVE = 60_000;
    /// @notice Most gas a deployment may give every callback: with the
    /// 63/64 rule, the reserve, a first callback's executor creation and
    /// room for calldata, it still fits under the 2^24 transaction gas cap
    /// of EIP-7825 (tested: TestConstructorBounds).
    uint256 public constant MAX_CALLBACK_GAS = 15_000_000;
    /// @notice Most calldata a callback may carry (the enclave's limit,
    /// enclave/evm MaxCallbackData): the reserve above must cover the memory
    /// it takes to forward it. A longer one counts as a failed callback.
    uint256 public constant MAX_CALLBACK_DATA = 16 * 1024;
    /// @notice Domain of withdrawals authorized by a signature.
    bytes32 public constant WITHDRAW_DOMAIN = keccak256("enigma/withdraw/v1");
    /// @dev Refund flags: 255 per word, bit 255 set when the word is made
    /// ready by submitBatch, so that a claim never pays for a fresh slot.
    uint256 private constant FLAGS_PER_WORD = 255;
    uint256 private constant READY = 1 << 255;

    // ---------------------------------------------------------------- state

    /// @notice The ERC20 fee token with EIP-2612 permit (ENG).
    IERC20 public immutable feeToken;
    /// @notice Gas given to every callback, whatever the executor sends.
    uint256 public immutable callbackGas;
    /// @notice Most gas a task may ask for. The chain refuses (and refunds)
    /// records above its own max_task_gas_limit too, and sizes its result
    /// timeout so that a task of this much gas always finishes in time
    /// (docs/bridge.md, "Task gas").
    uint64 public immutable maxTaskGas;
    /// @notice Least price per unit of task gas paid in ETH (wei), so that
    /// a task's fee pays its worker for the enclave time its gas may take.
    uint256 public immutable minGasPrice;
    /// @notice The same floor for fees paid in the fee token (its smallest
    /// unit): the two are worth different amounts.
    uint256 public immutable minFeeTokenGasPrice;
    /// @dev keccak256 of the executor's creation code, for executorOf.
    bytes32 private immutable executorCodeHash;

    /// @notice Checkpoint of the current validator set.
    bytes32 public valsetCheckpoint;
    Counters private counters;
    /// @notice The nonce of the last escrow-token allowlist update.
    uint64 public tokenListNonce;
    /// @notice The ERC20 tokens a payable task may escrow: plain tokens
    /// only (no fee on transfer, no rebasing), since an escrow is a fixed
    /// amount out of the bridge's balance. Changed only by the validator set.
    mapping(address token => bool) public escrowTokenAllowed;
    /// @notice Each committed batch by nonce:
    /// keccak256(abi.encode(root, firstSequence, lastSequence)), so that a
    /// leaf proves only inside its own batch's range.
    mapping(uint64 batchNonce => bytes32) public batchCommitments;
    /// @notice Each account's number of withdrawals by signature so far.
    mapping(address account => uint256) public withdrawNonces;
    /// @notice What an account may withdraw, by token (address(0) for ETH).
    mapping(address account => mapping(address token => uint256)) public credits;
    mapping(uint256 word => uint256) private refundFlags;
    mapping(uint64 sequence => bool) private callbackDone;

    // --------------------------------------------------------------- events

    /// @notice A task record paid in ETH that escrows nothing; the relayers
    /// attest it by eventNonce. taskId = taskIdOf(sender, salt).
    event TaskRecordCreated(
        bytes32 indexed taskId,
        address indexed sender,
        uint64 eventNonce,
        bytes32 salt,
        address secretContract,
        bytes32 inputsHash,
        uint64 gasLimit,
        uint256 gasPrice
    );
    /// @notice A task record paid in the fee token or with an escrow (the
    /// zero address stands for ETH). A separate event keeps the common
    /// record three words shorter.
    event TokenTaskRecordCreated(
        bytes32 indexed taskId,
        address indexed sender,
        uint64 eventNonce,
        bytes32 salt,
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
        bytes32 salt,
        bytes32 codeHash,
        bytes32 inputsHash,
        uint64 gasLimit,
        uint256 gasPrice
    );
    /// @notice The escrow-token allowlist changed.
    event EscrowTokensUpdated(uint64 indexed tokenListNonce, address[] tokens, bool[] allowed);
    /// @notice A new validator set took effect.
    event ValsetUpdated(uint64 indexed valsetNonce, uint64 eventNonce, address[] validators, uint64[] powers);
    /// @notice A batch root was committed and its fees credited.
    event BatchSubmitted(
        uint64 indexed batchNonce, uint64 eventNonce, bytes32 root, uint64 firstSequence, uint64 lastSequence
    );
    /// @notice A task's unused fee (and escrow, if it was not spent) went back to its sender.
    /// sequence is the receipt's (two records may share a task id).
    event RefundClaimed(bytes32 indexed taskId, address indexed sender, uint64 sequence, uint256 fee, uint256 escrow);
    /// @notice A task's callback ran; ok is false if it reverted or ran out of gas.
    event CallbackExecuted(bytes32 indexed taskId, address indexed target, uint64 sequence, bool ok);
    /// @notice An account withdrew its credit.
    event Withdrawn(address indexed account, address indexed token, uint256 amount);

    // --------------------------------------------------------------- errors

    error FeeMismatch(uint256 paid, uint256 owed);
    error TransferShortfall(address token, uint256 received, uint256 expected);
    error ZeroGasLimit();
    error GasLimitTooHigh(uint64 gasLimit, uint64 maxTaskGas);
    error GasPriceTooLow(uint256 gasPrice, uint256 minGasPrice);
    error EscrowTokenNotAllowed(address token);
    error BadTokenUpdate(string why);
    error BadConfig(string why);
    error BadValset(string why);
    error ValsetMismatch();
    error StaleNonce(uint64 got, uint64 want);
    error SignatureCountMismatch(uint256 got, uint256 want);
    error InvalidSignature(uint256 index);
    error InsufficientPower(uint256 signed, uint256 total);
    error BadBatch(string why);
    error UnknownBatch(uint64 batchNonce);
    error InvalidProof();
    error OutsideBatch(uint64 sequence);
    error AlreadyClaimed(bytes32 taskId, uint64 sequence);
    error Expired(uint256 deadline);
    error NotSuccessful(bytes32 taskId);
    error CallbackMismatch(bytes32 taskId);
    error InsufficientGasForCallback(uint256 have, uint256 need);
    error OnlySelf();
    error NothingToWithdraw();
    error TransferFailed();

    /// @param validators the first validator set, strictly ascending
    /// @param powers their voting powers
    /// @param feeToken_ the ERC20 fee token (with permit; a plain token)
    /// @param callbackGas_ the gas every callback gets, 1 to MAX_CALLBACK_GAS
    /// @param maxTaskGas_ the most gas a task may ask for (at least 1)
    /// @param minGasPrice_ the least price per unit of task gas in wei (at least 1)
    /// @param minFeeTokenGasPrice_ the same in the fee token (at least 1)
    /// @param escrowTokens the ERC20 tokens payable tasks may escrow at first
    constructor(
        address[] memory validators,
        uint64[] memory powers,
        IERC20 feeToken_,
        uint256 callbackGas_,
        uint64 maxTaskGas_,
        uint256 minGasPrice_,
        uint256 minFeeTokenGasPrice_,
        address[] memory escrowTokens
    ) {
        _checkValsetShape(validators, powers);
        if (address(feeToken_).code.length == 0) revert BadConfig("the fee token is not a contract");
        // A callback gas the transaction cap cannot carry would make every
        // callback impossible and lock the escrows of callback tasks.
        if (callbackGas_ == 0 || callbackGas_ > MAX_CALLBACK_GAS) revert BadConfig("callback gas");
        if (maxTaskGas_ == 0) revert BadConfig("max task gas");
        // A task must pay its worker something for its enclave time.
        if (minGasPrice_ == 0 || minFeeTokenGasPrice_ == 0) revert BadConfig("min gas price");
        feeToken = feeToken_;
        callbackGas = callbackGas_;
        maxTaskGas = maxTaskGas_;
        minGasPrice = minGasPrice_;
        minFeeTokenGasPrice = minFeeTokenGasPrice_;
        executorCodeHash = keccak256(type(CallbackExecutor).creationCode);
        for (uint256 i; i < escrowTokens.length; ++i) {
            if (escrowTokens[i].code.length == 0) revert BadConfig("an escrow token is not a contract");
            escrowTokenAllowed[escrowTokens[i]] = true;
        }
        valsetCheckpoint = _checkpoint(validators, powers, 0);
    }

    // ------------------------------------------------------------- records

    /// @notice Records a task paid in ETH: msg.value must be gasLimit * gasPrice.
    /// @param salt the client's choice; the task id is taskIdOf(msg.sender, salt)
    /// @return taskId taskIdOf(msg.sender, salt)
    function createTaskRecord(bytes32 salt, address secretContract, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice)
        external
        payable
        returns (bytes32 taskId)
    {
        _requireEthFee(gasLimit, gasPrice);
        taskId = taskIdOf(msg.sender, salt);
        emit TaskRecordCreated(taskId, msg.sender, ++counters.eventNonce, salt, secretContract, inputsHash, gasLimit, gasPrice);
    }

    /// @notice Records several tasks paid in ETH in one transaction:
    /// msg.value must be the sum of their fees.
    function createTaskRecords(TaskRequest[] calldata tasks) external payable returns (bytes32[] memory taskIds) {
        uint64 eventNonce = counters.eventNonce;
        uint256 total;
        taskIds = new bytes32[](tasks.length);
        for (uint256 i; i < tasks.length; ++i) {
            TaskRequest calldata t = tasks[i];
            total += _fee(t.gasLimit, t.gasPrice, minGasPrice);
            bytes32 id = taskIdOf(msg.sender, t.salt);
            taskIds[i] = id;
            emit TaskRecordCreated(id, msg.sender, ++eventNonce, t.salt, t.secretContract, t.inputsHash, t.gasLimit, t.gasPrice);
        }
        if (msg.value != total) revert FeeMismatch(msg.value, total);
        counters.eventNonce = eventNonce;
    }

    /// @notice Records a task whose fee is paid in the fee token through an
    /// EIP-2612 permit (one transaction, no approve). The permit's value
    /// must equal the fee; a permit already used (front-run) is accepted if
    /// the allowance is there. The fee must arrive whole. (No reentrancy
    /// guard: the only external calls are to the fee token, fixed at
    /// deployment, and nothing is read after them but the token's balance.)
    function createTaskRecordWithPermit(
        bytes32 salt,
        address secretContract,
        bytes32 inputsHash,
        uint64 gasLimit,
        uint256 gasPrice,
        Permit calldata permit
    ) external returns (bytes32 taskId) {
        uint256 fee = _fee(gasLimit, gasPrice, minFeeTokenGasPrice);
        _permit(feeToken, fee, permit);
        _pullExact(feeToken, fee);
        taskId = _tokenRecord(salt, secretContract, inputsHash, gasLimit, gasPrice, address(feeToken), address(0), 0);
    }

    /// @notice Records a task for a payable function, paid in ETH, that
    /// escrows `escrowAmount` of `escrowToken` (address(0): ETH, sent with
    /// the fee; otherwise an allowlisted ERC20 pulled with transferFrom
    /// after an approve or a permit) for the secret contract. The escrow is
    /// released only by this task's proven callback, or returned to the
    /// sender by a refund claim when the task failed or asked for no
    /// callback.
    function createPayableTaskRecord(
        bytes32 salt,
        address secretContract,
        bytes32 inputsHash,
        uint64 gasLimit,
        uint256 gasPrice,
        address escrowToken,
        uint256 escrowAmount
    ) external payable nonReentrant returns (bytes32 taskId) {
        uint256 owed = _fee(gasLimit, gasPrice, minGasPrice);
        if (escrowToken == address(0)) {
            owed += escrowAmount;
        } else {
            // An escrow is a fixed amount paid out of the bridge's balance
            // later: a token that rebases could short-change the last
            // claimer or lock a surplus, so only allowlisted plain tokens
            // are held, and only if the amount arrives whole.
            if (!escrowTokenAllowed[escrowToken]) revert EscrowTokenNotAllowed(escrowToken);
            _pullExact(IERC20(escrowToken), escrowAmount);
        }
        if (msg.value != owed) revert FeeMismatch(msg.value, owed);
        taskId = _tokenRecord(salt, secretContract, inputsHash, gasLimit, gasPrice, address(0), escrowToken, escrowAmount);
    }

    /// @notice Records the deployment of a secret contract (bytecode hash
    /// codeHash), paid in ETH. Its address is contractAddress(taskId).
    function createDeploymentRecord(bytes32 salt, bytes32 codeHash, bytes32 inputsHash, uint64 gasLimit, uint256 gasPrice)
        external
        payable
        returns (bytes32 taskId)
    {
        _requireEthFee(gasLimit, gasPrice);
        taskId = taskIdOf(msg.sender, salt);
        emit DeploymentRecordCreated(taskId, msg.sender, ++counters.eventNonce, salt, codeHash, inputsHash, gasLimit, gasPrice);
    }

    /// @notice The id of the record that `sender` makes with `salt`:
    /// keccak256(abi.encode(chainid, this, sender, salt)). Ethereum does not
    /// enforce its uniqueness: the chain refuses a record whose id is
    /// already a task there and makes its whole fee and escrow refundable.
    function taskIdOf(address sender, bytes32 salt) public view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(this), sender, salt));
    }

    /// @notice The secret contract a deployment task creates: the last 20
    /// bytes of keccak256(abi.encodePacked("enigma/contract/v1", taskId)).
    function contractAddress(bytes32 deploymentTaskId) external pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encodePacked("enigma/contract/v1", deploymentTaskId)))));
    }

    /// @notice The address every callback of `secretContract` comes from
    /// (a CallbackExecutor created by CREATE2 on its first callback).
    function executorOf(address secretContract) public view returns (address) {
        bytes32 h = keccak256(abi.encodePacked(bytes1(0xff), address(this), _executorSalt(secretContract), executorCodeHash));
        return address(uint160(uint256(h)));
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

    /// @notice Changes the escrow-token allowlist, signed by > 2/3 of the
    /// current power; the nonce must be the last one plus one. Removing a
    /// token refuses new escrows in it; escrows already held are paid out
    /// as before.
    function updateEscrowTokens(TokenUpdate calldata u, Valset calldata current, Sig[] calldata sigs) external {
        if (u.nonce != tokenListNonce + 1) revert StaleNonce(u.nonce, tokenListNonce + 1);
        if (u.tokens.length != u.allowed.length) revert BadTokenUpdate("lengths differ");
        _checkCurrent(current);
        _checkSignatures(current, sigs, tokenUpdateDigest(u));
        tokenListNonce = u.nonce;
        for (uint256 i; i < u.tokens.length; ++i) {
            // ETH (the zero address) needs no entry; a token allowed must
            // exist, so that nothing can be deployed at a listed address
            // later.
            if (u.allowed[i] && u.tokens[i].code.length == 0) revert BadTokenUpdate("not a contract");
            escrowTokenAllowed[u.tokens[i]] = u.allowed[i];
        }
        emit EscrowTokensUpdated(u.nonce, u.tokens, u.allowed);
    }

    /// @notice What validators sign for an allowlist update.
    function tokenUpdateDigest(TokenUpdate calldata u) public view returns (bytes32) {
        return keccak256(abi.encode(TOKENS_DOMAIN, block.chainid, address(this), u.nonce, u.tokens, u.allowed));
    }

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

        batchCommitments[b.nonce] = keccak256(abi.encode(b.root, b.firstSequence, b.lastSequence));
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
    function claimRefund(BatchRef calldata b, Receipt calldata r, Record calldata rec, bytes32[] calldata proof)
        external
        nonReentrant
    {
        _prove(b, r, rec, proof);
        uint256 word = r.sequence / FLAGS_PER_WORD;
        uint256 bit = 1 << (r.sequence % FLAGS_PER_WORD);
        uint256 flags = refundFlags[word];
        if (flags & bit != 0) revert AlreadyClaimed(r.taskId, r.sequence);
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
        emit RefundClaimed(r.taskId, rec.sender, r.sequence, fee, escrow);
    }

    /// @notice Executes a successful task's Ethereum callback, once. The
    /// call comes from executorOf(secretContract), a contract that may do
    /// nothing else, never from the bridge: a callback is chosen by an
    /// untrusted secret contract and must not act with the bridge's
    /// balances or rights (a callback to a fee token's `transfer` would
    /// otherwise move the bridge's tokens). The target gets `callbackGas`
    /// gas for the frame, the task's escrow (ETH as value, an ERC20
    /// transferred just before the call), and abi.encodePacked(escrowToken,
    /// escrowAmount, secretContract) appended to the calldata (as ERC-2771
    /// appends a sender) so it can tell what it was sent. If the callback
    /// reverts or runs out of gas it still counts as executed, and the
    /// escrow is credited to the task's sender.
    function executeCallback(
        BatchRef calldata b,
        Receipt calldata r,
        Record calldata rec,
        bytes32[] calldata proof,
        address target,
        bytes calldata data
    ) external nonReentrant returns (bool ok) {
        _prove(b, r, rec, proof);
        if (r.status != STATUS_SUCCESS) revert NotSuccessful(r.taskId);
        if (r.callbackHash != callbackHash(target, data)) revert CallbackMismatch(r.taskId);
        if (callbackDone[r.sequence]) revert AlreadyClaimed(r.taskId, r.sequence);
        callbackDone[r.sequence] = true;
        // Calldata beyond the enclave's limit cannot come from an honest
        // enclave, and forwarding it could eat the reserve: the callback
        // counts as failed and the escrow goes back to the sender.
        if (data.length > MAX_CALLBACK_DATA) {
            if (rec.escrowAmount != 0) credits[rec.sender][rec.escrowToken] += rec.escrowAmount;
            emit CallbackExecuted(r.taskId, target, r.sequence, false);
            return false;
        }
        // The secret contract's executor is created outside the callback's
        // gas, so a first callback gets as much as any other.
        if (executorOf(rec.secretContract).code.length == 0) {
            new CallbackExecutor{salt: _executorSalt(rec.secretContract)}();
        }
        // The executor cannot starve the callback: without enough gas for
        // the full callbackGas (after the 63/64 rule) the call is not made.
        uint256 need = callbackGas + callbackGas / 63 + CALLBACK_RESERVE;
        if (gasleft() < need) revert InsufficientGasForCallback(gasleft(), need);
        try this.deliverCallback{gas: callbackGas}(target, data, rec.secretContract, rec.escrowToken, rec.escrowAmount) {
            ok = true;
        } catch {
            if (rec.escrowAmount != 0) credits[rec.sender][rec.escrowToken] += rec.escrowAmount;
        }
        emit CallbackExecuted(r.taskId, target, r.sequence, ok);
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
        CallbackExecutor(executorOf(secretContract)).execute{value: value}(target, abi.encodePacked(data, token, amount, secretContract));
    }

    /// @notice Sends the caller its credit in `token` (worker fees, escrows
    /// of failed callbacks, refunds that could not be pushed).
    function withdraw(address token) external {
        withdrawTo(token, msg.sender);
    }

    /// @notice Sends the caller's credit in `token` to `to` (for accounts
    /// that cannot receive it themselves).
    function withdrawTo(address token, address to) public nonReentrant {
        _withdraw(msg.sender, token, to);
    }

    /// @notice Sends `account`'s credit in `token` to `to`, authorized by
    /// `account`'s signature over withdrawDigest (anyone may submit it).
    /// Batches credit worker fees to the enclave signer address, whose key
    /// never leaves the enclave and cannot send a transaction: this is how
    /// such a credit can be paid out once the enclave signs a withdrawal
    /// (docs/bridge.md, "Worker payouts"). Each signature is good once and
    /// until its deadline.
    function withdrawWithSignature(address account, address token, address to, uint256 deadline, Sig calldata sig)
        external
        nonReentrant
    {
        if (block.timestamp > deadline) revert Expired(deadline);
        uint256 nonce = withdrawNonces[account];
        (address who, ECDSA.RecoverError err,) =
            ECDSA.tryRecover(withdrawDigest(account, token, to, nonce, deadline), sig.v, sig.r, sig.s);
        if (err != ECDSA.RecoverError.NoError || who != account) revert InvalidSignature(0);
        withdrawNonces[account] = nonce + 1;
        _withdraw(account, token, to);
    }

    /// @notice What an account signs to withdraw its credit in `token` to
    /// `to`: keccak256(abi.encode(WITHDRAW_DOMAIN, chainid, this, account,
    /// token, to, nonce, deadline)), nonce = withdrawNonces[account].
    function withdrawDigest(address account, address token, address to, uint256 nonce, uint256 deadline)
        public
        view
        returns (bytes32)
    {
        return keccak256(abi.encode(WITHDRAW_DOMAIN, block.chainid, address(this), account, token, to, nonce, deadline));
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

    /// @dev Emits the record of a task paid in the fee token or with an escrow.
    function _tokenRecord(
        bytes32 salt,
        address secretContract,
        bytes32 inputsHash,
        uint64 gasLimit,
        uint256 gasPrice,
        address feeToken_,
        address escrowToken,
        uint256 escrowAmount
    ) private returns (bytes32 taskId) {
        taskId = taskIdOf(msg.sender, salt);
        emit TokenTaskRecordCreated(
            taskId,
            msg.sender,
            ++counters.eventNonce,
            salt,
            secretContract,
            inputsHash,
            gasLimit,
            gasPrice,
            feeToken_,
            escrowToken,
            escrowAmount
        );
    }

    /// @dev Pulls exactly `amount` of `token` from the sender: a token that
    /// delivers less (a fee on transfer) would leave the last refund or
    /// escrow of that token unpayable.
    function _pullExact(IERC20 token, uint256 amount) private {
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received != amount) revert TransferShortfall(address(token), received, amount);
    }

    function _executorSalt(address secretContract) private pure returns (bytes32) {
        return bytes32(uint256(uint160(secretContract)));
    }

    function _requireEthFee(uint64 gasLimit, uint256 gasPrice) private view {
        uint256 fee = _fee(gasLimit, gasPrice, minGasPrice);
        if (msg.value != fee) revert FeeMismatch(msg.value, fee);
    }

    function _fee(uint64 gasLimit, uint256 gasPrice, uint256 minPrice) private view returns (uint256) {
        if (gasLimit == 0) revert ZeroGasLimit();
        // A task of unbounded gas could outrun the chain's result timeout
        // and get an honest worker penalized on demand.
        if (gasLimit > maxTaskGas) revert GasLimitTooHigh(gasLimit, maxTaskGas);
        // A task must pay its worker for the enclave time its gas may take.
        // (It does not price spam: a refused or timed-out record is refunded
        // in full; spam costs the spammer Ethereum's gas.)
        if (gasPrice < minPrice) revert GasPriceTooLow(gasPrice, minPrice);
        return uint256(gasLimit) * gasPrice;
    }

    function _permit(IERC20 token, uint256 value, Permit calldata p) private {
        // A permit seen in the mempool can be used first by anyone; then the
        // allowance is already there and the record goes on.
        try IERC20Permit(address(token)).permit(msg.sender, address(this), value, p.deadline, p.v, p.r, p.s) {}
        catch {}
    }

    /// @dev A leaf proves only inside its own batch: the root its proof
    /// leads to, with the batch's range, must be what submitBatch stored,
    /// and its sequence must fall in that range, so that a stray leaf in one
    /// batch cannot use up the once-only flag of another batch's receipt.
    function _prove(BatchRef calldata b, Receipt calldata r, Record calldata rec, bytes32[] calldata proof) private view {
        bytes32 stored = batchCommitments[b.nonce];
        if (stored == bytes32(0)) revert UnknownBatch(b.nonce);
        if (r.sequence < b.firstSequence || r.sequence > b.lastSequence) revert OutsideBatch(r.sequence);
        bytes32 root = MerkleProof.processProofCalldata(proof, receiptLeaf(r, rec));
        if (keccak256(abi.encode(root, b.firstSequence, b.lastSequence)) != stored) revert InvalidProof();
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

    function _withdraw(address account, address token, address to) private {
        uint256 amount = credits[account][token];
        if (amount == 0) revert NothingToWithdraw();
        credits[account][token] = 0;
        _pay(to, token, amount);
        emit Withdrawn(account, token, amount);
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
