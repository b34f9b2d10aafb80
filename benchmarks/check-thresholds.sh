#!/usr/bin/env bash
# Checks the benchmark suite's deterministic metrics (malloc counts) against benchmarks/Thresholds/.
#
#   benchmarks/check-thresholds.sh            check; exit 0 when equal or better, 1 on a regression or failure
#   benchmarks/check-thresholds.sh --update   measure and rewrite benchmarks/Thresholds/ (then commit it)
#
# Only malloc counts are checked: they do not depend on the machine's load, wall-clock times do.
# Runs are short (FORDELA_BENCH_QUICK=1: a malloc count per iteration does not depend on how many
# iterations run), and hashing is made deterministic, because the order of a Swift Dictionary's
# values, and so the number of comparisons (each of which allocates) when sorting them, depends
# on the per-process hash seed. Benchmarks on all threads (names ending in AllThreads) are not
# checked: their counts grow with the number of cores (a kernel per thread), so they would fail on
# another machine without any regression; their single-thread twins cover the same code.
# Extra arguments go to the plugin (e.g. --filter Allocation2021Baseline).
set -euo pipefail
cd "$(dirname "$0")"

mode=check
if [[ "${1:-}" == "--update" ]]; then
  mode=update
  shift
fi

export SWIFT_DETERMINISTIC_HASHING=1
export FORDELA_BENCH_QUICK=1
progress=()
if [[ "${CI:-}" == "true" ]]; then progress=(--no-progress); fi
skip=(--skip '.*AllThreads')

if [[ "$mode" == update ]]; then
  swift package --allow-writing-to-package-directory benchmark thresholds update \
    --metric mallocCountTotal --path Thresholds "${skip[@]}" "${progress[@]}" "$@"
  echo "check-thresholds: Thresholds/ updated; review with 'git diff benchmarks/Thresholds' and commit."
  exit 0
fi

# The plugin exits 1 both on a regression and on an improvement; it names which on stderr.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
swift package benchmark thresholds check --metric mallocCountTotal --path Thresholds "${skip[@]}" "${progress[@]}" "$@" \
  2>&1 \
  | tee "$log" || status=$?
if [[ "$status" == 0 ]]; then
  echo "check-thresholds: malloc counts equal to benchmarks/Thresholds."
elif grep -q "error: benchmarkThresholdImprovement" "$log"; then
  echo "check-thresholds: malloc counts are LOWER than benchmarks/Thresholds (an improvement):"
  echo "  run 'benchmarks/check-thresholds.sh --update' and commit benchmarks/Thresholds to lock it in."
elif grep -q "error: benchmarkThresholdRegression" "$log"; then
  echo "check-thresholds: REGRESSION: more mallocs than benchmarks/Thresholds allows (see the table above)." >&2
  echo "  If the extra allocations are intended, run 'benchmarks/check-thresholds.sh --update' and commit." >&2
  exit 1
else
  echo "check-thresholds: the benchmark run failed (exit status $status), no verdict." >&2
  exit "$status"
fi
