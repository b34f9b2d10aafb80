#!/usr/bin/env bash
# Runs a sharded fordela job on a real Slurm: starts a single-node cluster on this machine from Debian's
# packages (slurm-wlm 22.05, munge) with all its state in a temporary folder, submits the standard workload
# (scenarios/standard-uncertainty.yaml) as 4 shards through deploy/slurm/submit.sh, waits for the merge
# job and checks that the merged result equals one process's 'fordela run --statistics streaming'
# (every statistic; timings, threads and run dates aside). The daemons it started are stopped by their
# pids when it exits.
#
# Needs root (munged, slurmctld and slurmd run as root), no systemd. Where Slurm cannot start here, it
# says why and exits 1, or 0 when FORDELA_SKIP_SLURM=1. FORDELA: the binary to run (default dist/fordela,
# made by 'make dist' when missing); CHECK_SLURM_DRAWS: fewer draws than the workload's 1 000 000.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shards=4
scenario=scenarios/standard-uncertainty.yaml

cannot_start() {
  echo "check-slurm: Slurm cannot start here: $*" >&2
  if [ "${FORDELA_SKIP_SLURM:-}" = 1 ]; then
    echo "check-slurm: skipped (FORDELA_SKIP_SLURM=1)" >&2
    exit 0
  fi
  echo "check-slurm: set FORDELA_SKIP_SLURM=1 to skip this check on such a machine" >&2
  exit 1
}

[ "$(id -u)" = 0 ] || cannot_start "it runs munged, slurmctld and slurmd as root; run it as root"
for tool in munged slurmctld slurmd sbatch squeue scontrol sinfo; do
  command -v "$tool" >/dev/null || cannot_start "$tool is not installed (apt-get install slurm-wlm munge)"
done
FORDELA=${FORDELA:-dist/fordela}
if [ ! -x "$FORDELA" ]; then make dist; fi
FORDELA=$(cd "$(dirname "$FORDELA")" && pwd)/$(basename "$FORDELA")

state=$(mktemp -d /tmp/fordela-slurm.XXXXXX)
chmod 755 "$state"
pids=()
stop() {
  local status=$?
  # Newest first: slurmd, slurmctld, then munged.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$status" != 0 ]; then
    for log in "$state"/*.log "$state"/out/slurm-*.out; do
      [ -f "$log" ] && { echo "--- $log"; tail -n 20 "$log"; }
    done >&2
  fi
  rm -rf "$state"
  exit "$status"
}
trap stop EXIT
trap 'exit 130' INT TERM

# A free TCP port from $1 on (slurmctld and slurmd must not meet a cluster already on this machine).
free_port() {
  local port=$1
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

mkdir -p "$state/munge" "$state/ctld" "$state/spool" "$state/out"
chmod 700 "$state/munge"
dd if=/dev/urandom of="$state/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$state/munge/munge.key"
munged --foreground --force --key-file="$state/munge/munge.key" --socket="$state/munge/socket" \
  --pid-file="$state/munge/munged.pid" --log-file="$state/munged.log" --seed-file="$state/munge/seed" >>"$state/munged.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -S "$state/munge/socket" ] && break; sleep 0.1; done
[ -S "$state/munge/socket" ] || cannot_start "munged did not start (see $state/munged.log above)"

host=$(hostname -s)
cpus=$(nproc)
ctld_port=$(free_port 16817)
slurmd_port=$(free_port $((ctld_port + 1)))
export SLURM_CONF="$state/slurm.conf"
cat >"$SLURM_CONF" <<CONF
ClusterName=fordelacheck
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$state/munge/socket
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/spool
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/slurmctld.log
SlurmdLogFile=$state/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
SlurmctldTimeout=30
SlurmdTimeout=30
NodeName=$host CPUs=$cpus State=UNKNOWN
PartitionName=check Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF

slurmctld -D -c -f "$SLURM_CONF" >>"$state/slurmctld.log" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" >>"$state/slurmd.log" 2>&1 &
pids+=($!)
started=$(date +%s)
until [ "$(sinfo -h -o %T 2>/dev/null | head -n 1)" = idle ]; do
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || cannot_start "a daemon exited (pid $pid; logs above)"; done
  [ $(($(date +%s) - started)) -lt 60 ] || cannot_start "the node did not become idle in 60 s (logs above)"
  sleep 0.5
done
echo "check-slurm: a single-node cluster on $host ($cpus CPUs) is up after $(($(date +%s) - started)) s"

# The run on the cluster: 4 shards of one CPU each, then the merge.
draws_args=${CHECK_SLURM_DRAWS:+--draws $CHECK_SLURM_DRAWS}
submitted=$(FORDELA=$FORDELA FORDELA_RUN_ARGS="$draws_args" deploy/slurm/submit.sh "$scenario" "$shards" "$state/out" \
  --cpus-per-task=1)
echo "$submitted"
merge=$(echo "$submitted" | sed -n 's/^merge: *job \([0-9]*\).*/\1/p')
[ -n "$merge" ] || { echo "check-slurm: FAIL: submit.sh printed no merge job id" >&2; exit 1; }
started=$(date +%s)
while true; do
  info=$(scontrol show job "$merge" -o 2>/dev/null || true)
  job_state=$(echo "$info" | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p')
  reason=$(echo "$info" | sed -n 's/.*Reason=\([A-Za-z_]*\).*/\1/p')
  case "$job_state" in
  COMPLETED) break ;;
  FAILED | CANCELLED | TIMEOUT | NODE_FAIL | OUT_OF_MEMORY)
    echo "check-slurm: FAIL: the merge job $merge ended $job_state" >&2
    exit 1
    ;;
  esac
  if [ "$reason" = DependencyNeverSatisfied ]; then
    echo "check-slurm: FAIL: a shard failed, so the merge job $merge can never run" >&2
    exit 1
  fi
  [ $(($(date +%s) - started)) -lt 300 ] || { echo "check-slurm: FAIL: no result after 300 s ($job_state)" >&2; exit 1; }
  sleep 1
done
echo "check-slurm: the shards and the merge finished in $(($(date +%s) - started)) s"

# The same workload in one process, streaming; then every statistic compared.
# shellcheck disable=SC2086 # draws_args is empty or one flag and its value
"$FORDELA" run "$scenario" $draws_args --statistics streaming --quiet --output "$state/one.json"
varying='"(run_date|threads|simulate_s|statistics_s|draws_per_second)" :'
if ! cmp -s <(grep -Ev "$varying" "$state/out/result.json") <(grep -Ev "$varying" "$state/one.json"); then
  echo "check-slurm: FAIL: the merged result differs from the one-process streaming run:" >&2
  diff <(grep -Ev "$varying" "$state/out/result.json") <(grep -Ev "$varying" "$state/one.json") | head -n 20 >&2
  exit 1
fi
for f in result.csv report.html; do [ -s "$state/out/$f" ] || { echo "check-slurm: FAIL: no $f" >&2; exit 1; }; done
echo "check-slurm: OK: $shards shards on Slurm merged to the one-process streaming result, bit for bit"
