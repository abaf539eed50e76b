// The sealed-bid auction in a browser, with the TypeScript client
// (clients/js): the seller creates the auction (its Ethereum side naming
// the secret side before it exists), bidders bid (each bid sealed here for
// the worker the chain selects, after its attestation is verified here),
// the seller settles and the callbacks are executed on Ethereum. The page
// talks to the localnet through serve.js (one origin: /rpc, /ingress,
// /eth); the localnet's dev key pays, or an injected wallet.
import { BrowserProvider, Contract, ContractFactory, formatEther, JsonRpcProvider, parseEther, Signer, Wallet } from "ethers";

import { EnigmaClient, newSalt, nextNonce, Outcome, StageEvent, Status, TaskHandle } from "../../../../clients/js/src/index";

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
  const injected = (globalThis as any).ethereum;
  if (!s.devKey && !injected) throw new Error("no dev key (not a localnet) and no wallet in this browser");
  // TEST ONLY: the localnet's dev key; without one, the wallet pays for all.
  const seller: Signer = s.devKey ? new Wallet(s.devKey, provider) : await new BrowserProvider(injected).getSigner();
  const clientOf = (signer: Signer) =>
    new EnigmaClient({ chainId: s.chainId, node: `${origin}/rpc`, ingress: `${origin}/ingress`, bridge: s.bridge, allowSimulated: s.allowSimulated, ethereum: signer });
  const sellerClient = clientOf(seller);
  const artifact = async (name: string) => (await fetch(`/artifacts/${name}.json`)).json();
  const show = (who: string) => (e: StageEvent) => log(`[${(e.ms / 1000).toFixed(1)}s] ${who}: ${e.stage} — ${e.detail}`);
  let auction = "";
  let house: Contract | undefined;
  const done: Array<{ who: string; h: TaskHandle; o: Outcome; signer: Signer }> = [];
  // One step at a time: the seller's account pays for funding and records.
  const busy = (on: boolean, open = auction !== "") => {
    $<HTMLButtonElement>("create").disabled = on || open;
    $<HTMLButtonElement>("bid").disabled = on || !open;
    $<HTMLButtonElement>("settle").disabled = on || !open;
  };
  status("ready: create the auction");

  $("create").onclick = async () => {
    busy(true);
    try {
      status("creating the auction…");
      const salt = newSalt();
      auction = await sellerClient.deploymentAddress(salt);
      const bridge = (await sellerClient.ethereum()).bridge;
      const executor: string = await bridge.executorOf(auction);
      const houseArt = await artifact("AuctionHouse");
      const settleBy = BigInt(Math.floor(Date.now() / 1000) + 3600);
      house = (await new ContractFactory(houseArt.abi, houseArt.bytecode, seller).deploy(executor, auction, settleBy, { nonce: await nextNonce(seller) })) as Contract;
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
      busy(false);
    } catch (e) {
      auction = "";
      status(`failed: ${(e as Error).message}`, "failed");
      busy(false);
    }
  };

  $("bid").onclick = async () => {
    busy(true);
    try {
      const who = $<HTMLInputElement>("bidder").value || "bidder";
      const amount = parseEther($<HTMLInputElement>("amount").value);
      const deposit = parseEther($<HTMLInputElement>("deposit").value);
      let signer: Signer;
      if ($<HTMLInputElement>("wallet").checked && injected) {
        signer = await new BrowserProvider(injected).getSigner();
      } else {
        // A fresh account for each bidder, funded by the dev key.
        const w = Wallet.createRandom(provider);
        await (await seller.sendTransaction({ to: w.address, value: deposit + parseEther("0.1"), nonce: await nextNonce(seller) })).wait();
        signer = w;
      }
      status(`${who} bids…`);
      const h = clientOf(signer).call(auction, "bid(uint256)", [amount], { value: deposit, gasLimit: 300_000n, onStage: show(who) });
      const o = await h.done();
      done.push({ who, h, o, signer });
      log(`${who}'s bid: ${o.statusName} (${h.task!.envelope.length} encrypted bytes, deposit ${formatEther(deposit)} ETH)`);
      status(`${who}'s bid: ${o.statusName}`, o.status === Status.Success ? "" : "failed");
    } catch (e) {
      status(`failed: ${(e as Error).message}`, "failed");
    }
    busy(false);
  };

  $("settle").onclick = async () => {
    busy(true);
    try {
      // Reading the auction is a task too: only the enclave holds its state.
      const [count] = await sellerClient.call(auction, "bidCount() returns (uint256)", [], { onStage: show("seller") }).result();
      log(`the auction holds ${count} sealed bids`);
      status("settling…");
      const h = sellerClient.call(auction, "settle() returns (address winner, uint256 price)", [], { gasLimit: 300_000n, onStage: show("seller") });
      const [winner, price] = (await h.result()) as [string, bigint];
      done.push({ who: "seller", h, o: await h.done(), signer: seller });
      const name = done.find((d) => d.h.task?.recorded?.record.sender === winner)?.who ?? winner;
      log(`settled in the enclave: ${name} wins at ${formatEther(price)} ETH; executing the callbacks on Ethereum once the batch is there…`);
      status("executing the callbacks on Ethereum…");
      for (const d of done) {
        if (d.o.status !== Status.Success) continue;
        const cb = await sellerClient.callback(d.h.task!, d.o.receipt);
        if (!cb.ok) throw new Error(`${d.who}'s callback reverted on Ethereum (tx ${cb.receipt.hash})`);
        log(`${d.who}'s callback on Ethereum: executed (tx ${cb.receipt.hash})`);
      }
      const w: string = await house!.winner();
      if (w !== winner) throw new Error(`AuctionHouse names ${w}, the enclave ${winner}`);
      $("winner").textContent = `${name} (${w})`;
      $("price").textContent = `${formatEther(await house!.price())} ETH`;
      // Everyone takes what is theirs: the losers their deposits, the
      // winner the rest of its deposit, the seller the price.
      const paid: string[] = [];
      for (const d of done) {
        if (d.o.status !== Status.Success || (await house!.entitlement(await d.signer.getAddress())) === 0n) continue;
        const r = await (await (house!.connect(d.signer) as Contract).withdraw({ nonce: await nextNonce(d.signer) })).wait();
        const ev = r.logs.map((l: any) => house!.interface.parseLog(l)).find((e: any) => e?.name === "Withdrawn");
        paid.push(`${d.who} ${formatEther(ev.args.amount)}`);
        log(`${d.who} withdraws ${formatEther(ev.args.amount)} ETH from AuctionHouse`);
      }
      $("payouts").textContent = paid.join(" · ");
      status(`settled: ${name} wins at ${formatEther(price)} ETH`, "settled");
    } catch (e) {
      status(`failed: ${(e as Error).message}`, "failed");
      busy(false);
    }
  };
}

main().catch((e) => status(`failed: ${(e as Error).message}`, "failed"));
