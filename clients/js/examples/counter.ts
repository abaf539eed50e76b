// Deploys the Counter secret contract on a running localnet and increments
// it, printing each stage: the smallest whole story of a secret
// computation with the TypeScript client.
//
//   make localnet                      # once
//   cd clients/js && npm run build && node dist/examples/counter.js [--suite xwing] [.localnet/client.toml]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JsonRpcProvider, Wallet } from "ethers";

import { EnigmaClient, StageEvent, Suite } from "../src";
import { readLocalnet } from "../src/localnet";

async function main() {
  const args = process.argv.slice(2);
  const suite = args.includes("--suite") && args[args.indexOf("--suite") + 1] === "xwing" ? Suite.XWing : Suite.X25519;
  const file = args.find((a) => a.endsWith(".toml")) ?? join(__dirname, "..", "..", "..", "..", ".localnet", "client.toml");
  const s = readLocalnet(file);
  const provider = new JsonRpcProvider(s.ethRpc, undefined, { polling: true, pollingInterval: 250 });
  const client = new EnigmaClient({
    chainId: s.chainId, node: s.node, ingress: s.ingress, bridge: s.bridge, allowSimulated: s.allowSimulated,
    ethereum: new Wallet(s.ethKey, provider),
  });
  const show = (e: StageEvent) => console.log(`[${(e.ms / 1000).toFixed(1).padStart(5)}s] ${e.stage.padEnd(10)} ${e.detail}`);

  const artifact = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "..", "contracts", "build", "Counter.json"), "utf8"));
  const deployment = client.deploy(artifact.bytecode, [], [], { onStage: show, suite });
  console.log(`deploying Counter as task ${await deployment.taskId}`);
  const d = await deployment.done();
  const contract = deployment.task!.contract;
  console.log(`deployed: ${contract} (${d.statusName})`);

  const call = client.call(contract, "increment() returns (uint256)", [], { onStage: show, suite });
  const [n] = await call.result();
  console.log(`result: ${n}`);
  console.log(JSON.stringify({ contract, deploy_task: deployment.task!.taskId, call_task: call.task!.taskId, result: String(n),
    deploy_ms: d ? deployment.stages.at(-1)!.ms : 0, call_ms: call.stages.at(-1)!.ms }));
  provider.destroy();
}

main().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
