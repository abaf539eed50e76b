#!/usr/bin/env node
// The auction page in a real headless browser (Debian's chromium, driven
// by playwright-core; no downloaded browser): against the running
// localnet, the seller creates the auction, alice and bob bid from the
// page, the seller settles; the page must reach "settled" with bob the
// winner at 0.7 ETH, and show alice's deposit back, the rest of bob's and
// the price to the seller. A screenshot of the settled page is written and
// checked (a PNG of the page's size).
//
//   make test-web        (a localnet must be running: make localnet)
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const browserPath = process.env.CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
const port = String(18000 + Math.floor(Math.random() * 1000));
const shot = path.join(__dirname, 'dist', 'settled.png');

async function main() {
  if (!browserPath) throw new Error("no chromium: apt-get install chromium (or set CHROMIUM)");
  const server = spawn(process.execPath, [path.join(__dirname, 'serve.js'), '--port', port, ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`serve.js exited with ${code}`)));
  });
  let browser;
  const t0 = Date.now();
  try {
    browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--headless=new'] });
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    const status = page.locator('#status');
    const waitStatus = async (re, ms) => {
      await page.waitForFunction((src) => new RegExp(src).test(document.getElementById('status').textContent) ||
        /^failed/.test(document.getElementById('status').textContent), re.source, { timeout: ms });
      const text = await status.textContent();
      if (!re.test(text)) throw new Error(`the page says: ${text}`);
      console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${text}`);
    };
    await waitStatus(/^ready/, 30_000);
    await page.click('#create');
    await waitStatus(/^open: bid/, 120_000);
    for (const [who, amount, deposit] of [['alice', '0.3', '0.5'], ['bob', '0.7', '0.9']]) {
      await page.fill('#bidder', who);
      await page.fill('#amount', amount);
      await page.fill('#deposit', deposit);
      await page.click('#bid');
      await waitStatus(new RegExp(`^${who}'s bid: success`), 120_000);
    }
    await page.click('#settle');
    await waitStatus(/^settled: bob wins at 0\.7 ETH/, 300_000);
    const winner = await page.locator('#winner').textContent();
    if (!/^bob \(0x[0-9a-fA-F]{40}\)$/.test(winner)) throw new Error(`winner shown: ${winner}`);
    const price = await page.locator('#price').textContent();
    if (price !== '0.7 ETH') throw new Error(`price shown: ${price}`);
    // The money moved: the losers' deposits back, the rest of the winner's, the price to the seller.
    const payouts = await page.locator('#payouts').textContent();
    if (payouts !== 'alice 0.5 · bob 0.2 · seller 0.7') throw new Error(`payouts shown: ${payouts}`);
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot, fullPage: false });
    const png = fs.readFileSync(shot);
    const sig = png.subarray(0, 8).toString('hex');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    if (sig !== '89504e470d0a1a0a' || width !== 1100 || height !== 900) throw new Error(`the screenshot is not a 1100x900 PNG (${sig}, ${width}x${height})`);
    // The status line as rendered: mostly the "settled" green (#e5f6e8).
    const box = decodePNG(await page.locator('#status').screenshot());
    const green = box.pixels.filter(([r, g, b]) => Math.abs(r - 0xe5) < 6 && Math.abs(g - 0xf6) < 6 && Math.abs(b - 0xe8) < 6).length;
    if (green < box.pixels.length / 2) throw new Error(`the rendered status is not the settled green (${green} of ${box.pixels.length} pixels)`);
    console.log(`payouts: ${payouts}`);
    console.log(`settled page: ${shot} (${png.length} bytes); status rendered green in ${Math.round((100 * green) / box.pixels.length)}% of its pixels; the log has ${await page.locator('#log li').count()} lines`);
  } finally {
    await browser?.close();
    server.kill();
  }
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what chromium writes) into [r, g, b] pixels. */
function decodePNG(buf) {
  const zlib = require('node:zlib');
  let off = 8;
  let width = 0, height = 0, channels = 0;
  const idat = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0 || ![2, 6].includes(data[9])) throw new Error('unexpected PNG format');
      channels = data[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    off += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const cur = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? out[y * stride + x - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      out[y * stride + x] = (cur + [0, a, b, (a + b) >> 1, paeth][f]) & 0xff;
    }
  }
  const pixels = [];
  for (let i = 0; i < out.length; i += channels) pixels.push([out[i], out[i + 1], out[i + 2]]);
  return { width, height, pixels };
}

main().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
