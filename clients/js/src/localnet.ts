// The settings of a localnet (`make localnet` writes .localnet/client.toml)
// for Node programs: the endpoints, the chain id, the bridge and the
// TEST-ONLY funded Ethereum dev key. Not for production keys.

import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";

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
 * readLocalnet reads a localnet's client.toml (the flat `key = value` lines
 * scripts/localnet.sh writes; not a general TOML reader).
 */
export function readLocalnet(file: string): LocalnetSettings {
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
