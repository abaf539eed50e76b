// Verifying a worker before anything is encrypted for it (docs/design.md
// §2 step 2; client/README.md "Trust"): its signing key is its address;
// its quote verifies, satisfies the chain's policy and binds this chain id
// and the worker's keys. A simulated quote is accepted only when the chain
// allows them *and* the client does. SGX quotes are verified by the Go
// verifier (enclave/attestation/dcap) compiled to WebAssembly (dcap.ts):
// one implementation of DCAP, not two.

import { computeAddress, concat, getAddress, getBytes, hexlify, sha256, toUtf8Bytes } from "ethers";

import type { DcapCollateral, DcapReport, DcapVerifier } from "./dcap";
import { chainIdBytes } from "./formats";
import type { Params, Worker } from "./proto/enigma/registry/v1/registry";

/** The first byte of a quote. */
export enum QuoteKind {
  Simulated = 0x01,
  SGX = 0x02,
}

/** The TCB status of an up-to-date platform. */
export const TCBUpToDate = "UpToDate";

const simMagic = "ENIGMA SIMULATED QUOTE v1 NOT SECURE";
const simQuoteSize = 1 + simMagic.length + 32 + 32 + 2 + 2 + 1 + 64;

/** What a verified quote says about the enclave. */
export interface Report {
  kind: QuoteKind;
  /** MRENCLAVE, 0x hex. */
  uniqueId: string;
  /** MRSIGNER, 0x hex. */
  signerId: string;
  productId: number;
  securityVersion: number;
  debug: boolean;
  /** The 64 bytes of report data, 0x hex. */
  reportData: string;
  tcbStatus: string;
  advisoryIds: string[];
  tcbEvaluationDataNumber: number;
}

/** What a client learned about a worker: whom it may encrypt to. */
export interface Verdict {
  worker: string;
  simulated: boolean;
  /** Where the TCB status came from: "collateral" (evaluated here), "chain" (recorded at registration) or "" (simulated). */
  tcbSource: "collateral" | "chain" | "";
  tcbStatus: string;
  report: Report;
  keys: { signer: Uint8Array; x25519: Uint8Array; xwing: Uint8Array };
}

/** The SGX verifier the client uses: enclave/attestation/dcap in WebAssembly (loadDcap()). */
export type QuoteVerifier = Pick<DcapVerifier, "verify">;

/** A verified DCAP quote as this file's Report; a quote not in its stored (canonical) form is refused. */
function sgxReport(d: DcapReport): Report {
  if (!d.canonical) {
    throw new AttestationError("the stored quote is not in its canonical form");
  }
  return {
    kind: QuoteKind.SGX, uniqueId: d.mrenclave, signerId: d.mrsigner, productId: d.productId, securityVersion: d.securityVersion, debug: d.debug,
    reportData: d.reportData, tcbStatus: d.tcbStatus, advisoryIds: d.advisoryIds, tcbEvaluationDataNumber: d.tcbEvaluationDataNumber,
  };
}

/** A refusal to trust a worker; the message names the failed check. */
export class AttestationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AttestationError";
  }
}

/**
 * The report data an enclave puts in its quote: `sha256("enigma/attest/v1"
 * || uint8(len(chainId)) || chainId || (uint16 length || key) for the
 * signer, X25519 and X-Wing keys)` then 32 zero bytes.
 */
export function reportData(chainId: string, keys: { signer: Uint8Array; x25519: Uint8Array; xwing: Uint8Array }): string {
  const parts: Uint8Array[] = [toUtf8Bytes("enigma/attest/v1"), chainIdBytes(chainId)];
  for (const k of [keys.signer, keys.x25519, keys.xwing]) {
    if (k.length > 0xffff) {
      throw new AttestationError(`a key of ${k.length} bytes is too long`);
    }
    parts.push(new Uint8Array([k.length >> 8, k.length & 0xff]), k);
  }
  return concat([sha256(concat(parts)), new Uint8Array(32)]);
}

/** Reads a simulated quote (enclave/README.md "Quote"); it carries no signature. */
export function parseSimulatedQuote(quote: Uint8Array): Report {
  if (quote.length !== simQuoteSize || quote[0] !== QuoteKind.Simulated || hexlify(quote.subarray(1, 1 + simMagic.length)) !== hexlify(toUtf8Bytes(simMagic))) {
    throw new AttestationError(`malformed quote: not a simulated quote of ${simQuoteSize} bytes`);
  }
  const b = quote.subarray(1 + simMagic.length);
  return {
    kind: QuoteKind.Simulated,
    uniqueId: hexlify(b.subarray(0, 32)),
    signerId: hexlify(b.subarray(32, 64)),
    productId: (b[64] << 8) | b[65],
    securityVersion: (b[66] << 8) | b[67],
    debug: b[68] !== 0,
    reportData: hexlify(b.subarray(69)),
    tcbStatus: "",
    advisoryIds: [],
    tcbEvaluationDataNumber: 0,
  };
}

/** The chain's policy, as x/registry applies it to registrations (attestation.Policy.Check). */
export function checkPolicy(r: Report, p: Params, allowSimulated: boolean, checkEvaluationDataNumber: boolean): void {
  if (r.kind === QuoteKind.Simulated) {
    if (!p.allowSimulatedAttestation) {
      throw new AttestationError("simulated quote refused: the chain does not allow simulated attestation");
    }
    if (!allowSimulated) {
      throw new AttestationError("simulated quote refused (the chain allows them; this client does not: a development network's client sets allowSimulated)");
    }
    return;
  }
  if (r.kind !== QuoteKind.SGX) {
    throw new AttestationError(`unknown quote kind 0x${Number(r.kind).toString(16)}`);
  }
  if (r.debug) {
    throw new AttestationError("policy: debug enclave");
  }
  const has = (list: Uint8Array[], id: string) => list.some((x) => hexlify(x) === id.toLowerCase());
  if (!has(p.trustedSignerIds, r.signerId) && !has(p.trustedEnclaveIds, r.uniqueId)) {
    throw new AttestationError(`policy: MRSIGNER ${r.signerId} / MRENCLAVE ${r.uniqueId} is not trusted`);
  }
  if (r.productId !== p.productId) {
    throw new AttestationError(`policy: product id ${r.productId}, want ${p.productId}`);
  }
  if (r.securityVersion < p.minSecurityVersion) {
    throw new AttestationError(`policy: security version ${r.securityVersion} is below ${p.minSecurityVersion}`);
  }
  const accepted = p.acceptedTcbStatuses.length > 0 ? p.acceptedTcbStatuses : [TCBUpToDate];
  if (!accepted.includes(r.tcbStatus)) {
    throw new AttestationError(`policy: TCB status ${JSON.stringify(r.tcbStatus)} (advisories ${r.advisoryIds.join(",")}) is not one of ${accepted.join(", ")}`);
  }
  if (checkEvaluationDataNumber && r.tcbEvaluationDataNumber < p.minTcbEvaluationDataNumber) {
    throw new AttestationError(`policy: the collateral's TCB evaluation data number ${r.tcbEvaluationDataNumber} is older than ${p.minTcbEvaluationDataNumber}`);
  }
  if (r.tcbStatus === TCBUpToDate) {
    return;
  }
  if (r.advisoryIds.length === 0) {
    throw new AttestationError(`policy: TCB status ${r.tcbStatus} names no advisories, so none can be allowed`);
  }
  for (const a of r.advisoryIds) {
    if (!p.allowedAdvisoryIds.includes(a)) {
      throw new AttestationError(`policy: TCB status ${r.tcbStatus} because of advisory ${a}, which is not in the allowed advisories ${p.allowedAdvisoryIds.join(", ")}`);
    }
  }
}

/** How a client verifies workers. */
export interface AttesterOptions {
  /** The chain id the user configured (never one a node reports). */
  chainId: string;
  /** Accept simulated enclaves when the chain does too (development networks only). */
  allowSimulated?: boolean;
  /** The SGX quote verifier (loadDcap()); without it an SGX worker is refused. */
  dcap?: QuoteVerifier;
  /** Intel's collateral for SGX quotes (dcap.ts DcapCollateral or its JSON); without it, the TCB status the chain recorded. */
  collateral?: string | DcapCollateral;
  /** The clock certificates are checked at. */
  now?: () => Date;
}

/**
 * verifyWorker checks a worker record as the Go client's Attester does and
 * returns the keys it may encrypt to; it throws AttestationError naming
 * the failed check.
 */
export function verifyWorker(w: Worker, p: Params, o: AttesterOptions): Verdict {
  if (w.enclaveAddress.length !== 20) {
    throw new AttestationError(`the worker record's address is ${w.enclaveAddress.length} bytes`);
  }
  const addr = getAddress(hexlify(w.enclaveAddress));
  if (w.signerPubkey.length !== 33) {
    throw new AttestationError(`worker ${addr}: signer key of ${w.signerPubkey.length} bytes, want 33 (compressed secp256k1)`);
  }
  let signer: string;
  try {
    signer = computeAddress(hexlify(w.signerPubkey));
  } catch (e) {
    throw new AttestationError(`worker ${addr}: signer key: ${(e as Error).message}`);
  }
  if (signer !== addr) {
    throw new AttestationError(`worker ${addr}: its signing key is the address ${signer}`);
  }
  if (w.quote.length === 0) {
    throw new AttestationError(`worker ${addr} has no quote`);
  }
  const keys = { signer: getBytes(w.signerPubkey), x25519: getBytes(w.x25519Key), xwing: getBytes(w.xwingKey) };
  const now = o.now ? o.now() : new Date();
  let report: Report;
  let tcbSource: Verdict["tcbSource"] = "";
  try {
    switch (w.quote[0]) {
      case QuoteKind.Simulated:
        report = parseSimulatedQuote(w.quote);
        checkPolicy(report, p, !!o.allowSimulated, false);
        break;
      case QuoteKind.SGX:
        if (!o.dcap) {
          throw new AttestationError("an SGX quote and no DCAP verifier (pass dcap: await loadDcap())");
        }
        if (o.collateral) {
          tcbSource = "collateral";
          report = sgxReport(o.dcap.verify(w.quote, now, o.collateral));
          checkPolicy(report, p, false, true);
        } else {
          // The chain evaluated the TCB with the collateral of the
          // registration's block; the signatures are checked here.
          tcbSource = "chain";
          report = { ...sgxReport(o.dcap.verify(w.quote, now)), tcbStatus: w.tcbStatus, advisoryIds: [...w.advisoryIds] };
          checkPolicy(report, p, false, false);
        }
        break;
      default:
        throw new AttestationError(`unknown quote kind 0x${w.quote[0].toString(16)}`);
    }
    if (report.reportData.toLowerCase() !== reportData(o.chainId, keys).toLowerCase()) {
      throw new AttestationError(`the quote does not bind chain ${o.chainId} and the worker's keys`);
    }
  } catch (e) {
    throw new AttestationError(`worker ${addr}: ${(e as Error).message}`);
  }
  if (keys.x25519.length !== 32) {
    throw new AttestationError(`worker ${addr}: an X25519 key of ${keys.x25519.length} bytes`);
  }
  return { worker: addr, simulated: report.kind === QuoteKind.Simulated, tcbSource, tcbStatus: report.tcbStatus, report, keys };
}
