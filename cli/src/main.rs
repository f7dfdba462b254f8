//! SKELETON CLI.
fn main() {}
