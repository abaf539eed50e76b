// The user's side of the bridge contract on Ethereum (docs/bridge.md):
// recording tasks (ETH fee, ENG fee with a permit, payable tasks with an
// escrow, several tasks in one transaction, deployments), claiming refunds
// and executing callbacks with the chain's proofs. Each task id is
// computed before sending and checked against the bridge's events.

import { Contract, getAddress, getBytes, hexlify, Interface, Log, Signer, TransactionReceipt } from "ethers";

import { enigmaBridgeAbi, enigmaTokenAbi } from "./abi";
import type { Chain } from "./chain";
import { BytesLike, contractAddress, TaskRecord, taskId, ZeroAddress } from "./formats";
import type { QueryReceiptProofResponse } from "./proto/enigma/secretcompute/v1/query";

/** A failed or refused Ethereum transaction; the message names the bridge's custom error when there is one. */
export class EthereumError extends Error {
  constructor(
    message: string,
    /** The bridge's custom error (GasPriceTooLow, FeeMismatch, AlreadyClaimed, ...), when it refused. */
    readonly reason = "",
    /** The transaction, once sent: do not record the same task again. */
    readonly tx = "",
  ) {
    super(message);
    this.name = "EthereumError";
  }
}

/** A task to record: its salt (the task id is the sender's and the salt's), what it runs, what it pays. */
export interface Request {
  salt: BytesLike;
  contract: string;
  inputsHash: BytesLike;
  gasLimit: bigint;
  gasPrice: bigint;
  /** An escrow (a payable task): token zero for ETH. */
  escrowToken?: string;
  escrowAmount?: bigint;
}

/** A task the bridge recorded. */
export interface Recorded {
  taskId: string;
  eventNonce: bigint;
  record: TaskRecord;
  tx: string;
  block: number;
}

const bridgeInterface = new Interface(enigmaBridgeAbi as any);

/** The bridge contract as one user (a Signer with a provider) sees it. */
export class Ethereum {
  readonly bridge: Contract;
  private queue: Promise<unknown> = Promise.resolve();
  /** The nonce after the last transaction this instance broadcast (sends go one at a time). */
  private sentNonce = 0;

  private constructor(
    readonly signer: Signer,
    readonly sender: string,
    readonly chainId: bigint,
    readonly address: string,
  ) {
    this.bridge = new Contract(address, enigmaBridgeAbi as any, signer);
  }

  /**
   * connect binds a signer to the bridge the chain names (x/bridge params),
   * refusing an Ethereum node of another chain and, when `expectBridge`
   * is given (the bridge the user means to pay), a chain that names another.
   */
  static async connect(chain: Chain, signer: Signer, expectBridge?: string): Promise<Ethereum> {
    const p = await chain.bridgeParams();
    if (!/^0x[0-9a-fA-F]{40}$/.test(p.bridgeContract)) {
      throw new EthereumError(`the chain names no bridge contract (x/bridge params: ${JSON.stringify(p.bridgeContract)})`);
    }
    const bridge = getAddress(p.bridgeContract);
    if (expectBridge && getAddress(expectBridge) !== bridge) {
      throw new EthereumError(`the node names bridge ${bridge}, this client pays ${getAddress(expectBridge)}`);
    }
    if (!signer.provider) {
      throw new EthereumError("the signer has no provider");
    }
    const id = (await signer.provider.getNetwork()).chainId;
    if (id !== p.ethereumChainId) {
      throw new EthereumError(`the Ethereum node is on chain ${id}, the network's bridge is on chain ${p.ethereumChainId}`);
    }
    return new Ethereum(signer, await signer.getAddress(), id, bridge);
  }

  /** The task id of a salt for this sender and bridge. */
  taskId(salt: BytesLike): string {
    return taskId(this.chainId, this.address, this.sender, salt);
  }

  /** The bridge's minimum gas price, in wei or (inToken) in fee-token units. */
  async minGasPrice(inToken = false): Promise<bigint> {
    return inToken ? this.bridge.minFeeTokenGasPrice() : this.bridge.minGasPrice();
  }

  /** The token gas may be paid in (ENG) with a permit. */
  async feeToken(): Promise<string> {
    return getAddress(await this.bridge.feeToken());
  }

  /**
   * record records one task (createTaskRecord, or createPayableTaskRecord
   * with an escrow) or several at once (createTaskRecords).
   */
  async record(...reqs: Request[]): Promise<Recorded[]> {
    if (reqs.length === 0) {
      throw new EthereumError("no task to record");
    }
    let value = 0n;
    for (const r of reqs) {
      check(r);
      value += r.gasLimit * r.gasPrice;
    }
    const r = reqs[0];
    let method: string;
    let args: unknown[];
    if (reqs.length === 1 && payable(r)) {
      if (!r.escrowToken || getAddress(r.escrowToken) === ZeroAddress) {
        value += r.escrowAmount!;
      }
      method = "createPayableTaskRecord";
      args = [r.salt, r.contract, r.inputsHash, r.gasLimit, r.gasPrice, r.escrowToken ?? ZeroAddress, r.escrowAmount];
    } else if (reqs.length === 1) {
      method = "createTaskRecord";
      args = [r.salt, r.contract, r.inputsHash, r.gasLimit, r.gasPrice];
    } else {
      if (reqs.some(payable)) {
        throw new EthereumError("a payable task is recorded alone");
      }
      method = "createTaskRecords";
      args = [reqs.map((q) => ({ salt: q.salt, secretContract: q.contract, inputsHash: q.inputsHash, gasLimit: q.gasLimit, gasPrice: q.gasPrice }))];
    }
    const rcpt = await this.send(method, args, value);
    return this.recorded(rcpt, reqs);
  }

  /** recordWithPermit records a task whose gas is paid in ENG, with an EIP-2612 permit signed here. */
  async recordWithPermit(r: Request, deadline: Date): Promise<Recorded> {
    check(r);
    if (payable(r)) {
      throw new EthereumError("a task paid in ENG takes no escrow");
    }
    // The permit's nonce is read and spent inside the one-at-a-time queue:
    // two tasks paid in ENG at once must not sign the same nonce.
    const rcpt = await this.exclusive(async () => {
      const permit = await this.signPermit(r.gasLimit * r.gasPrice, deadline);
      return this.sendNow("createTaskRecordWithPermit", [r.salt, r.contract, r.inputsHash, r.gasLimit, r.gasPrice, permit], 0n);
    });
    return this.recorded(rcpt, [r])[0];
  }

  /** signPermit signs an EIP-2612 permit of the fee token (ENG) for the bridge to take value. */
  private async signPermit(value: bigint, deadline: Date) {
    const token = await this.feeToken();
    const eng = new Contract(token, enigmaTokenAbi as any, this.signer);
    let nonce: bigint;
    try {
      nonce = await eng.nonces(this.sender);
    } catch (e) {
      throw new EthereumError(`the fee token ${token}: nonces: ${(e as Error).message}`);
    }
    const dl = BigInt(Math.floor(deadline.getTime() / 1000));
    const sig = await this.signer.signTypedData(
      { name: "Enigma", version: "1", chainId: this.chainId, verifyingContract: token },
      {
        Permit: [
          { name: "owner", type: "address" },
          { name: "spender", type: "address" },
          { name: "value", type: "uint256" },
          { name: "nonce", type: "uint256" },
          { name: "deadline", type: "uint256" },
        ],
      },
      { owner: this.sender, spender: this.address, value, nonce, deadline: dl },
    );
    const b = getBytes(sig);
    return { deadline: dl, v: b[64] < 27 ? b[64] + 27 : b[64], r: hexlify(b.subarray(0, 32)), s: hexlify(b.subarray(32, 64)) };
  }

  /** recordDeployment records a deployment; the contract's address is contractAddress(taskId(salt)). */
  async recordDeployment(salt: BytesLike, codeHash: BytesLike, inputsHash: BytesLike, gasLimit: bigint, gasPrice: bigint): Promise<Recorded> {
    const want = this.taskId(salt);
    const r: Request = { salt, contract: contractAddress(want), inputsHash, gasLimit, gasPrice };
    check(r);
    const rcpt = await this.send("createDeploymentRecord", [salt, codeHash, inputsHash, gasLimit, gasPrice], gasLimit * gasPrice);
    for (const log of rcpt.logs) {
      const ev = this.parse(log);
      if (ev?.name !== "DeploymentRecordCreated") continue;
      if (ev.args.taskId !== want) {
        throw new EthereumError(`the bridge recorded task ${ev.args.taskId}, the client computed ${want}`, "", rcpt.hash);
      }
      return {
        taskId: want, eventNonce: ev.args.eventNonce, tx: rcpt.hash, block: rcpt.blockNumber,
        record: { sender: this.sender, secretContract: r.contract, feeToken: ZeroAddress, gasLimit, gasPrice, escrowToken: ZeroAddress, escrowAmount: 0n },
      };
    }
    throw new EthereumError(`transaction ${rcpt.hash} emitted no DeploymentRecordCreated`, "", rcpt.hash);
  }

  /**
   * claimRefund claims a task's refund (its unused gas; its whole fee and
   * escrow when it failed) with the chain's proof and the task's record as
   * the user kept it. Until the batch is on Ethereum the bridge refuses
   * with UnknownBatch.
   */
  async claimRefund(p: QueryReceiptProofResponse, record: TaskRecord): Promise<TransactionReceipt> {
    const [ref, leaf, proof] = proofArgs(p);
    return this.send("claimRefund", [ref, leaf, record, proof], 0n);
  }

  /** executeCallback executes the callback a successful task asked for (the receipt's target and data). */
  async executeCallback(p: QueryReceiptProofResponse, record: TaskRecord): Promise<TransactionReceipt> {
    const [ref, leaf, proof] = proofArgs(p);
    const r = p.receipt!;
    return this.send("executeCallback", [ref, leaf, record, proof, getAddress(hexlify(r.callbackTarget)), r.callbackData], 0n);
  }

  /** The bridge's events in a transaction's receipt. */
  events(rcpt: TransactionReceipt) {
    return rcpt.logs.map((l) => this.parse(l)).filter((e) => e !== null);
  }

  private parse(log: Log) {
    if (getAddress(log.address) !== this.address) return null;
    try {
      return bridgeInterface.parseLog(log);
    } catch {
      return null;
    }
  }

  private recorded(rcpt: TransactionReceipt, reqs: Request[]): Recorded[] {
    const out: Recorded[] = [];
    for (const log of rcpt.logs) {
      const ev = this.parse(log);
      if (ev?.name === "TaskRecordCreated") {
        const a = ev.args;
        out.push({ taskId: a.taskId, eventNonce: a.eventNonce, tx: rcpt.hash, block: rcpt.blockNumber, record: {
          sender: getAddress(a.sender), secretContract: getAddress(a.secretContract), feeToken: ZeroAddress, gasLimit: a.gasLimit, gasPrice: a.gasPrice,
          escrowToken: ZeroAddress, escrowAmount: 0n } });
      } else if (ev?.name === "TokenTaskRecordCreated") {
        const a = ev.args;
        out.push({ taskId: a.taskId, eventNonce: a.eventNonce, tx: rcpt.hash, block: rcpt.blockNumber, record: {
          sender: getAddress(a.sender), secretContract: getAddress(a.secretContract), feeToken: getAddress(a.feeToken), gasLimit: a.gasLimit,
          gasPrice: a.gasPrice, escrowToken: getAddress(a.escrowToken), escrowAmount: a.escrowAmount } });
      }
    }
    if (out.length !== reqs.length) {
      throw new EthereumError(`transaction ${rcpt.hash} emitted ${out.length} task records for ${reqs.length} tasks`, "", rcpt.hash);
    }
    out.forEach((o, i) => {
      const want = this.taskId(reqs[i].salt);
      if (o.taskId !== want) {
        throw new EthereumError(`the bridge recorded task ${o.taskId}, the client computed ${want}`, "", rcpt.hash);
      }
    });
    return out;
  }

  /**
   * send estimates first, so that a refusal is read from the bridge's
   * custom error, then sends and waits until the transaction is mined.
   * Sends go one at a time (nonces).
   */
  private send(method: string, args: unknown[], value: bigint): Promise<TransactionReceipt> {
    return this.exclusive(() => this.sendNow(method, args, value));
  }

  /** Runs f when the transactions before it are done: one nonce at a time. */
  private exclusive<T>(f: () => Promise<T>): Promise<T> {
    const p = this.queue.then(f, f);
    this.queue = p.catch(() => undefined);
    return p;
  }

  private async sendNow(method: string, args: unknown[], value: bigint): Promise<TransactionReceipt> {
    const fn = this.bridge.getFunction(method);
    let gas: bigint;
    try {
      gas = await fn.estimateGas(...args, { value });
    } catch (e) {
      throw this.refusal(e);
    }
    let hash = "";
    try {
      // The node's count can lag what this instance just sent (a view a
      // block behind): never below the nonce after our last send.
      const nonce = Math.max(await nextNonce(this.signer), this.sentNonce);
      const tx = await fn.send(...args, { value, gasLimit: gas + gas / 5n, nonce });
      // A wallet (a BrowserProvider's) may have chosen its own.
      this.sentNonce = tx.nonce + 1;
      hash = tx.hash;
      const rcpt = await tx.wait(1, 300_000);
      if (!rcpt || rcpt.status !== 1) {
        throw Object.assign(new Error("reverted"), { code: "CALL_EXCEPTION", receipt: rcpt });
      }
      return rcpt;
    } catch (e) {
      if (hash) {
        if ((e as { code?: string }).code !== "CALL_EXCEPTION") {
          // Not mined as far as we know (timed out, dropped, replaced):
          // the node's count is the truth again, or every later send
          // would wait behind a nonce that never comes.
          this.sentNonce = 0;
        } else {
          const block = (e as { receipt?: { blockNumber?: number } | null }).receipt?.blockNumber;
          const reason = await this.revertReason(fn, args, value, block);
          if (reason) {
            throw new EthereumError(`transaction ${hash} reverted; on the state after block ${block ?? "latest"} ${reason.message}`, reason.reason, hash);
          }
        }
        throw new EthereumError(`transaction ${hash}: ${(e as Error).message}`, "", hash);
      }
      throw this.refusal(e);
    }
  }

  /**
   * revertReason is the bridge's refusal of a call that its estimate let
   * through and a block reverted: the state changed between the two
   * (another transaction came first, or the node estimated on a head a
   * block behind the receipt it had just served). The call is run again
   * on the state after that block (so the reason is inferred: that state
   * also holds the block's later transactions); undefined if it passes
   * there or fails with no error of the bridge's.
   */
  private async revertReason(fn: ReturnType<Contract["getFunction"]>, args: unknown[], value: bigint, block?: number): Promise<EthereumError | undefined> {
    try {
      await fn.staticCall(...args, { value, blockTag: block ?? "latest" });
    } catch (e) {
      const r = this.refusal(e);
      if (r.reason) return r;
    }
    return undefined;
  }

  private refusal(e: unknown): EthereumError {
    const err = e as { revert?: { name: string; args: unknown[] }; data?: string; message?: string; code?: string; shortMessage?: string };
    let revert = err.revert;
    if (!revert && typeof err.data === "string" && err.data.length >= 10) {
      try {
        const d = bridgeInterface.parseError(err.data);
        if (d) revert = { name: d.name, args: [...d.args] };
      } catch {
        // not one of the bridge's errors
      }
    }
    if (revert) {
      return new EthereumError(`the bridge refused: ${revert.name}(${revert.args.map(String).join(", ")})`, revert.name);
    }
    const msg = err.shortMessage ?? err.message ?? String(e);
    if (err.code === "INSUFFICIENT_FUNDS" || /insufficient funds/.test(msg)) {
      return new EthereumError(`${this.sender} has too little ETH for this transaction: ${msg}`);
    }
    return new EthereumError(msg);
  }
}

/**
 * nextNonce is the nonce of the signer's next transaction: the larger of
 * the pending and the latest one, read from the node itself. Right after a
 * block, geth's pending view can lag the chain's head for a moment, and the
 * pending nonce alone would then reuse one already mined ("nonce has
 * already been used"); and an ethers provider answers a request identical
 * to one made in the last 250 ms (its cacheTimeout) from that earlier
 * answer, a count from before the last send: a JSON-RPC provider is asked
 * with `send`, which nothing caches.
 */
export async function nextNonce(signer: Signer): Promise<number> {
  const from = await signer.getAddress();
  const p = signer.provider;
  if (!p) {
    throw new EthereumError("the signer has no provider to read its nonce from");
  }
  const raw = p as unknown as { send?: (method: string, params: unknown[]) => Promise<unknown> };
  const count = async (tag: "pending" | "latest"): Promise<number> => {
    if (typeof raw.send === "function") {
      const n = await raw.send("eth_getTransactionCount", [from, tag]);
      if (typeof n === "string" || typeof n === "number" || typeof n === "bigint") {
        return Number(BigInt(n));
      }
    }
    return p.getTransactionCount(from, tag);
  };
  const [pending, latest] = await Promise.all([count("pending"), count("latest")]);
  return Math.max(pending, latest);
}

function payable(r: Request): boolean {
  return (r.escrowAmount ?? 0n) > 0n;
}

function check(r: Request): void {
  if (r.gasPrice < 0n || r.gasLimit <= 0n) {
    throw new EthereumError("a task's gas limit is positive and its gas price not negative");
  }
  if ((r.escrowAmount ?? 0n) < 0n) {
    throw new EthereumError("a negative escrow");
  }
}

function proofArgs(p: QueryReceiptProofResponse) {
  const r = p.receipt;
  if (!r) {
    throw new EthereumError("no proof");
  }
  const ref = { nonce: p.batch, firstSequence: p.firstSequence, lastSequence: p.lastSequence };
  const leaf = {
    sequence: r.sequence, taskId: hexlify(r.taskId), status: r.status, gasUsed: r.gasUsed, callbackHash: hexlify(p.callbackHash),
    receiptHash: hexlify(p.receiptHash),
  };
  return [ref, leaf, p.proof.map((h) => hexlify(h))] as const;
}
