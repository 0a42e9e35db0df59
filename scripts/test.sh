#!/usr/bin/env bash
# Installs what is missing, then runs every test: core unit tests, the shell's
# tests, the CLI integration tests and the end-to-end tests that drive the real
# app through tauri-driver under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --workspace --all-targets
cargo test --workspace -- --test-threads=2
