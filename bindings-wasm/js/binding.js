// What both entry points of cpanmeta-wasm share: the error class, loading a module, and calling
// it safely. `index.js` binds it to the lint module, `release.js` to the release module.
//
//  - `init()` loads the module: the browser fetches the .wasm beside the glue, Node reads it.
//  - Every export of the Rust side answers JSON text `{"ok": ...}` / `{"error": {code, message}}`;
//    here it becomes a plain object, or a thrown `CpanmetaError` (an `Error` with a `code`).
//  - A Rust panic aborts, which traps and leaves the instance dead. Any exception out of the glue
//    is therefore treated as one: read the panic message from the dead instance, re-create the
//    instance from the already compiled module (wasm-bindgen's `__wbg_reset_state`), and throw
//    `INTERNAL`. The next call runs on the fresh instance.

/** An `Error` with a stable `code`; see `ErrorCode` in index.d.ts. */
export class CpanmetaError extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.name = 'CpanmetaError';
    this.code = code;
  }
}

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
 * Binds the loading and calling machinery to one wasm-bindgen glue module. `wasmUrl`: where its
 * .wasm is by default; `what`: how errors name it.
 */
export function binding(initGlue, glue, wasmUrl, what) {
  let loading = null;
  let ready = false;

  function init(source) {
    if (loading === null) {
      loading = (async () => {
        let input = source ?? wasmUrl;
        if (typeof input === 'string') input = new URL(input, wasmUrl);
        if (isNodeFile(input)) input = await readNodeFile(input);
        await initGlue({ module_or_path: input });
        ready = true;
      })().catch((cause) => {
        loading = null;
        throw new CpanmetaError('INIT_FAILED', `cannot load the ${what}: ${cause && cause.message}`, { cause });
      });
    }
    return loading;
  }

  function ensureReady() {
    if (!ready) {
      throw new CpanmetaError('NOT_INITIALIZED', `the ${what} is not loaded yet: call \`await init()\` first`);
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
    const detailText = detail ?? (cause && cause.message) ?? String(cause);
    return new CpanmetaError('INTERNAL', `internal error in cpanmeta (please report it): ${detailText}`, { cause });
  }

  /** Runs `fn` (which answers an envelope) and unwraps it. */
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

  /** Runs `fn` (which answers a plain value). */
  function plain(fn) {
    ensureReady();
    try {
      return fn();
    } catch (cause) {
      throw recover(cause);
    }
  }

  return { init, ensureReady, call, plain };
}

/** The options object as JSON text for the Rust side. */
export function optionsText(options) {
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
