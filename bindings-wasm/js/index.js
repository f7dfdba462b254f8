// cpanmeta-wasm: the ES module users import (browsers without a bundler, and Node).
//
// A thin wrapper over the wasm-bindgen glue (`cpanmeta_wasm.js`, generated with `--target web`):
//  - `init()` loads the module: the browser fetches the .wasm beside this file, Node reads it.
//  - Every export of the Rust side answers JSON text `{"ok": ...}` / `{"error": {code, message}}`;
//    here it becomes a plain object, or a thrown `CpanmetaError` (an `Error` with a `code`).
//  - A Rust panic aborts, which traps and leaves the instance dead. Any exception out of the glue
//    is therefore treated as one: read the panic message from the dead instance, re-create the
//    instance from the already compiled module (wasm-bindgen's `__wbg_reset_state`), and throw
//    `INTERNAL`. The next call runs on the fresh instance.

import initGlue, * as glue from './cpanmeta_wasm.js';

const WASM_URL = new URL('./cpanmeta_wasm_bg.wasm', import.meta.url);

/** An `Error` with a stable `code`; see `ErrorCode` in index.d.ts. */
export class CpanmetaError extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.name = 'CpanmetaError';
    this.code = code;
  }
}

let loading = null;
let ready = false;

function isNodeFile(url) {
  return url instanceof URL && url.protocol === 'file:' &&
    typeof process !== 'undefined' && process.versions != null && process.versions.node != null;
}

async function readNodeFile(url) {
  // A computed specifier, so that bundlers for the browser do not try to resolve a Node module.
  const fs = 'node:fs/promises';
  const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fs);
  return readFile(url);
}

/**
 * Loads and instantiates the WebAssembly module; call (and await) it once before anything else.
 * `source` overrides where the module comes from: a URL, a `Response`, bytes, or a compiled
 * `WebAssembly.Module`. Calling it again returns the same promise.
 */
export function init(source) {
  if (loading === null) {
    loading = (async () => {
      let input = source ?? WASM_URL;
      if (typeof input === 'string') input = new URL(input, import.meta.url);
      if (isNodeFile(input)) input = await readNodeFile(input);
      await initGlue({ module_or_path: input });
      ready = true;
    })().catch((cause) => {
      loading = null;
      throw new CpanmetaError('INIT_FAILED', `cannot load the cpanmeta WebAssembly module: ${cause && cause.message}`, { cause });
    });
  }
  return loading;
}

function ensureReady() {
  if (!ready) {
    throw new CpanmetaError('NOT_INITIALIZED', 'cpanmeta is not loaded yet: call `await init()` first');
  }
}

// Re-creates the instance after a trap and returns the INTERNAL error to throw.
function recover(cause) {
  let detail;
  try {
    detail = glue.takePanicMessage();
  } catch {
    // The dead instance could not even answer that; the cause is all we have.
  }
  try {
    glue.__wbg_reset_state();
  } catch (resetError) {
    ready = false;
    loading = null;
    return new CpanmetaError('INTERNAL', `cpanmeta crashed and could not restart (call init() again): ${resetError.message}`, { cause });
  }
  const what = detail ?? (cause && cause.message) ?? String(cause);
  return new CpanmetaError('INTERNAL', `internal error in cpanmeta (please report it): ${what}`, { cause });
}

function call(fn) {
  ensureReady();
  let text;
  try {
    text = fn();
  } catch (cause) {
    // Argument checks on this side throw CpanmetaError before the module is entered.
    if (cause instanceof CpanmetaError) throw cause;
    throw recover(cause);
  }
  const envelope = JSON.parse(text);
  if (envelope.error) {
    throw new CpanmetaError(envelope.error.code, envelope.error.message);
  }
  return envelope.ok;
}

const encoder = new TextEncoder();

function sourceBytes(source) {
  if (typeof source === 'string') return encoder.encode(source);
  if (source instanceof Uint8Array) return source;
  const what = source === null ? 'null' : Array.isArray(source) ? 'an array' : typeof source;
  throw new CpanmetaError('UNSUPPORTED_INPUT', `source must be a string or a Uint8Array, not ${what}`);
}

function optionsText(options) {
  if (options === undefined || options === null) return '{}';
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new CpanmetaError('INVALID_OPTION', `options must be an object, not ${Array.isArray(options) ? 'an array' : typeof options}`);
  }
  try {
    return JSON.stringify(options);
  } catch (cause) {
    throw new CpanmetaError('INVALID_OPTION', `options cannot be read: ${cause.message}`, { cause });
  }
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
  ensureReady();
  try {
    return glue.version();
  } catch (cause) {
    throw recover(cause);
  }
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
