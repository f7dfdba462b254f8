// cpanmeta-wasm: the ES module users import (browsers without a bundler, and Node): lint META
// files, read versions, ranges, purls and licenses. Release archives are in `./release.js`, a
// second module loaded only when needed (see README.md). The machinery shared by both
// (loading, errors, panic recovery) is in `./binding.js`.

import initGlue, * as glue from './cpanmeta_wasm.js';
import { binding, CpanmetaError, optionsText } from './binding.js';

export { CpanmetaError };

const bound = binding(initGlue, glue, new URL('./cpanmeta_wasm_bg.wasm', import.meta.url), 'cpanmeta WebAssembly module');
const { call, ensureReady } = bound;

/**
 * Loads and instantiates the WebAssembly module; call (and await) it once before anything else.
 * `source` overrides where the module comes from: a URL, a `Response`, bytes, or a compiled
 * `WebAssembly.Module`. Calling it again returns the same promise.
 */
export const init = bound.init;

const encoder = new TextEncoder();

function sourceBytes(source) {
  if (typeof source === 'string') return encoder.encode(source);
  if (source instanceof Uint8Array) return source;
  const what = source === null ? 'null' : Array.isArray(source) ? 'an array' : typeof source;
  throw new CpanmetaError('UNSUPPORTED_INPUT', `source must be a string or a Uint8Array, not ${what}`);
}

/**
 * Lints one META document (text, or the file's bytes). Returns the same object as the file's
 * entry in `cpanmeta lint --format json`.
 */
export function lint(source, options) {
  ensureReady();
  const bytes = sourceBytes(source);
  const text = optionsText(options);
  return call(() => glue.lint(bytes, text));
}

/** Every rule: code, name, group, default severity, modes, summary, Markdown docs and url. */
export function rules() {
  return call(() => glue.rules());
}

/** The cpanmeta version the module was built from. */
export function version() {
  return bound.plain(() => glue.version());
}

function str(name, value) {
  if (typeof value !== 'string') {
    throw new CpanmetaError('INVALID_VALUE', `${name} must be a string, not ${value === null ? 'null' : typeof value}`);
  }
  return value;
}

/** version.pm's view of a version string; throws `INVALID_VALUE` when version.pm refuses it. */
export function parseVersion(text) {
  return call(() => glue.versionInfo(str('version', text)));
}

/** version.pm's `<=>`: -1, 0 or 1. */
export function compareVersions(a, b) {
  return call(() => glue.compareVersions(str('a', a), str('b', b)));
}

/** version.pm's `is_lax`. */
export function isLax(text) {
  return call(() => `{"ok":${glue.isLax(str('version', text))}}`);
}

/** version.pm's `is_strict`. */
export function isStrict(text) {
  return call(() => `{"ok":${glue.isStrict(str('version', text))}}`);
}

/** A requirement string (`">= 1.2, != 1.5, < 2.0"`) as CPAN::Meta::Requirements reads it. */
export function parseRange(text) {
  return call(() => glue.rangeInfo(str('range', text)));
}

/** Whether `version` satisfies the requirement string `range`. */
export function rangeAccepts(range, version) {
  return call(() => glue.rangeAccepts(str('range', range), str('version', version)));
}

/** The range both requirement strings allow, as CPAN::Meta::Requirements merges them. */
export function intersectRanges(a, b) {
  return call(() => glue.intersectRanges(str('a', a), str('b', b)));
}

/** A Package URL's components and canonical form; throws `INVALID_VALUE` when it is not one. */
export function parsePurl(text) {
  return call(() => glue.parsePurl(str('purl', text)));
}

/** The purl rules' findings for one purl on its own; empty when valid and canonical. */
export function validatePurl(text) {
  return call(() => glue.validatePurl(str('purl', text)));
}

/** The SPDX expression of a CPAN license string (`perl_5`), or null when the spec version does not define it. */
export function spdxForCpanLicense(string, specVersion = '2') {
  return call(() => glue.spdxForCpanLicense(str('string', string), str('specVersion', specVersion)));
}

/** Checks an SPDX license expression. */
export function checkSpdxExpression(text) {
  return call(() => glue.checkSpdxExpression(str('expression', text)));
}

/**
 * Test hook: makes the core panic, to prove the package survives it (throws `INTERNAL`).
 * Not part of the typed API.
 */
export function _debugPanic(message = 'debug panic') {
  return call(() => {
    glue.debugPanic(String(message));
    return '{"ok":null}';
  });
}
