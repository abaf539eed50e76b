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
const { pipeline } = require('node:stream');

const args = process.argv.slice(2);
const port = Number(args.includes('--port') ? args[args.indexOf('--port') + 1] : process.env.PORT || 8088);
const here = __dirname;
const repo = path.resolve(here, '..', '..', '..');

// The localnet's settings, read as the TypeScript client reads them
// (clients/js/src/localnet.ts; `make web` builds it first).
const { findLocalnet, readLocalnet } = require('../../../clients/js/dist/src/localnet.js');
const cfgFile = findLocalnet(args.find((a) => a.endsWith('.toml')));
const cfg = readLocalnet(cfgFile);
const upstream = {};
for (const [prefix, u] of [['/rpc', cfg.node], ['/ingress', cfg.ingress], ['/eth', cfg.ethRpc]]) {
  const url = new URL(u);
  if (url.protocol !== 'http:' || !['127.0.0.1', 'localhost'].includes(url.hostname)) {
    throw new Error(`${cfgFile}: ${prefix} goes to ${u}; this page serves a localnet on 127.0.0.1 only`);
  }
  upstream[prefix] = url;
}
// The page gets the dev key only from a localnet's settings (geth --dev's
// chain, simulated enclaves allowed): never a real key.
const localnet = cfg.ethChainId === 1337n && cfg.allowSimulated;
const settings = {
  chainId: cfg.chainId, bridge: cfg.bridge, allowSimulated: cfg.allowSimulated, ethChainId: Number(cfg.ethChainId),
  devKey: localnet ? cfg.ethKey : '', // TEST ONLY: the localnet's funded dev key; never a real key
};

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

function fail(res, code, text) {
  if (res.headersSent) return res.destroy();
  res.writeHead(code, { 'content-type': 'text/plain' });
  res.end(text);
}

// forward sends the request on to one upstream, the path appended to it
// (never a URL of the client's choosing).
function forward(req, res, base, rest) {
  if (!/^[\w\-./]*$/.test(rest) || rest.includes('..')) return fail(res, 400, 'bad path');
  const target = new URL(base.href.replace(/\/?$/, '/') + rest);
  if (target.origin !== base.origin) return fail(res, 400, 'bad path');
  let out;
  try {
    out = http.request(target, { method: req.method, timeout: 60_000, headers: { 'content-type': 'application/json' } }, (up) => {
      res.writeHead(up.statusCode, { 'content-type': up.headers['content-type'] || 'application/json' });
      pipeline(up, res, () => {});
    });
  } catch (e) {
    return fail(res, 502, e.message);
  }
  out.on('timeout', () => out.destroy(new Error('timeout')));
  out.on('error', (e) => fail(res, 502, `${base.origin}: ${e.message}`));
  pipeline(req, out, () => {});
}

http
  .createServer((req, res) => {
    // Only this page, at this address: no other site's requests (a
    // DNS-rebinding page, a cross-site form) reach the localnet or the key.
    const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!hosts.includes(req.headers.host) || (req.headers.origin && !hosts.some((h) => req.headers.origin === `http://${h}`))) {
      return fail(res, 403, 'this server answers its own page only');
    }
    let url;
    try {
      url = new URL(req.url, 'http://127.0.0.1');
    } catch {
      return fail(res, 400, 'bad url');
    }
    for (const [prefix, base] of Object.entries(upstream)) {
      if (url.pathname === prefix || url.pathname.startsWith(prefix + '/')) {
        return forward(req, res, base, url.pathname.slice(prefix.length).replace(/^\//, ''));
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
      // The page and its bundle only.
      const allowed = { '/': 'index.html', '/index.html': 'index.html', '/dist/main.js': 'dist/main.js', '/dist/main.js.map': 'dist/main.js.map' };
      file = allowed[url.pathname] && path.join(here, allowed[url.pathname]);
    }
    if (!file) return fail(res, 404, 'not found');
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
