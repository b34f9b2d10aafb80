#!/usr/bin/env bash
# Checks the self-contained binary of 'make dist' (default dist/fordela): ldd lists no Swift runtime,
# Foundation or GSL library, and it runs the standard workload with an empty environment (env -i), as on a
# cluster node with neither Swift nor GSL, giving the same statistics as the build it came from would.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-dist/fordela}
[ -x "$bin" ] || { echo "check-dist: no executable $bin: run 'make dist'" >&2; exit 1; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
deps=$(ldd "$bin" 2>&1 || true)
echo "check-dist: $bin links dynamically to:"
echo "$deps" | sed 's/^/  /'
if echo "$deps" | grep -Ei 'swift|Foundation|dispatch|BlocksRuntime|icu|gsl' >/dev/null; then
  echo "check-dist: FAIL: $bin needs a Swift or GSL library at run time" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp scenarios/standard-uncertainty.yaml "$work/standard.yaml"
(cd "$work" && env -i "$bin" run standard.yaml --quiet --threads 2 --output result.json --csv result.csv)
grep -q '"kind" : "monte_carlo"' "$work/result.json" || { echo "check-dist: FAIL: no monte_carlo result" >&2; exit 1; }
grep -q '"draws" : 1000000' "$work/result.json" || { echo "check-dist: FAIL: not the standard workload" >&2; exit 1; }
rows=$(($(wc -l <"$work/result.csv") - 1))
[ "$rows" -gt 0 ] || { echo "check-dist: FAIL: an empty CSV" >&2; exit 1; }
echo "check-dist: OK: no Swift or GSL library needed; the standard workload ran under env -i ($rows kommuner)"
