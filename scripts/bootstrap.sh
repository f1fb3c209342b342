#!/usr/bin/env bash
# Everything a fresh clone needs before it can start or test, on a machine that reaches only the
# npm registry and Debian's apt: Debian packages, the mediasoup worker (built once, cached), and
# node_modules (installed again only when package-lock.json changes). Idempotent and quick when
# nothing changed. `npm start` and `npm test` call it; nobody needs to call it by hand.
#
#   scripts/bootstrap.sh          # for the branch server
#   scripts/bootstrap.sh test     # also Debian's Chromium for the end-to-end tests
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# python3 + g++ + make build better-sqlite3 from source (its prebuilt download is unreachable);
# libudev-dev is what node-hid's hidraw backend links against when it has to compile.
"$root/scripts/apt-ensure.sh" python3 python3-pip g++ make libudev-dev
if [ "${1:-}" = "test" ]; then
  "$root/scripts/apt-ensure.sh" chromium fonts-dejavu-core
fi

worker_bin=$("$root/scripts/mediasoup-worker/build.sh")

stamp="$root/node_modules/.bilik-install-stamp"
want=$( (cat package.json */package.json package-lock.json 2>/dev/null; node --version) | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "[bootstrap] installing npm packages" >&2
  # The worker is ours (above); Electron's binary cannot be downloaded here and is only needed to
  # package the apps, which electron-builder fetches on a connected build machine.
  export MEDIASOUP_WORKER_BIN="$worker_bin" ELECTRON_SKIP_BINARY_DOWNLOAD=1
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
  want=$( (cat package.json */package.json package-lock.json 2>/dev/null; node --version) | sha256sum | cut -d' ' -f1)
  echo "$want" > "$stamp"
fi
