#!/usr/bin/env bash
# Installs what is missing, builds Opencall, seeds a demo workspace and
# launches the desktop app on it. Your own workspace is not touched: the demo
# lives in $OPENCALL_DATA_DIR (default ~/.local/share/opencall-demo).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh run
export OPENCALL_DATA_DIR="${OPENCALL_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/opencall-demo}"
cargo build -p opencall-cli -p opencall-app
target="${CARGO_TARGET_DIR:-target}"
# OPENCALL_DEMO_SCALE=large adds 5,000 challenges and 50,000 contributors.
"$target/debug/opencall-cli" demo --scale "${OPENCALL_DEMO_SCALE:-small}"
echo "Launching Opencall on $OPENCALL_DATA_DIR"
exec "$target/debug/opencall"
