// The TypeScript client verifies SGX DCAP quotes with the repository's Go
// verifier compiled to WebAssembly (scripts/build-wasm.sh must have run):
// the real quotes and Intel collateral of enclave/attestation/dcap/testdata,
// at the evaluation times the Go tests use, give the reports expected.json
// records; tampered quotes and other quote kinds are refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { DcapCollateral, DcapError, DcapReport, loadDcap, readCollateralDir, sgxQuote } from "../src/dcap";

const testdata = join(__dirname, "..", "..", "..", "..", "enclave", "attestation", "dcap", "testdata");

interface Expected {
  isv_enclave_report: {
    debug: boolean;
    mrenclave: string;
    mrsigner: string;
    isv_prod_id: number;
    isv_svn: number;
    report_data: string;
  };
  pck_certificate: { sgx_extensions: { fmspc: string; pceid: string } };
  collateral: { tcb_evaluation_data_number: number; qe_identity_tcb_evaluation_data_number: number };
  validity_window: { not_before: string; not_after: string };
  expected: { evaluation_time: string; overall_status: string; advisory_ids: string[] };
}

interface Set {
  name: string;
  /** The quote in the chain's form (kind byte, OE header, raw quote). */
  quote: Uint8Array;
  raw: Uint8Array;
  collateral: DcapCollateral;
  expected: Expected;
  at: Date;
}

function loadSet(name: string): Set {
  const dir = join(testdata, name);
  const raw = new Uint8Array(readFileSync(join(dir, "quote.bin")));
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
  return { name, raw, quote: sgxQuote(raw), collateral: readCollateralDir(dir), expected, at: new Date(expected.expected.evaluation_time) };
}

// The two real SGX sets (testdata/README.md); the third is a TDX quote.
const sgxSets = ["automata-sgx-v3-2025-08", "phala-dcap-qvl-sgx-v3-2025-06"].map(loadSet);
const tdx = loadSet("phala-dcap-qvl-tdx-v4-2025-06");

const hex = (b: Uint8Array) => "0x" + Buffer.from(b).toString("hex");
const flip = (b: Uint8Array, i: number): Uint8Array => {
  const out = new Uint8Array(b);
  out[i] ^= 0x01;
  return out;
};
// Offsets in the chain's form: kind byte (1) + Open Enclave header (16),
// then the quote header (48), the ISV report (384), the signature data's
// length (4) and the attestation key's signature over header ‖ report.
const rawAt = 1 + 16;
const mrenclaveAt = rawAt + 48 + 64;
const signatureAt = rawAt + 48 + 384 + 4;

function assertRefused(fn: () => unknown, code: string, message: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof DcapError, `want a DcapError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    assert.match(err.message, message);
    return true;
  });
}

function assertIdentity(r: DcapReport, s: Set): void {
  const isv = s.expected.isv_enclave_report;
  const pck = s.expected.pck_certificate.sgx_extensions;
  assert.equal(r.kind, "sgx");
  assert.equal(r.mrenclave, "0x" + isv.mrenclave);
  assert.equal(r.mrsigner, "0x" + isv.mrsigner);
  assert.equal(r.productId, isv.isv_prod_id);
  assert.equal(r.securityVersion, isv.isv_svn);
  assert.equal(r.debug, isv.debug);
  assert.equal(r.reportData, "0x" + isv.report_data);
  assert.equal(r.fmspc, "0x" + pck.fmspc.toLowerCase());
  assert.equal(r.pceId, "0x" + pck.pceid.toLowerCase());
}

test("loads once and pins Intel's SGX Root CA", async () => {
  const started = performance.now();
  const dcap = await loadDcap();
  const loadMs = performance.now() - started;
  assert.equal(await loadDcap(), dcap);
  assert.equal(dcap.intelRootSha256, "44a0196b2b99f889b8e149e95b807a350e7424964399e885a7cbb8ccfab674d3");
  assert.ok(loadMs < 30_000, `loading took ${loadMs} ms`);
});

for (const s of sgxSets) {
  test(`${s.name}: verifies with its collateral at ${s.at.toISOString()}`, async () => {
    const dcap = await loadDcap();
    const r = dcap.verify(s.quote, s.at, s.collateral);
    assertIdentity(r, s);
    assert.equal(r.tcbEvaluated, true);
    assert.equal(r.tcbStatus, s.expected.expected.overall_status);
    assert.deepEqual(r.advisoryIds, s.expected.expected.advisory_ids);
    const c = s.expected.collateral;
    assert.equal(r.tcbEvaluationDataNumber, Math.min(c.tcb_evaluation_data_number, c.qe_identity_tcb_evaluation_data_number));
    // The stored form verifies to the same report and is canonical.
    assert.equal(r.canonical, r.quote === hex(s.quote));
    const stored = new Uint8Array(Buffer.from(r.quote.slice(2), "hex"));
    const again = dcap.verify(stored, s.at, JSON.stringify(s.collateral));
    assert.equal(again.canonical, true);
    assert.equal(again.quote, r.quote);
    assert.deepEqual({ ...again, canonical: r.canonical }, r);
  });

  test(`${s.name}: without collateral, the chain, signatures and Intel's QE are checked, no TCB`, async () => {
    const dcap = await loadDcap();
    const r = dcap.verify(s.quote, s.at);
    assertIdentity(r, s);
    assert.equal(r.tcbEvaluated, false);
    assert.equal(r.tcbStatus, "");
    assert.deepEqual(r.advisoryIds, []);
    assert.equal(r.tcbEvaluationDataNumber, 0);
    assert.equal(r.quote, dcap.verify(s.quote, s.at, s.collateral).quote);
    // Years later, without collateral, only the certificates' validity
    // matters (the PCK certificates run to 2030 and 2031).
    assert.equal(dcap.verify(s.quote, new Date("2029-01-01T00:00:00Z")).mrenclave, r.mrenclave);
  });

  test(`${s.name}: collateral outside its validity window is refused`, async () => {
    const dcap = await loadDcap();
    const w = s.expected.validity_window;
    dcap.verify(s.quote, new Date(w.not_before), s.collateral);
    dcap.verify(s.quote, new Date(w.not_after), s.collateral);
    for (const at of [new Date(Date.parse(w.not_before) - 1000), new Date(Date.parse(w.not_after) + 1000)]) {
      assertRefused(() => dcap.verify(s.quote, at, s.collateral), "expired", /not valid at the evaluation time/);
    }
    // Without collateral only the certificates' validity applies.
    assertRefused(() => dcap.verify(s.quote, new Date("2050-01-01T00:00:00Z")), "expired", /not valid at the evaluation time/);
  });

  test(`${s.name}: a tampered quote is refused`, async () => {
    const dcap = await loadDcap();
    // One byte of the attestation key's signature, one of the report body
    // it signs (MRENCLAVE).
    for (const at of [signatureAt, mrenclaveAt]) {
      const bad = flip(s.quote, at);
      assertRefused(() => dcap.verify(bad, s.at), "quote_signature", /signature over the quote does not verify/);
      assertRefused(() => dcap.verify(bad, s.at, s.collateral), "quote_signature", /signature over the quote does not verify/);
    }
    // A byte of the QE report (signed by the PCK key).
    const qeReportAt = signatureAt + 64 + 64;
    assertRefused(() => dcap.verify(flip(s.quote, qeReportAt + 100), s.at), "qe_report_signature", /QE report signature/);
    // Bytes after the quote, and the Open Enclave header's size.
    const longer = new Uint8Array([...s.quote, 0]);
    assertRefused(() => dcap.verify(longer, s.at), "quote_format", /Open Enclave report header says/);
    assertRefused(() => dcap.verify(sgxQuote(new Uint8Array([...s.raw, 0])), s.at), "quote_format", /after the signature data/);
  });

  test(`${s.name}: tampered or mismatched collateral is refused`, async () => {
    const dcap = await loadDcap();
    const other = sgxSets.find((o) => o !== s)!;
    assertRefused(() => dcap.verify(s.quote, s.at, { ...s.collateral, tcb_info: other.collateral.tcb_info }), "expired", /TCB Info/);
    const body = s.collateral.tcb_info.replace('"tcbEvaluationDataNumber":17', '"tcbEvaluationDataNumber":18');
    assert.notEqual(body, s.collateral.tcb_info);
    assertRefused(() => dcap.verify(s.quote, s.at, { ...s.collateral, tcb_info: body }), "tcb_info_signature", /TCB Info signature/);
  });
}

test("a quote of another kind, or without its kind byte, is refused", async () => {
  const dcap = await loadDcap();
  const s = sgxSets[0];
  for (const kind of [0x01, 0x00, 0x03, 0xff]) {
    const q = new Uint8Array(s.quote);
    q[0] = kind;
    assertRefused(() => dcap.verify(q, s.at), "malformed_quote", /not an SGX quote/);
    assertRefused(() => dcap.verify(q, s.at, s.collateral), "malformed_quote", /not an SGX quote/);
  }
  // The raw DCAP quote (first byte 0x03, its version) is not the chain's form.
  assertRefused(() => dcap.verify(s.raw, s.at), "malformed_quote", /not an SGX quote/);
  // The kind byte without the Open Enclave header.
  assertRefused(() => dcap.verify(new Uint8Array([0x02, ...s.raw]), s.at), "quote_format", /Open Enclave report header/);
});

test("a TDX quote is not for this verifier: it verifies as DCAP but only SGX enclaves are workers", async () => {
  const dcap = await loadDcap();
  const msg = /a TDX quote, only SGX enclaves are accepted/;
  // With its collateral (TDX TCB Info, TD_QE identity) everything checks
  // out, then the report is refused for its TEE.
  assertRefused(() => dcap.verify(tdx.quote, tdx.at, tdx.collateral), "quote_format", msg);
  // Without collateral it fails earlier: its quoting enclave (the TD QE) is
  // not the SGX quoting enclave pinned for signature-only checks.
  assertRefused(() => dcap.verify(tdx.quote, tdx.at), "qe_mismatch", /quoting enclave does not match the QE Identity/);
});

test("bad arguments are answered, never thrown across the boundary as anything but a DcapError", async () => {
  const dcap = await loadDcap();
  const s = sgxSets[0];
  assertRefused(() => dcap.verify(s.quote, s.at, "{"), "collateral_json", /collateral JSON/);
  assertRefused(() => dcap.verify(s.quote, s.at, JSON.stringify({ ...s.collateral, tcbInfo: "x" })), "collateral_json", /unknown field "tcbInfo"/);
  assertRefused(() => dcap.verify(s.quote, s.at, { ...s.collateral, pck_crl: "zz" }), "collateral_json", /pck_crl is neither hex DER nor PEM/);
  assertRefused(() => dcap.verify(s.quote, s.at, "{}"), "collateral", /collateral missing|missing/);
  assertRefused(() => dcap.verify(s.quote, new Date(NaN)), "argument", /not a valid time/);
  assertRefused(() => dcap.verify(new Uint8Array(), s.at), "argument", /the quote is 0 bytes/);
  assertRefused(() => dcap.verify("not bytes" as unknown as Uint8Array, s.at), "argument", /must be a Uint8Array/);
  for (const n of [1, 17, 100, 1000]) {
    assert.throws(() => dcap.verify(s.quote.subarray(0, n), s.at), DcapError);
  }
  // Still serving after all of these.
  assert.equal(dcap.verify(s.quote, s.at, s.collateral).tcbStatus, s.expected.expected.overall_status);
});
