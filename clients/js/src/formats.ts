// The wire formats a client computes, as enclave/README.md "Formats" and
// docs/bridge.md define them: task ids, contract addresses, inputs hashes,
// receipts, batch leaves and Merkle proofs. Every function here is pinned
// by the vector files the Go side writes (test/vectors.test.ts).

import { AbiCoder, concat, getAddress, getBytes, hexlify, keccak256, recoverAddress, Signature, toUtf8Bytes, zeroPadValue } from "ethers";

const abi = AbiCoder.defaultAbiCoder();

/** Bytes as the client takes them: 0x hex or raw bytes. */
export type BytesLike = string | Uint8Array;

/** The zero hash. */
export const ZeroHash = "0x" + "00".repeat(32);

/** The zero address (ETH as an escrow or fee token). */
export const ZeroAddress = "0x" + "00".repeat(20);

/**
 * The chain id as the enclave binds it: 1 to 255 bytes of ASCII, written
 * after its length byte.
 */
export function chainIdBytes(chainId: string): Uint8Array {
  const b = toUtf8Bytes(chainId);
  if (b.length === 0 || b.length > 255 || b.some((c) => c > 0x7e || c < 0x21)) {
    throw new Error(`chain id ${JSON.stringify(chainId)}: 1 to 255 printable ASCII bytes`);
  }
  return concat([new Uint8Array([b.length]), b]) as unknown as Uint8Array;
}

function bytesOf(x: BytesLike): Uint8Array {
  return getBytes(x);
}

/** A uint256 as one ABI word. */
export function uintWord(x: bigint): Uint8Array {
  if (x < 0n || x >= 1n << 256n) {
    throw new Error(`${x} is not a uint256`);
  }
  const w = new Uint8Array(32);
  for (let i = 31; i >= 0 && x > 0n; i--, x >>= 8n) {
    w[i] = Number(x & 0xffn);
  }
  return w;
}

/** A 20-byte address as one ABI word: 0x hex, all lower or upper case, or mixed with a right EIP-55 checksum. */
export function addressWord(a: string): Uint8Array {
  if (!/^0x[0-9a-fA-F]{40}$/.test(a)) {
    throw new Error(`${JSON.stringify(a)} is not an address (0x and 40 hex digits)`);
  }
  const body = a.slice(2);
  if (body !== body.toLowerCase() && body !== body.toUpperCase()) {
    getAddress(a); // throws on a wrong checksum: a mistyped address
  }
  const w = new Uint8Array(32);
  w.set(getBytes(a), 12);
  return w;
}

/**
 * `keccak256(abi.encode(uint256 chainId, address bridge, address sender,
 * bytes32 salt))`, packed by hand: ethers' AbiCoder costs more than the
 * hash.
 */
export function taskId(ethChainId: bigint, bridge: string, sender: string, salt: BytesLike): string {
  const s = bytesOf(salt);
  if (s.length !== 32) {
    throw new Error(`a salt is 32 bytes, got ${s.length}`);
  }
  const buf = new Uint8Array(128);
  buf.set(uintWord(ethChainId), 0);
  buf.set(addressWord(bridge), 32);
  buf.set(addressWord(sender), 64);
  buf.set(s, 96);
  return keccak256(buf);
}

/** `keccak256(task data)`: what the record on Ethereum commits to. */
export function inputsHash(data: BytesLike): string {
  return keccak256(bytesOf(data));
}

/** The last 20 bytes of `keccak256("enigma/contract/v1" || deploymentTaskId)`, checksummed. */
export function contractAddress(deploymentTaskId: BytesLike): string {
  const h = keccak256(concat([toUtf8Bytes("enigma/contract/v1"), bytesOf(deploymentTaskId)]));
  return getAddress("0x" + h.slice(26));
}

/** A random 32-byte salt (the task id is the sender's and the salt's). */
export function newSalt(): string {
  return hexlify(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

/** Receipt statuses (enclave/receipt). */
export enum Status {
  Success = 0,
  Revert = 1,
  OutOfGas = 2,
  BadInput = 3,
  EscrowMismatch = 4,
  Timeout = 5,
  Refused = 6,
}

/** The statuses' names as the Go side prints them. */
export const statusNames: Record<number, string> = {
  0: "success",
  1: "revert",
  2: "out-of-gas",
  3: "bad-input",
  4: "escrow-mismatch",
  5: "timeout",
  6: "refused",
};

/** The receipt the enclave signs (enclave/README.md "Receipt hash"). */
export interface EnclaveReceipt {
  taskId: BytesLike;
  contract: string;
  status: number;
  outputHash: BytesLike;
  deltaIndex: bigint;
  deltaHash: BytesLike;
  gasUsed: bigint;
  worker: string;
  callbackHash: BytesLike;
  taskHash: BytesLike;
  stateHead: BytesLike;
}

/** The receipt's hash, which the enclave signs and the batch leaf carries. */
export function receiptHash(r: EnclaveReceipt): string {
  return keccak256(
    abi.encode(
      ["bytes32", "address", "uint8", "bytes32", "uint64", "bytes32", "uint64", "address", "bytes32", "bytes32", "bytes32"],
      [bytesOf(r.taskId), r.contract, r.status, bytesOf(r.outputHash), r.deltaIndex, bytesOf(r.deltaHash), r.gasUsed, r.worker,
        bytesOf(r.callbackHash), bytesOf(r.taskHash), bytesOf(r.stateHead)],
    ),
  );
}

/** What the enclave signs: `keccak256("enigma/receipt/v1" || uint8(len(chainId)) || chainId || hash)`. */
export function receiptDigest(chainId: string, hash: BytesLike): string {
  return keccak256(concat([toUtf8Bytes("enigma/receipt/v1"), chainIdBytes(chainId), bytesOf(hash)]));
}

/**
 * The address that signed a receipt: a 65-byte `r || s || v` signature, v
 * 27 or 28, low s (what Solidity's ecrecover takes), over receiptDigest.
 */
export function receiptSigner(chainId: string, hash: BytesLike, signature: BytesLike): string {
  const sig = bytesOf(signature);
  if (sig.length !== 65 || (sig[64] !== 27 && sig[64] !== 28)) {
    throw new Error(`a receipt signature is 65 bytes ending in v 27 or 28, got ${sig.length} bytes`);
  }
  const s = BigInt(hexlify(sig.subarray(32, 64)));
  if (s > secp256k1HalfN) {
    throw new Error("a receipt signature with a high s");
  }
  return recoverAddress(receiptDigest(chainId, hash), Signature.from(hexlify(sig)));
}

const secp256k1HalfN = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;

/**
 * The task as the enclave ran it: `keccak256(abi.encode(address sender,
 * bytes32 inputsHash, bytes32 codeHash, uint64 gasLimit, address
 * escrowToken, uint256 escrowAmount, uint64 ethBlock, uint64 ethTime))`.
 */
export function taskHash(t: {
  sender: string;
  inputsHash: BytesLike;
  codeHash: BytesLike;
  gasLimit: bigint;
  escrowToken: string;
  escrowAmount: bigint;
  ethBlock: bigint;
  ethTime: bigint;
}): string {
  return keccak256(
    abi.encode(
      ["address", "bytes32", "bytes32", "uint64", "address", "uint256", "uint64", "uint64"],
      [t.sender, bytesOf(t.inputsHash), bytesOf(t.codeHash), t.gasLimit, t.escrowToken, t.escrowAmount, t.ethBlock, t.ethTime],
    ),
  );
}

/** `keccak256(abi.encode(address target, bytes data))`, zero without a callback target. */
export function callbackHash(target: string | undefined, data: BytesLike): string {
  if (!target || bytesOf(target).length === 0) {
    return ZeroHash;
  }
  return keccak256(abi.encode(["address", "bytes"], [target, bytesOf(data)]));
}

/** A task record as the bridge contract stores its hash (bridge/commitment Record). */
export interface TaskRecord {
  sender: string;
  secretContract: string;
  feeToken: string;
  gasLimit: bigint;
  gasPrice: bigint;
  escrowToken: string;
  escrowAmount: bigint;
}

/** The bridge's `recordHash(rec)`. */
export function recordHash(r: TaskRecord): string {
  return keccak256(
    abi.encode(
      ["address", "address", "address", "uint64", "uint256", "address", "uint256"],
      [r.sender, r.secretContract, r.feeToken, r.gasLimit, r.gasPrice, r.escrowToken, r.escrowAmount],
    ),
  );
}

/** A receipt as a batch's Merkle tree holds it (bridge/commitment Leaf). */
export interface Leaf {
  sequence: bigint;
  taskId: BytesLike;
  recordHash: BytesLike;
  status: number;
  gasUsed: bigint;
  callbackHash: BytesLike;
  receiptHash: BytesLike;
}

/** The leaf's hash, the bridge's `receiptLeaf(r, rec)`. */
export function leafHash(l: Leaf): string {
  return keccak256(
    abi.encode(
      ["uint64", "bytes32", "bytes32", "uint8", "uint64", "bytes32", "bytes32"],
      [l.sequence, bytesOf(l.taskId), bytesOf(l.recordHash), l.status, l.gasUsed, bytesOf(l.callbackHash), bytesOf(l.receiptHash)],
    ),
  );
}

function hashPair(a: string, b: string): string {
  return a.toLowerCase() < b.toLowerCase() ? keccak256(concat([a, b])) : keccak256(concat([b, a]));
}

/** One level of the tree up: pairs hashed, an odd last node promoted. */
function up(level: string[]): string[] {
  const next: string[] = [];
  for (let i = 0; i < level.length; i += 2) {
    next.push(i + 1 === level.length ? level[i] : hashPair(level[i], level[i + 1]));
  }
  return next;
}

/**
 * The root of a batch's tree (x/secretcompute/merkle): OpenZeppelin's
 * commutative pair hashing with the odd node promoted, never duplicated.
 * OpenZeppelin's JS merkle-tree builds other roots for 5, 7 or 10 leaves
 * (it sorts and lays out leaves its own way); proofs of this tree verify
 * with OpenZeppelin's `MerkleProof.verify` and with verifyProof here.
 */
export function merkleRoot(leaves: string[]): string {
  if (leaves.length === 0) {
    throw new Error("merkle: no leaves");
  }
  let level = leaves.map((l) => zeroPadValue(l, 32));
  while (level.length > 1) {
    level = up(level);
  }
  return level[0];
}

/** The proof of leaves[index] in merkleRoot(leaves). */
export function merkleProof(leaves: string[], index: number): string[] {
  if (leaves.length === 0) {
    throw new Error("merkle: no leaves");
  }
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length) {
    throw new Error("merkle: leaf index out of range");
  }
  const proof: string[] = [];
  let level = leaves.map((l) => zeroPadValue(l, 32));
  while (level.length > 1) {
    const partner = index ^ 1;
    if (partner < level.length) {
      proof.push(level[partner]);
    }
    level = up(level);
    index = Math.floor(index / 2);
  }
  return proof;
}

/** Whether proof leads from leaf to root (as OpenZeppelin's MerkleProof.verify). */
export function verifyProof(root: BytesLike, leaf: BytesLike, proof: BytesLike[]): boolean {
  let h = zeroPadValue(leaf, 32);
  for (const p of proof) {
    h = hashPair(h, zeroPadValue(p, 32));
  }
  return h.toLowerCase() === zeroPadValue(root, 32).toLowerCase();
}
