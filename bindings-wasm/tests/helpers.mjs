// Paths shared by the Node tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const here = dirname(fileURLToPath(import.meta.url));
export const pkgDir = resolve(here, '..');
export const repoRoot = resolve(pkgDir, '..');
export const distDir = join(pkgDir, 'dist');
export const siteDir = join(repoRoot, 'target', 'wasm', 'site');
export const artifactDir = join(repoRoot, 'target', 'wasm');

/** `../shared` beside the clone (or $CPANMETA_SHARED), or null. */
export function sharedDir() {
  if (process.env.CPANMETA_SHARED) return process.env.CPANMETA_SHARED;
  const dir = resolve(repoRoot, '..', 'shared');
  return existsSync(dir) ? dir : null;
}

/** The CLI the expectations come from (scripts/test-wasm.sh builds it). */
export const cliPath = join(repoRoot, 'target', 'debug', 'cpanmeta');

/**
 * Runs the CLI with `args` (from the repository root) and parses its JSON output. Exit 1 means
 * findings, and the JSON is still on stdout; anything else but 0 throws.
 */
export function cliJson(args) {
  let out;
  try {
    out = execFileSync(cliPath, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (err) {
    if (err.status !== 1) throw err;
    out = err.stdout;
  }
  return JSON.parse(out);
}

/**
 * What `cpanmeta lint` says about a fixture, as the wasm package sees it: `--ignore schema`,
 * because the WebAssembly build leaves out the core's JSON Schema validation.
 */
export function cliLint(path, mode = 'strict') {
  return cliJson(['lint', '--format', 'json', '--mode', mode, '--ignore', 'schema', path]);
}

/** The release archives with a reference run: the kwalitee sample and the archive rules' fixtures. */
export function releaseFixtures() {
  const sample = join(repoRoot, 'tests', 'fixtures', 'archives', 'sample');
  const rules = join(repoRoot, 'tests', 'fixtures', 'rules');
  const out = readdirSync(sample).sort().map((n) => join(sample, n));
  for (const code of readdirSync(rules).filter((c) => /^CM85\d$/.test(c)).sort()) {
    for (const n of readdirSync(join(rules, code)).sort()) {
      if (n.startsWith('fail-')) out.push(join(rules, code, n));
    }
  }
  return out;
}

/**
 * A gzip bomb: a tar member declared 700 MiB long whose zeros compress to about 700 KB (gzip
 * members may be concatenated). The core stops at its decompression limit.
 */
export function gzipBomb() {
  const size = 700 * 1024 * 1024;
  const header = Buffer.alloc(512);
  header.write('Bomb-1.0/zeros.txt', 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0' + '00', 257);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  const chunk = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
  return Buffer.concat([gzipSync(header), ...Array(700).fill(chunk)]);
}
