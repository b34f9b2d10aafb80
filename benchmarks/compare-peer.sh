#!/usr/bin/env bash
# Compares fordela with the numpy peer (../shared/peers/numpy_mc.py) and the plain C reference
# (../shared/peers/c_reference.c, built with cc -O2 into a temporary folder) on the standard
# uncertainty workload (../shared/docs/workloads.md): alternating runs, whole-process wall clock each side.
#
#   benchmarks/compare-peer.sh [--draws N] [--pairs N] [--threads N] [--seed N] [--no-c]
#
# Defaults: 1 000 000 draws, 3 rounds. --threads is passed to fordela and to the C reference (default:
# the active processors); the numpy peer is numpy as an analyst's team would run it. Each round runs
# every side once, in an order that rotates from round to round. Prints each run, then per side the
# median wall clock and draws/s, the self-reported seconds (the peer's exclude Python start-up;
# fordela's are simulate + statistics when its JSON has them; the C reference's its own total), and the
# median ratio per round of each peer's wall clock to fordela's.
set -euo pipefail

# The fordela side, run from the repository root. Adjust here if the command line changes.
# FORDELA is the release binary; DRAWS and THREADS_ARGS are set from the options below.
fordela_command() {
  "$FORDELA" run scenarios/standard-uncertainty.yaml --draws "$DRAWS" --format json --quiet "${THREADS_ARGS[@]}"
}
# The scenario file the command needs (checked before any run).
SCENARIO=scenarios/standard-uncertainty.yaml

DRAWS=1000000
PAIRS=3
SEED=1
THREADS_ARGS=()
THREADS=""
WITH_C=1
while (($#)); do
  case "$1" in
    --draws) DRAWS="$2"; shift 2 ;;
    --pairs) PAIRS="$2"; shift 2 ;;
    --threads) THREADS_ARGS=(--threads "$2"); THREADS="$2"; shift 2 ;;
    --no-c) WITH_C=0; shift ;;
    --seed) SEED="$2"; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare-peer: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$DRAWS" =~ ^[1-9][0-9]*$ ]] || { echo "compare-peer: --draws needs a positive integer" >&2; exit 2; }
[[ "$PAIRS" =~ ^[1-9][0-9]*$ ]] || { echo "compare-peer: --pairs needs a positive integer" >&2; exit 2; }
[[ -z "$THREADS" || "$THREADS" =~ ^[1-9][0-9]*$ ]] || { echo "compare-peer: --threads needs a positive integer" >&2; exit 2; }
((PAIRS >= 3)) || echo "compare-peer: note: fewer than 3 pairs; the README's figures use at least 3." >&2

fail() { echo "compare-peer: $*" >&2; exit 1; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED_DIR:-$ROOT/../shared}"
[[ -f "$SHARED/peers/numpy_mc.py" && -f "$SHARED/peers/make_inputs.py" ]] \
  || fail "the peer is not at $SHARED/peers (numpy_mc.py, make_inputs.py): this script expects the shared/ folder \
next to the repository ($ROOT/../shared), or SHARED_DIR=/path/to/shared."
command -v python3 >/dev/null || fail "python3 is not installed."
python3 -c 'import numpy' 2>/dev/null || fail "numpy is missing for python3 (apt-get install python3-numpy)."

cd "$ROOT"
echo "compare-peer: building fordela (release)..." >&2
swift build -c release --product fordela >&2 || fail "swift build -c release --product fordela failed."
FORDELA="$(swift build -c release --show-bin-path)/fordela"
[[ -x "$FORDELA" ]] || fail "no fordela binary at $FORDELA."
[[ -f "$SCENARIO" ]] || fail "the standard workload's scenario $SCENARIO does not exist yet in $ROOT: \
fordela cannot run the standard workload until it (and 'fordela run') is in place."
"$FORDELA" run --help >/dev/null 2>&1 || fail "'fordela run' is not available in this build: \
the Monte Carlo command is needed for the comparison."

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 "$SHARED/peers/make_inputs.py" "$WORK/areas.tsv" "$WORK/pop.tsv" || fail "make_inputs.py failed."
C_THREADS="${THREADS:-$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)}"
SIDES=(fordela peer)
if ((WITH_C)); then
  [[ -f "$SHARED/peers/c_reference.c" ]] || fail "the C reference is not at $SHARED/peers/c_reference.c (or pass --no-c)."
  command -v cc >/dev/null || fail "no C compiler (cc) for the C reference (or pass --no-c)."
  cc -O2 -o "$WORK/c_reference" "$SHARED/peers/c_reference.c" -lm -lpthread || fail "building c_reference.c failed."
  SIDES=(fordela peer c)
fi

now() { echo "${EPOCHREALTIME/[,]/.}"; }
run_fordela() { # $1: pair number
  local start end
  start=$(now)
  fordela_command >"$WORK/fordela.$1.json" || fail "fordela failed (pair $1); see fordela_command at the top of $0."
  end=$(now)
  echo "fordela $1 $start $end" >>"$WORK/times"
}
run_peer() { # $1: pair number
  local start end
  start=$(now)
  python3 "$SHARED/peers/numpy_mc.py" "$WORK/areas.tsv" "$WORK/pop.tsv" "$DRAWS" "$SEED" >"$WORK/peer.$1.json" \
    || fail "numpy_mc.py failed (pair $1)."
  end=$(now)
  echo "peer $1 $start $end" >>"$WORK/times"
}
run_c() { # $1: pair number
  local start end
  start=$(now)
  "$WORK/c_reference" "$WORK/areas.tsv" "$WORK/pop.tsv" "$DRAWS" "$C_THREADS" >"$WORK/c.$1.txt" \
    || fail "c_reference failed (round $1)."
  end=$(now)
  echo "c $1 $start $end" >>"$WORK/times"
}

echo "compare-peer: $PAIRS rounds at $DRAWS draws of ${SIDES[*]}, alternating (the order rotates each round)" >&2
for ((pair = 1; pair <= PAIRS; pair++)); do
  n=${#SIDES[@]}
  for ((i = 0; i < n; i++)); do
    case "${SIDES[$(((pair - 1 + i) % n))]}" in
      fordela) run_fordela "$pair" ;;
      peer) run_peer "$pair" ;;
      c) run_c "$pair" ;;
    esac
  done
  echo "  round $pair done" >&2
done

python3 - "$WORK" "$DRAWS" "$PAIRS" "${THREADS_ARGS[*]:-}" <<'PY'
import json, statistics, sys, os
work, draws, pairs, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
wall = {"fordela": {}, "peer": {}, "c": {}}
for line in open(os.path.join(work, "times")):
    side, pair, start, end = line.split()
    wall[side][int(pair)] = float(end) - float(start)
import re
peer_self, fordela_self, c_self, fordela_threads = {}, {}, {}, None
for p in range(1, pairs + 1):
    peer = json.load(open(os.path.join(work, f"peer.{p}.json")))
    peer_self[p] = peer["seconds"]
    try:
        doc = json.load(open(os.path.join(work, f"fordela.{p}.json")))
    except ValueError:
        sys.exit(f"compare-peer: fordela's output (pair {p}) is not JSON; is --format json honoured?")
    t = doc.get("timing") or {}
    if "simulate_s" in t and "statistics_s" in t:
        fordela_self[p] = t["simulate_s"] + t["statistics_s"]
    fordela_threads = doc.get("threads", fordela_threads)
    if wall["c"]:
        m = re.search(r"total ([0-9.]+)s", open(os.path.join(work, f"c.{p}.txt")).read())
        if m:
            c_self[p] = float(m.group(1))
print(f"\nstandard workload, {draws:,} draws, {pairs} rounds; wall clock of the whole process, seconds")
with_c = bool(wall["c"])
c_head = f"  {'C s':>8}  {'ratio C/fordela':>15}" if with_c else ""
print(f"{'round':>5}  {'fordela s':>10}  {'peer s':>10}  {'peer self s':>11}  {'ratio peer/fordela':>18}{c_head}")
ratios, c_ratios = [], []
for p in range(1, pairs + 1):
    ratio = wall["peer"][p] / wall["fordela"][p]
    ratios.append(ratio)
    c_cols = ""
    if with_c:
        c_ratios.append(wall["c"][p] / wall["fordela"][p])
        c_cols = f"  {wall['c'][p]:>8.3f}  {c_ratios[-1]:>15.2f}"
    print(f"{p:>5}  {wall['fordela'][p]:>10.3f}  {wall['peer'][p]:>10.3f}  {peer_self[p]:>11.3f}  {ratio:>18.2f}{c_cols}")
mf = statistics.median(wall["fordela"].values())
mp = statistics.median(wall["peer"].values())
mps = statistics.median(peer_self.values())
threads_note = f", threads {fordela_threads}" if fordela_threads is not None else (f", {threads}" if threads else "")
print(f"\nfordela: median {mf:.3f} s  = {draws / mf:,.0f} draws/s (whole process{threads_note})")
if fordela_self:
    mfs = statistics.median(fordela_self.values())
    print(f"         self-reported simulate+statistics: median {mfs:.3f} s = {draws / mfs:,.0f} draws/s")
print(f"peer:    median {mp:.3f} s  = {draws / mp:,.0f} draws/s (whole process)")
print(f"         self-reported (excludes Python start-up): median {mps:.3f} s = {draws / mps:,.0f} draws/s")
if with_c:
    mc = statistics.median(wall["c"].values())
    print(f"C ref:   median {mc:.3f} s  = {draws / mc:,.0f} draws/s (whole process, cc -O2)")
    if c_self:
        mcs = statistics.median(c_self.values())
        print(f"         self-reported total: median {mcs:.3f} s = {draws / mcs:,.0f} draws/s")
print(f"\nmedian ratio (peer wall / fordela wall, per round): {statistics.median(ratios):.2f}x")
if with_c:
    print(f"median ratio (C reference wall / fordela wall, per round): {statistics.median(c_ratios):.2f}x")
if fordela_self:
    print(f"ratio of self-reported times (peer / fordela simulate+statistics): {mps / mfs:.2f}x")
# Sanity: the two engines' means agree within Monte Carlo error (a few hundred kronor at 1M draws).
try:
    doc = json.load(open(os.path.join(work, f"fordela.{pairs}.json")))
    peer = json.load(open(os.path.join(work, f"peer.{pairs}.json")))["kommuner"]
    diffs = [abs(k["mean_change_kr"] - peer[k["kommun"]]["mean"]) for k in doc["kommuner"] if k["kommun"] in peer]
    if diffs:
        print(f"largest |mean change| difference between the two, over {len(diffs)} kommuner: {max(diffs):,.0f} kr")
except (KeyError, TypeError):
    pass
PY
