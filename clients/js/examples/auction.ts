// The sealed-bid auction, end to end on a running localnet, with the
// TypeScript client (examples/auction/README.md tells the story):
//
//   1. the seller picks the deployment's salt: the secret auction's address
//      is known before it exists;
//   2. the auction's Ethereum side (AuctionHouse) is deployed naming it;
//   3. the secret side (SealedBidAuction) is deployed, its constructor
//      arguments sealed;
//   4. alice and bob bid, sealed, their deposits escrowed with the task;
//      carol bids more than she deposited: the enclave refuses it, and she
//      claims her refund;
//   5. the seller settles: only the enclave ever saw the bids;
//   6. the callbacks the secret contract asked for are executed on Ethereum
//      from the chain's proofs: the deposits reach AuctionHouse, the winner
//      is named, everyone withdraws what is theirs.
//
//   make localnet
//   make example-auction-js      # or: make js && node clients/js/dist/examples/auction.js [-o json] [client.toml]
//
// The settings come from the file named, else $ENIGMA_CLIENT_CONFIG, else
// .localnet/client.toml in the current folder or a parent.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Contract, ContractFactory, formatEther, Interface, JsonRpcProvider, parseEther, Signer, Wallet } from "ethers";

import { EnigmaClient, newSalt, nextNonce, Outcome, StageEvent, Status, TaskHandle } from "../src";
import { findLocalnet, readLocalnet } from "../src/localnet";

const repo = join(__dirname, "..", "..", "..", "..");
const artifact = (name: string) => JSON.parse(readFileSync(join(repo, "contracts", "build", `${name}.json`), "utf8"));
const json = process.argv.includes("-o") && process.argv[process.argv.indexOf("-o") + 1] === "json";
const say = (line: string) => json || console.log(line);

async function main() {
  const s = readLocalnet(findLocalnet(process.argv.find((a) => a.endsWith(".toml"))));
  const provider = new JsonRpcProvider(s.ethRpc, undefined, { polling: true, pollingInterval: 250, staticNetwork: true });
  const seller = new Wallet(s.ethKey, provider);
  const clientOf = (w: Signer) =>
    new EnigmaClient({ chainId: s.chainId, node: s.node, ingress: s.ingress, bridge: s.bridge, allowSimulated: s.allowSimulated, ethereum: w });
  const stages = (who: string) => (e: StageEvent) => say(`  [${(e.ms / 1000).toFixed(1).padStart(5)}s] ${who.padEnd(6)} ${e.stage.padEnd(9)} ${e.detail}`);
  const sellerClient = clientOf(seller);
  const bridge = (await sellerClient.ethereum()).bridge;
  const secret = artifact("SealedBidAuction");
  const secretErrors = new Interface(secret.abi);

  // 1. The secret auction's address, from the deployment's salt.
  const salt = newSalt();
  const auction = await sellerClient.deploymentAddress(salt);
  const executor: string = await bridge.executorOf(auction);
  say(`seller ${seller.address}: the secret auction will be ${auction}`);

  // 2. The dApp on Ethereum, which takes callbacks of that secret contract only.
  const houseArt = artifact("AuctionHouse");
  const settleBy = BigInt(Math.floor(Date.now() / 1000) + 3600);
  const house = (await new ContractFactory(houseArt.abi, houseArt.bytecode, seller).deploy(executor, auction, settleBy, {
    nonce: await nextNonce(seller),
  })) as Contract;
  await house.waitForDeployment();
  const houseAddr = await house.getAddress();
  say(`AuctionHouse on Ethereum at ${houseAddr} (callbacks through ${executor})`);

  // 3. The secret contract: minimum bid 0.1 ETH, the dApp to call back.
  const minimumBid = parseEther("0.1");
  const dep = sellerClient.deploy(secret.bytecode, ["address", "uint256"], [houseAddr, minimumBid], { salt, gasLimit: 2_000_000n, onStage: stages("seller") });
  await dep.result();
  say(`SealedBidAuction deployed at ${await dep.contract}`);

  // 4. Three bidders with fresh accounts, funded by the dev key.
  const people = [
    { who: "alice", bid: parseEther("0.3"), deposit: parseEther("0.5") },
    { who: "bob", bid: parseEther("0.7"), deposit: parseEther("0.9") },
    { who: "carol", bid: parseEther("2"), deposit: parseEther("1") }, // more than she deposits
  ].map((p) => ({ ...p, wallet: Wallet.createRandom(provider) }));
  for (const p of people) {
    await (await seller.sendTransaction({ to: p.wallet.address, value: parseEther("3"), nonce: await nextNonce(seller) })).wait();
  }
  const bids = people.map((p) => {
    const client = clientOf(p.wallet);
    say(`${p.who} (${p.wallet.address}) bids a sealed amount, escrowing ${formatEther(p.deposit)} ETH`);
    const h = client.call(auction, "bid(uint256)", [p.bid], { value: p.deposit, gasLimit: 300_000n, onStage: stages(p.who) });
    return { ...p, client, h };
  });
  const outcomes = await Promise.all(bids.map((b) => b.h.done()));
  for (const [i, o] of outcomes.entries()) {
    say(`${bids[i].who}'s bid: ${o.statusName}${o.status === Status.Revert ? ` (${reason(secretErrors, o)})` : ""}, task ${bids[i].h.task!.taskId}`);
  }

  // 5. The seller settles.
  const settle = sellerClient.call(auction, "settle() returns (address winner, uint256 price)", [], { gasLimit: 300_000n, onStage: stages("seller") });
  const so = await settle.done();
  if (so.status !== Status.Success) throw new Error(`the settlement ended ${so.statusName} (${reason(secretErrors, so)})`);
  const [winner, price] = so.values as [string, bigint];
  const winnerName = people.find((p) => p.wallet.address === winner)?.who ?? winner;
  say(`settled in the enclave: ${winnerName} wins at ${formatEther(price)} ETH`);

  // 6. On Ethereum: callbacks (anyone may execute them, once each, once the
  // batch is there), carol's refund, withdrawals.
  const done: Array<{ h: TaskHandle; o: Outcome }> = [...bids.map((b, i) => ({ h: b.h, o: outcomes[i] })), { h: settle, o: so }];
  for (const { h, o } of done) {
    if (o.status !== Status.Success) continue;
    const cb = await sellerClient.callback(h.task!, o.receipt);
    if (!cb.ok) throw new Error(`the callback of task ${h.task!.taskId} reverted on Ethereum (tx ${cb.receipt.hash})`);
    say(`callback of task ${h.task!.taskId.slice(0, 10)}… executed on Ethereum: tx ${cb.receipt.hash}`);
  }
  let carolRefund = 0n;
  for (const [i, b] of bids.entries()) {
    if (outcomes[i].status === Status.Success) continue;
    const refund = await b.client.refund(b.h.task!, outcomes[i].receipt);
    if (b.who === "carol") carolRefund = refund.escrow;
    say(`${b.who}'s refund: her ${formatEther(refund.escrow)} ETH deposit and ${refund.fee} wei of unused gas`);
  }

  const withdrawals: Record<string, string> = {};
  for (const [who, w] of [["alice", people[0].wallet], ["bob", people[1].wallet], ["seller", seller]] as Array<[string, Signer]>) {
    const tx = await (house.connect(w) as Contract).withdraw({ nonce: await nextNonce(w) });
    const r = await tx.wait();
    const ev = r.logs.map((l: any) => house.interface.parseLog(l)).find((e: any) => e?.name === "Withdrawn");
    withdrawals[who] = formatEther(ev.args.amount);
    say(`${who} withdraws ${withdrawals[who]} ETH from AuctionHouse`);
  }
  say(`AuctionHouse: winner ${await house.winner()}, price ${formatEther(await house.price())} ETH`);
  if (json) {
    console.log(JSON.stringify({
      auction, house: houseAddr, winner, winner_name: winnerName, price: price.toString(),
      bids: bids.map((b, i) => ({ who: b.who, task_id: b.h.task!.taskId, status: outcomes[i].statusName,
        reason: outcomes[i].status === Status.Success ? undefined : reason(secretErrors, outcomes[i]), envelope_bytes: b.h.task!.envelope.length })),
      carol_refund_escrow: carolRefund.toString(), withdrawals,
    }));
  }
  provider.destroy();
}

/** A revert's reason: the secret contract's custom error, or Error(string). */
function reason(errors: Interface, o: Outcome): string {
  if (o.revertReason) return o.revertReason;
  try {
    const e = errors.parseError(o.output);
    if (e) return `${e.name}(${e.fragment.inputs.map((p, i) => `${p.name}=${e.args[i]}`).join(", ")})`;
  } catch {
    // not one of the contract's errors
  }
  return "no reason";
}

main().catch((e) => {
  if (json) console.log(JSON.stringify({ error: e.message }));
  console.error(`error: ${e.message}`);
  process.exit(1);
});
