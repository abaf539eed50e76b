// The settings of a localnet (`make localnet` writes .localnet/client.toml)
// for Node programs: the endpoints, the chain id, the bridge and the
// TEST-ONLY funded Ethereum dev key. Not for production keys.

import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";

/** What .localnet/client.toml says, in the client's terms. */
export interface LocalnetSettings {
  chainId: string;
  node: string;
  ingress: string;
  ethRpc: string;
  bridge: string;
  ethChainId: bigint;
  allowSimulated: boolean;
  /** The funded dev key (0x hex), TEST ONLY. */
  ethKey: string;
}

/**
 * findLocalnet names the client.toml to read: the one given, else
 * $ENIGMA_CLIENT_CONFIG, else .localnet/client.toml in the current folder
 * or the nearest parent.
 */
export function findLocalnet(given?: string): string {
  const f = given || process.env.ENIGMA_CLIENT_CONFIG;
  if (f) return f;
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const p = join(dir, ".localnet", "client.toml");
    if (existsSync(p)) return p;
    if (dirname(dir) === dir) break;
  }
  throw new Error("no .localnet/client.toml here or in a parent folder: start a localnet (make localnet) or name the file");
}

/**
 * readLocalnet reads a localnet's client.toml (the flat `key = value` lines
 * scripts/localnet.sh writes; not a general TOML reader).
 */
export function readLocalnet(file: string = findLocalnet()): LocalnetSettings {
  file = resolve(file);
  const v = new Map<string, string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = /^\s*([a-z_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trim().startsWith("#")) continue;
    v.set(m[1], m[2].startsWith('"') ? JSON.parse(m[2]) : m[2]);
  }
  const need = (k: string) => {
    const x = v.get(k);
    if (x === undefined || x === "") throw new Error(`${file}: no ${k}`);
    return x;
  };
  const http = (s: string) => (/^https?:\/\//.test(s) ? s : "http://" + s.replace(/^tcp:\/\//, ""));
  const keyFile = need("eth_key_file");
  const key = readFileSync(isAbsolute(keyFile) ? keyFile : join(dirname(file), keyFile), "utf8").trim();
  return {
    chainId: need("chain_id"),
    node: http(need("rpc")),
    ingress: http(need("ingress")),
    ethRpc: need("eth_rpc"),
    bridge: need("bridge_contract"),
    ethChainId: BigInt(need("eth_chain_id")),
    allowSimulated: v.get("allow_simulated") === "true",
    ethKey: key.startsWith("0x") ? key : "0x" + key,
  };
}
