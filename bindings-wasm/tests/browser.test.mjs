// End to end in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core; no
// browser download): load the built page from a local server, paste a broken META.json, and
// check the findings and highlighted lines against the package's own report; drop and pick
// files; keyboard and labels; offline after the first load. Saves target/wasm/screenshot.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import * as cpanmeta from '../dist/index.js';
import { artifactDir, here, siteDir } from './helpers.mjs';
import { serve } from './serve.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const BROKEN = readFileSync(join(here, 'fixtures', 'broken-META.json'), 'utf8');

let server;
let url;
let browser;
let context;
let page;
const pageErrors = [];

before(async () => {
  assert.ok(existsSync(join(siteDir, 'index.html')), 'the page is built (scripts/build-wasm.sh)');
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing (scripts/setup.sh wasm installs it)`);
  await cpanmeta.init();
  ({ server, url } = await serve(siteDir));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30000 });
});

after(async () => {
  await browser?.close();
  server?.close();
});

// What the page shows: the findings' codes and lines, and the highlighted source lines.
async function shown() {
  return page.evaluate(() => ({
    codes: [...document.querySelectorAll('#findings .finding .code')].map((a) => a.textContent),
    lines: [...document.querySelectorAll('#findings .finding .where')].map((a) => a.dataset.line ?? null),
    highlighted: [...document.querySelectorAll('#source-view li.hl')].map((li) => Number(li.dataset.line)),
    status: document.getElementById('status').textContent,
  }));
}

function expectedLines(report) {
  const lines = new Set();
  for (const d of report.diagnostics) {
    const start = d.location.start?.line;
    if (!start) continue;
    const end = Math.min(d.location.end?.line ?? start, start + 50);
    for (let l = start; l <= end; l++) lines.add(l);
  }
  return [...lines].sort((a, b) => a - b);
}

async function paste(text) {
  await page.fill('#filename', '');
  await page.fill('#source', text);
  await page.click('#check');
}

test('the page loads the module and lists every rule with its docs', async () => {
  const count = await page.locator('#rule-list details.rule-doc').count();
  assert.equal(count, cpanmeta.rules().length);
  assert.equal(await page.textContent('#version'), cpanmeta.version());
});

test('pasting a broken META.json shows its findings and highlights their lines', async () => {
  await paste(BROKEN);
  await page.waitForSelector('#findings .finding');
  const report = cpanmeta.lint(BROKEN, { mode: 'strict' });
  const view = await shown();
  assert.deepEqual(view.codes, report.diagnostics.map((d) => d.code));
  assert.deepEqual(view.lines, report.diagnostics.map((d) => (d.location.start ? String(d.location.start.line) : null)));
  assert.deepEqual(view.highlighted, expectedLines(report));
  // The two CPAN::Meta::Validator errors of this file: the license on line 6 is an error line.
  assert.ok(view.codes.includes('CM106') && view.codes.includes('CM116'), view.codes.join(' '));
  assert.match(await page.getAttribute('#L6', 'class'), /hl-error/);
  assert.match(await page.textContent('#L6 .marker'), /CM106/);
  assert.match(view.status, /CPAN::Meta::Validator rejects it/);
  mkdirSync(artifactDir, { recursive: true });
  await page.screenshot({ path: join(artifactDir, 'screenshot.png'), fullPage: false });
});

test('the compat switch re-checks as CPAN::Meta::Validator', async () => {
  await page.check('input[name="mode"][value="compat"]');
  await page.waitForFunction(() => document.querySelector('dl#facts')?.textContent.includes('compat'));
  const report = cpanmeta.lint(BROKEN, { mode: 'compat' });
  assert.deepEqual((await shown()).codes, report.diagnostics.map((d) => d.code));
  await page.check('input[name="mode"][value="strict"]');
});

test('a finding links to its rule documentation, shown inline', async () => {
  await page.click('#findings a.code:text("CM106")');
  const details = page.locator('#rule-CM106');
  assert.equal(await details.getAttribute('open'), '');
  assert.match(await details.textContent(), /What it does/);
  assert.equal(await page.evaluate(() => document.activeElement.closest('details')?.id), 'rule-CM106');
});

test('a finding\'s location link marks its source line', async () => {
  await page.click('#findings a.where[data-line="6"]');
  assert.match(await page.getAttribute('#L6', 'class'), /current/);
});

async function drop(name, text) {
  await page.evaluate(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n));
    document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, text]);
}

test('dropping a META.yml checks it as YAML under its name', async () => {
  const yaml = '---\nname: Foo-Bar\nversion: 1.0\nabstract: x\n';
  await drop('META.yml', yaml);
  await page.waitForFunction(() => document.getElementById('filename').value === 'META.yml');
  await page.waitForFunction(() => document.querySelector('#facts')?.textContent.includes('YAML'));
  const report = cpanmeta.lint(yaml, { filename: 'META.yml' });
  assert.deepEqual((await shown()).codes, report.diagnostics.map((d) => d.code));
});

test('picking a file with the keyboard-reachable file input works', async () => {
  await page.setInputFiles('#file-input', { name: 'META.json', mimeType: 'application/json', buffer: Buffer.from(BROKEN) });
  await page.waitForFunction(() => document.getElementById('filename').value === 'META.json');
  const report = cpanmeta.lint(BROKEN, { filename: 'META.json' });
  assert.deepEqual((await shown()).codes, report.diagnostics.map((d) => d.code));
});

test('a release tarball is refused with a message saying what is accepted today', async () => {
  await drop('Foo-Bar-1.0.tar.gz', 'not really gzip');
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('tarball'));
  assert.match(await page.textContent('#status'), /reads META\.json and META\.yml only/);
  assert.match(await page.textContent('#accepts'), /META\.json/);
});

test('every control has a label and the controls are reachable by keyboard', async () => {
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, textarea, select')]
    .filter((e) => e.labels.length === 0 && !e.getAttribute('aria-label')).map((e) => e.id || e.name));
  assert.deepEqual(unlabelled, []);
  await page.focus('#source');
  const reached = new Set();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => document.activeElement.id || document.activeElement.name));
  }
  for (const id of ['example', 'filename', 'mode', 'check']) assert.ok(reached.has(id), `${id} is reachable: ${[...reached]}`);
});

test('a panic in the core leaves the page\'s module usable', async () => {
  const result = await page.evaluate(async (text) => {
    const m = await import('./pkg/index.js');
    let code;
    try { m._debugPanic('browser boom'); } catch (e) { code = e.code; }
    return { code, after: m.lint(text).diagnostics.length };
  }, BROKEN);
  assert.equal(result.code, 'INTERNAL');
  assert.equal(result.after, cpanmeta.lint(BROKEN).diagnostics.length);
});

test('the page works offline once loaded', async () => {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await context.setOffline(true);
  try {
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
    await paste(BROKEN);
    await page.waitForSelector('#findings .finding');
    assert.ok((await shown()).codes.includes('CM106'));
  } finally {
    await context.setOffline(false);
  }
  assert.deepEqual(pageErrors, []);
});
