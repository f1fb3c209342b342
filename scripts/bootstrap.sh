#!/usr/bin/env bash
# Everything a fresh clone needs before it can start or test, on a machine that reaches only the
# npm registry and Debian's apt: Debian packages, the project's Node.js (.node-version, fetched
# once into the cache), the mediasoup worker (built once, cached), and node_modules (installed
# again only when a package.json, package-lock.json or the Node.js version changes). Idempotent
# and quick when nothing changed. `npm start`, `npm test` and `npm run bench` call it, then run
# their steps through scripts/with-runtime.sh; nobody needs to call it by hand.
#
#   scripts/bootstrap.sh          # for the branch server
#   scripts/bootstrap.sh test     # also Debian's Chromium for the end-to-end tests
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# python3 + g++ + make let node-gyp compile a native module that has no prebuilt binary in its
# npm package; libudev-dev is what node-hid's hidraw backend links against when it has to compile.
"$root/scripts/apt-ensure.sh" python3 python3-pip g++ make libudev-dev
if [ "${1:-}" = "test" ]; then
  "$root/scripts/apt-ensure.sh" chromium fonts-dejavu-core
fi

node_dir=$("$root/scripts/node-runtime/install.sh")
worker_bin=$("$root/scripts/mediasoup-worker/build.sh")

# Native modules are built for one Node.js, so its version is part of what the stamp fingerprints.
fingerprint() {
  (cat package.json */package.json package-lock.json 2>/dev/null; "$node_dir/bin/node" --version) |
    sha256sum | cut -d' ' -f1
}
stamp="$root/node_modules/.bilik-install-stamp"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$(fingerprint)" ]; then
  echo "[bootstrap] installing npm packages on Node.js $("$node_dir/bin/node" --version)" >&2
  # The worker is ours (above); Electron's binary cannot be downloaded here and is only needed to
  # package the apps, which electron-builder fetches on a connected build machine.
  export MEDIASOUP_WORKER_BIN="$worker_bin" ELECTRON_SKIP_BINARY_DOWNLOAD=1
  if [ -f package-lock.json ]; then install=ci; else install=install; fi
  "$root/scripts/with-runtime.sh" npm "$install" --no-audit --no-fund
  fingerprint > "$stamp"
fi
