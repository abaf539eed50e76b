// The TypeScript client's cost per task in Node, as client/bench_test.go
// measures the Go client's: a task id, the sealed envelope and its inputs
// hash once the worker's verdict is cached (X25519 and X-Wing), the
// selection among 1,000 workers, and the first contact with a worker (its
// attestation verified: simulated, and SGX through the WebAssembly DCAP
// verifier without and with Intel's collateral). `make bench-client` runs
// it beside the Go benchmarks, in one run.
//
//   npm run build && node dist/test/bench.js
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getBytes, keccak256 } from "ethers";

import { verifyWorker } from "../src/attestation";
import { loadDcap, readCollateralDir, sgxQuote } from "../src/dcap";
import { seal, Suite } from "../src/envelope";
import { inputsHash, newSalt, taskId } from "../src/formats";
import { Params, Worker } from "../src/proto/enigma/registry/v1/registry";
import { select } from "../src/selection";
import { goSide } from "./gotool";
import { repoFile } from "./repo";

/** Runs f for at least `ms` after a warm-up, in rounds; prints the median and range per op. */
async function bench(name: string, f: () => unknown | Promise<unknown>, ms = 1500): Promise<void> {
  const warm = Date.now() + ms / 3;
  while (Date.now() < warm) await f();
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    let n = 0;
    const start = process.hrtime.bigint();
    const end = start + BigInt(Math.floor((ms / 5) * 1e6));
    let now = start;
    while (now < end) {
      await f();
      n++;
      now = process.hrtime.bigint();
    }
    rounds.push(Number(now - start) / n / 1000);
  }
  rounds.sort((a, b) => a - b);
  const fmt = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);
  console.log(`${name.padEnd(42)} ${fmt(rounds[2]).padStart(10)}   (${fmt(rounds[0])}–${fmt(rounds[4])})`);
}

async function main() {
  const chainId = "enigma-local-1";
  const bridge = "0x" + "b1".repeat(20);
  const sender = "0x00000000000000000000000000000000005e11e2";
  const contract = "0x" + "c0".repeat(20);
  const a = goSide({ op: "attest", chain_id: chainId });
  const data = new Uint8Array(68); // a call with two words of arguments, as the Go benchmark
  console.log(`node ${process.version}, per op: median of 5 rounds (min–max)`);

  for (const [suite, name, pub] of [[Suite.X25519, "x25519", a.x25519_public], [Suite.XWing, "xwing", a.xwing_public]] as const) {
    await bench(`seal/${name} (task id + envelope + hash)`, async () => {
      const id = taskId(1337n, bridge, sender, newSalt());
      const s = await seal(suite, pub, { chainId, contract, taskId: id }, { data });
      inputsHash(s.envelope);
    });
  }

  const workers = Array.from({ length: 1000 }, (_, i) => ({ address: keccak256(Uint8Array.of(i >> 8, i & 0xff)).slice(0, 42), stake: BigInt(1000 + i) }));
  const seed = "0x" + "5e".repeat(32);
  await bench("select among 1,000 workers", () => select(workers, seed, contract, 1));

  const w = Worker.fromPartial({
    enclaveAddress: getBytes(a.address), signerPubkey: getBytes(a.signer_pubkey), x25519Key: getBytes(a.x25519_public), xwingKey: getBytes(a.xwing_public),
    quote: getBytes(a.quote),
  });
  await bench("first contact: simulated quote", () => verifyWorker(w, Params.fromPartial({ allowSimulatedAttestation: true }), { chainId, allowSimulated: true }));

  const dir = repoFile("enclave", "attestation", "dcap", "testdata", "automata-sgx-v3-2025-08");
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
  const at = new Date(expected.expected.evaluation_time);
  const t0 = process.hrtime.bigint();
  const dcap = await loadDcap();
  console.log(`${"load the DCAP verifier (dcap.wasm)".padEnd(42)} ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0).padStart(7)} ms`);
  const quote = sgxQuote(new Uint8Array(readFileSync(join(dir, "quote.bin"))));
  const collateral = readCollateralDir(dir);
  await bench("first contact: SGX, chain's TCB (dcap.wasm)", () => dcap.verify(quote, at), 3000);
  await bench("first contact: SGX, collateral (dcap.wasm)", () => dcap.verify(quote, at, collateral), 3000);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
