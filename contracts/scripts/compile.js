// Compiles the Solidity sources with solc-js through standard JSON, with the
// optimizer and the EVM version pinned per group, and writes one artifact
// per contract to build/<Name>.json (abi, bytecode, deployedBytecode).
// Usage: node scripts/compile.js   (npm ci first)
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = path.resolve(__dirname, '..');
// Secret contracts run in the enclave's go-ethereum core/vm under Cancun;
// the Ethereum contracts (bridge, fee token, example dApp) and the test-only
// ones target Osaka.
const groups = [
  { dir: 'secret', evmVersion: 'cancun' },
  { dir: 'ethereum', evmVersion: 'osaka' },
  { dir: 'testing', evmVersion: 'osaka' }, // contracts that only tests deploy
];

function sourcesOf(dir) {
  const out = {};
  for (const f of fs.readdirSync(path.join(root, dir)).sort()) {
    if (f.endsWith('.sol')) {
      const rel = `${dir}/${f}`;
      out[rel] = { content: fs.readFileSync(path.join(root, rel), 'utf8') };
    }
  }
  return out;
}

function findImport(p) {
  for (const base of [root, path.join(root, 'node_modules')]) {
    const full = path.join(base, p);
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, 'utf8') };
  }
  return { error: `not found: ${p}` };
}

const buildDir = path.join(root, 'build');
fs.mkdirSync(buildDir, { recursive: true });
let failed = false;
for (const g of groups) {
  const input = {
    language: 'Solidity',
    sources: sourcesOf(g.dir),
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: g.evmVersion,
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
  for (const e of output.errors || []) {
    // 2394: OpenZeppelin's transient reentrancy guard, which is the safe use.
    if (e.errorCode === '2394' && e.sourceLocation && e.sourceLocation.file.startsWith('@openzeppelin/')) continue;
    console.error(e.formattedMessage);
    if (e.severity === 'error') failed = true;
  }
  if (failed) continue;
  for (const [source, contracts] of Object.entries(output.contracts)) {
    if (!source.startsWith(`${g.dir}/`)) continue; // imported libraries
    for (const [name, c] of Object.entries(contracts)) {
      if (!c.evm.bytecode.object) continue; // abstract contracts and interfaces
      const artifact = {
        contractName: name,
        sourceName: source,
        compiler: `solc ${solc.version()}`,
        evmVersion: g.evmVersion,
        optimizerRuns: 200,
        abi: c.abi,
        bytecode: '0x' + c.evm.bytecode.object,
        deployedBytecode: '0x' + c.evm.deployedBytecode.object,
      };
      fs.writeFileSync(path.join(buildDir, `${name}.json`), JSON.stringify(artifact, null, 2) + '\n');
      console.log(`${source}:${name} (${g.evmVersion}) -> build/${name}.json`);
    }
  }
}
process.exit(failed ? 1 : 0);
