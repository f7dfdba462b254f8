// Paths shared by the Node tests.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
