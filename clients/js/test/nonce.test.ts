// nextNonce against a real ethers provider and a JSON-RPC server whose
// count moves on: the provider's 250 ms cache must not hand out a count
// from before the last send.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { AddressInfo } from "node:net";
import { JsonRpcProvider, Network, Wallet } from "ethers";

import { nextNonce } from "../src";

test("nextNonce reads the node's count, not the provider's cached one", async () => {
  let count = { pending: 5, latest: 5 };
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const one = (r: { id: number; method: string; params: unknown[] }) => {
        switch (r.method) {
          case "eth_chainId":
            return { jsonrpc: "2.0", id: r.id, result: "0x539" };
          case "eth_getTransactionCount":
            return { jsonrpc: "2.0", id: r.id, result: "0x" + count[r.params[1] as "pending" | "latest"].toString(16) };
          default:
            return { jsonrpc: "2.0", id: r.id, error: { code: -32601, message: "no such method" } };
        }
      };
      const reqs = JSON.parse(body);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(Array.isArray(reqs) ? reqs.map(one) : one(reqs)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new JsonRpcProvider(url, Network.from(1337), { staticNetwork: true });
    const w = Wallet.createRandom(provider);
    assert.equal(await provider.getTransactionCount(w.address, "latest"), 5, "the provider's own read");
    // A transaction was sent and mined: the node counts 6, the provider's
    // cache still holds 5 for the next 250 ms.
    count = { pending: 6, latest: 6 };
    assert.equal(await provider.getTransactionCount(w.address, "latest"), 5, "ethers caches an identical request");
    assert.equal(await nextNonce(w), 6);
    // The pending view a block behind: the latest count wins.
    count = { pending: 6, latest: 7 };
    assert.equal(await nextNonce(w), 7);
    provider.destroy();
  } finally {
    server.close();
  }
});
