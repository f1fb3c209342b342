#!/usr/bin/env bash
# Benchmarks another commit (e.g. the last one before an upgrade) and then this tree, back to back,
# so both runs see the same machine and load: the other commit's run becomes
# bench/results/previous.json, this tree's run bench/results/latest.json, and bench/RESULTS.md
# shows them side by side. The other commit runs from a throwaway clone with its own bootstrap
# (its own Node.js, worker and node_modules), so this tree is left as it is.
#
#   scripts/bench-against.sh main
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
commit=$(git -C "$root" rev-parse --verify "${1:?usage: scripts/bench-against.sh <commit>}^{commit}")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone --quiet --no-checkout "$root" "$work/other"
git -C "$work/other" checkout --quiet --detach "$commit"
echo "[bench-against] benchmarking $commit in $work/other" >&2
(cd "$work/other" && npm run bench)
cp "$work/other/bench/results/latest.json" "$root/bench/results/previous.json"
echo "[bench-against] benchmarking this tree" >&2
cd "$root" && npm run bench
