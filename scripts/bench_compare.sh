#!/usr/bin/env bash
# One comparison run for BENCHMARKS.md: seeds, then each generated corpus, plantscope and
# tantivy alone alternating, rg as the "without plantscope" baseline, then the latency example.
# Usage: scripts/bench_compare.sh BIN_DIR CORPUS_DIR...   (BIN_DIR holds plantscope,
# tantivy_baseline and latency from `cargo build --release --bins --examples`)
set -euo pipefail
bin=$1
shift
echo "== machine: $(nproc) cores; $(uptime)"
echo "== seeds"
hyperfine -N --warmup 3 --runs 20 "$bin/plantscope search kaluga" 2>&1 | grep -E "Time|Range"
for _ in 1 2 3; do
  /usr/bin/time -f "seeds user %U sys %S wall %e maxrss_kb %M" "$bin/plantscope" search kaluga >/dev/null
done
for corpus in "$@"; do
  for run in 1 2 3; do
    echo "== $corpus plantscope run $run"
    /usr/bin/time -f "user %U sys %S wall %e maxrss_kb %M" \
      "$bin/plantscope" search --no-cache --stats --limit 5 usine "$corpus" 2>&1 >/dev/null | tail -8
    echo "== $corpus tantivy alone run $run"
    /usr/bin/time -f "user %U sys %S wall %e maxrss_kb %M" "$bin/tantivy_baseline" "$corpus" 2>&1 | tail -3
  done
  echo "== $corpus rg"
  hyperfine -N --warmup 1 --runs 3 "rg -c -i -w usine $corpus" 2>&1 | grep -E "Time|Range"
  echo "== $corpus latency"
  "$bin/latency" "$corpus" 2 2>&1 | tail -8
done
echo "== done: $(uptime)"
