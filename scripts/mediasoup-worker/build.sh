#!/usr/bin/env bash
# Builds mediasoup-worker from the sources inside the mediasoup npm tarball, against Debian's
# libraries, for branches (and CI) that cannot download mediasoup's prebuilt worker or meson's
# subprojects. The binary is cached outside node_modules, keyed by mediasoup version, so a
# re-install never rebuilds it. What each version needs (shims, patches, meson options) is listed
# in versions/<version>; a version without that list has not been checked here and is refused.
#
#   scripts/mediasoup-worker/build.sh            # prints the path of the (cached) binary
#
# Env: BILIK_CACHE_DIR (default ~/.cache/bilik), MEDIASOUP_VERSION (default: sfu-server's pin).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=${MEDIASOUP_VERSION:-$(node -p "require('$root/sfu-server/package.json').dependencies.mediasoup")}
cache=${BILIK_CACHE_DIR:-$HOME/.cache/bilik}
bin="$cache/mediasoup-worker/$version/mediasoup-worker"

log() { echo "[mediasoup-worker] $*" >&2; }

if [ -x "$bin" ]; then
  log "cached: $bin"
  echo "$bin"
  exit 0
fi

manifest="$here/versions/$version"
if [ ! -f "$manifest" ]; then
  log "no versions/$version: check this mediasoup version against Debian's libraries first"
  log "(scripts/mediasoup-worker/README.md, 'Moving to a new version')"
  exit 1
fi
# One line per key: `shims a b`, `patches c`, `meson-options -Dx=y`.
listed() { sed -n "s/^$1\( \|$\)//p" "$manifest"; }
read -r -a shims <<< "$(listed shims)"
read -r -a patches <<< "$(listed patches)"
read -r -a meson_options <<< "$(listed meson-options)"

"$root/scripts/apt-ensure.sh" ninja-build libuv1-dev libssl-dev libsrtp2-dev \
  libabsl-dev libflatbuffers-dev flatbuffers-compiler pkg-config patch g++

# meson >= 1.1 is required by mediasoup; Debian 12 ships 1.0, so take it from pip into the cache.
tools="$cache/tools/meson-1.12.1"
if [ ! -x "$tools/bin/meson" ]; then
  log "installing meson 1.12.1 into $tools"
  python3 -m pip install --quiet --retries 0 --timeout 20 --target "$tools" meson==1.12.1 ninja==1.13.2 >&2
fi
export PYTHONPATH="$tools${PYTHONPATH:+:$PYTHONPATH}"
export PATH="$tools/bin:$PATH"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log "building mediasoup-worker $version in $work (takes several minutes)"
(cd "$work" && npm pack --silent "mediasoup@$version" >/dev/null && tar xzf "mediasoup-$version.tgz")
worker="$work/package/worker"

# Each wrap's `directory=` names the folder meson looks in; when present, nothing is downloaded.
for name in "${shims[@]}"; do
  wrap="$worker/subprojects/$name.wrap"
  [ -f "$wrap" ] || { log "versions/$version lists shim $name, but mediasoup has no $name.wrap"; exit 1; }
  cp -r "$here/subprojects/$name" "$worker/subprojects/$(sed -n 's/^directory *= *//p' "$wrap")"
done

for name in "${patches[@]}"; do
  log "applying $name.patch"
  patch --forward --strip=1 --directory="$worker" < "$here/patches/$name.patch" >&2
done

# nodownload: a subproject without a shim fails here, naming itself, instead of reaching out.
meson setup "$worker/build" "$worker" --buildtype=release --wrap-mode=nodownload \
  ${meson_options[@]+"${meson_options[@]}"} >&2
ninja -C "$worker/build" mediasoup-worker >&2

mkdir -p "$(dirname "$bin")"
install -m 0755 "$worker/build/mediasoup-worker" "$bin.tmp"
mv "$bin.tmp" "$bin"
log "built: $bin"
echo "$bin"
