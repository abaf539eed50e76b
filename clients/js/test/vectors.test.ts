// The client's formats against the vector files the Go side writes: task
// ids, contract addresses, inputs hashes, HPKE infos, receipt, task,
// record, callback and leaf hashes, Merkle roots and proofs, and the
// worker selection. A difference here is a client that talks past the
// chain, so every vector is checked, none sampled.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { hexlify } from "ethers";

import {
  callbackHash,
  contractAddress,
  inputsHash,
  leafHash,
  merkleProof,
  merkleRoot,
  receiptDigest,
  receiptHash,
  recordHash,
  taskHash,
  taskId,
  verifyProof,
} from "../src/formats";
import { info } from "../src/envelope";
import { draw, MaxDrawsPerPlace, select } from "../src/selection";
import { repoFile } from "./repo";


function load(...parts: string[]): any {
  return JSON.parse(readFileSync(repoFile(...parts), "utf8"));
}

const enclave = load("enclave", "testdata", "vectors.json");
const commitment = load("bridge", "commitment", "testdata", "vectors.json");
const merkle = load("x", "secretcompute", "merkle", "testdata", "vectors.json");
const selection = load("x", "registry", "selection", "testdata", "vectors.json");

const lower = (s: string) => s.toLowerCase();

test("task ids", () => {
  for (const v of enclave.task_ids) {
    assert.equal(taskId(BigInt(v.chain_id), v.bridge, v.sender, v.salt), v.task_id);
  }
  for (const v of commitment.task_ids) {
    assert.equal(taskId(BigInt(commitment.chain_id), commitment.bridge, v.sender, v.salt), v.task_id);
  }
});

test("inputs hashes and contract addresses", () => {
  for (const v of [...enclave.inputs_hashes, ...commitment.inputs_hashes]) {
    assert.equal(inputsHash(v.data), v.hash);
  }
  for (const v of enclave.contract_addresses) {
    assert.equal(lower(contractAddress(v.deployment_task_id)), v.address);
  }
  for (const v of commitment.contract_addresses) {
    assert.equal(lower(contractAddress(v.task_id)), v.address);
  }
});

test("HPKE infos", () => {
  for (const v of enclave.hpke_infos) {
    assert.equal(hexlify(info({ chainId: v.chain_id, contract: v.contract, taskId: v.task_id })), v.info);
  }
  assert.equal(enclave.result_key_export_label, "enigma/result/v1");
});

test("receipt and task hashes", () => {
  for (const v of enclave.receipt_hashes) {
    const h = receiptHash({
      taskId: v.task_id, contract: v.contract, status: v.status, outputHash: v.output_hash, deltaIndex: BigInt(v.delta_index),
      deltaHash: v.delta_hash, gasUsed: BigInt(v.gas_used), worker: v.worker, callbackHash: v.callback_hash, taskHash: v.task_hash,
      stateHead: v.state_head,
    });
    assert.equal(h, v.hash);
    assert.ok(v.signing_digest, "the vectors name the signing digest's chain id");
  }
  for (const v of enclave.task_hashes) {
    const h = taskHash({
      sender: v.sender, inputsHash: v.inputs_hash, codeHash: v.code_hash, gasLimit: BigInt(v.gas_limit), escrowToken: v.escrow_token,
      escrowAmount: BigInt(v.escrow_amount), ethBlock: BigInt(v.eth_block), ethTime: BigInt(v.eth_time),
    });
    assert.equal(h, v.hash);
  }
});

test("receipt signing digests", () => {
  const chainId = "enigma-local-1"; // enclave/vectors_test.go signs for it
  for (const v of enclave.receipt_hashes) {
    assert.equal(receiptDigest(chainId, v.hash), v.signing_digest);
  }
});

test("record, callback and leaf hashes", () => {
  for (const v of commitment.records) {
    const r = v.record;
    assert.equal(recordHash({
      sender: r.sender, secretContract: r.secret_contract, feeToken: r.fee_token, gasLimit: BigInt(r.gas_limit), gasPrice: BigInt(r.gas_price),
      escrowToken: r.escrow_token, escrowAmount: BigInt(r.escrow_amount),
    }), v.hash);
  }
  for (const v of commitment.callbacks) {
    assert.equal(callbackHash(v.target, v.data), v.hash);
  }
  for (const v of commitment.leaves) {
    const l = v.leaf;
    assert.equal(leafHash({
      sequence: BigInt(l.sequence), taskId: l.task_id, recordHash: l.record_hash, status: l.status, gasUsed: BigInt(l.gas_used),
      callbackHash: l.callback_hash, receiptHash: l.receipt_hash,
    }), v.hash);
  }
});

test("Merkle roots and proofs", () => {
  for (const v of merkle) {
    assert.equal(merkleRoot(v.leaves), v.root);
    v.leaves.forEach((leaf: string, i: number) => {
      assert.deepEqual(merkleProof(v.leaves, i), v.proofs[i]);
      assert.ok(verifyProof(v.root, leaf, v.proofs[i]));
      const wrong = v.leaves.length > 1 ? v.leaves[(i + 1) % v.leaves.length] : "0x" + "11".repeat(32);
      if (wrong !== leaf) {
        assert.ok(!verifyProof(v.root, wrong, v.proofs[i]), "another leaf does not verify with this proof");
      }
    });
  }
  assert.throws(() => merkleRoot([]));
});

test("worker selection", () => {
  for (const v of selection) {
    const workers = v.workers.map((w: any) => ({ address: w.address, stake: BigInt(w.stake) }));
    v.first_draws.forEach((d: string, n: number) => assert.equal(draw(v.seed, v.contract, n), BigInt(d)));
    assert.deepEqual(select(workers, v.seed, v.contract, v.k).map(lower), v.selected);
  }
  assert.equal(MaxDrawsPerPlace, 1024);
  assert.throws(() => select([], "0x" + "00".repeat(32), "0x" + "00".repeat(20), 1), /no worker with stake/);
  assert.throws(() => select([{ address: "0x" + "01".repeat(20), stake: 1n }], "0x" + "00".repeat(32), "0x" + "00".repeat(20), 0));
});
