// Calls a secret contract from the command line with the TypeScript
// client, as `enigmad client call` does with the Go one: the selected
// worker's attestation verified, the call sealed, recorded on Ethereum,
// handed to the ingress, the result checked and decrypted.
//
//   make localnet                      # once
//   make js && node clients/js/dist/examples/call.js CONTRACT SIGNATURE [ARGS...] \
//       [--value WEI] [--key FILE] [--gas-limit N] [--suite xwing] [--callback] [-o json] [--config client.toml]
//
//   node clients/js/dist/examples/call.js 0xA0C7… "bid(uint256)" 700000000000000000 --value 900000000000000000
//
// ARGS are what ethers' ABI coder takes (decimal or 0x numbers, 0x
// addresses and bytes); true/false for bool, JSON for arrays. --key names a
// file holding a hex Ethereum key (default: the localnet's dev key).
// --callback waits for the task's batch on Ethereum and executes the
// callback the task asked for. The settings come from --config, else
// $ENIGMA_CLIENT_CONFIG, else .localnet/client.toml in the current folder
// or a parent. It exits 1 when the task did not succeed.
import { readFileSync } from "node:fs";
import { FunctionFragment, JsonRpcProvider, Wallet } from "ethers";

import { EnigmaClient, StageEvent, Status, Suite } from "../src";
import { findLocalnet, readLocalnet } from "../src/localnet";

function parse(argv: string[]) {
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  const valued = new Set(["--value", "--key", "--gas-limit", "--suite", "-o", "--config"]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (valued.has(a)) {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      flags[a] = argv[++i];
    } else if (a === "--callback") {
      flags[a] = true;
    } else if (a.startsWith("--")) {
      throw new Error(`unknown flag ${a}`);
    } else {
      positional.push(a);
    }
  }
  return { flags, positional };
}

async function main() {
  const { flags, positional } = parse(process.argv.slice(2));
  if (positional.length < 2) {
    throw new Error("usage: call.js CONTRACT SIGNATURE [ARGS...] [--value WEI] [--key FILE] [--gas-limit N] [--suite xwing] [--callback] [-o json] [--config client.toml]");
  }
  const [contract, signature, ...raw] = positional;
  const json = flags["-o"] === "json";
  const s = readLocalnet(findLocalnet(typeof flags["--config"] === "string" ? flags["--config"] : undefined));
  const key = typeof flags["--key"] === "string" ? readFileSync(flags["--key"], "utf8").trim() : s.ethKey;
  const provider = new JsonRpcProvider(s.ethRpc, undefined, { polling: true, pollingInterval: 250 });
  const wallet = new Wallet(key.startsWith("0x") ? key : `0x${key}`, provider);
  const client = new EnigmaClient({
    chainId: s.chainId, node: s.node, ingress: s.ingress, bridge: s.bridge, allowSimulated: s.allowSimulated, ethereum: wallet,
  });
  const say = (line: string) => json || console.log(line);
  const show = (e: StageEvent) => say(`[${(e.ms / 1000).toFixed(1).padStart(5)}s] ${e.stage.padEnd(10)} ${e.detail}`);

  // ethers' coder takes numbers, addresses and bytes as strings; booleans
  // and arrays are converted here.
  const fn = FunctionFragment.from(`function ${signature}`);
  if (raw.length !== fn.inputs.length) throw new Error(`${fn.format()} takes ${fn.inputs.length} argument(s), got ${raw.length}`);
  const args = raw.map((a, i) => (fn.inputs[i].type === "bool" ? a === "true" : fn.inputs[i].baseType === "array" ? JSON.parse(a) : a));
  const h = client.call(contract, signature, args, {
    value: flags["--value"] ? BigInt(flags["--value"] as string) : undefined,
    gasLimit: flags["--gas-limit"] ? BigInt(flags["--gas-limit"] as string) : undefined,
    suite: flags["--suite"] === "xwing" ? Suite.XWing : Suite.X25519,
    onStage: show,
  });
  const o = await h.done();
  const taskId = h.task!.taskId;
  const out: Record<string, unknown> = {
    task_id: taskId, contract, sender: wallet.address, status: o.statusName, gas_used: o.gasUsed.toString(),
    values: (o.values ?? []).map(String), revert_reason: o.revertReason, ms: h.stages.at(-1)!.ms,
  };
  say(`task ${taskId}: ${o.statusName}${o.values?.length ? ` → ${o.values.map(String).join(", ")}` : ""}`);
  if (flags["--callback"] && o.status === Status.Success) {
    const cb = await client.callback(h.task!, o.receipt);
    out.callback = { eth_tx: cb.receipt.hash, ok: cb.ok };
    say(`callback on Ethereum: tx ${cb.receipt.hash}, ${cb.ok ? "ran" : "reverted"}`);
  }
  if (json) console.log(JSON.stringify(out));
  provider.destroy();
  if (o.status !== Status.Success) process.exitCode = 1;
}

main().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(2);
});
