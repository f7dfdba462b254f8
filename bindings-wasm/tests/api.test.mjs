// The package API as a user calls it: `node --test` (run by scripts/test-wasm.sh after the build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

import * as cpanmeta from '../dist/index.js';
import { cliLint, here, pkgDir, repoRoot } from './helpers.mjs';

const BROKEN = readFileSync(join(here, 'fixtures', 'broken-META.json'), 'utf8');

function throwsCode(fn, code, pattern) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof Error, 'an Error');
    assert.ok(err instanceof cpanmeta.CpanmetaError, 'a CpanmetaError');
    assert.equal(err.code, code, err.message);
    if (pattern) assert.match(err.message, pattern);
    return true;
  });
}

test('calls before init() throw NOT_INITIALIZED', () => {
  throwsCode(() => cpanmeta.lint('{}'), 'NOT_INITIALIZED', /await init\(\)/);
  throwsCode(() => cpanmeta.rules(), 'NOT_INITIALIZED');
});

test('init() loads the module from disk in Node, once', async () => {
  const first = cpanmeta.init();
  assert.equal(cpanmeta.init(), first, 'the same promise');
  await first;
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(cpanmeta.version(), pkg.version);
});

test('lint returns the JSON output file entry: the broken example', () => {
  const report = cpanmeta.lint(BROKEN, { filename: 'META.json', mode: 'compat' });
  assert.equal(report.path, 'META.json');
  assert.equal(report.filename, 'META.json');
  assert.equal(report.format, 'json');
  assert.equal(report.mode, 'compat');
  assert.equal(report.parse_ok, true);
  assert.equal(report.valid, false);
  // CPAN::Meta::Validator 2.150010 on this file (perl 5.36), verbatim:
  assert.deepEqual(report.validator_errors.toSorted(), [
    "'stable' for 'release_status' is invalid for version '1.2.3_4' (release_status) [Validation: 2]",
    "License 'perl' is invalid (license -> perl) [Validation: 2]",
  ]);
  const license = report.diagnostics.find((d) => d.code === 'CM106');
  assert.ok(license, 'license-not-in-spec is reported');
  assert.equal(license.location.pointer, '/license/0');
  assert.equal(license.location.start.line, 6);
  assert.ok(license.docs.length > 0);
  assert.ok(report.diagnostics.some((d) => d.code === 'CM116'), 'stable-release-of-dev-version');
});

test('lint gives the CLI\'s report for the broken example, in both modes', () => {
  const path = 'bindings-wasm/tests/fixtures/broken-META.json';
  for (const mode of ['strict', 'compat']) {
    const [expected] = cliLint(path, mode).files;
    assert.deepStrictEqual(cpanmeta.lint(BROKEN, { filename: path, mode }), expected, mode);
  }
});

test('a string and its UTF-8 bytes lint the same', () => {
  const bytes = new TextEncoder().encode(BROKEN);
  assert.deepEqual(cpanmeta.lint(bytes, { filename: 'META.json' }), cpanmeta.lint(BROKEN, { filename: 'META.json' }));
  assert.deepEqual(cpanmeta.lint(Buffer.from(BROKEN), { filename: 'META.json' }), cpanmeta.lint(BROKEN, { filename: 'META.json' }));
});

test('without a filename the path is "-" and the format comes from the content', () => {
  const json = cpanmeta.lint(BROKEN);
  assert.equal(json.path, '-');
  assert.equal(json.filename, undefined);
  assert.equal(json.format, 'json');
  assert.equal(json.mode, 'strict');
  const yaml = cpanmeta.lint('---\nname: Foo-Bar\n');
  assert.equal(yaml.format, 'yaml');
});

// Strict mode may replace a Validator finding by a more precise one at the same value (a
// "refinement", e.g. CM501 for CM106), which carries the Validator's message as its
// compat_message: so every compat finding's Validator message is among strict's findings.
test('strict keeps every Validator message that compat reports, and the same verdict', () => {
  const strict = cpanmeta.lint(BROKEN, { mode: 'strict', filename: 'META.json' });
  const compat = cpanmeta.lint(BROKEN, { mode: 'compat', filename: 'META.json' });
  const messages = new Set(strict.diagnostics.map((d) => d.compat_message).filter(Boolean));
  const codes = new Set(strict.diagnostics.map((d) => d.code));
  assert.ok(compat.diagnostics.length > 0);
  for (const d of compat.diagnostics) {
    if (d.compat_message) assert.ok(messages.has(d.compat_message), d.compat_message);
    else assert.ok(codes.has(d.code), `${d.code} (a reader finding) is in strict too`);
  }
  assert.equal(strict.valid, compat.valid, 'the Validator verdict does not depend on the mode');
  assert.deepEqual(strict.validator_errors, compat.validator_errors);
});

test('select and ignore choose rules; the verdict stays', () => {
  const only = cpanmeta.lint(BROKEN, { filename: 'META.json', select: ['CM106'] });
  assert.deepEqual(only.diagnostics.map((d) => d.code), ['CM106']);
  const without = cpanmeta.lint(BROKEN, { filename: 'META.json', ignore: ['CM106', 'license'] });
  assert.ok(!without.diagnostics.some((d) => d.code === 'CM106'));
  assert.equal(without.valid, false);
  assert.equal(without.validator_errors.length, 2);
});

test('bad options throw INVALID_OPTION', () => {
  throwsCode(() => cpanmeta.lint('{}', { mode: 'lenient' }), 'INVALID_OPTION', /lenient/);
  throwsCode(() => cpanmeta.lint('{}', { select: 'CM101' }), 'INVALID_OPTION', /array of strings/);
  throwsCode(() => cpanmeta.lint('{}', { select: ['no-such-rule'] }), 'INVALID_OPTION', /names no rule/);
  throwsCode(() => cpanmeta.lint('{}', { mod: 'compat' }), 'INVALID_OPTION', /unknown option `mod`/);
  throwsCode(() => cpanmeta.lint('{}', 'compat'), 'INVALID_OPTION', /must be an object/);
  throwsCode(() => cpanmeta.lint('{}', { filename: 1n }), 'INVALID_OPTION');
});

test('a source that is not text or bytes throws UNSUPPORTED_INPUT', () => {
  throwsCode(() => cpanmeta.lint(42), 'UNSUPPORTED_INPUT', /string or a Uint8Array, not number/);
  throwsCode(() => cpanmeta.lint(null), 'UNSUPPORTED_INPUT', /not null/);
  throwsCode(() => cpanmeta.lint([123, 125]), 'UNSUPPORTED_INPUT', /not an array/);
});

test('rules() lists every rule with its documentation, as the CLI does', () => {
  const rules = cpanmeta.rules();
  assert.ok(rules.length > 0);
  for (const r of rules) {
    assert.match(r.code, /^CM\d{3}$/);
    assert.match(r.docs, /## What it does/);
    assert.ok(['error', 'warning', 'info'].includes(r.severity));
  }
  const cli = join(repoRoot, 'target', 'debug', 'cpanmeta');
  let listed;
  try {
    listed = JSON.parse(execFileSync(cli, ['rules', '--format', 'json'], { encoding: 'utf8' }));
  } catch {
    return; // the parity run builds the CLI; without it this comparison is the parity test's job
  }
  const codes = (listed.rules ?? listed).map((r) => r.code);
  assert.deepEqual(rules.map((r) => r.code), codes);
});

test('a panic in the core throws INTERNAL and leaves the module usable', () => {
  const before = cpanmeta.lint(BROKEN, { filename: 'META.json' });
  for (let i = 0; i < 3; i++) {
    throwsCode(() => cpanmeta._debugPanic(`boom ${i}`), 'INTERNAL', new RegExp(`boom ${i} at .*lib\\.rs`));
    assert.deepEqual(cpanmeta.lint(BROKEN, { filename: 'META.json' }), before, 'lint works after the restart');
    assert.ok(cpanmeta.rules().length > 0);
  }
});

test('versions, ranges, purls and licenses', () => {
  // perl 5.36, version.pm 0.9929: version->parse("1.10")->numify is 1.100; 1.10 < 1.9.
  assert.equal(cpanmeta.parseVersion('1.10').numify, '1.100');
  assert.equal(cpanmeta.parseVersion('v1.2.3').normal, 'v1.2.3');
  assert.equal(cpanmeta.compareVersions('1.10', '1.9'), -1);
  assert.equal(cpanmeta.isLax('1.2_3'), true);
  assert.equal(cpanmeta.isStrict('1.2_3'), false);
  throwsCode(() => cpanmeta.parseVersion('1.2a'), 'INVALID_VALUE', /Invalid version format/);
  throwsCode(() => cpanmeta.parseVersion(12), 'INVALID_VALUE', /must be a string/);
  assert.equal(cpanmeta.rangeAccepts('>= 1.2, != 1.5, < 2.0', '1.5'), false);
  assert.equal(cpanmeta.rangeAccepts('>= 1.2, != 1.5, < 2.0', '1.6'), true);
  assert.equal(cpanmeta.parseRange('>= 2, < 1').is_empty, true);
  assert.equal(typeof cpanmeta.intersectRanges('>= 1', '< 2'), 'string');
  // The purl-spec's cpan type definition examples.
  assert.equal(cpanmeta.parsePurl('pkg:CPAN/DBI@1.646').canonical, 'pkg:cpan/DBI@1.646');
  assert.deepEqual(cpanmeta.validatePurl('pkg:cpan/DBI@1.646'), []);
  throwsCode(() => cpanmeta.parsePurl('not a purl'), 'INVALID_VALUE');
  assert.equal(cpanmeta.spdxForCpanLicense('perl_5'), 'Artistic-1.0-Perl OR GPL-1.0-or-later');
  assert.equal(cpanmeta.spdxForCpanLicense('no-such-license'), null);
  assert.equal(cpanmeta.checkSpdxExpression('MIT OR Apache-2.0').valid, true);
});
