#!/usr/bin/env bash
# Submits a sharded fordela run to Slurm: an array job of N shards and a merge job that waits for all of
# them (--dependency=afterok), then prints the job ids and where the result will be.
#
#   deploy/slurm/submit.sh SCENARIO N OUTDIR [sbatch options]
#   e.g. FORDELA_RUN_ARGS="--draws 1000000000" deploy/slurm/submit.sh scenarios/standard-uncertainty.yaml 50 \
#          /shared/run1 --cpus-per-task=8 --time=01:00:00 --partition=short
#
# SCENARIO and OUTDIR must be on a file system every node sees. The sbatch options go to both jobs;
# --cpus-per-task sets each shard's --threads. FORDELA is the fordela binary to run (default: dist/fordela
# of 'make dist', self-contained, so the nodes need neither Swift nor GSL); FORDELA_RUN_ARGS are extra
# 'fordela run' flags (--draws, --seed, --population ...). The result does not depend on N or the CPUs.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
usage() {
  echo "usage: $0 SCENARIO N OUTDIR [sbatch options]" >&2
  exit 2
}
[ $# -ge 3 ] || usage
scenario=$1 shards=$2 outdir=$3
shift 3
[[ $shards =~ ^[1-9][0-9]*$ ]] || { echo "submit.sh: N must be a whole number from 1, got '$shards'" >&2; exit 2; }
[ -f "$scenario" ] || { echo "submit.sh: no scenario file $scenario" >&2; exit 2; }
FORDELA=${FORDELA:-$here/../../dist/fordela}
[ -x "$FORDELA" ] || { echo "submit.sh: no fordela binary at $FORDELA: run 'make dist' or set FORDELA" >&2; exit 2; }
command -v sbatch >/dev/null || { echo "submit.sh: sbatch not found: is this a Slurm login node?" >&2; exit 2; }
mkdir -p "$outdir"
if compgen -G "$outdir/part-*.json" >/dev/null; then
  echo "submit.sh: $outdir already holds parts (part-*.json) of another run: remove them or use another OUTDIR" >&2
  exit 2
fi
FORDELA=$(cd "$(dirname "$FORDELA")" && pwd)/$(basename "$FORDELA")
SCENARIO=$(cd "$(dirname "$scenario")" && pwd)/$(basename "$scenario")
OUTDIR=$(cd "$outdir" && pwd)
SHARDS=$shards
FORDELA_RUN_ARGS=${FORDELA_RUN_ARGS:-}
export FORDELA SCENARIO SHARDS OUTDIR FORDELA_RUN_ARGS

array=$(sbatch --parsable --export=ALL --array="0-$((shards - 1))" --output="$OUTDIR/slurm-shard-%a.out" \
  "$@" "$here/shard.sbatch")
array=${array%%;*}
merge=$(sbatch --parsable --export=ALL --dependency="afterok:$array" --output="$OUTDIR/slurm-merge.out" \
  "$@" "$here/merge.sbatch")
merge=${merge%%;*}
echo "shards: job $array (array 0-$((shards - 1)), parts in $OUTDIR/part-*.json)"
echo "merge:  job $merge (starts when every shard succeeded)"
echo "result: $OUTDIR/result.json (report.html, result.csv beside it; log $OUTDIR/slurm-merge.out)"
