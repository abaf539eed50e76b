// The sealed-bid auction in a browser, with the TypeScript client
// (clients/js): the seller creates the auction (its Ethereum side naming
// the secret side before it exists), bidders bid (each bid sealed here for
// the worker the chain selects, after its attestation is verified here),
// the seller settles and the callbacks are executed on Ethereum. The page
// talks to the localnet through serve.js (one origin: /rpc, /ingress,
// /eth); the localnet's dev key pays, or an injected wallet.
import { BrowserProvider, Contract, ContractFactory, formatEther, JsonRpcProvider, parseEther, Signer, Wallet } from "ethers";

import { EnigmaClient, newSalt, Outcome, StageEvent, Status, TaskHandle } from "../../../../clients/js/src/index";

interface Settings {
  chainId: string;
  bridge: string;
  allowSimulated: boolean;
  ethChainId: number;
  devKey: string;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = (text: string, cls = "") => {
  $("status").textContent = text;
  $("status").className = cls;
};
const log = (text: string) => {
  const li = document.createElement("li");
  li.textContent = text;
  $("log").append(li);
  $("log").scrollTop = $("log").scrollHeight;
};

async function main() {
  const s: Settings = await (await fetch("/settings.json")).json();
  const origin = location.origin;
  const provider = new JsonRpcProvider(`${origin}/eth`, s.ethChainId, { staticNetwork: true, polling: true, pollingInterval: 250 });
  const seller = new Wallet(s.devKey, provider); // TEST ONLY: the localnet's dev key
  const clientOf = (signer: Signer) =>
    new EnigmaClient({ chainId: s.chainId, node: `${origin}/rpc`, ingress: `${origin}/ingress`, bridge: s.bridge, allowSimulated: s.allowSimulated, ethereum: signer });
  const sellerClient = clientOf(seller);
  const artifact = async (name: string) => (await fetch(`/artifacts/${name}.json`)).json();
  const show = (who: string) => (e: StageEvent) => log(`[${(e.ms / 1000).toFixed(1)}s] ${who}: ${e.stage} — ${e.detail}`);
  let auction = "";
  let house: Contract | undefined;
  const done: Array<{ who: string; h: TaskHandle; o: Outcome }> = [];
  status("ready: create the auction");

  $("create").onclick = async () => {
    $<HTMLButtonElement>("create").disabled = true;
    try {
      status("creating the auction…");
      const salt = newSalt();
      auction = await sellerClient.deploymentAddress(salt);
      const bridge = (await sellerClient.ethereum()).bridge;
      const executor: string = await bridge.executorOf(auction);
      const houseArt = await artifact("AuctionHouse");
      const settleBy = BigInt(Math.floor(Date.now() / 1000) + 3600);
      house = (await new ContractFactory(houseArt.abi, houseArt.bytecode, seller).deploy(executor, auction, settleBy)) as Contract;
      await house.waitForDeployment();
      $("house").textContent = await house.getAddress();
      log(`AuctionHouse on Ethereum at ${await house.getAddress()}, taking callbacks of ${auction} only`);
      const secret = await artifact("SealedBidAuction");
      const dep = sellerClient.deploy(secret.bytecode, ["address", "uint256"], [await house.getAddress(), parseEther($<HTMLInputElement>("minimum").value)], {
        salt, gasLimit: 2_000_000n, onStage: show("seller"),
      });
      await dep.result();
      $("auction").textContent = auction;
      status("open: bid");
      $<HTMLButtonElement>("bid").disabled = false;
      $<HTMLButtonElement>("settle").disabled = false;
    } catch (e) {
      status(`failed: ${(e as Error).message}`, "failed");
      $<HTMLButtonElement>("create").disabled = false;
    }
  };

  $("bid").onclick = async () => {
    const who = $<HTMLInputElement>("bidder").value || "bidder";
    const amount = parseEther($<HTMLInputElement>("amount").value);
    const deposit = parseEther($<HTMLInputElement>("deposit").value);
    $<HTMLButtonElement>("bid").disabled = true;
    try {
      let signer: Signer;
      const injected = (globalThis as any).ethereum;
      if ($<HTMLInputElement>("wallet").checked && injected) {
        signer = await new BrowserProvider(injected).getSigner();
      } else {
        // A fresh account for each bidder, funded by the dev key.
        const w = Wallet.createRandom(provider);
        await (await seller.sendTransaction({ to: w.address, value: deposit + parseEther("0.1") })).wait();
        signer = w;
      }
      status(`${who} bids…`);
      const h = clientOf(signer).call(auction, "bid(uint256)", [amount], { value: deposit, gasLimit: 300_000n, onStage: show(who) });
      const o = await h.done();
      done.push({ who, h, o });
      log(`${who}'s bid: ${o.statusName} (${h.task!.envelope.length} encrypted bytes, deposit ${formatEther(deposit)} ETH)`);
      status(`${who}'s bid: ${o.statusName}`);
    } catch (e) {
      status(`failed: ${(e as Error).message}`, "failed");
    }
    $<HTMLButtonElement>("bid").disabled = false;
  };

  $("settle").onclick = async () => {
    $<HTMLButtonElement>("settle").disabled = true;
    $<HTMLButtonElement>("bid").disabled = true;
    try {
      status("settling…");
      const h = sellerClient.call(auction, "settle() returns (address winner, uint256 price)", [], { gasLimit: 300_000n, onStage: show("seller") });
      const [winner, price] = (await h.result()) as [string, bigint];
      done.push({ who: "seller", h, o: await h.done() });
      const name = done.find((d) => d.h.task?.recorded?.record.sender === winner)?.who ?? winner;
      log(`settled in the enclave: ${name} wins at ${formatEther(price)} ETH; executing the callbacks on Ethereum once the batch is there…`);
      status("executing the callbacks on Ethereum…");
      for (const d of done) {
        if (d.o.status !== Status.Success) continue;
        const cb = await sellerClient.callback(d.h.task!, d.o.receipt);
        log(`${d.who}'s callback on Ethereum: ${cb.ok ? "executed" : "reverted"} (tx ${cb.receipt.hash})`);
      }
      const w: string = await house!.winner();
      $("winner").textContent = `${name} (${w})`;
      $("price").textContent = `${formatEther(await house!.price())} ETH`;
      status(`settled: ${name} wins at ${formatEther(price)} ETH`, "settled");
    } catch (e) {
      status(`failed: ${(e as Error).message}`, "failed");
    }
  };
}

main().catch((e) => status(`failed: ${(e as Error).message}`, "failed"));
