#!/usr/bin/env bash
# Makes sure the programs the tests drive are on this machine: Chromium (browser tests) and
# redis-server (scale-out tests). Installs them with apt-get where it can (Debian, as root);
# otherwise stops with a message saying how to get them. Never lets a suite skip silently.
set -euo pipefail

chromium_path() {
  for p in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$p" ] && [ -x "$p" ]; then echo "$p"; return 0; fi
  done
  return 1
}

missing=()
chromium_path >/dev/null || missing+=(chromium)
command -v redis-server >/dev/null || missing+=(redis-server)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} with apt-get (needed by the browser and scale-out tests)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi

echo "The tests need: ${missing[*]}." >&2
echo "On Debian/Ubuntu: sudo apt-get install -y ${missing[*]}" >&2
echo "Or point CHROMIUM_PATH at a Chromium binary and put redis-server on PATH." >&2
exit 1
