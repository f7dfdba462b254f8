//! license (filled in by its own work).
