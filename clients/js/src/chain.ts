// Reading the chain through a node's CometBFT RPC: the modules' gRPC
// queries as ABCI queries (the protobuf types of src/proto, no JSON form
// to interpret), and the latest block height to wait on. One HTTP endpoint
// serves it all, in Node and in a browser.

import { decodeBase64, hexlify } from "ethers";

import * as bridgeQuery from "./proto/enigma/bridge/v1/query";
import * as epochQuery from "./proto/enigma/epoch/v1/query";
import * as registryQuery from "./proto/enigma/registry/v1/query";
import * as computeQuery from "./proto/enigma/secretcompute/v1/query";

/** A message type of src/proto. */
interface Codec<T> {
  encode(m: T): { finish(): Uint8Array };
  decode(b: Uint8Array): T;
  fromPartial(o: any): T;
}

/**
 * A refusal by the chain: the registered error (codespace and code) as
 * the node reports it, and the gRPC status of a query when it has one
 * ("NotFound", "InvalidArgument", ...).
 */
export class ChainError extends Error {
  constructor(
    message: string,
    readonly codespace: string,
    readonly code: number,
    readonly grpcCode = "",
  ) {
    super(message);
    this.name = "ChainError";
  }

  /** Whether the chain has nothing under the key asked for (yet). */
  get notFound(): boolean {
    return this.grpcCode === "NotFound" || (this.codespace === "sdk" && this.code === 38);
  }

  /** Whether asking again cannot help (a malformed or refused query). */
  get permanent(): boolean {
    return ["InvalidArgument", "Unimplemented", "PermissionDenied", "Unauthenticated"].includes(this.grpcCode);
  }
}

/** The fetch a Chain uses: globalThis.fetch by default. */
export type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<any>;
}>;

/** A node's CometBFT RPC (`http://127.0.0.1:26657` on the localnet). */
export class Chain {
  private id = 0;
  private readonly fetch: Fetch;

  constructor(
    readonly rpc: string,
    opts: { fetch?: Fetch; timeoutMs?: number } = {},
  ) {
    if (!/^https?:\/\//.test(rpc)) {
      throw new Error(`the node's RPC is an http(s) URL, got ${JSON.stringify(rpc)}`);
    }
    this.fetch = opts.fetch ?? ((url, init) => globalThis.fetch(url, init as RequestInit)) as Fetch;
    this.timeoutMs = opts.timeoutMs ?? 10_000;
  }

  private readonly timeoutMs: number;

  /** One JSON-RPC call. */
  async call(method: string, params: object): Promise<any> {
    let res;
    try {
      res = await this.fetch(this.rpc, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: ++this.id, method, params }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      throw new Error(`node ${this.rpc}: ${method}: ${(e as Error).message}`);
    }
    const body = await res.json().catch(() => undefined);
    if (!body || body.error) {
      const e = body?.error;
      throw new Error(`node ${this.rpc}: ${method}: ${e ? `${e.message} ${e.data ?? ""}`.trim() : `HTTP ${res.status}`}`);
    }
    return body.result;
  }

  /** A module's gRPC query, e.g. `/enigma.registry.v1.Query/Params`. */
  async query<Req, Res>(path: string, req: Codec<Req>, res: Codec<Res>, value: Partial<Req>): Promise<Res> {
    const data = hexlify(req.encode(req.fromPartial(value)).finish()).slice(2);
    const r = (await this.call("abci_query", { path, data, prove: false })).response;
    if (r.code !== 0) {
      const log: string = r.log ?? "";
      const grpc = /rpc error: code = (\w+) desc = /.exec(log)?.[1] ?? "";
      throw new ChainError(`${path}: ${log.replace(/^rpc error: code = \w+ desc = /, "")}`, r.codespace ?? "", r.code, grpc);
    }
    return res.decode(r.value ? decodeBase64(r.value) : new Uint8Array());
  }

  /** The node's chain id and latest height (CometBFT `status`). */
  async status(): Promise<{ chainId: string; height: bigint }> {
    const s = await this.call("status", {});
    return { chainId: s.node_info.network, height: BigInt(s.sync_info.latest_block_height) };
  }

  /** The current epoch (number, seed, heights). */
  async currentEpoch() {
    const r = await this.query("/enigma.epoch.v1.Query/CurrentEpoch", epochQuery.QueryCurrentEpochRequest, epochQuery.QueryCurrentEpochResponse, {});
    if (!r.epoch) throw new ChainError("the node answered no current epoch", "client", 8);
    return r.epoch;
  }

  /** x/registry's params: the attestation policy, the group size. */
  async registryParams() {
    const r = await this.query("/enigma.registry.v1.Query/Params", registryQuery.QueryParamsRequest, registryQuery.QueryParamsResponse, {});
    if (!r.params) throw new ChainError("the node answered no registry params", "client", 8);
    return r.params;
  }

  /** An epoch's worker set with the stakes selection weighs. */
  async workerSet(epoch: bigint) {
    const r = await this.query("/enigma.registry.v1.Query/WorkerSet", registryQuery.QueryWorkerSetRequest, registryQuery.QueryWorkerSetResponse, { epoch });
    if (!r.workerSet) throw new ChainError(`epoch ${epoch} has no worker set`, "client", 3);
    return r.workerSet;
  }

  /** A worker's record: keys, quote, the TCB status the chain recorded. */
  async worker(enclaveAddress: string) {
    const r = await this.query("/enigma.registry.v1.Query/Worker", registryQuery.QueryWorkerRequest, registryQuery.QueryWorkerResponse, { enclaveAddress });
    if (!r.worker) throw new ChainError(`no worker ${enclaveAddress}`, "client", 3, "NotFound");
    return r.worker;
  }

  /** A task and its receipt, if any. */
  async task(taskId: string) {
    return this.query("/enigma.secretcompute.v1.Query/Task", computeQuery.QueryTaskRequest, computeQuery.QueryTaskResponse, { taskId });
  }

  /** A secret contract. */
  async contract(address: string) {
    return this.query("/enigma.secretcompute.v1.Query/Contract", computeQuery.QueryContractRequest, computeQuery.QueryContractResponse, { address });
  }

  /** The proof of a receipt in its batch (NotFound until the batch closes). */
  async receiptProof(taskId: string, sequence: bigint) {
    return this.query("/enigma.secretcompute.v1.Query/ReceiptProof", computeQuery.QueryReceiptProofRequest, computeQuery.QueryReceiptProofResponse, {
      taskId,
      sequence,
    });
  }

  /** x/bridge's params: the bridge contract and its Ethereum chain. */
  async bridgeParams() {
    const r = await this.query("/enigma.bridge.v1.Query/Params", bridgeQuery.QueryParamsRequest, bridgeQuery.QueryParamsResponse, {});
    if (!r.params) throw new ChainError("the node answered no bridge params", "client", 8);
    return r.params;
  }
}
