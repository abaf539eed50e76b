// The worker selection rule of x/registry/selection, for a client that must
// know which worker will run a task before it encrypts for it. It is the
// chain's rule, pinned by x/registry/selection/testdata/vectors.json; a
// difference here means data sealed for a worker the chain did not select.

import { concat, getAddress, getBytes, keccak256, toBeHex } from "ethers";

/** A worker and its stake in an epoch's worker set. */
export interface Stake {
  address: string;
  stake: bigint;
}

/** At most this many draws per place before places go in address order (docs/decisions.md). */
export const MaxDrawsPerPlace = 1024;

const maxUint256 = (1n << 256n) - 1n;

/** The n-th draw for a contract: `keccak256(seed || contract || uint256(n))`. */
export function draw(seed: string, contract: string, n: number | bigint): bigint {
  return BigInt(keccak256(concat([getBytes(seed), getBytes(contract), getBytes(toBeHex(BigInt(n), 32))])));
}

/**
 * select returns the k workers (fewer when the set has fewer staked
 * workers) that the chain selects for a contract under an epoch's seed:
 * stake-weighted draws without repeats, at most 1,024·k draws in all, then
 * the remaining places to unchosen workers in address order. Workers
 * without stake are never selected.
 */
export function select(workers: Stake[], seed: string, contract: string, k: number): string[] {
  if (!Number.isInteger(k) || k <= 0) {
    throw new Error(`selection: group size must be at least 1, got ${k}`);
  }
  if (getBytes(seed).length !== 32 || getBytes(contract).length !== 20) {
    throw new Error("selection: a 32-byte seed and a 20-byte contract address");
  }
  // Addresses are compared in lower case; only the chosen are checksummed
  // (a checksum is a keccak: 1,000 of them cost more than the selection).
  const ws = workers
    .map((w) => {
      if (w.stake < 0n) {
        throw new Error(`selection: worker ${w.address} has a negative stake`);
      }
      if (!/^0x[0-9a-fA-F]{40}$/.test(w.address)) {
        throw new Error(`selection: worker address ${JSON.stringify(w.address)} is not 0x and 40 hex digits`);
      }
      return { key: w.address.toLowerCase(), stake: w.stake };
    })
    .filter((w) => w.stake > 0n)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const cumulative: bigint[] = [];
  let total = 0n;
  for (let i = 0; i < ws.length; i++) {
    if (i > 0 && ws[i - 1].key === ws[i].key) {
      throw new Error(`selection: worker ${getAddress(ws[i].key)} appears twice`);
    }
    total += ws[i].stake;
    cumulative.push(total);
  }
  if (total > maxUint256) {
    throw new Error("selection: total stake exceeds uint256");
  }
  if (ws.length === 0) {
    throw new Error("selection: no worker with stake");
  }
  k = Math.min(k, ws.length);
  const chosen: string[] = [];
  const seen = new Set<number>();
  for (let n = 0; chosen.length < k && n < MaxDrawsPerPlace * k; n++) {
    const r = draw(seed, contract, n) % total;
    // The first worker whose cumulative stake exceeds r.
    let lo = 0;
    let hi = cumulative.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    if (!seen.has(lo)) {
      seen.add(lo);
      chosen.push(getAddress(ws[lo].key));
    }
  }
  for (let i = 0; chosen.length < k; i++) {
    if (!seen.has(i)) {
      seen.add(i);
      chosen.push(getAddress(ws[i].key));
    }
  }
  return chosen;
}
