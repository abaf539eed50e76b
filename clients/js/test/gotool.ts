// The Go side of the interop tests: internal/jsinterop, built once per
// test file from the repository's own code (enclave/envelope,
// enclave/attestation).
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { repoFile } from "./repo";

let tool = "";

/** Runs one jsinterop request; an error answer throws. */
export function goSide(req: object): any {
  if (!tool) {
    tool = join(mkdtempSync(join(tmpdir(), "enigma-jsinterop-")), "jsinterop");
    execFileSync("go", ["build", "-o", tool, "./internal/jsinterop"], { cwd: repoFile(), stdio: "inherit" });
  }
  const out = JSON.parse(execFileSync(tool, { input: JSON.stringify(req), encoding: "utf8" }));
  if (out.error) {
    throw new Error(`go: ${out.error}`);
  }
  return out;
}
