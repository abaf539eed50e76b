// Deploys the Counter secret contract on a running localnet and increments
// it, printing each stage: the smallest whole story of a secret
// computation with the TypeScript client.
//
//   make localnet                      # once
//   make js && node clients/js/dist/examples/counter.js [--suite xwing] [-o json] [client.toml]
//
// The settings come from the file named, else $ENIGMA_CLIENT_CONFIG, else
// .localnet/client.toml in the current folder or a parent.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JsonRpcProvider, Wallet } from "ethers";

import { EnigmaClient, StageEvent, Suite } from "../src";
import { findLocalnet, readLocalnet } from "../src/localnet";

async function main() {
  const args = process.argv.slice(2);
  const suite = args.includes("--suite") && args[args.indexOf("--suite") + 1] === "xwing" ? Suite.XWing : Suite.X25519;
  const json = args.includes("-o") && args[args.indexOf("-o") + 1] === "json";
  const s = readLocalnet(findLocalnet(args.find((a) => a.endsWith(".toml"))));
  const provider = new JsonRpcProvider(s.ethRpc, undefined, { polling: true, pollingInterval: 250 });
  const client = new EnigmaClient({
    chainId: s.chainId, node: s.node, ingress: s.ingress, bridge: s.bridge, allowSimulated: s.allowSimulated,
    ethereum: new Wallet(s.ethKey, provider),
  });
  const show = (e: StageEvent) => json || console.log(`[${(e.ms / 1000).toFixed(1).padStart(5)}s] ${e.stage.padEnd(10)} ${e.detail}`);

  const artifact = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "..", "contracts", "build", "Counter.json"), "utf8"));
  const deployment = client.deploy(artifact.bytecode, [], [], { onStage: show, suite });
  const say = (line: string) => json || console.log(line);
  say(`deploying Counter as task ${await deployment.taskId}`);
  await deployment.result();
  const contract = await deployment.contract;
  say(`deployed: ${contract}`);

  const call = client.call(contract, "increment() returns (uint256)", [], { onStage: show, suite });
  const [n] = await call.result();
  say(`result: ${n}`);
  if (json) {
    console.log(JSON.stringify({ contract, deploy_task: deployment.task!.taskId, call_task: call.task!.taskId, result: String(n),
      deploy_ms: deployment.stages.at(-1)!.ms, call_ms: call.stages.at(-1)!.ms }));
  }
  provider.destroy();
}

main().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
