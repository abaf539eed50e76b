// The task envelope (enclave/README.md "Envelope"): a call's data sealed
// with HPKE for the worker's enclave, bound to the chain, the contract and
// the task, and the result key the client keeps to read the output.
// X25519 by default; X-Wing (ML-KEM-768 + X25519, post-quantum hybrid) on
// request. Go's crypto/hpke and @hpke interoperate in both directions for
// both suites (test/envelope.test.ts opens Go's envelopes, and the Go test
// client/js_vectors_test.go opens these).

import { Aes256Gcm, CipherSuite, DhkemX25519HkdfSha256 as NativeX25519, HkdfSha256 } from "@hpke/core";
import { DhkemX25519HkdfSha256 } from "@hpke/dhkem-x25519";
import { XWing } from "@hpke/hybridkem-x-wing";
import { AbiCoder, concat, getAddress, getBytes, hexlify, toUtf8Bytes } from "ethers";

import { addressWord, BytesLike, chainIdBytes, uintWord, ZeroAddress } from "./formats";

/** The envelope format's version byte. */
export const Version1 = 0x01;

/** The largest envelope the chain takes. */
export const MaxEnvelopeSize = 256 << 10;

/** The label of the result key exported from the HPKE context. */
export const ResultKeyLabel = "enigma/result/v1";

/** HPKE suites: the byte after the version. */
export enum Suite {
  /** DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / AES-256-GCM. */
  X25519 = 0x01,
  /** X-Wing (ML-KEM-768 + X25519) / HKDF-SHA256 / AES-256-GCM. */
  XWing = 0x02,
}

/** The suites' names as the Go side prints them. */
export const suiteNames: Record<Suite, string> = {
  [Suite.X25519]: "DHKEM(X25519)-HKDF-SHA256-AES256GCM",
  [Suite.XWing]: "X-Wing-HKDF-SHA256-AES256GCM",
};

const encSize: Record<Suite, number> = { [Suite.X25519]: 32, [Suite.XWing]: 1120 };
const publicKeySize: Record<Suite, number> = { [Suite.X25519]: 32, [Suite.XWing]: 1216 };

const suites = new Map<Suite, Promise<CipherSuite>>();

/**
 * Whether the runtime's WebCrypto does X25519 (Node 20, recent browsers):
 * @hpke/core's KEM on it seals four times faster than @hpke/dhkem-x25519's
 * JavaScript curve, which stays the fallback.
 */
async function nativeX25519(): Promise<boolean> {
  try {
    await globalThis.crypto.subtle.importKey("raw", new Uint8Array(32).fill(9), { name: "X25519" }, true, []);
    return true;
  } catch {
    return false;
  }
}

function cipherSuite(s: Suite): Promise<CipherSuite> {
  let c = suites.get(s);
  if (!c) {
    c = makeSuite(s);
    suites.set(s, c);
    c.catch(() => suites.delete(s));
  }
  return c;
}

async function makeSuite(s: Suite): Promise<CipherSuite> {
  let c: CipherSuite;
  {
    switch (s) {
      case Suite.X25519:
        c = new CipherSuite({ kem: (await nativeX25519()) ? new NativeX25519() : new DhkemX25519HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes256Gcm() });
        break;
      case Suite.XWing:
        c = new CipherSuite({ kem: new XWing(), kdf: new HkdfSha256(), aead: new Aes256Gcm() });
        break;
      default:
        throw new Error(`envelope: unknown suite 0x${Number(s).toString(16)}`);
    }
  }
  return c;
}

/** What binds an envelope: the chain id, the contract and the task id. */
export interface Binding {
  chainId: string;
  contract: string;
  taskId: BytesLike;
}

/** `"enigma/task/v1" || uint8(len(chainId)) || chainId || contract (20) || taskId (32)`. */
export function info(b: Binding): Uint8Array {
  const contract = getBytes(b.contract);
  const task = getBytes(b.taskId);
  if (contract.length !== 20 || task.length !== 32) {
    throw new Error("envelope: a 20-byte contract and a 32-byte task id");
  }
  return getBytes(concat([toUtf8Bytes("enigma/task/v1"), chainIdBytes(b.chainId), contract, task]));
}

/**
 * A call as the enclave reads it: EVM calldata (or constructor arguments
 * for a deployment) and the escrow the record made (token zero for ETH).
 * The escrow must equal the record's or the task fails escrow-mismatch.
 */
export interface Call {
  data: BytesLike;
  token?: string;
  amount?: bigint;
}

/** `abi.encode(bytes data, address token, uint256 amount)`, packed by hand (the canonical encoding). */
export function encodeCall(c: Call): Uint8Array {
  const amount = c.amount ?? 0n;
  if (amount < 0n) {
    throw new Error("envelope: a negative amount");
  }
  const data = getBytes(c.data);
  const padded = Math.ceil(data.length / 32) * 32;
  const out = new Uint8Array(4 * 32 + padded);
  out.set(uintWord(96n), 0); // the offset of data: after three head words
  out.set(addressWord(c.token ?? ZeroAddress), 32);
  out.set(uintWord(amount), 64);
  out.set(uintWord(BigInt(data.length)), 96);
  out.set(data, 128);
  return out;
}

/** A sealed call and the key that opens its result. */
export interface SealedCall {
  envelope: Uint8Array;
  resultKey: Uint8Array;
}

/** seal encrypts a call for a worker's public key of the suite. */
export async function seal(suite: Suite, publicKey: BytesLike, binding: Binding, call: Call): Promise<SealedCall> {
  const pk = getBytes(publicKey);
  if (pk.length !== publicKeySize[suite]) {
    throw new Error(`envelope: a ${suiteNames[suite] ?? suite} public key is ${publicKeySize[suite]} bytes, got ${pk.length}`);
  }
  const cs = await cipherSuite(suite);
  const recipientPublicKey = await cs.kem.deserializePublicKey(pk);
  const sender = await cs.createSenderContext({ recipientPublicKey, info: info(binding) });
  const ct = new Uint8Array(await sender.seal(encodeCall(call)));
  const resultKey = new Uint8Array(await sender.export(toUtf8Bytes(ResultKeyLabel), 32));
  const enc = new Uint8Array(sender.enc);
  const envelope = new Uint8Array(2 + enc.length + ct.length);
  envelope[0] = Version1;
  envelope[1] = suite;
  envelope.set(enc, 2);
  envelope.set(ct, 2 + enc.length);
  if (envelope.length > MaxEnvelopeSize) {
    throw new Error(`envelope: ${envelope.length} bytes, the limit is ${MaxEnvelopeSize}`);
  }
  return { envelope, resultKey };
}

/** An envelope opened by its recipient: the call and the result key. */
export interface Opened {
  data: Uint8Array;
  token: string;
  amount: bigint;
  resultKey: Uint8Array;
}

/**
 * open decrypts an envelope with the recipient's private key (32 bytes for
 * X25519, the 32-byte seed for X-Wing). Enclaves open envelopes; this is
 * here for tests and tools that play one.
 */
export async function open(privateKey: BytesLike, binding: Binding, envelope: BytesLike): Promise<Opened> {
  const env = getBytes(envelope);
  if (env.length > MaxEnvelopeSize || env.length < 2 || env[0] !== Version1) {
    throw new Error("envelope: malformed");
  }
  const suite = env[1] as Suite;
  if (!(suite in encSize)) {
    throw new Error(`envelope: unknown suite 0x${env[1].toString(16)}`);
  }
  const n = encSize[suite];
  if (env.length < 2 + n + 16) {
    throw new Error("envelope: too short");
  }
  const cs = await cipherSuite(suite);
  const key = await cs.kem.importKey("raw", getBytes(privateKey).slice().buffer as ArrayBuffer, false);
  const recipient = await cs.createRecipientContext({ recipientKey: key, enc: env.slice(2, 2 + n).buffer as ArrayBuffer, info: info(binding) });
  const pt = new Uint8Array(await recipient.open(env.slice(2 + n).buffer as ArrayBuffer));
  const [data, token, amount] = AbiCoder.defaultAbiCoder().decode(["bytes", "address", "uint256"], pt);
  const again = encodeCall({ data, token, amount });
  if (hexlify(again) !== hexlify(pt)) {
    throw new Error("envelope: the call is not canonically encoded");
  }
  const resultKey = new Uint8Array(await recipient.export(toUtf8Bytes(ResultKeyLabel), 32));
  return { data: getBytes(data), token: getAddress(token), amount: BigInt(amount), resultKey };
}

const resultNonceSize = 12;

function subtle(): typeof globalThis.crypto.subtle {
  return globalThis.crypto.subtle;
}

/**
 * openResult decrypts a task's output (or revert data): `nonce (12) ||
 * AES-256-GCM(result key, nonce, output, aad = taskId)`.
 */
export async function openResult(resultKey: BytesLike, taskId: BytesLike, sealed: BytesLike): Promise<Uint8Array> {
  const key = getBytes(resultKey);
  const s = getBytes(sealed);
  if (key.length !== 32) {
    throw new Error(`a result key is 32 bytes, got ${key.length}`);
  }
  if (s.length < resultNonceSize + 16) {
    throw new Error("the output is too short to open");
  }
  const k = await subtle().importKey("raw", key.slice(), "AES-GCM", false, ["decrypt"]);
  try {
    const out = await subtle().decrypt(
      { name: "AES-GCM", iv: s.slice(0, resultNonceSize), additionalData: getBytes(taskId).slice(), tagLength: 128 },
      k,
      s.slice(resultNonceSize),
    );
    return new Uint8Array(out);
  } catch {
    throw new Error("the output does not open with the result key");
  }
}

/** sealResult encrypts an output as an enclave does (for tests and tools). */
export async function sealResult(resultKey: BytesLike, taskId: BytesLike, output: BytesLike): Promise<Uint8Array> {
  const k = await subtle().importKey("raw", getBytes(resultKey).slice(), "AES-GCM", false, ["encrypt"]);
  const nonce = globalThis.crypto.getRandomValues(new Uint8Array(resultNonceSize));
  const ct = new Uint8Array(await subtle().encrypt({ name: "AES-GCM", iv: nonce, additionalData: getBytes(taskId).slice(), tagLength: 128 }, k, getBytes(output).slice()));
  return getBytes(concat([nonce, ct]));
}
