//! Fuzzes the bundle reader: any bytes are refused or read, never a panic,
//! never an allocation beyond the limits. Seed the corpus with real bundles
//! (`opencall-cli bundle export …`) in `fuzz/corpus/bundle_reader/`.
//!
//! `cargo +nightly fuzz run bundle_reader` (from `fuzz/`; not run in CI).
#![no_main]

use libfuzzer_sys::fuzz_target;
use opencall_core::bundle::{docs, read, Limits};

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_entries: 1_000,
        max_entry_bytes: 1 << 20,
        max_total_bytes: 8 << 20,
    };
    if let Ok(bundle) = read(data, limits) {
        // Every document of a verified bag goes through the JSON checks.
        for (name, bytes) in &bundle.payload {
            let _ = docs::parse::<serde_json::Value>(bytes, name);
        }
    }
    // The documents' reader on its own, on raw bytes.
    let _ = docs::parse::<serde_json::Value>(data, "fuzz.json");
});
