#!/usr/bin/env bash
# The cache's figures for BENCHMARKS.md, each next to tantivy alone on the same files in the
# same run: first load (cache miss) and in-memory load, relaunch (hit), relaunch after one
# added file (partial), first row of the browser on screen during a first load (tmux), peak
# memory. Medians of RUNS runs (default 3); the cache lives in a temporary folder.
# Usage: scripts/bench_cache.sh BIN_DIR CORPUS_DIR...   (BIN_DIR holds plantscope and
# tantivy_baseline from `cargo build --release --bins --examples`)
set -euo pipefail
bin=$(cd "$1" && pwd)
shift
runs=${RUNS:-3}
export PLANTSCOPE_NO_CONFIG=1
export PLANTSCOPE_CACHE_DIR=${PLANTSCOPE_CACHE_DIR:-$(mktemp -d)/cache}
t() { /usr/bin/time -f "%e %U %M" "$@" 2>&1 >/dev/null | tail -1; }
median() { python3 -c 'import sys; v=sorted(float(x) for x in sys.argv[1:]); print(v[len(v)//2])' "$@"; }
report() { # label, then lines "wall user maxrss_kb"
  local label=$1; shift
  local walls=() users=() rss=()
  for line in "$@"; do read -r w u m <<<"$line"; walls+=("$w"); users+=("$u"); rss+=("$m"); done
  echo "$label: wall median $(median "${walls[@]}") s (${walls[*]}) · user median $(median "${users[@]}") s · peak RSS median $(( $(median "${rss[@]}" | cut -d. -f1) / 1024 )) MiB"
}
echo "== machine: $(nproc) cores; $(uptime)"
for corpus in "$@"; do
  echo "== $corpus ($(du -sm "$corpus" | cut -f1) MB of files, $(find "$corpus" -type f | wc -l) files)"
  miss=(); mem=(); base=(); hit=(); part=(); base2=()
  for run in $(seq "$runs"); do
    "$bin/plantscope" cache clear >/dev/null
    miss+=("$(t "$bin/plantscope" search --limit 5 usine "$corpus")")
    base+=("$(t "$bin/tantivy_baseline" "$corpus")")
    mem+=("$(t "$bin/plantscope" search --no-cache --limit 5 usine "$corpus")")
  done
  for run in $(seq "$runs"); do
    hit+=("$(t "$bin/plantscope" search --limit 5 usine "$corpus")")
    base2+=("$(t "$bin/tantivy_baseline" "$corpus")")
  done
  for run in $(seq "$runs"); do
    printf 'Added %s\nAn added article about the usine of Kaluga, run %s.\n' "$run" "$run" \
      >"$corpus/zz-added-$run.txt"
    part+=("$(t "$bin/plantscope" search --limit 5 usine "$corpus")")
  done
  "$bin/plantscope" search --stats --limit 5 usine "$corpus" 2>&1 >/dev/null | grep -E "^cache|^read|^index|^total"
  rm -f "$corpus"/zz-added-*.txt
  report "first load, cache miss (plantscope)" "${miss[@]}"
  report "first load, --no-cache (plantscope)" "${mem[@]}"
  report "tantivy alone (beside the first loads)" "${base[@]}"
  report "relaunch, cache hit (plantscope)" "${hit[@]}"
  report "tantivy alone (beside the relaunches)" "${base2[@]}"
  report "relaunch after one added file (plantscope)" "${part[@]}"
  if command -v tmux >/dev/null; then
    for mode in miss hit; do
      # A browser killed right after its first row may not have committed: make the cache
      # whole before timing a hit.
      if [ "$mode" = miss ]; then "$bin/plantscope" cache clear >/dev/null
      else "$bin/plantscope" search --limit 1 usine "$corpus" >/dev/null; fi
      tmux kill-session -t psbench 2>/dev/null || true
      start=$(date +%s.%N)
      tmux new-session -d -s psbench -x 160 -y 40 \
        "PLANTSCOPE_NO_CONFIG=1 PLANTSCOPE_CACHE_DIR=$PLANTSCOPE_CACHE_DIR $bin/plantscope $corpus"
      # The list's title counts its rows: " Articles 1234 ".
      until tmux capture-pane -p -t psbench 2>/dev/null | grep -qE 'Articles [1-9]'; do
        sleep 0.05
        if (( $(echo "$(date +%s.%N) - $start > 600" | bc) )); then break; fi
      done
      first=$(echo "$(date +%s.%N) - $start" | bc)
      echo "browser, cache $mode: first row on screen after $first s"
      tmux kill-session -t psbench
      sleep 1
    done
  fi
done
echo "== done: $(uptime)"
