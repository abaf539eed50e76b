#!/usr/bin/env node
// Compiles one secret contract of your own for the enclave's EVM: solc-js
// from this folder's node_modules (npm ci first), Cancun rules and the
// optimizer as the built-in contracts (scripts/compile.js). Writes NAME.bin
// (the creation bytecode, 0x hex: `enigmad client deploy NAME.bin`) and
// NAME.abi.json beside the source, for every contract the file defines.
//
//   cd contracts && npm ci && node scripts/secret.js path/to/MyContract.sol
//
// Imports resolve against the source's folder, contracts/secret (for
// EthereumCallback.sol) and node_modules.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const file = process.argv[2];
if (!file || !file.endsWith('.sol')) {
  console.error('usage: node scripts/secret.js path/to/Contract.sol');
  process.exit(2);
}
const src = path.resolve(file);
const dir = path.dirname(src);
const root = path.resolve(__dirname, '..');
const name = path.basename(src);

function findImport(p) {
  for (const base of [dir, path.join(root, 'secret'), root, path.join(root, 'node_modules')]) {
    const full = path.join(base, p.replace(/^\.\//, ''));
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, 'utf8') };
  }
  return { error: `not found: ${p}` };
}

const input = {
  language: 'Solidity',
  sources: { [name]: { content: fs.readFileSync(src, 'utf8') } },
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun', // the enclave runs go-ethereum's core/vm under Cancun rules
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
let failed = false;
for (const e of output.errors || []) {
  console.error(e.formattedMessage);
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);
for (const [contract, c] of Object.entries(output.contracts[name] || {})) {
  if (!c.evm.bytecode.object) continue; // abstract contracts and interfaces
  const bin = path.join(dir, `${contract}.bin`);
  fs.writeFileSync(bin, '0x' + c.evm.bytecode.object + '\n');
  fs.writeFileSync(path.join(dir, `${contract}.abi.json`), JSON.stringify(c.abi, null, 2) + '\n');
  console.log(`${contract}: ${bin} (${c.evm.bytecode.object.length / 2} bytes), ${contract}.abi.json`);
}
