#!/usr/bin/env bash
# Sourcelight over many WARC files as a Slurm job array: one task per WARC, each task running
# `sourcelight analyze --warc FILE --out OUT` on the cores Slurm gives it. Outputs are written
# as OUT/NAME.jsonl.part and renamed to OUT/NAME.jsonl when complete, so submitting again
# after a failure (a node lost, a time limit) queues only the WARCs without a complete output.
#
# Submit (on a login node, from anywhere):
#   scripts/slurm/sourcelight-array.sh submit WARC_LIST OUT_DIR [sbatch options...]
#     WARC_LIST  a text file, one WARC path per line (absolute, or relative to the current
#                directory), on storage every node sees; OUT_DIR must be shared too
#     sbatch options are passed on, e.g. --partition=short --time=2:00:00 --cpus-per-task=8 --wait
# Environment: SOURCELIGHT_BIN (default: this checkout's dist/cli/sourcelight.mjs),
#   SOURCELIGHT_NODE (default: node on PATH), SOURCELIGHT_MAX_RUNNING (array throttle, e.g. 50),
#   SOURCELIGHT_ARRAY_CHUNK (tasks per array, default 1000: below Slurm's MaxArraySize of 1001).
# Slurm runs this same file as each task (SLURM_ARRAY_TASK_ID set); see docs/batch.md.
#
#SBATCH --job-name=sourcelight
#SBATCH --cpus-per-task=4
#SBATCH --mem-per-cpu=1G
#SBATCH --time=04:00:00
set -euo pipefail

task() {
  : "${SOURCELIGHT_TODO:?} ${SOURCELIGHT_OUT:?} ${SOURCELIGHT_BIN:?}"
  local line=$((SOURCELIGHT_TODO_OFFSET + SLURM_ARRAY_TASK_ID))
  local warc
  warc=$(sed -n "${line}p" "$SOURCELIGHT_TODO")
  [[ -n $warc ]] || { echo "sourcelight-array: no WARC on line $line of $SOURCELIGHT_TODO" >&2; exit 2; }
  echo "sourcelight-array: task $SLURM_ARRAY_TASK_ID (line $line) on $(hostname): $warc" >&2
  # One worker thread per allocated CPU: V8's parallel GC helpers would only compete with them.
  exec "${SOURCELIGHT_NODE:-node}" --single-threaded-gc "$SOURCELIGHT_BIN" analyze --warc "$warc" --out "$SOURCELIGHT_OUT" --jobs "${SLURM_CPUS_PER_TASK:-1}"
}

# The NAME of a WARC's output, as `sourcelight` names it (src/batch/output-file.ts).
output_name() {
  local base=${1##*/}
  base=${base%.[gG][zZ]}
  base=${base%.[wW][aA][rR][cC]}
  echo "${base:-${1##*/}}"
}

submit() {
  [[ $# -ge 2 ]] || { sed -n '2,20p' "$0" >&2; exit 2; }
  local list=$1 out=$2
  shift 2
  [[ -r $list ]] || { echo "sourcelight-array: cannot read $list" >&2; exit 2; }
  local here bin
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  bin=$(realpath "${SOURCELIGHT_BIN:-$here/../../dist/cli/sourcelight.mjs}")
  [[ -r $bin ]] || { echo "sourcelight-array: $bin not found (run node build.mjs, or set SOURCELIGHT_BIN)" >&2; exit 2; }
  mkdir -p "$out/logs"
  out=$(realpath "$out")
  local todo total=0 pending=0 warc
  todo="$out/logs/todo-$(date +%Y%m%d-%H%M%S)-$$.txt"
  : >"$todo"
  while IFS= read -r warc || [[ -n $warc ]]; do
    [[ -z ${warc// /} || $warc == \#* ]] && continue
    total=$((total + 1))
    warc=$(realpath -m "$warc")
    [[ -e "$out/$(output_name "$warc").jsonl" ]] && continue
    echo "$warc" >>"$todo"
    pending=$((pending + 1))
  done <"$list"
  echo "sourcelight-array: $pending of $total WARC files have no complete output in $out"
  ((pending)) || { rm -f "$todo"; exit 0; }
  local chunk=${SOURCELIGHT_ARRAY_CHUNK:-1000} throttle="" offset=0 n
  [[ -n ${SOURCELIGHT_MAX_RUNNING:-} ]] && throttle="%$SOURCELIGHT_MAX_RUNNING"
  local pids=() rc=0
  while ((offset < pending)); do
    n=$((pending - offset < chunk ? pending - offset : chunk))
    # Each chunk is its own array; with --wait they run side by side and we wait for all.
    sbatch --array="1-$n$throttle" --output="$out/logs/%A_%a.out" \
      --export="ALL,SOURCELIGHT_TODO=$todo,SOURCELIGHT_TODO_OFFSET=$offset,SOURCELIGHT_OUT=$out,SOURCELIGHT_BIN=$bin" \
      "$@" "$here/sourcelight-array.sh" &
    pids+=($!)
    offset=$((offset + n))
  done
  for pid in "${pids[@]}"; do wait "$pid" || rc=$?; done
  exit "$rc"
}

if [[ -n ${SLURM_ARRAY_TASK_ID:-} && ${1:-} != submit ]]; then
  task
elif [[ ${1:-} == submit ]]; then
  shift
  submit "$@"
else
  sed -n '2,20p' "$0" >&2
  exit 2
fi
