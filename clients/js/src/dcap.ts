// Intel SGX DCAP quote verification for the TypeScript client, with the one
// implementation the chain and the Go client use: the repository's pure-Go
// verifier (enclave/attestation/dcap), compiled to WebAssembly by
// scripts/build-wasm.sh (clients/js/wasm/dcap) into dist/dcap.wasm, run with
// Go's dist/wasm_exec.js.
//
//   const dcap = await loadDcap();
//   const report = dcap.verify(worker.quote);                 // no collateral
//   const full = dcap.verify(worker.quote, new Date(), coll); // with collateral
//
// Without collateral the quote's PCK chain to the pinned Intel SGX Root CA,
// its signatures and Intel's quoting enclave are checked, not its TCB: the
// report's tcbStatus is "" and the caller takes the TCB status from the
// worker record (the chain evaluated it with collateral at registration), as
// client/attest.go does. With collateral, revocation, TCB Info, QE Identity
// and the TCB level are checked too. Neither applies a policy (MRENCLAVE or
// MRSIGNER, product id, SVN, debug, accepted statuses) nor checks the report
// data's binding: the caller does, as attestation.Policy.Check and
// attestation.CheckBinding do in Go.

/** What a verified quote proves (attestation.Report and the PCK certificate's platform). */
export interface DcapReport {
  /** Always "sgx": only SGX enclaves are accepted (TDX quotes are refused). */
  kind: "sgx";
  /** MRENCLAVE and MRSIGNER, 0x-prefixed lowercase hex (32 bytes). */
  mrenclave: string;
  mrsigner: string;
  /** ISVPRODID and ISVSVN. */
  productId: number;
  securityVersion: number;
  /** The DEBUG attribute: a debug enclave's memory is readable by its host. */
  debug: boolean;
  /** The 64-byte report data, 0x hex. */
  reportData: string;
  /** True when collateral was given and the three TCB fields are its verdict. */
  tcbEvaluated: boolean;
  /** "UpToDate", "SWHardeningNeeded", ...; "" without collateral. */
  tcbStatus: string;
  /** Intel security advisories behind tcbStatus ([] without collateral). */
  advisoryIds: string[];
  /** The older of the TCB Info's and the QE Identity's evaluation data numbers (0 without collateral). */
  tcbEvaluationDataNumber: number;
  /** The platform's FMSPC (6 bytes) and PCE-ID (2 bytes) from the PCK certificate, 0x hex. */
  fmspc: string;
  pceId: string;
  /** The quote's one stored form (low-s ECDSA signatures), 0x hex, in the chain's framing. */
  quote: string;
  /** Whether the quote given was exactly that form (a worker record's quote must be). */
  canonical: boolean;
}

/**
 * Intel PCS collateral for one platform, field for field dcap.Collateral;
 * the keys are the file names of a collateral directory without extension.
 * Text documents are passed as their exact text (their signatures cover the
 * bytes); the CRLs are hex of their DER (optionally 0x-prefixed), or PEM.
 */
export interface DcapCollateral {
  /** PEM; optional and unused (the quote carries its PCK chain). */
  pck_cert_chain?: string;
  pck_crl: string;
  /** PEM; optional: when given it must be the quote's PCK CA (and the root). */
  pck_crl_issuer_chain?: string;
  root_ca_crl: string;
  /** {"tcbInfo":{...},"signature":"..."} exactly as served. */
  tcb_info: string;
  tcb_info_issuer_chain: string;
  /** {"enclaveIdentity":{...},"signature":"..."} exactly as served. */
  qe_identity: string;
  qe_identity_issuer_chain: string;
}

export interface DcapVerifier {
  /**
   * Verifies quote in the chain's form (a worker record's quote: kind byte
   * 0x02, the Open Enclave report header, the DCAP quote) at `now` (default:
   * the current time), with collateral when given (a DcapCollateral or its
   * JSON). Throws a DcapError naming the failed check.
   */
  verify(quote: Uint8Array, now?: Date, collateral?: string | DcapCollateral): DcapReport;
  /** SHA-256 of the pinned Intel SGX Root CA's DER, hex. */
  readonly intelRootSha256: string;
}

/** A quote that does not verify; code names the check (see wasm/dcap/main.go). */
export class DcapError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "DcapError";
  }
}

export interface LoadDcapOptions {
  /**
   * The dcap.wasm module: its bytes, or where to get them (fetched, or read
   * when a file: URL). Default in Node: dist/dcap.wasm next to this module.
   * In a browser, load dist/wasm_exec.js first (a script tag): it defines
   * globalThis.Go.
   */
  wasm?: ArrayBuffer | Uint8Array | URL;
}

// The parts of WebAssembly and of Go's wasm_exec.js used here, declared
// locally: the compiler's lib is ES2022 without the DOM.
interface WasmInstance {
  readonly exports: object;
}
interface WasmApi {
  instantiate(bytes: ArrayBuffer | Uint8Array, imports: object): Promise<{ instance: WasmInstance }>;
}
interface GoRuntime {
  importObject: object;
  run(instance: WasmInstance): Promise<void>;
}
interface EnigmaDcapGlobal {
  verify(quote: Uint8Array, nowMs: number, collateralJSON?: string): string;
  intelRootSha256: string;
}
type Globals = {
  WebAssembly?: WasmApi;
  Go?: new () => GoRuntime;
  enigmaDcap?: EnigmaDcapGlobal;
};

const isNode = typeof process !== "undefined" && typeof process.versions?.node === "string";

let loading: Promise<DcapVerifier> | undefined;

/**
 * Loads and starts the verifier once per process (or page); later calls
 * return the same verifier whatever their options.
 */
export function loadDcap(options: LoadDcapOptions = {}): Promise<DcapVerifier> {
  loading ??= start(options).catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}

async function start(options: LoadDcapOptions): Promise<DcapVerifier> {
  const g = globalThis as unknown as Globals;
  if (!g.WebAssembly) {
    throw new Error("dcap: WebAssembly is not available");
  }
  if (!g.Go) {
    if (!isNode) {
      throw new Error("dcap: load wasm_exec.js (from dist/, the Go release that built dcap.wasm) before loadDcap");
    }
    // wasm_exec.js defines globalThis.Go (and, when absent, a minimal
    // globalThis.fs through which the Go program writes to the console).
    require(require("node:path").join(__dirname, "..", "wasm_exec.js"));
    if (!g.Go) {
      throw new Error("dcap: wasm_exec.js did not define Go");
    }
  }
  const bytes = await wasmBytes(options.wasm);
  const go = new g.Go();
  const { instance } = await g.WebAssembly.instantiate(bytes, go.importObject);
  // The Go program runs until main registers enigmaDcap and blocks; then
  // run's promise stays pending for the life of the process.
  void go.run(instance);
  const api = g.enigmaDcap;
  if (!api || typeof api.verify !== "function") {
    throw new Error("dcap: the WebAssembly module did not register enigmaDcap");
  }
  const verifyJSON = api.verify;
  return {
    intelRootSha256: api.intelRootSha256,
    verify(quote: Uint8Array, now: Date = new Date(), collateral?: string | DcapCollateral): DcapReport {
      const json = collateral === undefined || typeof collateral === "string" ? collateral : JSON.stringify(collateral);
      const out = JSON.parse(verifyJSON(quote, now.getTime(), json)) as
        | { ok: true; report: DcapReport }
        | { ok: false; error: string; code: string };
      if (!out.ok) {
        throw new DcapError(out.error, out.code);
      }
      return out.report;
    },
  };
}

async function wasmBytes(src: LoadDcapOptions["wasm"]): Promise<ArrayBuffer | Uint8Array> {
  if (src instanceof ArrayBuffer || src instanceof Uint8Array) {
    return src;
  }
  if (src === undefined || src.protocol === "file:") {
    if (!isNode) {
      throw new Error("dcap: give the wasm option (the bytes or a URL of dist/dcap.wasm) outside Node");
    }
    const fs: typeof import("node:fs") = require("node:fs");
    const path: typeof import("node:path") = require("node:path");
    return fs.readFileSync(src ?? path.join(__dirname, "..", "dcap.wasm"));
  }
  const res = await fetch(src);
  if (!res.ok) {
    throw new Error(`dcap: fetching ${src.href}: HTTP ${res.status}`);
  }
  return res.arrayBuffer();
}

/**
 * A raw DCAP quote in the chain's form, as the enclave's EGo issuer makes
 * it (dcap.SGXQuote in Go): kind byte 0x02, then the Open Enclave remote
 * report header (version 1, type 2, the quote's size; little endian).
 */
export function sgxQuote(raw: Uint8Array): Uint8Array {
  const out = new Uint8Array(1 + 16 + raw.length);
  const view = new DataView(out.buffer);
  out[0] = 0x02;
  view.setUint32(1, 1, true);
  view.setUint32(5, 2, true);
  view.setBigUint64(9, BigInt(raw.length), true);
  out.set(raw, 17);
  return out;
}

/**
 * Reads a collateral directory (Node only): the files dcap.LoadCollateralDir
 * reads, pck_cert_chain.pem and pck_crl_issuer_chain.pem optional.
 */
export function readCollateralDir(dir: string): DcapCollateral {
  const fs: typeof import("node:fs") = require("node:fs");
  const path: typeof import("node:path") = require("node:path");
  const read = (name: string, optional = false): Buffer | undefined => {
    const file = path.join(dir, name);
    if (optional && !fs.existsSync(file)) {
      return undefined;
    }
    return fs.readFileSync(file);
  };
  const crl = (b: Buffer): string => (b.subarray(0, 10).toString("latin1") === "-----BEGIN" ? b.toString("utf8") : b.toString("hex"));
  return {
    pck_cert_chain: read("pck_cert_chain.pem", true)?.toString("utf8"),
    pck_crl: crl(read("pck_crl.der")!),
    pck_crl_issuer_chain: read("pck_crl_issuer_chain.pem", true)?.toString("utf8"),
    root_ca_crl: crl(read("root_ca_crl.der")!),
    tcb_info: read("tcb_info.json")!.toString("utf8"),
    tcb_info_issuer_chain: read("tcb_info_issuer_chain.pem")!.toString("utf8"),
    qe_identity: read("qe_identity.json")!.toString("utf8"),
    qe_identity_issuer_chain: read("qe_identity_issuer_chain.pem")!.toString("utf8"),
  };
}
