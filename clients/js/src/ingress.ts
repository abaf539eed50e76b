// A node's ingress (ingress/README.md): the HTTP/JSON routes that take a
// task's sealed data from a user with no chain account and put it on
// chain in a fee-less transaction.

import { hexlify } from "ethers";

import type { Fetch } from "./chain";

/**
 * A refusal by the ingress or the chain behind it: the registered error
 * (`secretcompute` 4 for an unknown task while the chain has not observed
 * its record, `ingress` 3 for a full queue, ...) and the HTTP status.
 */
export class IngressError extends Error {
  constructor(
    message: string,
    readonly codespace: string,
    readonly code: number,
    readonly httpStatus: number,
  ) {
    super(message);
    this.name = "IngressError";
  }

  /** The chain has not observed the task's record yet (secretcompute 4): try again after a block. */
  get unknownTask(): boolean {
    return this.codespace === "secretcompute" && this.code === 4;
  }

  /** The task's data is on chain already (secretcompute 6): a retry of a submission that went through. */
  get alreadyOnChain(): boolean {
    return this.codespace === "secretcompute" && this.code === 6;
  }

  /** Worth trying again later (a full queue, an ingress not ready). */
  get retryable(): boolean {
    return this.httpStatus === 503;
  }
}

/** The data of a call or deployment, sealed for the worker of an epoch. */
export interface TaskData {
  taskId: string;
  epoch: bigint;
  worker: string;
  envelope: Uint8Array;
  /** A deployment's public bytecode; absent for a call. */
  bytecode?: Uint8Array;
}

/** A node's ingress (`http://127.0.0.1:1318` on the localnet). */
export class Ingress {
  private readonly fetch: Fetch;

  constructor(
    readonly url: string,
    opts: { fetch?: Fetch } = {},
  ) {
    if (!/^https?:\/\//.test(url)) {
      throw new Error(`the ingress is an http(s) URL, got ${JSON.stringify(url)}`);
    }
    this.url = url.replace(/\/+$/, "");
    this.fetch = opts.fetch ?? ((url, init) => globalThis.fetch(url, init as RequestInit)) as Fetch;
  }

  /** Hands the data over; the answer is the hash of the transaction that carries it. */
  async submit(d: TaskData): Promise<string> {
    const body: Record<string, string> = {
      task_id: d.taskId,
      epoch: d.epoch.toString(),
      worker: d.worker,
      envelope: hexlify(d.envelope),
    };
    let route = "/enigma/ingress/v1/task_data";
    if (d.bytecode) {
      route = "/enigma/ingress/v1/deploy_data";
      body.bytecode = hexlify(d.bytecode);
    }
    let res;
    try {
      res = await this.fetch(this.url + route, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (e) {
      throw new Error(`ingress ${this.url}: ${(e as Error).message}`);
    }
    const answer = await res.json().catch(() => ({}));
    if (res.status !== 202 && !res.ok) {
      throw new IngressError(
        `the ingress refused task ${d.taskId}: ${answer.message ?? `HTTP ${res.status}`} (${answer.codespace ?? "?"} ${answer.code ?? "?"})`,
        answer.codespace ?? "",
        Number(answer.code ?? 0),
        res.status,
      );
    }
    return answer.tx_hash;
  }
}
