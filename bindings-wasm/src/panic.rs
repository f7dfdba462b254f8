//! Keeping the panic message across the trap that a wasm32 panic ends in.

use std::sync::Mutex;

static LAST: Mutex<Option<String>> = Mutex::new(None);

/// Replaces the default hook (which has nowhere to print on wasm32) with one that stores the
/// message and location for [`take_message`].
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        // Line 0: built with `-Zlocation-detail=none` (the release module), no location kept.
        let at = info
            .location()
            .filter(|l| l.line() != 0)
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        if let Ok(mut last) = LAST.lock() {
            *last = Some(format!("{what}{at}"));
        }
    }));
}

/// The stored message, cleared.
pub fn take_message() -> Option<String> {
    LAST.lock().ok().and_then(|mut last| last.take())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hook_keeps_the_message_of_a_panic() {
        install_hook();
        let result = std::panic::catch_unwind(|| panic!("boom {}", 42));
        assert!(result.is_err());
        let message = take_message().expect("stored");
        assert!(message.starts_with("boom 42 at "), "{message}");
        assert!(message.contains("panic.rs"), "{message}");
        assert_eq!(take_message(), None, "taking clears it");
        let _ = std::panic::take_hook();
    }
}
