#!/usr/bin/env bash
# Builds Opencall's .deb and .rpm with the Tauri CLI from npm (prebuilt,
# no compilation of the CLI; offline apart from npm's registry) and checks
# the .deb: binary, desktop entry with the .ocbundle MIME type, MIME
# definition, icons. Not part of every CI run (a release build takes
# minutes): run it before a release, or `scripts/package.sh --check-only`
# on an existing build.
#   scripts/package.sh [--check-only] [--install]
set -euo pipefail
cd "$(dirname "$0")/.."
check_only=false
install=false
for a in "$@"; do
  case "$a" in
    --check-only) check_only=true ;;
    --install) install=true ;;
    *) echo "usage: scripts/package.sh [--check-only] [--install]" >&2; exit 2 ;;
  esac
done

if ! $check_only; then
  scripts/install-deps.sh package
  (cd src-tauri && CI=true npx --yes @tauri-apps/cli@^2 build --bundles deb rpm)
fi

target="${CARGO_TARGET_DIR:-target}"
deb=$(ls -t "$target"/release/bundle/deb/*.deb | head -1)
rpm=$(ls -t "$target"/release/bundle/rpm/*.rpm 2>/dev/null | head -1 || true)
echo "Checking $deb"
list=$(dpkg-deb -c "$deb")
fail() { echo "package check failed: $*" >&2; exit 1; }
# dpkg-deb lists names with or without a leading "./".
has() { grep -Eq " (\./)?$1\$" <<<"$list"; }
has 'usr/bin/opencall' || fail "no usr/bin/opencall"
has 'usr/share/mime/packages/opencall.xml' || fail "no MIME definition"
for size in 16x16 32x32 48x48 64x64 128x128 256x256 512x512; do
  has "usr/share/icons/hicolor/$size/apps/opencall.png" || fail "no $size icon"
done
desktop=$(grep -Eo '(\./)?usr/share/applications/[^ ]*\.desktop$' <<<"$list" | head -1)
[[ -n "$desktop" ]] || fail "no desktop entry"
entry=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO "$desktop")
grep -qx 'MimeType=application/x-opencall-bundle;' <<<"$entry" || fail "the desktop entry does not claim .ocbundle"
grep -qx 'Exec=opencall %f' <<<"$entry" || fail "the desktop entry does not pass the file"
if command -v desktop-file-validate >/dev/null; then
  tmp=$(mktemp -d); printf '%s\n' "$entry" > "$tmp/opencall.desktop"
  desktop-file-validate "$tmp/opencall.desktop"; rm -rf "$tmp"
fi
mime=$(grep -Eo '(\./)?usr/share/mime/packages/opencall.xml$' <<<"$list" | head -1)
dpkg-deb --fsys-tarfile "$deb" | tar -xO "$mime" | grep -q 'glob pattern="\*.ocbundle"' \
  || fail "the MIME definition does not match *.ocbundle"
echo "  binary, desktop entry (MimeType, Exec %f), MIME definition and $(grep -c 'hicolor/.*/apps/opencall.png$' <<<"$list") icons: ok"
[[ -n "$rpm" ]] && echo "Built $rpm ($(du -h "$rpm" | cut -f1))"
echo "Built $deb ($(du -h "$deb" | cut -f1))"

if $install; then
  sudo=""; [[ "$(id -u)" == 0 ]] || sudo="sudo"
  $sudo apt-get install -y "./$deb"
  command -v opencall >/dev/null || fail "opencall is not on PATH after installing"
  if command -v xdg-mime >/dev/null; then
    echo "xdg-mime: $(xdg-mime query default application/x-opencall-bundle)"
  fi
  grep -q 'application/x-opencall-bundle' /usr/share/applications/mimeinfo.cache 2>/dev/null \
    && echo "mimeinfo.cache maps .ocbundle to Opencall" || echo "note: mimeinfo.cache not updated (no desktop-file-utils trigger?)"
fi
