//! The WebAssembly package `cpanmeta-wasm`: the core's `lint` for browsers and Node.
//!
//! Thin on purpose: every export forwards to [`api`], which speaks JSON text, and the hand-written
//! ES module `js/index.js` turns that into plain objects and JS `Error`s with a `code`. No rule
//! lives here.
//!
//! wasm32 panics abort (a trap), which leaves the instance unusable. The panic hook keeps the
//! message for [`take_panic_message`]; the wrapper reads it from the dead instance, re-creates the
//! instance (wasm-bindgen's `__wbg_reset_state`) and throws an `Error` with code `INTERNAL`.

pub mod api;
mod panic;

use wasm_bindgen::prelude::wasm_bindgen;

/// Runs once per instance (also after a reset): installs the panic hook.
#[wasm_bindgen(start)]
pub fn start() {
    panic::install_hook();
}

/// Lints one META document; returns the JSON envelope `{"ok": FileReport}` or `{"error": ...}`.
#[wasm_bindgen]
pub fn lint(source: &[u8], options: &str) -> String {
    api::lint(source, options)
}

/// Every rule with its documentation, as a JSON envelope.
#[wasm_bindgen]
pub fn rules() -> String {
    api::rules()
}

/// The cpanmeta version this module was built from.
#[wasm_bindgen]
pub fn version() -> String {
    api::version().to_owned()
}

/// The message of the last panic in this instance, if any (read after a trap, before a reset).
#[wasm_bindgen(js_name = takePanicMessage)]
pub fn take_panic_message() -> Option<String> {
    panic::take_message()
}

/// Panics with `message`. Exists only so the tests can prove that a panic in the core leaves the
/// package usable; not part of the typed API.
#[wasm_bindgen(js_name = debugPanic)]
pub fn debug_panic(message: &str) {
    panic!("{message}");
}
