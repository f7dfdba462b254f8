//! Pure renderers: reports in, text out. The CLI and the bindings only choose one.
