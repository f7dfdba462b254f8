// The release reader (`cpanmeta-wasm/release`) as a user calls it, against the CLI on the same
// archives: `lintRelease` must give the `files` of `cpanmeta lint RELEASE --format json` (without
// the schema rules, which the WebAssembly build leaves out) and `kwalitee` the release entry of
// `cpanmeta kwalitee RELEASE --format json`, for every archive fixture of the repository
// (the kwalitee sample, whose verdicts match Module::CPANTS::Analyse, and the hostile archives
// of rules CM850-CM856), in both modes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import * as release from '../dist/release.js';
import * as cpanmeta from '../dist/index.js';
import { cliJson, gzipBomb, releaseFixtures, repoRoot } from './helpers.mjs';

const FIXTURES = releaseFixtures().map((p) => relative(repoRoot, p));

function throwsCode(fn, code, pattern) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof release.CpanmetaError, 'a CpanmetaError');
    assert.equal(err.code, code, err.message);
    if (pattern) assert.match(err.message, pattern);
    return true;
  });
}

test('the release module must be loaded first', () => {
  throwsCode(() => release.kwalitee(new Uint8Array(), 'Foo-1.0.tar.gz'), 'NOT_INITIALIZED', /await init\(\)/);
});

test('init() loads the release module; one error class for both entry points', async () => {
  await release.init();
  await cpanmeta.init();
  assert.equal(release.CpanmetaError, cpanmeta.CpanmetaError);
  assert.equal(release.version(), cpanmeta.version());
});

test('lintRelease gives the CLI\'s reports for every archive fixture, in both modes', () => {
  assert.ok(FIXTURES.length >= 30, `archive fixtures: ${FIXTURES.length}`);
  let same = 0;
  const differences = [];
  for (const mode of ['strict', 'compat']) {
    for (const path of FIXTURES) {
      const expected = cliJson(['lint', '--format', 'json', '--mode', mode, '--ignore', 'schema', path]).files;
      // The full path, as typed on the command line: the release is named by its file name.
      const actual = release.lintRelease(readFileSync(join(repoRoot, path)), path, { mode });
      try {
        assert.deepStrictEqual(actual.files, expected);
        same += 1;
      } catch {
        differences.push(`${mode} ${path}`);
      }
    }
  }
  console.log(`wasm lintRelease parity: ${same}/${FIXTURES.length * 2} release reports identical to the CLI's (strict and compat)`);
  assert.deepEqual(differences, []);
});

test('kwalitee gives the CLI\'s report for every archive fixture', () => {
  let same = 0;
  const differences = [];
  for (const path of FIXTURES) {
    const [expected] = cliJson(['kwalitee', '--format', 'json', path]).releases;
    const actual = release.kwalitee(readFileSync(join(repoRoot, path)), path);
    try {
      assert.deepStrictEqual(actual, expected);
      same += 1;
    } catch {
      differences.push(path);
    }
  }
  console.log(`wasm kwalitee parity: ${same}/${FIXTURES.length} kwalitee reports identical to the CLI's`);
  assert.deepEqual(differences, []);
});

test('sources hold each META file as it is in the archive', () => {
  const path = 'tests/fixtures/archives/sample/JsonBroken-1.0.tar.gz';
  const result = release.lintRelease(readFileSync(join(repoRoot, path)), 'JsonBroken-1.0.tar.gz');
  assert.equal(result.release, 'JsonBroken-1.0.tar.gz');
  const paths = result.files.map((f) => f.path);
  assert.deepEqual(Object.keys(result.sources).sort(), paths.toSorted());
  for (const p of paths) {
    const member = p.slice(p.indexOf('!/') + 2);
    const text = execFileSync('tar', ['-xOf', path, member], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(result.sources[p], text, member);
  }
});

test('a release without META has one report for the archive and no source', () => {
  const path = 'tests/fixtures/archives/sample/TwoTops-1.0.tar.gz';
  const result = release.lintRelease(readFileSync(join(repoRoot, path)), 'TwoTops-1.0.tar.gz');
  assert.deepEqual(result.files.map((f) => f.path), ['TwoTops-1.0.tar.gz']);
  assert.deepEqual(result.sources, {});
});

test('bytes that are no archive throw UNSUPPORTED_INPUT with the CLI\'s reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cpanmeta-wasm-'));
  try {
    const file = join(dir, 'Foo-1.0.tar.gz');
    writeFileSync(file, 'not really gzip');
    // The CLI exits 2 ("could not run") and says why on stderr.
    let stderr = '';
    try {
      execFileSync(join(repoRoot, 'target', 'debug', 'cpanmeta'), ['lint', file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      assert.equal(err.status, 2);
      stderr = err.stderr;
    }
    const reason = stderr.split(': ').pop().trim();
    assert.ok(reason.length > 0, stderr);
    throwsCode(() => release.lintRelease(readFileSync(file), 'Foo-1.0.tar.gz'), 'UNSUPPORTED_INPUT', new RegExp(reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    throwsCode(() => release.kwalitee(readFileSync(file), 'Foo-1.0.tar.gz'), 'UNSUPPORTED_INPUT');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('arguments are checked before the module is entered', () => {
  throwsCode(() => release.lintRelease('text', 'Foo-1.0.tar.gz'), 'UNSUPPORTED_INPUT', /Uint8Array/);
  throwsCode(() => release.kwalitee(new Uint8Array(), ''), 'INVALID_VALUE', /file name/);
  throwsCode(() => release.lintRelease(new Uint8Array(), 'Foo-1.0.tar.gz', { filename: 'META.json' }), 'INVALID_OPTION', /filename/);
  throwsCode(() => release.lintRelease(new Uint8Array(), 'Foo-1.0.tar.gz', { mode: 'lenient' }), 'INVALID_OPTION', /lenient/);
  const bytes = readFileSync(join(repoRoot, FIXTURES[0]));
  assert.deepEqual(release.lintRelease(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), 'X-1.0.tar.gz'),
    release.lintRelease(new Uint8Array(bytes), 'X-1.0.tar.gz'), 'an ArrayBuffer reads as its bytes');
});

test('a decompression bomb gives the CLI\'s findings within seconds', () => {
  const bomb = gzipBomb();
  const dir = mkdtempSync(join(tmpdir(), 'cpanmeta-wasm-'));
  try {
    const file = join(dir, 'Bomb-1.0.tar.gz');
    writeFileSync(file, bomb);
    const expected = cliJson(['lint', '--format', 'json', '--ignore', 'schema', file]).files;
    const [expectedKwalitee] = cliJson(['kwalitee', '--format', 'json', file]).releases;
    const start = performance.now();
    const actual = release.lintRelease(bomb, 'Bomb-1.0.tar.gz');
    const seconds = (performance.now() - start) / 1000;
    console.log(`wasm lintRelease on a ${bomb.length}-byte gzip bomb (700 MiB inflated): ${seconds.toFixed(1)} s`);
    assert.deepStrictEqual(actual.files, expected);
    assert.ok(expectedKwalitee.archive_findings.length > 0, 'the CLI reports the bomb');
    assert.deepStrictEqual(release.kwalitee(bomb, 'Bomb-1.0.tar.gz'), expectedKwalitee);
    assert.ok(seconds < 30, `bounded work: ${seconds} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a panic in the release module throws INTERNAL and leaves it usable', () => {
  const bytes = readFileSync(join(repoRoot, FIXTURES[0]));
  const before = release.lintRelease(bytes, FIXTURES[0]);
  throwsCode(() => release._debugPanic('release boom'), 'INTERNAL', /release boom/);
  assert.deepEqual(release.lintRelease(bytes, FIXTURES[0]), before);
});
