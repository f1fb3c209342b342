#!/usr/bin/env bash
# Runs a command on the project's Node.js (scripts/node-runtime/install.sh): its bin directory
# goes first on PATH, so node and everything npm starts (tsc, vitest, tsx, node-gyp) run on it,
# and native modules compile against its headers whatever `nodedir` the machine's npm config names.
#
#   scripts/with-runtime.sh npm run test:unit
set -euo pipefail
dir=$("$(dirname "$0")/node-runtime/install.sh")
export PATH="$dir/bin:$PATH" npm_config_nodedir="$dir"
exec "$@"
