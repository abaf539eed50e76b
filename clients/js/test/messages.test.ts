// The generated TypeScript types encode our messages to the very bytes the
// chain (Go, gogoproto) does, and decode the chain's bytes back: the
// vectors are written by app/protovectors_test.go.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { enigmaTypes } from "../src";
import * as epochTx from "../src/proto/enigma/epoch/v1/tx";
import * as registryTx from "../src/proto/enigma/registry/v1/tx";
import * as secretcomputeTx from "../src/proto/enigma/secretcompute/v1/tx";
import { MsgAddStake } from "../src/proto/enigma/registry/v1/tx";
import { MsgSubmitTaskData } from "../src/proto/enigma/secretcompute/v1/tx";
import { Task, TaskKind, TaskStatus } from "../src/proto/enigma/secretcompute/v1/secretcompute";

interface Vector {
  type_url: string;
  hex: string;
}

const vectors: Vector[] = JSON.parse(readFileSync(join(__dirname, "..", "..", "testdata", "messages.json"), "utf8"));
const byURL = new Map(vectors.map((v) => [v.type_url, Buffer.from(v.hex, "hex")]));
const hexBytes = (s: string, n: number) => Buffer.from(s.padStart(2 * n, "0"), "hex");
const operator = "enigma14mzacws7a7uhmv4ljhr4pzjkh6td8e9vyygahk";

const messages: Array<[string, { encode(m: any): { finish(): Uint8Array }; decode(b: Uint8Array): any }, any]> = [
  ["/enigma.registry.v1.MsgAddStake", MsgAddStake, MsgAddStake.fromPartial({ operator, amount: { denom: "ueng", amount: "1000000" } })],
  [
    "/enigma.secretcompute.v1.MsgSubmitTaskData",
    MsgSubmitTaskData,
    MsgSubmitTaskData.fromPartial({
      submitter: operator,
      taskId: hexBytes("0102", 32),
      epoch: 7n,
      worker: hexBytes("3030", 20),
      envelope: Buffer.from("envelope"),
    }),
  ],
  [
    "/enigma.secretcompute.v1.Task",
    Task,
    Task.fromPartial({
      id: hexBytes("abcd", 32),
      kind: TaskKind.TASK_KIND_DEPLOY,
      gasLimit: 1n << 60n,
      gasPrice: "123456789012345678901234567890",
      escrowAmount: "0",
      ethBlock: (1n << 53n) + 1n,
      status: TaskStatus.TASK_STATUS_PENDING,
      recordedHeight: -1n,
    }),
  ],
];

for (const [url, type, value] of messages) {
  test(`${url} encodes as the chain does`, () => {
    const want = byURL.get(url);
    assert.ok(want, `no vector for ${url}`);
    assert.equal(Buffer.from(type.encode(value).finish()).toString("hex"), want.toString("hex"));
  });
  test(`${url} decodes the chain's bytes`, () => {
    assert.deepEqual(type.decode(byURL.get(url)!), value);
  });
}

test("every message of our modules is in enigmaTypes, once, under its type URL", () => {
  const urls = enigmaTypes.map(([url]) => url);
  assert.equal(new Set(urls).size, urls.length);
  const modules: Array<[string, Record<string, unknown>]> = [
    ["enigma.epoch.v1", epochTx],
    ["enigma.registry.v1", registryTx],
    ["enigma.secretcompute.v1", secretcomputeTx],
  ];
  let count = 0;
  for (const [pkg, mod] of modules) {
    for (const [name, type] of Object.entries(mod)) {
      if (!name.startsWith("Msg") || name.endsWith("Response") || name.endsWith("ClientImpl") || typeof type !== "object") continue;
      const entry = enigmaTypes.find(([url]) => url === `/${pkg}.${name}`);
      assert.ok(entry, `${pkg}.${name} is missing`);
      assert.equal(entry[1], type);
      count++;
    }
  }
  assert.equal(count, enigmaTypes.length, "nothing else in enigmaTypes");
});

test("uint64 values past 2^53 survive (bigint)", () => {
  const task = Task.decode(byURL.get("/enigma.secretcompute.v1.Task")!);
  assert.equal(task.ethBlock, 9007199254740993n);
});
