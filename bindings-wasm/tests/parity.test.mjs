// Parity: the wasm `lint` gives the same JSON as the CLI (`target/debug/cpanmeta lint --format
// json`) for every 10th file of the shared corpus, in both modes. Skips cleanly without ../shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';

import * as cpanmeta from '../dist/index.js';
import { repoRoot, sharedDir } from './helpers.mjs';

const STEP = Number(process.env.CPANMETA_PARITY_STEP ?? 10);

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

test('wasm lint gives the same JSON as the CLI on a sample of the corpus', async (t) => {
  const shared = sharedDir();
  const corpus = shared && join(shared, 'corpus', 'files');
  if (!corpus || !existsSync(corpus)) {
    console.log('SKIPPED wasm parity: ../shared/corpus is not beside the clone (set CPANMETA_SHARED)');
    t.skip('no ../shared');
    return;
  }
  const cli = join(repoRoot, 'target', 'debug', 'cpanmeta');
  assert.ok(existsSync(cli), `${cli} is missing: scripts/test-wasm.sh builds it`);
  await cpanmeta.init();
  // Paths relative to the repository root, as a user would type them; the same string is the
  // wasm `filename`, so `path` and `filename` agree too.
  const sample = walk(corpus).filter((_, i) => i % STEP === 0).map((p) => relative(repoRoot, p));
  let same = 0;
  const differences = [];
  for (const mode of ['strict', 'compat']) {
    let out;
    try {
      out = execFileSync(cli, ['lint', '--format', 'json', '--mode', mode, ...sample],
        { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 28 });
    } catch (err) {
      // Exit 1 means findings; the JSON is still on stdout.
      if (err.status !== 1) throw err;
      out = err.stdout;
    }
    const files = JSON.parse(out).files;
    assert.equal(files.length, sample.length, 'the CLI reports every file');
    for (const [i, expected] of files.entries()) {
      const bytes = readFileSync(join(repoRoot, sample[i]));
      const actual = cpanmeta.lint(bytes, { filename: sample[i], mode });
      try {
        assert.deepStrictEqual(actual, expected);
        same += 1;
      } catch {
        differences.push(`${mode} ${sample[i]}`);
      }
    }
  }
  const total = sample.length * 2;
  console.log(`wasm lint parity: ${same}/${total} reports identical to the CLI's (${sample.length} files, strict and compat)`);
  assert.deepEqual(differences, [], 'reports that differ from the CLI');
  assert.ok(sample.length >= 100, `a real sample (${sample.length} files)`);
});
