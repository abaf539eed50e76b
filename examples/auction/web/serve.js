#!/usr/bin/env node
// Serves the auction page on 127.0.0.1 and forwards its calls to the
// running localnet: /rpc to node 0's CometBFT RPC, /ingress to its
// ingress, /eth to geth. One origin for the page, so that nothing on the
// localnet needs CORS; a real dApp points the client at its own endpoints.
//
//   node examples/auction/web/serve.js [--port 8088] [client.toml]
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const args = process.argv.slice(2);
const port = Number(args.includes('--port') ? args[args.indexOf('--port') + 1] : process.env.PORT || 8088);
const here = __dirname;
const repo = path.resolve(here, '..', '..', '..');

function findConfig() {
  const given = args.find((a) => a.endsWith('.toml')) || process.env.ENIGMA_CLIENT_CONFIG;
  if (given) return path.resolve(given);
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const p = path.join(dir, '.localnet', 'client.toml');
    if (fs.existsSync(p)) return p;
    if (path.dirname(dir) === dir) throw new Error('no .localnet/client.toml here or in a parent folder: start a localnet (make localnet)');
  }
}

// The flat key = value lines scripts/localnet.sh writes.
function readToml(file) {
  const v = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s*([a-z_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && !line.trim().startsWith('#')) v[m[1]] = m[2].startsWith('"') ? JSON.parse(m[2]) : m[2];
  }
  return v;
}

const cfgFile = findConfig();
const cfg = readToml(cfgFile);
const http_ = (s) => (/^https?:\/\//.test(s) ? s : 'http://' + s.replace(/^tcp:\/\//, ''));
const upstream = { '/rpc': http_(cfg.rpc), '/ingress': http_(cfg.ingress), '/eth': cfg.eth_rpc };
const keyFile = path.isAbsolute(cfg.eth_key_file) ? cfg.eth_key_file : path.join(path.dirname(cfgFile), cfg.eth_key_file);
// TEST ONLY: the localnet's funded dev key, handed to the page so that it
// can pay without a wallet. Never serve a real key.
const devKey = fs.readFileSync(keyFile, 'utf8').trim();
const settings = {
  chainId: cfg.chain_id, bridge: cfg.bridge_contract, allowSimulated: cfg.allow_simulated === 'true', ethChainId: Number(cfg.eth_chain_id),
  devKey: devKey.startsWith('0x') ? devKey : '0x' + devKey,
};

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

function forward(req, res, base, rest) {
  const target = new URL(rest || '/', base.endsWith('/') ? base : base + '/');
  const out = http.request(target, { method: req.method, headers: { 'content-type': req.headers['content-type'] || 'application/json' } }, (up) => {
    res.writeHead(up.statusCode, { 'content-type': up.headers['content-type'] || 'application/json' });
    up.pipe(res);
  });
  out.on('error', (e) => {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`${base}: ${e.message}`);
  });
  req.pipe(out);
}

http
  .createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    for (const [prefix, base] of Object.entries(upstream)) {
      if (url.pathname === prefix || url.pathname.startsWith(prefix + '/')) {
        return forward(req, res, base, url.pathname.slice(prefix.length).replace(/^\//, '') + url.search);
      }
    }
    if (url.pathname === '/settings.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(settings));
    }
    let file;
    if (url.pathname.startsWith('/artifacts/')) {
      file = path.join(repo, 'contracts', 'build', path.basename(url.pathname));
    } else {
      file = path.join(here, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('not found');
      }
      res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
      res.end(body);
    });
  })
  .listen(port, '127.0.0.1', () => console.log(`the auction page: http://127.0.0.1:${port}/ (localnet: ${cfgFile})`));
