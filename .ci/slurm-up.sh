#!/usr/bin/env bash
# Brings up a one-node Slurm on this machine for the batch tests (test/batch/slurm.test.ts):
# munge, slurmctld and slurmd on localhost, from Debian's packages (slurm-wlm, munge).
# Idempotent: installs only what is missing, starts only what is not running, and leaves an
# existing /etc/slurm/slurm.conf alone unless this script wrote it. Needs root (as CI runs).
# Exit status 0 when `sinfo` shows a node that takes jobs; otherwise 1 with the reason.
set -uo pipefail
say() { echo "slurm-up: $*"; }
fail() { say "$*"; exit 1; }
CONF=/etc/slurm/slurm.conf
MARK="# written by sourcelight .ci/slurm-up.sh"

[[ $(id -u) -eq 0 ]] || fail "needs root to install and start Slurm"

need=()
command -v munged >/dev/null 2>&1 || need+=(munge)
command -v slurmctld >/dev/null 2>&1 && command -v slurmd >/dev/null 2>&1 && command -v sbatch >/dev/null 2>&1 || need+=(slurm-wlm)
if ((${#need[@]})); then
  say "installing ${need[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq "${need[@]}"; } >/dev/null || fail "could not install ${need[*]}"
fi

# munge: a key, its directories, the daemon (as the munge user, as the package would).
install -d -o munge -g munge -m 0700 /etc/munge /var/lib/munge /var/log/munge
install -d -o munge -g munge -m 0755 /run/munge
[[ -s /etc/munge/munge.key ]] || { mungekey --create --force >/dev/null 2>&1 || dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=1024 status=none; }
chown munge:munge /etc/munge/munge.key && chmod 0400 /etc/munge/munge.key
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  runuser -u munge -- /usr/sbin/munged --force || fail "munged did not start"
  for _ in $(seq 20); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.5; done
  munge -n | unmunge >/dev/null 2>&1 || fail "munge does not answer"
fi

# slurm.conf for this one machine, from what slurmd finds on it.
host=$(hostname -s)
if [[ ! -e $CONF ]] || grep -qF "$MARK" "$CONF"; then
  node=$(slurmd -C | head -n 1)
  [[ $node == NodeName=* ]] || fail "slurmd -C did not describe this node: $node"
  mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
  cat >"$CONF.new" <<CONFEOF
$MARK
ClusterName=sourcelight-ci
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
SlurmdTimeout=60
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=ci Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONFEOF
  if ! cmp -s "$CONF.new" "$CONF"; then mv "$CONF.new" "$CONF"; changed=1; else rm -f "$CONF.new"; fi
fi

running() { pgrep -x "$1" >/dev/null 2>&1; }
if [[ ${changed:-0} == 1 ]] && running slurmctld; then scontrol reconfigure >/dev/null 2>&1 || true; fi
running slurmctld || slurmctld || fail "slurmctld did not start (see /var/log/slurm/slurmctld.log)"
running slurmd || slurmd || fail "slurmd did not start (see /var/log/slurm/slurmd.log)"

# Wait for the node to take jobs; a node left down by an earlier run is resumed.
for _ in $(seq 60); do
  state=$(sinfo -h -N -o %t 2>/dev/null | head -n 1)
  case $state in
    idle* | mix* | alloc*) say "ready: node $host is $state"; exit 0 ;;
    down* | drain* | drng* | fail*) scontrol update NodeName="$host" State=RESUME >/dev/null 2>&1 || true ;;
  esac
  sleep 1
done
fail "node $host did not become idle (state: ${state:-none}; see /var/log/slurm/)"
