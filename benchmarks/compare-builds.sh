#!/usr/bin/env bash
# Runs the whole benchmark suite on two git revisions and prints, per benchmark and metric, the p50
# of each and the ratio new / base.
#
#   benchmarks/compare-builds.sh [--quick] [--rounds N] [--filter REGEX] [--tolerance PCT] BASE [NEW]
#
# BASE and NEW are git revisions (NEW defaults to HEAD); only committed files are compared. Each
# revision is checked out into benchmarks/.build-compare/src (the working tree is left alone) and
# built in release into benchmarks/.build-compare/build; the first run builds the benchmark
# framework (several minutes), later runs rebuild only what changed between the revisions.
# The benchmark executables then run directly, target by target, alternating between the revisions
# (round 1 base first, round 2 new first, ...); each side keeps its best p50 over the rounds (the
# lowest time, the highest rate), since other processes on a shared machine only ever make a run
# slower. On a busy machine times still move by 30 % and more from run to run: judge the 5 % on a
# quiet one, with more rounds.
#
#   --quick         short runs (FORDELA_BENCH_QUICK=1: at most 3 iterations): a smoke test only
#   --rounds N      rounds of runs on each side (default 2)
#   --filter REGEX  only the benchmarks whose name matches (the plugin's --filter, a regex)
#   --tolerance P   the allowed slow-down in percent (default 5)
#
# Exit status: 0 when no time or rate is worse than the tolerance and no malloc count grew by more
# than 100 an iteration (engine runs vary by up to about 80), 1 when one is (marked WORSE), 2 on a
# usage or build error. benchmarks/check-thresholds.sh remains the exact check of malloc counts.
set -euo pipefail

usage() { sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; }
fail() { echo "compare-builds: $*" >&2; exit 2; }

QUICK=0
ROUNDS=2
TOLERANCE=5
FILTER=()
REVS=()
while (($#)); do
  case "$1" in
    --quick) QUICK=1; shift ;;
    --rounds) ROUNDS="${2:-}"; shift 2 ;;
    --filter) FILTER=(--filter "${2:-}"); shift 2 ;;
    --tolerance) TOLERANCE="${2:-}"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) fail "unknown option '$1' (see --help)" ;;
    *) REVS+=("$1"); shift ;;
  esac
done
((${#REVS[@]} >= 1 && ${#REVS[@]} <= 2)) || { usage >&2; exit 2; }
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || fail "--rounds needs a positive integer"
[[ "$TOLERANCE" =~ ^[0-9]+([.][0-9]+)?$ ]] || fail "--tolerance needs a number of percent"
BASE="${REVS[0]}"
NEW="${REVS[1]:-HEAD}"

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(git -C "$HERE" rev-parse --show-toplevel)"
CACHE="$HERE/.build-compare"
mkdir -p "$CACHE/bin"

resolve() { git -C "$ROOT" rev-parse --verify --quiet "$1^{commit}" || fail "'$1' is not a revision of $ROOT"; }
BASE_SHA="$(resolve "$BASE")"
NEW_SHA="$(resolve "$NEW")"

# Checks out a revision into $CACHE/src (its own index: only files that differ are rewritten, so the
# build stays incremental) and builds the benchmarks in release; copies the executables and the
# libraries they load to $CACHE/bin/<sha>.
build() { # $1: sha
  local sha="$1" out="$CACHE/bin/$1"
  mkdir -p "$CACHE/src"
  GIT_INDEX_FILE="$CACHE/index" git -C "$ROOT" --work-tree="$CACHE/src" read-tree --reset -u "$sha"
  echo "compare-builds: building ${sha:0:10} (release)..." >&2
  # SwiftPM may keep a build plan that names sources of the other revision: plan again each time.
  find "$CACHE/build" -name description.json -delete 2>/dev/null || true
  swift build -c release --package-path "$CACHE/src/benchmarks" --scratch-path "$CACHE/build" >&2 \
    || fail "the release build of the benchmarks at ${sha:0:10} failed."
  local bin
  bin="$(swift build -c release --package-path "$CACHE/src/benchmarks" --scratch-path "$CACHE/build" --show-bin-path)"
  rm -rf "$out"
  mkdir -p "$out"
  for target in "$CACHE/src/benchmarks/Benchmarks"/*/; do
    target="$(basename "$target")"
    [[ -x "$bin/$target" ]] || fail "no benchmark executable $target at ${sha:0:10}."
    cp "$bin/$target" "$out/"
    echo "$target" >>"$out/targets"
  done
  cp "$bin"/*.so "$out/" 2>/dev/null || true
}

build "$BASE_SHA"
build "$NEW_SHA"

export SWIFT_DETERMINISTIC_HASHING=1
if ((QUICK)); then export FORDELA_BENCH_QUICK=1; else unset FORDELA_BENCH_QUICK CI || true; fi
RUNS="$CACHE/runs"
rm -rf "$RUNS"
mkdir -p "$RUNS"

# Runs one benchmark executable of one side; the executables print each metric's percentiles when
# started without the plugin.
run_one() { # $1: base|new, $2: sha, $3: round, $4: target
  local dir="$CACHE/bin/$2"
  echo "compare-builds: round $3, $1 (${2:0:10}): $4" >&2
  LD_LIBRARY_PATH="$dir" "$dir/$4" "${FILTER[@]}" --quiet true </dev/null >"$RUNS/$1.$3.$4.txt" 2>&1 \
    || fail "$4 at ${2:0:10} failed; see $RUNS/$1.$3.$4.txt"
}
# Target by target, the two sides back to back, so that a change of load hits both alike.
for ((round = 1; round <= ROUNDS; round++)); do
  # A target on one side only (added or removed) runs on that side; the table says so.
  for target in $(sort -u "$CACHE/bin/$BASE_SHA/targets" "$CACHE/bin/$NEW_SHA/targets"); do
    sides=(base new)
    if ((round % 2 == 0)); then sides=(new base); fi
    for side in "${sides[@]}"; do
      sha="$BASE_SHA"
      if [[ "$side" == new ]]; then sha="$NEW_SHA"; fi
      if [[ -x "$CACHE/bin/$sha/$target" ]]; then run_one "$side" "$sha" "$round" "$target"; fi
    done
  done
done

python3 - "$RUNS" "$TOLERANCE" "$BASE ${BASE_SHA:0:10}" "$NEW ${NEW_SHA:0:10}" "$QUICK" <<'PY'
import os, re, sys
runs, tolerance, base_name, new_name, quick = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5] == "1"

def parse(path):
    """{(benchmark, metric): p50} from one executable's output."""
    result, bench, metric, rows = {}, None, None, []
    def flush():
        if bench and metric and rows:
            rows.sort()
            result[(bench, metric)] = next(v for p, v in rows if p >= 0.5)
    for line in open(path, errors="replace"):
        m = re.match(r"Debug results for (\S+):", line)
        if m:
            flush(); bench, metric, rows = m.group(1), None, []
            continue
        m = re.match(r"^([A-Za-z][^:]*):\s*$", line)
        if m and bench:
            flush(); metric, rows = m.group(1), []
            continue
        m = re.match(r"^\s*([0-9.]+)\s+([0-9.]+)\s+\d+", line)
        if m and metric:
            rows.append((float(m.group(2)), float(m.group(1))))
    flush()
    return result

larger_is_better = lambda metric: metric.endswith("PerSecond")
best = {"base": {}, "new": {}}
for name in sorted(os.listdir(runs)):
    side = name.split(".")[0]
    for key, value in parse(os.path.join(runs, name)).items():
        old = best[side].get(key)
        if old is None:
            best[side][key] = value
        else:
            best[side][key] = max(old, value) if larger_is_better(key[1]) else min(old, value)

keys = sorted(set(best["base"]) | set(best["new"]))
print(f"\nbase: {base_name}   new: {new_name}   (best p50 of each side over the rounds{', quick mode' if quick else ''})")
print("values per iteration, as the executables measure them: times in ns, rates per second")
width = max([len(b) for b, _ in keys] + [9])
print(f"{'benchmark':<{width}}  {'metric':<18} {'base p50':>14} {'new p50':>14} {'new/base':>9}")
worse = 0
for bench, metric in keys:
    a, b = best["base"].get((bench, metric)), best["new"].get((bench, metric))
    if a is None or b is None:
        print(f"{bench:<{width}}  {metric:<18} {a if a is not None else '-':>14} {b if b is not None else '-':>14}   only on one side")
        continue
    ratio = b / a if a else float("inf") if b else 1.0
    note = ""
    if metric.startswith("Malloc"):
        # Engine runs vary by up to about 80 mallocs (Dispatch's threads); the core's counts are exact.
        if b > a + 100:
            note = "  WORSE (more mallocs)"
    elif larger_is_better(metric):
        if ratio < 1 - tolerance / 100:
            note = f"  WORSE (> {tolerance:g} % lower)"
    elif ratio > 1 + tolerance / 100:
        note = f"  WORSE (> {tolerance:g} % slower)"
    worse += bool(note)
    print(f"{bench:<{width}}  {metric:<18} {a:>14,.0f} {b:>14,.0f} {ratio:>9.3f}{note}")
print(f"\n{worse} metric(s) worse than the tolerance of {tolerance:g} %" if worse else
      f"\nno time or rate worse than the tolerance of {tolerance:g} %, no malloc count grew")
sys.exit(1 if worse else 0)
PY
