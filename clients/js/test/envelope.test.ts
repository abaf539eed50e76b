// The TypeScript envelope against the Go enclave's, live, in both
// directions and for both suites: Go makes the enclave's keys, TypeScript
// seals and Go opens (internal/jsinterop runs enclave/envelope), Go seals
// and TypeScript opens; the result key agrees on both sides, and results
// sealed by either open with the other.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AbiCoder, getBytes, hexlify } from "ethers";

import { Binding, encodeCall, open, openResult, seal, sealResult, Suite } from "../src/envelope";
import { goSide } from "./gotool";

const binding: Binding = {
  chainId: "enigma-local-1",
  contract: "0x00000000000000000000000000000000C0fFEE01",
  taskId: "0x" + "11".repeat(32),
};
const wire = { chain_id: binding.chainId, contract: binding.contract, task_id: binding.taskId };
const call = { data: "0xa9059cbb010203", token: "0x0000000000000000000000000000000000000000", amount: 10n ** 15n };

for (const [suite, name] of [[Suite.X25519, "X25519"], [Suite.XWing, "X-Wing"]] as const) {
  test(`${name}: TypeScript seals, the Go enclave opens`, async () => {
    const k = goSide({ op: "keys" });
    const pub = suite === Suite.X25519 ? k.x25519_public : k.xwing_public;
    const s = await seal(suite, pub, binding, call);
    assert.equal(s.envelope[0], 0x01);
    assert.equal(s.envelope[1], suite);
    const o = goSide({ op: "open", x25519_private: k.x25519_private, xwing_private: k.xwing_private, ...wire, envelope: hexlify(s.envelope) });
    assert.equal(o.data, call.data);
    assert.equal(o.token.toLowerCase(), call.token);
    assert.equal(o.amount, call.amount.toString());
    assert.equal(o.result_key, hexlify(s.resultKey), "both sides export the same result key");

    // Another binding does not open: the info binds chain, contract and task.
    assert.throws(() => goSide({ op: "open", x25519_private: k.x25519_private, xwing_private: k.xwing_private, ...wire, chain_id: "enigma-2",
      envelope: hexlify(s.envelope) }), /decrypt/);

    // An output the enclave seals opens here, and one sealed here opens there.
    const g = goSide({ op: "seal-result", ...wire, result_key: hexlify(s.resultKey), output: "0x2a" });
    assert.equal(hexlify(await openResult(s.resultKey, binding.taskId, g.sealed)), "0x2a");
    const mine = await sealResult(s.resultKey, binding.taskId, "0xbeef");
    assert.equal(goSide({ op: "open-result", ...wire, result_key: hexlify(s.resultKey), sealed: hexlify(mine) }).output, "0xbeef");
    await assert.rejects(openResult(s.resultKey, "0x" + "22".repeat(32), g.sealed), /does not open/);
  });

  test(`${name}: the Go side seals, TypeScript opens`, async () => {
    const k = goSide({ op: "keys" });
    const pub = suite === Suite.X25519 ? k.x25519_public : k.xwing_public;
    const priv = suite === Suite.X25519 ? k.x25519_private : k.xwing_private;
    const g = goSide({ op: "seal", suite, public_key: pub, ...wire, data: call.data, token: call.token, amount: call.amount.toString() });
    const o = await open(priv, binding, g.envelope);
    assert.equal(hexlify(o.data), call.data);
    assert.equal(o.amount, call.amount);
    assert.equal(hexlify(o.resultKey), g.result_key);
    await assert.rejects(open(priv, { ...binding, taskId: "0x" + "33".repeat(32) }, g.envelope));
    const tampered = getBytes(g.envelope).slice();
    tampered[tampered.length - 1] ^= 1;
    await assert.rejects(open(priv, binding, tampered));
  });
}

test("bad input is refused before anything is sealed", async () => {
  await assert.rejects(seal(Suite.X25519, "0x" + "01".repeat(31), binding, call), /32 bytes/);
  await assert.rejects(seal(Suite.XWing, "0x" + "01".repeat(32), binding, call), /1216 bytes/);
  await assert.rejects(seal(Suite.X25519, "0x" + "09".repeat(32), { ...binding, chainId: "" }, call), /chain id/);
  assert.throws(() => encodeCall({ data: "0x", amount: -1n }), /negative/);
});

test("the call is encoded as Solidity's abi.encode(bytes, address, uint256)", () => {
  const coder = AbiCoder.defaultAbiCoder();
  for (const len of [0, 1, 31, 32, 33, 68, 1000]) {
    for (const amount of [0n, 1n, (1n << 256n) - 1n]) {
      const data = Uint8Array.from({ length: len }, (_, i) => i & 0xff);
      const token = "0x00000000000000000000000000000000000000ee";
      assert.equal(hexlify(encodeCall({ data, token, amount })), coder.encode(["bytes", "address", "uint256"], [data, token, amount]));
    }
  }
  assert.throws(() => encodeCall({ data: "0x", amount: 1n << 256n }), /not a uint256/);
  assert.throws(() => encodeCall({ data: "0x", token: "0x1234" }), /not an address/);
  assert.throws(() => encodeCall({ data: "0x", token: "0x00000000000000000000000000000000000000Ee" }), /checksum/);
});
