// The client refuses to encrypt for a worker it cannot trust. Worker
// records are made by the Go enclave code (internal/jsinterop "attest":
// real keys, a real simulated quote over enclave/attestation.ReportData),
// then changed the ways a node or a worker could change them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getBytes, hexlify } from "ethers";

import { AttestationError, checkPolicy, QuoteKind, Report, reportData, verifyWorker } from "../src/attestation";
import { Params, Worker } from "../src/proto/enigma/registry/v1/registry";
import { loadDcap, readCollateralDir, sgxQuote } from "../src/dcap";
import { goSide } from "./gotool";
import { repoFile } from "./repo";

const chainId = "enigma-local-1";

function record(a: any): Worker {
  return Worker.fromPartial({
    enclaveAddress: getBytes(a.address), signerPubkey: getBytes(a.signer_pubkey), x25519Key: getBytes(a.x25519_public),
    xwingKey: getBytes(a.xwing_public), quote: getBytes(a.quote), simulated: true, tcbStatus: "",
  });
}

const simParams = Params.fromPartial({ allowSimulatedAttestation: true, groupSize: 1 });

test("a simulated worker is verified when the chain and the client allow it", () => {
  const a = goSide({ op: "attest", chain_id: chainId });
  const v = verifyWorker(record(a), simParams, { chainId, allowSimulated: true });
  assert.equal(v.worker, a.address);
  assert.ok(v.simulated);
  assert.equal(v.tcbSource, "");
  assert.equal(hexlify(v.keys.x25519), a.x25519_public);
  assert.equal(hexlify(v.keys.xwing), a.xwing_public);
  assert.equal(v.report.reportData, reportData(chainId, v.keys), "the Go enclave's report data is the one computed here");
});

test("refusals name the failed check", () => {
  const a = goSide({ op: "attest", chain_id: chainId });
  const w = record(a);
  const refuses = (w: Worker, p: Params, o: object, why: RegExp) =>
    assert.throws(() => verifyWorker(w, p, { chainId, allowSimulated: true, ...o }), (e: Error) => e instanceof AttestationError && why.test(e.message));

  // Simulated quotes need both the chain and the client.
  refuses(w, Params.fromPartial({ allowSimulatedAttestation: false }), {}, /chain does not allow simulated/);
  refuses(w, simParams, { allowSimulated: false }, /this client does not/);
  // Another chain's id: the quote binds the chain.
  refuses(w, simParams, { chainId: "enigma-2" }, /does not bind chain enigma-2/);
  // Keys the quote does not bind (a node or worker swapping the encryption key).
  const other = goSide({ op: "attest", chain_id: chainId });
  refuses({ ...w, x25519Key: getBytes(other.x25519_public) }, simParams, {}, /does not bind/);
  refuses({ ...w, xwingKey: new Uint8Array() }, simParams, {}, /does not bind/);
  // A signing key that is not the worker's address.
  refuses({ ...w, enclaveAddress: getBytes(other.address) }, simParams, {}, /its signing key is the address/);
  refuses({ ...w, signerPubkey: getBytes(other.signer_pubkey), enclaveAddress: getBytes(other.address) }, simParams, {}, /does not bind/);
  // A quote that is not one.
  const q = getBytes(a.quote).slice();
  q[5] ^= 1;
  refuses({ ...w, quote: q }, simParams, {}, /malformed quote/);
  refuses({ ...w, quote: q.subarray(0, 100) }, simParams, {}, /malformed quote/);
  refuses({ ...w, quote: new Uint8Array() }, simParams, {}, /no quote/);
  refuses({ ...w, quote: Uint8Array.of(0x07, ...q.subarray(1)) }, simParams, {}, /unknown quote kind/);
  // An SGX quote without a DCAP verifier.
  refuses({ ...w, quote: Uint8Array.of(QuoteKind.SGX, 1, 2, 3) }, simParams, {}, /no DCAP verifier/);
});

test("the SGX policy as x/registry applies it", () => {
  const mrsigner = "0x" + "ab".repeat(32);
  const r: Report = {
    kind: QuoteKind.SGX, uniqueId: "0x" + "cd".repeat(32), signerId: mrsigner, productId: 1, securityVersion: 2, debug: false,
    reportData: "0x", tcbStatus: "UpToDate", advisoryIds: [], tcbEvaluationDataNumber: 17,
  };
  const p = Params.fromPartial({ trustedSignerIds: [getBytes(mrsigner)], productId: 1, minSecurityVersion: 2, acceptedTcbStatuses: ["UpToDate", "SWHardeningNeeded"],
    allowedAdvisoryIds: ["INTEL-SA-00615"], minTcbEvaluationDataNumber: 17 });
  checkPolicy(r, p, false, true);
  const refuses = (change: Partial<Report>, why: RegExp, params = p) => assert.throws(() => checkPolicy({ ...r, ...change }, params, false, true), why);
  refuses({ debug: true }, /debug/);
  refuses({ signerId: "0x" + "00".repeat(32) }, /not trusted/);
  refuses({ productId: 2 }, /product id/);
  refuses({ securityVersion: 1 }, /security version 1 is below 2/);
  refuses({ tcbStatus: "OutOfDate", advisoryIds: ["INTEL-SA-00615"] }, /TCB status/);
  refuses({ tcbStatus: "SWHardeningNeeded" }, /names no advisories/);
  refuses({ tcbStatus: "SWHardeningNeeded", advisoryIds: ["INTEL-SA-00999"] }, /INTEL-SA-00999/);
  refuses({ tcbEvaluationDataNumber: 16 }, /evaluation data number 16/);
  checkPolicy({ ...r, tcbStatus: "SWHardeningNeeded", advisoryIds: ["INTEL-SA-00615"] }, p, false, true);
  // The chain's recorded status stands for the collateral's: no evaluation data number to check.
  checkPolicy({ ...r, tcbEvaluationDataNumber: 0 }, p, false, false);
  // Without a list, only UpToDate.
  refuses({ tcbStatus: "SWHardeningNeeded", advisoryIds: ["INTEL-SA-00615"] }, /not one of UpToDate/, { ...p, acceptedTcbStatuses: [] });
});

test("an SGX worker goes through the WebAssembly DCAP verifier, then the policy, then the binding", async () => {
  const dir = repoFile("enclave", "attestation", "dcap", "testdata", "automata-sgx-v3-2025-08");
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
  const at = new Date(expected.expected.evaluation_time);
  const dcap = await loadDcap();
  const asServed = sgxQuote(new Uint8Array(readFileSync(join(dir, "quote.bin"))));
  // The chain stores a quote's one canonical form (low-s signatures).
  const quote = getBytes(dcap.verify(asServed, at).quote);
  const a = goSide({ op: "attest", chain_id: chainId });
  const w = { ...record(a), quote, simulated: false, tcbStatus: expected.expected.overall_status, advisoryIds: expected.expected.advisory_ids };
  const er = expected.isv_enclave_report;
  const p = Params.fromPartial({ trustedSignerIds: [getBytes(er.mrsigner.startsWith("0x") ? er.mrsigner : "0x" + er.mrsigner)], productId: er.isv_prod_id,
    minSecurityVersion: er.isv_svn, acceptedTcbStatuses: [expected.expected.overall_status], allowedAdvisoryIds: expected.expected.advisory_ids });
  const o = { chainId, dcap, now: () => at };
  // The quote is Intel's and the policy trusts it, but it is a third
  // party's enclave: its report data binds none of this worker's keys.
  assert.throws(() => verifyWorker(w, p, o), /does not bind chain/);
  assert.throws(() => verifyWorker(w, p, { ...o, collateral: readCollateralDir(dir) }), /does not bind chain/);
  // Each earlier check refuses first.
  if (hexlify(quote) !== hexlify(asServed)) {
    assert.throws(() => verifyWorker({ ...w, quote: asServed }, p, o), /canonical form/);
  }
  assert.throws(() => verifyWorker(w, { ...p, trustedSignerIds: [] }, o), /not trusted/);
  assert.throws(() => verifyWorker(w, { ...p, minSecurityVersion: er.isv_svn + 1 }, o), /security version/);
  assert.throws(() => verifyWorker({ ...w, tcbStatus: "OutOfDate" }, p, o), /TCB status "OutOfDate"/);
  const bad = quote.slice();
  bad[1 + 16 + 48 + 384 + 4] ^= 1;
  assert.throws(() => verifyWorker({ ...w, quote: bad }, p, o), /worker 0x[0-9a-fA-F]{40}: .*signature/);
  assert.throws(() => verifyWorker(w, p, { ...o, now: () => new Date("2040-01-01") }), /worker/);
});
