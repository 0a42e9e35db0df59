#!/usr/bin/env bash
# Installs what Opencall needs on Debian/Ubuntu, skipping what is present.
#   scripts/install-deps.sh run    # build and launch the desktop app
#   scripts/install-deps.sh test   # also run the end-to-end tests
#   scripts/install-deps.sh package  # also build .deb/.rpm packages (scripts/package.sh)
set -euo pipefail
purpose="${1:-run}"

packages=(libwebkit2gtk-4.1-dev build-essential file libxdo-dev libssl-dev
          libayatana-appindicator3-dev librsvg2-dev pkg-config)
if [[ "$purpose" == "test" ]]; then
  packages+=(xvfb webkit2gtk-driver imagemagick minisign python3-venv dbus)
  # axe-core (the accessibility audit in the E2E tests) comes from npm.
  command -v npm >/dev/null || packages+=(nodejs npm)
fi
if [[ "$purpose" == "package" ]]; then
  packages+=(rpm desktop-file-utils shared-mime-info)
  # The Tauri CLI comes from npm; any Node.js with npx will do.
  command -v npx >/dev/null || packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing system packages: ${missing[*]}"
  sudo=""
  [[ "$(id -u)" == 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null; then
  echo "Rust is required: install it from https://rustup.rs and run this again." >&2
  exit 1
fi

if [[ "$purpose" == "test" ]]; then
  # The Library of Congress BagIt validator, to check bundles without Opencall.
  venv="${XDG_CACHE_HOME:-$HOME/.cache}/opencall-test-venv"
  if [[ ! -x "$venv/bin/bagit.py" ]]; then
    echo "Installing the bagit validator (PyPI) into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet bagit
  fi
  # axe-core, the accessibility audit engine the end-to-end tests inject into
  # each view (tests/it/e2e.rs); a test dependency only, never shipped.
  axe_version="4.10.3"
  axe_dir="${XDG_CACHE_HOME:-$HOME/.cache}/opencall-test-axe"
  if ! grep -qs "\"version\": \"$axe_version\"" "$axe_dir/node_modules/axe-core/package.json"; then
    echo "Installing axe-core $axe_version (npm) into $axe_dir"
    npm install --silent --no-audit --no-fund --prefix "$axe_dir" "axe-core@$axe_version"
  fi
  if ! command -v tauri-driver >/dev/null && [[ ! -x "$HOME/.cargo/bin/tauri-driver" ]]; then
    echo "Installing tauri-driver 2.1.0"
    cargo install tauri-driver --locked --version 2.1.0
  fi
fi
