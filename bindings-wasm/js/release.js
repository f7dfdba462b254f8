// cpanmeta-wasm/release: release archives (`.tar.gz`, `.tgz`, `.tar.bz2`, `.tar`, `.zip`) read in
// memory, linted and judged by the CPANTS kwalitee indicators, as `cpanmeta lint RELEASE` and
// `cpanmeta kwalitee RELEASE` do. A module of its own (`cpanmeta_release_bg.wasm`, the core with
// the archive decoders and kwalitee) so that a page checking META files never downloads it;
// load it when a release arrives. Errors are the same `CpanmetaError` as `./index.js` throws.

import initGlue, * as glue from './cpanmeta_release.js';
import { binding, CpanmetaError, optionsText } from './binding.js';

export { CpanmetaError };

const bound = binding(initGlue, glue, new URL('./cpanmeta_release_bg.wasm', import.meta.url), 'cpanmeta release reader');
const { call, ensureReady } = bound;

/** Loads the release module; await it once before `lintRelease` or `kwalitee`. Same `source` as index.js's `init`. */
export const init = bound.init;

/** The cpanmeta version the module was built from. */
export function version() {
  return bound.plain(() => glue.version());
}

function archiveBytes(bytes) {
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  const what = bytes === null ? 'null' : typeof bytes === 'string' ? 'a string (pass the bytes)' : Array.isArray(bytes) ? 'an array' : typeof bytes;
  throw new CpanmetaError('UNSUPPORTED_INPUT', `a release must be given as a Uint8Array or an ArrayBuffer, not ${what}`);
}

function releaseName(name) {
  if (typeof name !== 'string' || name === '') {
    throw new CpanmetaError('INVALID_VALUE', 'name must be the release\'s file name (`Foo-Bar-1.0.tar.gz`)');
  }
  return name;
}

/**
 * Lints the META files of a release archive (`.tar.gz`, `.tgz`, `.tar.bz2`, `.tar`, `.zip`, read in
 * memory) and adds its kwalitee findings. `files` are the entries of `cpanmeta lint RELEASE
 * --format json`; `sources` the META files' text by report path.
 */
export function lintRelease(bytes, name, options) {
  ensureReady();
  const data = archiveBytes(bytes);
  const n = releaseName(name);
  const text = optionsText(options);
  return call(() => glue.lintRelease(data, n, text));
}

/** The CPANTS kwalitee indicators of a release archive: `cpanmeta kwalitee RELEASE --format json`'s entry. */
export function kwalitee(bytes, name) {
  ensureReady();
  const data = archiveBytes(bytes);
  const n = releaseName(name);
  return call(() => glue.kwalitee(data, n));
}

/**
 * Test hook: makes the core panic, to prove the module survives it (throws `INTERNAL`).
 * Not part of the typed API.
 */
export function _debugPanic(message = 'debug panic') {
  return call(() => {
    glue.debugPanic(String(message));
    return '{"ok":null}';
  });
}
