//! purl (filled in by its own work).
