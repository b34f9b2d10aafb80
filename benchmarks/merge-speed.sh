#!/usr/bin/env bash
# Speed of sharded runs (fordela run --shard, fordela merge) with a release binary, against the targets of
# issue 14:
#   1. merging the 100 parts of a 10^8-draw run of the standard workload takes under 1 s;
#   2. N shards run as N processes on one machine take no more than 1.1 × the time of one process with the
#      same total threads, start-up and the merge included.
#
#   benchmarks/merge-speed.sh [--draws D] [--parts P] [--shard-draws D2] [--rounds R]
#
# Defaults: D = 100000000 (the parts are computed once, 2 processes at a time: about a minute on 2 cores),
# P = 100, D2 = 20000000 for the N-process comparison, R = 3 rounds (the median is reported). FORDELA is the
# binary (default: dist/fordela, else .build/release/fordela). Wall-clock times: run it on a quiet machine
# and say how quiet it was. Exits 1 when a target is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
draws=100000000 parts=100 shard_draws=20000000 rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
  --draws) draws=$2; shift 2 ;;
  --parts) parts=$2; shift 2 ;;
  --shard-draws) shard_draws=$2; shift 2 ;;
  --rounds) rounds=$2; shift 2 ;;
  *) echo "usage: $0 [--draws D] [--parts P] [--shard-draws D2] [--rounds R]" >&2; exit 2 ;;
  esac
done
FORDELA=${FORDELA:-}
if [ -z "$FORDELA" ]; then
  if [ -x dist/fordela ]; then FORDELA=dist/fordela; else FORDELA=.build/release/fordela; fi
fi
[ -x "$FORDELA" ] || { echo "merge-speed: no binary $FORDELA: make dist, or swift build -c release" >&2; exit 2; }
FORDELA=$(cd "$(dirname "$FORDELA")" && pwd)/$(basename "$FORDELA")
scenario=scenarios/standard-uncertainty.yaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
status=0

echo "merge-speed: $FORDELA on $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. The parts of a big run, then their merge.
start=$(now)
seq 0 $((parts - 1)) | xargs -P "$(nproc)" -I{} "$FORDELA" run "$scenario" --draws "$draws" --shard "{}/$parts" \
  --threads 1 --quiet --output "$work/part-{}.json" 2>/dev/null
echo "parts: $parts parts of $draws draws computed in $(seconds "$start" "$(now)") s" \
  "($(du -sh "$work" | cut -f1) in all, $(du -h "$work/part-0.json" | cut -f1) each)"
times=()
for _ in $(seq "$rounds"); do
  start=$(now)
  "$FORDELA" merge "$work"/part-*.json --output "$work/merged.json" 2>/dev/null
  times+=("$(seconds "$start" "$(now)")")
done
merge=$(printf '%s\n' "${times[@]}" | median)
echo "merge: ${times[*]} s (median $merge s; target < 1 s)"
awk -v m="$merge" 'BEGIN { exit !(m < 1) }' || { echo "merge-speed: MISSED: merging took $merge s" >&2; status=1; }
rm -f "$work"/part-*.json

# 2. N processes of T/N threads against one process of T threads, the same draws.
for config in "2 2" "4 4"; do
  read -r n total <<<"$config"
  one_times=() shard_times=()
  for _ in $(seq "$rounds"); do
    start=$(now)
    "$FORDELA" run "$scenario" --draws "$shard_draws" --statistics streaming --threads "$total" --quiet \
      --output "$work/one.json" 2>/dev/null
    one_times+=("$(seconds "$start" "$(now)")")
    start=$(now)
    pids=()
    for i in $(seq 0 $((n - 1))); do
      "$FORDELA" run "$scenario" --draws "$shard_draws" --shard "$i/$n" --threads $((total / n)) --quiet \
        --output "$work/s-$i.json" 2>/dev/null &
      pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid"; done
    "$FORDELA" merge "$work"/s-*.json --output "$work/sharded.json" 2>/dev/null
    shard_times+=("$(seconds "$start" "$(now)")")
    rm -f "$work"/s-*.json
  done
  one=$(printf '%s\n' "${one_times[@]}" | median)
  sharded=$(printf '%s\n' "${shard_times[@]}" | median)
  ratio=$(awk -v a="$sharded" -v b="$one" 'BEGIN { printf "%.3f", a / b }')
  echo "shards: $shard_draws draws, one process of $total threads ${one_times[*]} s (median $one);" \
    "$n processes of $((total / n)) + merge ${shard_times[*]} s (median $sharded); ratio $ratio (target ≤ 1.1)"
  awk -v r="$ratio" 'BEGIN { exit !(r <= 1.1) }' || { echo "merge-speed: MISSED: ratio $ratio" >&2; status=1; }
done
exit "$status"
