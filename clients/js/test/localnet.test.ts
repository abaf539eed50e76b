// The TypeScript client against a running localnet (real nodes, enclave,
// worker, ingress, geth --dev, orchestrators): a deployment and calls with
// both suites, a call that reverts refunded once on Ethereum, and the
// refusals a user meets. tests/localnet (TestLocalnetClient) runs it with
// ENIGMA_CLIENT_CONFIG set to the localnet's client.toml; by hand:
//
//   make localnet && cd clients/js && npm run build &&
//   ENIGMA_CLIENT_CONFIG=../../.localnet/client.toml node --test dist/test/localnet.test.js
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JsonRpcProvider, Wallet } from "ethers";

import { ClientError, ClientOptions, EnigmaClient, EthereumError, IngressError, loadTask, saveTask, Status, Suite, TaskFailedError, TaskHandle } from "../src";
import { readLocalnet } from "../src/localnet";
import { repoFile } from "./repo";

const config = process.env.ENIGMA_CLIENT_CONFIG;

describe("against the localnet", { skip: !config && "no localnet: set ENIGMA_CLIENT_CONFIG to its client.toml" }, () => {
  const s = config ? readLocalnet(config) : undefined!;
  const provider = config ? new JsonRpcProvider(s.ethRpc, undefined, { polling: true, pollingInterval: 250, staticNetwork: true }) : undefined!;
  const options = (o: Partial<ClientOptions> = {}): ClientOptions => ({
    chainId: s.chainId, node: s.node, ingress: s.ingress, bridge: s.bridge, allowSimulated: s.allowSimulated, ethereum: new Wallet(s.ethKey, provider),
    ...o,
  });
  const counter = JSON.parse(readFileSync(repoFile("contracts", "build", "Counter.json"), "utf8")).bytecode as string;
  let client: EnigmaClient;
  let contract = "";
  let refunded: TaskHandle | undefined;

  test("a deployment and calls, X25519 and X-Wing", async () => {
    client = new EnigmaClient(options());
    const dep = client.deploy(counter);
    const d = await dep.done();
    assert.equal(d.status, Status.Success);
    assert.deepEqual(dep.stages.map((e) => e.stage), ["worker", "sealed", "recorded", "observed", "accepted", "committed"]);
    contract = dep.task!.contract;
    const r = await client.chain.contract(contract);
    assert.equal(r.contract?.deployTaskId && Buffer.from(r.contract.deployTaskId).toString("hex"), dep.task!.taskId.slice(2));

    const [one] = await client.call(contract, "increment() returns (uint256)").result();
    const [two] = await client.call(contract, "increment() returns (uint256)", [], { suite: Suite.XWing }).result();
    assert.equal(two, (one as bigint) + 1n);
  });

  test("a call that reverts is an outcome, its unused gas refunded once on Ethereum", { timeout: 240_000 }, async () => {
    const h = client.call(contract, "decrement() returns (uint256)");
    refunded = h;
    const o = await h.done();
    assert.equal(o.status, Status.Revert);
    await assert.rejects(h.result(), (e: Error) => e instanceof TaskFailedError && e.code === 9 && e.outcome.status === Status.Revert);
    const refund = await client.refund(h.task!, o.receipt);
    const rec = h.task!.recorded!.record;
    assert.equal(refund.fee, (rec.gasLimit - o.gasUsed) * rec.gasPrice, "the gas the reverted call did not use comes back");
    assert.equal(refund.escrow, 0n);
    await assert.rejects(client.refund(h.task!, o.receipt, 5_000), (e: Error) => e instanceof EthereumError && e.reason === "AlreadyClaimed");
  });

  test("refusals", async () => {
    // A client of another chain id is told the node's (the worker's quote
    // binds the chain too: test/attestation.test.ts).
    await assert.rejects(new EnigmaClient(options({ chainId: "enigma-2" })).target(contract), (e: Error) => e instanceof ClientError && e.code === 2 &&
      new RegExp(`is on chain ${s.chainId}, this client is for enigma-2`).test(e.message));
    // Simulated enclaves need the client's consent too.
    await assert.rejects(new EnigmaClient(options({ allowSimulated: false })).target(contract), /this client does not/);
    // The bridge the user means to pay, not the one a node names.
    await assert.rejects(new EnigmaClient(options({ bridge: "0x" + "12".repeat(20) })).ethereum(), /names bridge/);
    // A user without ETH is told so, before anything is sent.
    const poor = new EnigmaClient(options({ ethereum: Wallet.createRandom(provider) }));
    await assert.rejects(poor.call(contract, "increment()").done(), (e: Error) => e instanceof EthereumError && /too little ETH/.test(e.message));
    // Bad input, before anything is paid.
    assert.throws(() => client.call(contract, "increment(uint8)", [300]), (e: Error) => e instanceof ClientError && e.code === 2);
    assert.throws(() => client.call(contract, "not a signature"), (e: Error) => e instanceof ClientError && e.code === 2);
    await assert.rejects(client.call(contract, "increment()", [], { gasPrice: 0n }).done(), (e: Error) => e instanceof EthereumError && e.reason === "GasPriceTooLow");
    // A contract the chain does not know is refused before anything is paid.
    const unknown = client.call("0x" + "ab".repeat(20), "increment()");
    await assert.rejects(unknown.done(), (e: Error) => e instanceof ClientError && e.code === 2 && /not deployed/.test(e.message));
    assert.equal(unknown.task, undefined, "nothing sealed, nothing paid");
    // The bridge the user pays is not optional.
    assert.throws(() => new EnigmaClient(options({ bridge: "" })), /bridge contract the user pays is required/);
    // The ingress's refusal, with the chain's reason: data handed over twice.
    const t = refunded!.task!;
    await assert.rejects(client.ingress.submit({ taskId: t.taskId, epoch: t.epoch, worker: t.worker, envelope: t.envelope }),
      (e: Error) => e instanceof IngressError && e.codespace === "secretcompute" && e.httpStatus === 409 && /already on chain/.test(e.message));
    // A timeout names the task and its state.
    await assert.rejects(client.wait("0x" + "77".repeat(32), Date.now() + 300), (e: Error) => e instanceof ClientError && e.code === 6 &&
      /not on chain/.test(e.message));
  });

  test("a task kept before it was paid for is resumed by another client", async () => {
    const kept: string[] = [];
    const first = new EnigmaClient(options({ persist: (t) => void kept.push(saveTask(t)) }));
    const h = first.call(contract, "increment() returns (uint256)", [], { suite: Suite.XWing });
    // The first process stops caring once the task is recorded on Ethereum.
    await new Promise<void>((resolve) => h.on((e) => e.stage === "recorded" && resolve()));
    assert.equal(kept.length, 2, "kept before paying and once recorded");
    assert.equal(loadTask(kept[0]).recorded, undefined);
    const t = loadTask(kept[1]);
    assert.equal(t.taskId, h.task!.taskId);
    assert.deepEqual(t.resultKey, h.task!.resultKey);
    const again = new EnigmaClient(options()).resume(t, "increment() returns (uint256)");
    const [n] = await again.result();
    const [m] = await h.result();
    assert.equal(n, m, "both read the same result");
    // Resumed without its record (a process that stopped before it was
    // mined): the chain's task stands for it.
    const bare = new EnigmaClient(options()).resume({ ...loadTask(kept[0]) });
    await bare.done();
    assert.equal(bare.task!.recorded!.record.gasLimit, t.recorded!.record.gasLimit);
    assert.equal(bare.task!.recorded!.record.sender, t.recorded!.record.sender);
  });

  test("the sealed-bid auction example, end to end", { timeout: 300_000 }, async () => {
    const out = await new Promise<string>((resolve, reject) =>
      execFile("node", [join(__dirname, "..", "examples", "auction.js"), "-o", "json", config!], { timeout: 280_000 }, (err, stdout, stderr) =>
        err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)),
    );
    const r = JSON.parse(out.trim().split("\n").at(-1)!);
    assert.equal(r.winner_name, "bob");
    assert.equal(r.price, (7n * 10n ** 17n).toString());
    assert.deepEqual(r.bids.map((b: any) => b.status), ["success", "success", "revert"], "carol bid above her deposit: refused in the enclave");
    assert.equal(r.bids[2].reason, "BidRefused(belowMinimum=false, aboveDeposit=true)");
    assert.equal(r.carol_refund_escrow, (10n ** 18n).toString(), "carol's whole deposit comes back");
    assert.deepEqual(r.withdrawals, { alice: "0.5", bob: "0.2", seller: "0.7" });
  });

  test("a tampered result is refused", async () => {
    const h = client.call(contract, "increment() returns (uint256)");
    const o = await h.done();
    const t = h.task!;
    const r = o.receipt;
    const flipped = Uint8Array.from(r.output);
    flipped[flipped.length - 1] ^= 1;
    await assert.rejects(client.open(t, { ...r, output: flipped }), /does not hash to the receipt's output hash/);
    await assert.rejects(client.open(t, { ...r, gasUsed: r.gasUsed + 1n }), /signature is by/);
    await assert.rejects(client.open({ ...t, worker: "0x" + "01".repeat(20) }, r), /sealed for/);
    await assert.rejects(client.open({ ...t, resultKey: new Uint8Array(32) }, r), /does not open/);
    await assert.rejects(client.open({ ...t, taskId: "0x" + "01".repeat(32) }, r), /the receipt is for task/);
    provider.destroy();
  });
});
