// End to end in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core; no
// browser download): load the built page from a local server, paste a broken META.json, and
// check the findings and highlighted lines against the CLI's report on the same file; drop and
// pick files; drop release archives (their META files, findings and kwalitee indicators against
// `cpanmeta lint` / `cpanmeta kwalitee` on the same archive); keyboard and labels; offline after
// the first load. Saves target/wasm/screenshot.png and target/wasm/screenshot-release.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import * as cpanmeta from '../dist/index.js';
import { artifactDir, cliJson, cliLint, gzipBomb, repoRoot, siteDir } from './helpers.mjs';
import { serve } from './serve.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const BROKEN_PATH = 'bindings-wasm/tests/fixtures/broken-META.json';
const BROKEN = readFileSync(join(repoRoot, BROKEN_PATH), 'utf8');
// What the CLI says about it (expectations never come from the package under test).
const [CLI_STRICT] = cliLint(BROKEN_PATH, 'strict').files;
const [CLI_COMPAT] = cliLint(BROKEN_PATH, 'compat').files;
// The finding on the license (`"license" : [ "perl" ]`, a 1.x string in a version 2 file).
const LICENSE = CLI_STRICT.diagnostics.find((d) => d.location.pointer === '/license/0');
const codesOf = (report) => report.diagnostics.map((d) => d.code);

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
  const view = await shown();
  assert.deepEqual(view.codes, codesOf(CLI_STRICT));
  assert.deepEqual(view.lines, CLI_STRICT.diagnostics.map((d) => (d.location.start ? String(d.location.start.line) : null)));
  assert.deepEqual(view.highlighted, expectedLines(CLI_STRICT));
  // The license line carries the license finding, marked with its severity.
  assert.ok(LICENSE, 'the CLI reports the license');
  const line = `#L${LICENSE.location.start.line}`;
  assert.match(await page.getAttribute(line, 'class'), new RegExp(`hl-${LICENSE.severity}`));
  assert.match(await page.textContent(`${line} .marker`), new RegExp(LICENSE.code));
  assert.equal(CLI_STRICT.valid, false);
  assert.match(view.status, /CPAN::Meta::Validator rejects it/);
  mkdirSync(artifactDir, { recursive: true });
  await page.screenshot({ path: join(artifactDir, 'screenshot.png'), fullPage: false });
});

test('the compat switch re-checks as CPAN::Meta::Validator', async () => {
  await page.check('input[name="mode"][value="compat"]');
  await page.waitForFunction(() => document.querySelector('dl#facts')?.textContent.includes('compat'));
  assert.deepEqual((await shown()).codes, codesOf(CLI_COMPAT));
  await page.check('input[name="mode"][value="strict"]');
});

test('a finding links to its rule documentation, shown inline', async () => {
  await page.click(`#findings a.code:text("${LICENSE.code}")`);
  const details = page.locator(`#rule-${LICENSE.code}`);
  await page.waitForFunction((id) => document.getElementById(id)?.open === true, `rule-${LICENSE.code}`);
  assert.equal(await details.getAttribute('open'), '');
  assert.match(await details.textContent(), /What it does/);
  assert.equal(await page.evaluate(() => document.activeElement.closest('details')?.id), `rule-${LICENSE.code}`);
});

test('a finding\'s location link marks its source line', async () => {
  const line = LICENSE.location.start.line;
  await page.click(`#findings a.where[data-line="${line}"]`);
  assert.match(await page.getAttribute(`#L${line}`, 'class'), /current/);
});

// Drops a file on the drop zone: text, or bytes (a Buffer, sent as base64).
async function drop(name, content) {
  const binary = Buffer.isBuffer(content);
  await page.evaluate(([n, c, isBinary]) => {
    const data = isBinary ? Uint8Array.from(atob(c), (ch) => ch.charCodeAt(0)) : c;
    const dt = new DataTransfer();
    dt.items.add(new File([data], n));
    document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, binary ? content.toString('base64') : content, binary]);
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

// What the release panel shows.
async function releaseShown() {
  return page.evaluate(() => ({
    files: [...document.querySelectorAll('#release-files button')].map((b) => b.dataset.path),
    pressed: [...document.querySelectorAll('#release-files button')].map((b) => b.getAttribute('aria-pressed')),
    counts: [...document.querySelectorAll('#release-files button .count')].map((c) => c.textContent),
    indicators: [...document.querySelectorAll('#kwalitee tbody tr')].map((r) => [r.dataset.name, r.querySelector('.verdict').textContent]),
    caption: document.querySelector('#kwalitee caption')?.textContent,
  }));
}

const RELEASE = 'tests/fixtures/archives/sample/JsonBroken-1.0.tar.gz';

async function dropRelease(path, name) {
  const before = await page.evaluate(() => document.getElementById('release').dataset.shown ?? '');
  await drop(name, readFileSync(join(repoRoot, path)));
  await page.waitForFunction((b) => {
    const el = document.getElementById('release');
    return !el.hidden && (el.dataset.shown ?? '') !== b;
  }, before, { timeout: 60000 });
}

test('dropping a release lists its META files, their findings and the kwalitee indicators', async () => {
  const lint = cliLint(RELEASE, 'strict').files;
  const [kwalitee] = cliJson(['kwalitee', '--format', 'json', RELEASE]).releases;
  assert.ok(lint.length >= 2, 'a release with two META files');
  await dropRelease(RELEASE, 'JsonBroken-1.0.tar.gz');
  const view = await releaseShown();
  // The CLI is given the fixture's path; the release is named by its file name either way.
  assert.deepEqual(view.files, lint.map((f) => f.path));
  assert.deepEqual(view.counts, lint.map((f) => `(${f.diagnostics.length} finding${f.diagnostics.length === 1 ? '' : 's'})`));
  assert.deepEqual(view.pressed, lint.map((_, i) => String(i === 0)));
  assert.deepEqual(view.indicators, kwalitee.indicators.map((i) => [i.name, i.value ? 'pass' : 'fail']));
  const s = kwalitee.score;
  assert.match(view.caption, new RegExp(`core ${s.core[0]}/${s.core[1]}, extra ${s.extra[0]}/${s.extra[1]}`));
  // The first file's findings beside its source.
  const first = await shown();
  assert.deepEqual(first.codes, codesOf(lint[0]));
  assert.deepEqual(first.highlighted, expectedLines(lint[0]));
  assert.equal(await page.inputValue('#filename'), lint[0].path);
  // Choosing the second file shows its own.
  await page.click('#release-files li:nth-child(2) button');
  await page.waitForFunction((p) => document.getElementById('filename').value === p, lint[1].path);
  const second = await shown();
  assert.deepEqual(second.codes, codesOf(lint[1]));
  assert.deepEqual(second.lines, lint[1].diagnostics.map((d) => (d.location.start ? String(d.location.start.line) : null)));
  assert.deepEqual(second.highlighted, expectedLines(lint[1]));
  assert.deepEqual((await releaseShown()).pressed, lint.map((_, i) => String(i === 1)));
  mkdirSync(artifactDir, { recursive: true });
  await page.screenshot({ path: join(artifactDir, 'screenshot-release.png'), fullPage: false });
});

test('the compat switch re-checks the whole release', async () => {
  const lint = cliLint(RELEASE, 'compat').files;
  await page.check('input[name="mode"][value="compat"]');
  await page.waitForFunction(() => document.querySelector('dl#facts')?.textContent.includes('compat'));
  assert.deepEqual((await shown()).codes, codesOf(lint[1]), 'the chosen file stays chosen');
  await page.click('#release-files li:nth-child(1) button');
  await page.waitForFunction((p) => document.getElementById('filename').value === p, lint[0].path);
  assert.deepEqual((await shown()).codes, codesOf(lint[0]));
  await page.check('input[name="mode"][value="strict"]');
});

test('every archive format the CLI reads is read by the page', async () => {
  for (const name of ['Bzip-1.0.tar.bz2', 'Zipped-1.0.zip']) {
    const path = `tests/fixtures/archives/sample/${name}`;
    const lint = cliLint(path, 'strict').files;
    await dropRelease(path, name);
    assert.deepEqual((await releaseShown()).files, lint.map((f) => f.path), name);
    assert.deepEqual((await shown()).codes, codesOf(lint[0]), name);
  }
});

test('a hostile archive gives its findings: links are listed, never followed', async () => {
  const path = 'tests/fixtures/rules/CM851/fail-symlink--Linked-1.0.tar.gz';
  const lint = cliLint(path, 'strict').files;
  const [kwalitee] = cliJson(['kwalitee', '--format', 'json', path]).releases;
  await dropRelease(path, 'fail-symlink--Linked-1.0.tar.gz');
  assert.deepEqual((await shown()).codes, codesOf(lint[0]));
  const kinds = await page.evaluate(() => [...document.querySelectorAll('.archive-findings li')].map((li) => li.dataset.kind));
  assert.deepEqual(kinds, kwalitee.archive_findings.map((f) => f.kind));
  assert.ok(kinds.includes('link'));
});

test('a decompression bomb is cut at the core\'s limit and reported, and the page stays usable', async () => {
  const bomb = gzipBomb();
  const dir = mkdtempSync(join(tmpdir(), 'cpanmeta-wasm-'));
  let lint;
  try {
    writeFileSync(join(dir, 'Bomb-1.0.tar.gz'), bomb);
    lint = cliLint(join(dir, 'Bomb-1.0.tar.gz'), 'strict').files;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const start = Date.now();
  await drop('Bomb-1.0.tar.gz', bomb);
  // The page answers while the release reader works (it runs in a worker).
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Reading'));
  const asked = Date.now();
  assert.match(await page.evaluate(() => document.getElementById('status').textContent), /^Reading Bomb-1\.0\.tar\.gz/);
  const answered = Date.now() - asked;
  assert.ok(answered < 1000, `the page answered in ${answered} ms while reading`);
  await page.waitForFunction(() => document.querySelector('#release-files button')?.dataset.path === 'Bomb-1.0.tar.gz', null, { timeout: 60000 });
  console.log(`page: a ${bomb.length}-byte gzip bomb (700 MiB inflated) checked in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  assert.deepEqual((await shown()).codes, codesOf(lint[0]));
  // The page still answers.
  await paste(BROKEN);
  await page.waitForFunction(() => document.getElementById('release').hidden);
  assert.deepEqual((await shown()).codes, codesOf(CLI_STRICT));
});

test('bytes that are no archive are refused with the reason', async () => {
  await drop('Foo-Bar-1.0.tar.gz', 'not really gzip');
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('UNSUPPORTED_INPUT'));
  assert.match(await page.textContent('#status'), /not a release archive/);
  assert.equal(await page.evaluate(() => document.getElementById('release').hidden), true);
  assert.match(await page.textContent('#accepts'), /\.tar\.gz/);
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
    assert.deepEqual((await shown()).codes, codesOf(CLI_STRICT));
    // The release reader was cached when it was first used.
    await dropRelease(RELEASE, 'JsonBroken-1.0.tar.gz');
    assert.deepEqual((await releaseShown()).files, cliLint(RELEASE, 'strict').files.map((f) => f.path));
  } finally {
    await context.setOffline(false);
  }
  assert.deepEqual(pageErrors, []);
});
