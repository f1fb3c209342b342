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
(cd "$work/other" && bash scripts/bootstrap.sh test)
start=$(cut -d' ' -f1-3 /proc/loadavg)
(cd "$work/other" && npm run bench)
end=$(cut -d' ' -f1-3 /proc/loadavg)
# A commit from before bench/run.ts recorded the machine's load gets it here (the load average
# after its bootstrap and after its run), so RESULTS.md says how busy the machine was for both.
"$root/scripts/with-runtime.sh" node -e '
  const fs = require("node:fs");
  const [file, start, end] = process.argv.slice(1);
  const run = JSON.parse(fs.readFileSync(file, "utf8"));
  const avg = (s) => s.split(" ").map(Number);
  run.loadAverage ??= { start: avg(start), end: avg(end) };
  fs.writeFileSync(file, JSON.stringify(run, null, 2) + "\n");
' "$work/other/bench/results/latest.json" "$start" "$end"
cp "$work/other/bench/results/latest.json" "$root/bench/results/previous.json"
echo "[bench-against] benchmarking this tree" >&2
cd "$root" && npm run bench
