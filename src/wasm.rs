//! The wasm boundary (filled in by the page work).
