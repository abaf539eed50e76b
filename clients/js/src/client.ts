// EnigmaClient: a secret computation from a dApp, step by step as the Go
// client (client/README.md) takes it: select the worker, verify its
// attestation, seal the call for it, record the task on Ethereum, hand the
// data to a node's ingress, wait for the receipt, check it and decrypt it.

import { AbiCoder, concat, FunctionFragment, getAddress, getBytes, hexlify, keccak256, Signer, TransactionReceipt } from "ethers";

import { AttesterOptions, QuoteVerifier, Verdict, verifyWorker } from "./attestation";
import { Chain, ChainError, Fetch } from "./chain";
import type { DcapCollateral } from "./dcap";
import { Suite, suiteNames, seal as sealEnvelope, openResult } from "./envelope";
import { Ethereum, EthereumError, Recorded } from "./ethereum";
import { BytesLike, callbackHash, contractAddress, inputsHash, newSalt, receiptHash, receiptSigner, Status, statusNames, TaskRecord, uintWord, ZeroAddress, ZeroHash } from "./formats";
import { Ingress, IngressError } from "./ingress";
import { Params } from "./proto/enigma/registry/v1/registry";
import { Receipt, Task as ChainTask, TaskKind } from "./proto/enigma/secretcompute/v1/secretcompute";
import { select } from "./selection";

/** How a client reaches the network and whom it trusts. */
export interface ClientOptions {
  /** The chain id the user means (never the one a node reports). */
  chainId: string;
  /** A node's CometBFT RPC, e.g. http://127.0.0.1:26657. */
  node: string;
  /** A node's ingress, e.g. http://127.0.0.1:1318. */
  ingress: string;
  /** The user's Ethereum account: an ethers Signer with a provider. */
  ethereum: Signer;
  /**
   * The bridge contract the user means to pay (required): a node that
   * names another is refused, or a hostile node could name its own
   * contract and take the fees.
   */
  bridge: string;
  /** The highest gas price the client pays without being told one (wei, or fee-token units with fee "eng"); default 10^12. */
  maxGasPrice?: bigint;
  /**
   * Called, and awaited, with the task (saveTask() makes it JSON) before it
   * is paid for and again once it is recorded: keep it, and a process that
   * stops can resume() it, read its result or claim its refund.
   */
  persist?: (task: Task) => void | Promise<void>;
  /** Accept simulated enclaves when the chain does (development networks such as the localnet). */
  allowSimulated?: boolean;
  /** The SGX quote verifier (loadDcap()); needed for SGX workers. */
  dcap?: QuoteVerifier;
  /** Intel's collateral for SGX quotes (DcapCollateral or its JSON); without it, the TCB status the chain recorded. */
  collateral?: string | DcapCollateral;
  /** How often to look at the chain while waiting (ms, default 300). */
  pollMs?: number;
  /** The fetch to use (globalThis.fetch by default). */
  fetch?: Fetch;
}

/** The stages of a task, in order; each is reported once, with the time since the task began. */
export type Stage = "worker" | "sealed" | "recorded" | "observed" | "accepted" | "committed";

/** A stage as it happened. */
export interface StageEvent {
  stage: Stage;
  /** Milliseconds since the task began. */
  ms: number;
  /** What happened, in words (the worker and how it was verified, the transaction, ...). */
  detail: string;
}

/** How a task is paid and sealed. */
export interface TaskOptions {
  /** An ETH escrow (a payable call), in wei; the contract sees it as msg.value. */
  value?: bigint | number;
  /** Pay the gas in ETH (default) or in ENG with a permit. */
  fee?: "eth" | "eng";
  /** X25519 (default) or X-Wing, the post-quantum hybrid. */
  suite?: Suite;
  gasLimit?: bigint | number;
  /** Default: the bridge's minimum. */
  gasPrice?: bigint | number;
  /** How long to wait for the chain to observe the record on Ethereum (ms, default 600 000: the bridge waits for confirmations). */
  recordTimeoutMs?: number;
  /** How long to wait for the result once the data is handed over (ms, default 120 000). */
  timeoutMs?: number;
  /** Called at each stage. */
  onStage?: (e: StageEvent) => void;
  /**
   * The task's salt (default: a fresh random one). A deployment's address
   * follows from it (deploymentAddress), so a dApp on Ethereum can name
   * the secret contract before it exists. Never reuse one: the bridge
   * refuses a second record of the same task id.
   */
  salt?: string;
}

/** What a task returned, checked against its receipt and decrypted. */
export interface Outcome {
  status: Status;
  statusName: string;
  /** The decrypted return data (or revert data). */
  output: Uint8Array;
  /** The return values decoded with the signature's `returns (...)`, for a successful call. */
  values?: unknown[];
  /** Solidity's Error(string) of a reverted call, when it is one. */
  revertReason?: string;
  gasUsed: bigint;
  receipt: Receipt;
}

/** A refusal to go on with a task; the message says why, with the task id once it has one. */
export class ClientError extends Error {
  constructor(
    message: string,
    /**
     * Codes as the Go client's: 2 configuration, 3 no worker, 4 attestation
     * refused, 5 the result does not check (a forged or altered result), 6
     * timeout, 7 Ethereum, 8 not on chain yet; and 9 the task ran and
     * failed (TaskFailedError).
     */
    readonly code: number,
  ) {
    super(message);
    this.name = "ClientError";
  }
}

/** A task that ran and did not succeed (reverted, out of gas, timed out, ...): its outcome, checked, is here. */
export class TaskFailedError extends ClientError {
  constructor(
    message: string,
    readonly outcome: Outcome,
  ) {
    super(message, 9);
    this.name = "TaskFailedError";
  }
}

/** A task the client sealed and paid for: what it needs to read the result or claim a refund later. */
export interface Task {
  taskId: string;
  contract: string;
  epoch: bigint;
  worker: string;
  suite: Suite;
  envelope: Uint8Array;
  /** The key that opens the result: it never leaves the client. */
  resultKey: Uint8Array;
  salt: string;
  recorded?: Recorded;
  /** A deployment's bytecode. */
  bytecode?: Uint8Array;
}

/** A target: the worker the chain selects for a contract in the current epoch, verified. */
export interface Target {
  contract: string;
  epoch: bigint;
  worker: string;
  verdict: Verdict;
}

/** The client. One per user account; safe for concurrent tasks. */
export class EnigmaClient {
  readonly chain: Chain;
  readonly ingress: Ingress;
  private eth?: Promise<Ethereum>;
  private readonly verdicts = new Map<string, { epoch: bigint; verdict: Verdict }>();
  private nodeChecked?: Promise<void>;

  constructor(readonly options: ClientOptions) {
    if (!options.chainId) {
      throw new ClientError("a chain id is required", 2);
    }
    if (!options.bridge || !/^0x[0-9a-fA-F]{40}$/.test(options.bridge)) {
      throw new ClientError(`the bridge contract the user pays is required (0x and 40 hex digits), got ${JSON.stringify(options.bridge)}`, 2);
    }
    this.chain = new Chain(options.node, { fetch: options.fetch });
    this.ingress = new Ingress(options.ingress, { fetch: options.fetch });
  }

  /**
   * checkNode tells early, once, when the node is of another chain than
   * the one configured (the attestation's binding would refuse later with
   * a less direct message). Only a diagnostic: the configured chain id is
   * what is verified.
   */
  private checkNode(): Promise<void> {
    if (!this.nodeChecked) {
      this.nodeChecked = this.chain.status().then((st) => {
        if (st.chainId !== this.options.chainId) {
          throw new ClientError(`the node ${this.options.node} is on chain ${st.chainId}, this client is for ${this.options.chainId}`, 2);
        }
      });
      this.nodeChecked.catch(() => (this.nodeChecked = undefined));
    }
    return this.nodeChecked;
  }

  /** The address a deployment with this salt, by this client's account, will have. */
  async deploymentAddress(salt: string): Promise<string> {
    return contractAddress((await this.ethereum()).taskId(salt));
  }

  /** The user's side of the bridge (connected once). */
  ethereum(): Promise<Ethereum> {
    if (!this.eth) {
      this.eth = Ethereum.connect(this.chain, this.options.ethereum, this.options.bridge);
      this.eth.catch(() => (this.eth = undefined));
    }
    return this.eth;
  }

  /**
   * target selects the worker for a contract (x/registry's rule, on the
   * current epoch's seed and worker set) and verifies it; the verdict is
   * cached per worker record, params and epoch.
   */
  async target(contract: string): Promise<Target> {
    contract = getAddress(contract);
    await this.checkNode();
    const [epoch, params] = await Promise.all([this.chain.currentEpoch(), this.chain.registryParams()]);
    let set;
    try {
      set = await this.chain.workerSet(epoch.number);
    } catch (e) {
      if (e instanceof ChainError && e.notFound) throw new ClientError(`epoch ${epoch.number} has no worker set`, 3);
      throw e;
    }
    let chosen: string;
    try {
      const workers = set.workers.map((w) => ({ address: hexlify(w.enclaveAddress), stake: BigInt(w.stake) }));
      chosen = select(workers, hexlify(epoch.seed), contract, Math.max(params.groupSize, 1))[0];
    } catch (e) {
      throw new ClientError(`epoch ${epoch.number}: ${(e as Error).message}`, 3);
    }
    const w = await this.chain.worker(chosen);
    if (hexlify(w.enclaveAddress) !== chosen.toLowerCase()) {
      throw new ClientError(`the node answered worker ${hexlify(w.enclaveAddress)} for ${chosen}`, 4);
    }
    // A verdict is cached per worker record (keys, quote, TCB status),
    // params and epoch, as the Go client's: each field length-prefixed.
    const enc = new TextEncoder();
    const key = `${chosen}|${epoch.number}|` + keccak256(concat([w.enclaveAddress, w.signerPubkey, w.x25519Key, w.xwingKey, w.quote, enc.encode(w.tcbStatus),
      ...w.advisoryIds.map((a) => enc.encode(a)), Params.encode(params).finish()].flatMap((b) => [uintWord(BigInt(b.length)).subarray(28), b])));
    let verdict = this.verdicts.get(key)?.verdict;
    if (!verdict) {
      const o: AttesterOptions = { chainId: this.options.chainId, allowSimulated: this.options.allowSimulated, dcap: this.options.dcap,
        collateral: this.options.collateral };
      try {
        verdict = verifyWorker(w, params, o);
      } catch (e) {
        throw new ClientError((e as Error).message, 4);
      }
      for (const [k, v] of this.verdicts) {
        if (v.epoch + 1n < epoch.number) this.verdicts.delete(k); // older than the previous epoch
      }
      this.verdicts.set(key, { epoch: epoch.number, verdict });
    }
    return { contract, epoch: epoch.number, worker: chosen, verdict };
  }

  /**
   * call runs a function of a secret contract: `"bid(uint256)"` or, to
   * decode the result, `"highest() returns (uint256)"`, with its arguments
   * as ethers takes them.
   */
  call(contract: string, signature: string, args: unknown[] = [], opts: TaskOptions = {}): TaskHandle {
    let fn: FunctionFragment;
    try {
      fn = FunctionFragment.from(signature.startsWith("function ") ? signature : `function ${signature}`);
    } catch (e) {
      throw new ClientError(`signature ${JSON.stringify(signature)}: ${(e as Error).message}`, 2);
    }
    let data: string;
    try {
      data = fn.selector + AbiCoder.defaultAbiCoder().encode(fn.inputs, args).slice(2);
    } catch (e) {
      throw new ClientError(`arguments of ${fn.format()}: ${(e as Error).message}`, 2);
    }
    let address: string;
    try {
      address = getAddress(contract);
    } catch (e) {
      throw new ClientError(`contract ${JSON.stringify(contract)}: ${(e as Error).message}`, 2);
    }
    return new TaskHandle(this, { kind: "call", contract: address, data, fn }, opts);
  }

  /**
   * deploy deploys a secret contract: its creation bytecode and its
   * constructor's arguments (sealed: only the enclave reads them). The
   * contract's address is the handle's `contract`, known before sending.
   */
  deploy(bytecode: BytesLike, constructorTypes: string[] = [], args: unknown[] = [], opts: TaskOptions = {}): TaskHandle {
    let data: string;
    try {
      data = AbiCoder.defaultAbiCoder().encode(constructorTypes, args);
    } catch (e) {
      throw new ClientError(`constructor arguments: ${(e as Error).message}`, 2);
    }
    return new TaskHandle(this, { kind: "deploy", bytecode: getBytes(bytecode), data }, opts);
  }

  /**
   * resume follows a task a process kept (persist, saveTask) to its
   * outcome: from its record on Ethereum, the data handed over if it was
   * not, the result checked and decrypted with the kept key. `signature`
   * decodes a call's return values.
   */
  resume(task: Task, signature?: string, opts: TaskOptions = {}): TaskHandle {
    let fn: FunctionFragment | undefined;
    if (signature) {
      try {
        fn = FunctionFragment.from(signature.startsWith("function ") ? signature : `function ${signature}`);
      } catch (e) {
        throw new ClientError(`signature ${JSON.stringify(signature)}: ${(e as Error).message}`, 2);
      }
    }
    return new TaskHandle(this, { kind: "resume", task, fn }, opts);
  }

  /**
   * submit hands a task's data to the ingress once the chain observed its
   * record (the ingress answers "unknown task" until then), and returns
   * the hash of the transaction that carries it.
   */
  async submit(t: Task, deadline: number): Promise<string> {
    for (;;) {
      try {
        return await this.ingress.submit({ taskId: t.taskId, epoch: t.epoch, worker: t.worker, envelope: t.envelope, bytecode: t.bytecode });
      } catch (e) {
        if (e instanceof IngressError && e.alreadyOnChain) {
          // A retry of a submission that went through: only this task's
          // data matches its record's inputs hash.
          return "";
        }
        const again = e instanceof IngressError ? e.unknownTask || e.retryable : !(e instanceof ClientError); // a network error
        if (!again) throw e;
        if (Date.now() > deadline) {
          throw new ClientError(`task ${t.taskId}: the data was not handed over in time (${(e as Error).message})`, 8);
        }
      }
      await sleep(this.options.pollMs ?? 300);
    }
  }

  /**
   * waitRecorded returns the task once the chain has observed its record
   * on Ethereum (with a receipt already when the chain ended it at once:
   * a call to a contract it does not know).
   */
  async waitRecorded(taskId: string, deadline: number) {
    for (;;) {
      try {
        return await this.chain.task(taskId);
      } catch (e) {
        if (e instanceof ChainError && e.permanent) throw e;
        if (Date.now() > deadline) {
          throw new ClientError(`task ${taskId}: the chain has not observed its record (${(e as Error).message})`, 8);
        }
      }
      await sleep(this.options.pollMs ?? 300);
    }
  }

  /** wait returns the task's receipt once the chain has it. */
  async wait(taskId: string, deadline: number): Promise<Receipt> {
    let last = "";
    let status = "not on chain";
    for (;;) {
      try {
        const r = await this.chain.task(taskId);
        if (r.receipt) return r.receipt;
        status = r.task ? `status ${r.task.status}` : status;
        last = "";
      } catch (e) {
        if (e instanceof ChainError && e.permanent) throw e;
        if (!(e instanceof ChainError && e.notFound)) last = (e as Error).message;
      }
      if (Date.now() > deadline) {
        throw new ClientError(`task ${taskId} (${status}${last ? `; the last query failed: ${last}` : ""}): timed out`, 6);
      }
      await sleep(this.options.pollMs ?? 300);
    }
  }

  /**
   * open checks a receipt against the task (its task and contract, its
   * output hash, the enclave's signature by the worker the data was sealed
   * for) and decrypts the output with the result key.
   */
  async open(t: Task, r: Receipt): Promise<{ status: Status; output: Uint8Array; gasUsed: bigint }> {
    try {
      return await this.check(t, r);
    } catch (e) {
      if (e instanceof ClientError) throw e;
      throw new ClientError(`task ${t.taskId}: a malformed receipt: ${(e as Error).message}`, 5);
    }
  }

  private async check(t: Task, r: Receipt): Promise<{ status: Status; output: Uint8Array; gasUsed: bigint }> {
    const fail = (why: string) => new ClientError(`task ${t.taskId}: ${why}`, 5);
    if (hexlify(r.taskId) !== t.taskId.toLowerCase()) throw fail(`the receipt is for task ${hexlify(r.taskId)}`);
    if (hexlify(r.contract) !== t.contract.toLowerCase()) throw fail(`the receipt is for contract ${hexlify(r.contract)}`);
    const want = r.output.length > 0 ? keccak256(r.output) : ZeroHash;
    if (hexlify(r.outputHash) !== want) throw fail("the output does not hash to the receipt's output hash");
    const status = r.status as Status;
    const chainWritten = status === Status.Timeout || status === Status.Refused;
    if (chainWritten && r.output.length > 0) throw fail(`a ${statusNames[status]} receipt with an output`);
    if (!chainWritten) {
      const worker = getAddress(hexlify(r.worker));
      const hash = receiptHash({
        taskId: r.taskId, contract: hexlify(r.contract), status: r.status, outputHash: r.outputHash, deltaIndex: r.deltaIndex, deltaHash: r.deltaHash,
        gasUsed: r.gasUsed, worker, callbackHash: callbackHash(r.callbackTarget.length ? hexlify(r.callbackTarget) : undefined, r.callbackData),
        taskHash: r.taskHash, stateHead: r.stateHead,
      });
      let signer: string;
      try {
        signer = receiptSigner(this.options.chainId, hash, r.signature);
      } catch (e) {
        throw fail(`the enclave's signature: ${(e as Error).message}`);
      }
      if (signer !== worker) throw fail(`the enclave's signature is by ${signer}, the receipt names ${worker}`);
      if (worker !== getAddress(t.worker)) throw fail(`run by ${worker}, its data was sealed for ${t.worker}`);
    }
    let output: Uint8Array = new Uint8Array();
    if (r.output.length > 0) {
      try {
        output = await openResult(t.resultKey, t.taskId, r.output);
      } catch (e) {
        throw fail((e as Error).message);
      }
    }
    return { status, output, gasUsed: r.gasUsed };
  }

  /**
   * proof waits for the receipt's batch to close and returns the chain's
   * proof of it, for a refund or a callback on Ethereum.
   */
  async proof(r: Receipt, deadline: number) {
    const id = hexlify(r.taskId);
    for (;;) {
      try {
        const p = await this.chain.receiptProof(id, r.sequence);
        if (!p.receipt || hexlify(p.receipt.taskId) !== id || p.receipt.sequence !== r.sequence) {
          throw new ClientError(`task ${id}: the node's proof is for another receipt`, 5);
        }
        return p;
      } catch (e) {
        if (!(e instanceof ChainError && e.notFound)) throw e;
      }
      if (Date.now() > deadline) throw new ClientError(`task ${id}: its receipt is not in a closed batch yet`, 8);
      await sleep(this.options.pollMs ?? 300);
    }
  }

  /**
   * refund claims a finished task's refund on Ethereum once its batch is
   * there (the bridge answers UnknownBatch until the relayers commit it).
   */
  async refund(t: Task, r: Receipt, timeoutMs = 180_000): Promise<{ receipt: TransactionReceipt; fee: bigint; escrow: bigint }> {
    const receipt = await this.onEthereum(t, r, timeoutMs, (eth, p, rec) => eth.claimRefund(p, rec));
    const ev = (await this.ethereum()).events(receipt).find((e) => e.name === "RefundClaimed");
    if (!ev) throw new ClientError(`task ${t.taskId}: transaction ${receipt.hash} emitted no RefundClaimed`, 7);
    return { receipt, fee: ev.args.fee, escrow: ev.args.escrow };
  }

  /**
   * callback executes the Ethereum callback a successful task asked for,
   * once its batch is on Ethereum. `ok` false: the bridge ran it and the
   * target reverted (or used more than the bridge's callbackGas); the
   * escrow is credited back to the task's sender.
   */
  async callback(t: Task, r: Receipt, timeoutMs = 180_000): Promise<{ receipt: TransactionReceipt; ok: boolean }> {
    if (r.callbackTarget.length === 0) throw new ClientError(`task ${t.taskId} asked for no callback`, 5);
    const receipt = await this.onEthereum(t, r, timeoutMs, (eth, p, rec) => eth.executeCallback(p, rec));
    const ev = (await this.ethereum()).events(receipt).find((e) => e.name === "CallbackExecuted");
    if (!ev) throw new ClientError(`task ${t.taskId}: transaction ${receipt.hash} emitted no CallbackExecuted`, 7);
    return { receipt, ok: ev.args.ok };
  }

  private async onEthereum<T>(t: Task, r: Receipt, timeoutMs: number, f: (eth: Ethereum, p: Awaited<ReturnType<EnigmaClient["proof"]>>, rec: TaskRecord) => Promise<T>) {
    if (!t.recorded) throw new ClientError(`task ${t.taskId}: its record is not known to this client`, 2);
    const deadline = Date.now() + timeoutMs;
    const p = await this.proof(r, deadline);
    const eth = await this.ethereum();
    for (;;) {
      try {
        return await f(eth, p, t.recorded.record);
      } catch (e) {
        if (!(e instanceof EthereumError && e.reason === "UnknownBatch") || Date.now() > deadline) throw e;
      }
      await sleep(1000);
    }
  }
}

type Job =
  | { kind: "call"; contract: string; data: string; fn: FunctionFragment }
  | { kind: "deploy"; bytecode: Uint8Array; data: string }
  | { kind: "resume"; task: Task; fn?: FunctionFragment };

/**
 * A task on its way: `on(stage)` events as it goes, `done()` the checked
 * and decrypted outcome. It starts at once; its id and contract are known
 * before anything is paid.
 */
export class TaskHandle {
  /** The task id (computed from a fresh salt before anything is sent). */
  readonly taskId: Promise<string>;
  /** The secret contract: the one called, or the address a deployment will have. */
  readonly contract: Promise<string>;
  readonly stages: StageEvent[] = [];
  /** The task as sealed and recorded, once it is (keep it, saveTask(), to resume it or claim a refund later). */
  task?: Task;
  private readonly listeners: Array<(e: StageEvent) => void> = [];
  private readonly outcome: Promise<Outcome>;
  private readonly began = Date.now();

  constructor(
    private readonly client: EnigmaClient,
    private readonly job: Job,
    private readonly opts: TaskOptions,
  ) {
    if (opts.onStage) this.listeners.push(opts.onStage);
    if (job.kind === "resume") {
      this.task = job.task;
      this.taskId = Promise.resolve(job.task.taskId);
      this.contract = Promise.resolve(job.task.contract);
      this.outcome = this.finish(job.task, job.fn);
    } else {
      if (opts.salt !== undefined && !/^0x[0-9a-fA-F]{64}$/.test(opts.salt)) {
        throw new ClientError(`a salt is 0x and 64 hex digits, got ${JSON.stringify(opts.salt)}`, 2);
      }
      const salt = opts.salt ?? newSalt();
      const eth = client.ethereum();
      this.taskId = eth.then((e) => e.taskId(salt));
      this.contract = job.kind === "call" ? Promise.resolve(job.contract) : this.taskId.then(contractAddress);
      this.outcome = eth.then((e) => this.run(e, salt));
    }
    // Reported by done() and result(); never an unhandled rejection.
    this.taskId.catch(() => undefined);
    this.contract.catch(() => undefined);
    this.outcome.catch(() => undefined);
  }

  /** Calls f at each stage from now on (and for those already reached). */
  on(f: (e: StageEvent) => void): this {
    for (const e of this.stages) {
      try {
        f(e);
      } catch {
        // a listener's error is its own
      }
    }
    this.listeners.push(f);
    return this;
  }

  /** The outcome, checked against the receipt and decrypted; a revert is an outcome, not an error. */
  done(): Promise<Outcome> {
    return this.outcome;
  }

  /** The decoded return values of a successful call; a task that failed throws TaskFailedError with its outcome. */
  async result(): Promise<unknown[]> {
    const o = await this.outcome;
    if (o.status !== Status.Success) {
      throw new TaskFailedError(`task ${this.task?.taskId}: ${o.statusName}${o.revertReason ? `: ${o.revertReason}` : ""}`, o);
    }
    return o.values ?? [];
  }

  private stage(stage: Stage, detail: string) {
    const e = { stage, ms: Date.now() - this.began, detail };
    this.stages.push(e);
    for (const f of this.listeners) {
      try {
        f(e);
      } catch {
        // a listener's error is its own
      }
    }
  }

  private async run(eth: Ethereum, salt: string): Promise<Outcome> {
    const c = this.client;
    const o = this.opts;
    const job = this.job as Exclude<Job, { kind: "resume" }>;
    const id = eth.taskId(salt);
    const deploy = job.kind === "deploy";
    const contract = job.kind === "call" ? job.contract : contractAddress(id);
    const value = big(o.value ?? 0n, "value");
    const eng = o.fee === "eng";
    if (deploy && value > 0n) throw new ClientError("a deployment escrows nothing", 2);
    if (eng && value > 0n) throw new ClientError("a task paid in ENG takes no escrow", 2);
    if (!deploy) {
      // Paying for a call to a contract the chain does not know buys a timeout.
      await c.chain.contract(contract).catch((e) => {
        throw e instanceof ChainError && e.notFound ? new ClientError(`contract ${contract} is not deployed on ${c.options.chainId}`, 2) : e;
      });
    }
    const t = await c.target(contract);
    const v = t.verdict;
    this.stage("worker", `${t.worker} selected in epoch ${t.epoch}, ${v.simulated ? "a simulated enclave (allowed on this chain and by this client)" : `SGX, TCB ${v.tcbStatus} (${v.tcbSource})`}`);
    const suite = o.suite ?? Suite.X25519;
    const pub = suite === Suite.XWing ? v.keys.xwing : v.keys.x25519;
    if (pub.length === 0) throw new ClientError(`worker ${t.worker} offers no ${suiteNames[suite]} key`, 2);
    const sealed = await sealEnvelope(suite, pub, { chainId: c.options.chainId, contract, taskId: id }, { data: job.data, amount: value });
    const task: Task = { taskId: id, contract, epoch: t.epoch, worker: t.worker, suite, envelope: sealed.envelope, resultKey: sealed.resultKey, salt,
      bytecode: job.kind === "deploy" ? job.bytecode : undefined };
    this.task = task;
    this.stage("sealed", `${sealed.envelope.length} bytes (${suiteNames[suite]}); the result key stays here`);

    const gasLimit = big(o.gasLimit ?? (deploy ? 1_000_000n : 200_000n), "gasLimit");
    const gasPrice = o.gasPrice !== undefined ? big(o.gasPrice, "gasPrice") : await eth.minGasPrice(eng);
    const cap = c.options.maxGasPrice ?? 10n ** 12n;
    if (o.gasPrice === undefined && gasPrice > cap) {
      throw new ClientError(`the bridge's minimum gas price ${gasPrice} is above this client's maxGasPrice ${cap}`, 2);
    }
    await c.options.persist?.(task);
    const ih = inputsHash(sealed.envelope);
    let rec: Recorded;
    if (job.kind === "deploy") {
      rec = await eth.recordDeployment(salt, keccak256(job.bytecode), ih, gasLimit, gasPrice);
    } else if (eng) {
      rec = await eth.recordWithPermit({ salt, contract, inputsHash: ih, gasLimit, gasPrice }, new Date(Date.now() + 3_600_000));
    } else {
      [rec] = await eth.record({ salt, contract, inputsHash: ih, gasLimit, gasPrice, escrowToken: ZeroAddress, escrowAmount: value });
    }
    task.recorded = rec;
    this.stage("recorded", `on Ethereum: tx ${rec.tx}, block ${rec.block}`);
    await c.options.persist?.(task);
    return this.finish(task, job.kind === "call" ? job.fn : undefined);
  }

  /** From a recorded task to its outcome: observed, handed over, committed, checked and decrypted. */
  private async finish(task: Task, fn?: FunctionFragment): Promise<Outcome> {
    const c = this.client;
    const id = task.taskId;
    const observed = await c.waitRecorded(id, Date.now() + (this.opts.recordTimeoutMs ?? 600_000));
    if (!task.recorded && observed.task) {
      // A resumed task whose record was not kept: the chain has it.
      task.recorded = recordedFrom(observed.task);
    }
    let receipt = observed.receipt;
    if (receipt) {
      this.stage("observed", `by the chain, which ended the task (${statusNames[receipt.status]})`);
    } else {
      this.stage("observed", "by the chain (the bridge's validators attested the record)");
      const deadline = Date.now() + (this.opts.timeoutMs ?? 120_000);
      const hash = await c.submit(task, deadline);
      this.stage("accepted", hash ? `by the ingress: data in transaction ${hash}` : "by the chain: the data was already handed over");
      receipt = await c.wait(id, deadline);
    }
    const opened = await c.open(task, receipt);
    const out: Outcome = { status: opened.status, statusName: statusNames[opened.status] ?? String(opened.status), output: opened.output, gasUsed: opened.gasUsed,
      receipt };
    if (opened.status === Status.Success && fn && fn.outputs.length > 0) {
      try {
        out.values = [...AbiCoder.defaultAbiCoder().decode(fn.outputs, opened.output)];
      } catch (e) {
        throw new ClientError(`task ${id}: the output does not decode as ${fn.format("sighash")} returns: ${(e as Error).message}`, 5);
      }
    }
    if (opened.status === Status.Revert && opened.output.length >= 4 && hexlify(opened.output.subarray(0, 4)) === "0x08c379a0") {
      try {
        out.revertReason = AbiCoder.defaultAbiCoder().decode(["string"], opened.output.subarray(4))[0];
      } catch {
        // not a well-formed Error(string)
      }
    }
    this.stage("committed", `${out.statusName}, gas used ${out.gasUsed}`);
    return out;
  }
}

/** The record of a task as the chain observed it (for a refund when the client did not keep it). */
function recordedFrom(t: ChainTask): Recorded {
  const addr = (b: Uint8Array) => (b.length ? getAddress(hexlify(b)) : ZeroAddress);
  return {
    taskId: hexlify(t.id), eventNonce: 0n, tx: "", block: Number(t.ethBlock),
    record: { sender: addr(t.sender), secretContract: addr(t.contract), feeToken: addr(t.feeToken), gasLimit: t.gasLimit, gasPrice: BigInt(t.gasPrice || "0"),
      escrowToken: addr(t.escrowToken), escrowAmount: t.kind === TaskKind.TASK_KIND_DEPLOY ? 0n : BigInt(t.escrowAmount || "0") },
  };
}

function big(x: bigint | number, name: string): bigint {
  if (typeof x === "number" && !Number.isSafeInteger(x)) {
    throw new ClientError(`${name} ${x} is not a safe integer: pass a bigint`, 2);
  }
  const b = BigInt(x);
  if (b < 0n) throw new ClientError(`${name} is negative`, 2);
  return b;
}

/** A task as JSON (bigints as decimal strings, bytes as 0x hex), to keep with persist(). It holds the result key: keep it private. */
export function saveTask(t: Task): string {
  return JSON.stringify(t, (_, v) => (typeof v === "bigint" ? { bigint: v.toString() } : v instanceof Uint8Array ? { bytes: hexlify(v) } : v));
}

/** A task saveTask() wrote. */
export function loadTask(json: string): Task {
  return JSON.parse(json, (_, v) => (v && typeof v === "object" && "bigint" in v ? BigInt(v.bigint) : v && typeof v === "object" && "bytes" in v ? getBytes(v.bytes) : v));
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
