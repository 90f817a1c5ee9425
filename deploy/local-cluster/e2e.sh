#!/usr/bin/env bash
# End to end on the local cluster, through spark-submit as users run it, with every table on HDFS:
# glyphs (or --data IDX files) -> HDFS -> ingest -> pairs -> train (parameter averaging, Export
# approach with its export dir on HDFS) -> score -> the test split's PSNR. Starts a cluster in the
# state directory unless one runs there (and then stops it at the end). Ends with ONE JSON line:
#   executors_killed, train_completed, noisy_psnr_db, denoised_psnr_db (test split, mean),
#   rows_scored, rows_expected (pairs x 4 methods: the three baselines that mean something on digits
#   and the model), train_images_per_s, seconds, work
#
#   deploy/local-cluster/e2e.sh [options]
#
# Options:
#   --state DIR        the cluster's state directory (default: target/local-cluster in the checkout)
#   --kill-executor    kill one executor JVM (SIGKILL, by its pid) while it runs a training task
#                      after the first epoch; training must still complete
#   --data DIR         IDX files (e.g. MNIST) instead of rendered glyphs
#   --images N         glyphs to render (default 2000)
#   --epochs N         training epochs (default 4)
#   --seed N           seed of the glyphs, the noise and the training (default 1)
#   --noise SPEC       noise of the pairs (default gaussian:sigma=80)
#   --work DIR         HDFS directory for the data and tables (default /spark-denoise-e2e; replaced)
#   --config FILE      the job profile (default deploy/local-cluster/local-cluster.conf)
#   --train-conf K=V   one more setting of the train step (repeatable), e.g. train.learning-rate=0.003
#
# Logs: STATE/e2e/<step>.out and .err (the drivers), executors' in STATE/worker-N/work/.
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

state="$lc_root/target/local-cluster" kill_executor=false data="" images=2000 epochs=4 seed=1
noise="gaussian:sigma=80" work=/spark-denoise-e2e profile="$lc_here/local-cluster.conf"
train_conf=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --state) state="${2:?--state needs a value}"; shift 2 ;;
    --kill-executor) kill_executor=true; shift ;;
    --data) data="${2:?--data needs a value}"; shift 2 ;;
    --images) images="${2:?--images needs a value}"; shift 2 ;;
    --epochs) epochs="${2:?--epochs needs a value}"; shift 2 ;;
    --seed) seed="${2:?--seed needs a value}"; shift 2 ;;
    --noise) noise="${2:?--noise needs a value}"; shift 2 ;;
    --work) work="${2:?--work needs a value}"; shift 2 ;;
    --config) profile="${2:?--config needs a value}"; shift 2 ;;
    --train-conf) train_conf+=(--conf "${2:?--train-conf needs KEY=VALUE}"); shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) lc_die "unknown option $1 (see --help)" ;;
  esac
done
[[ "$epochs" =~ ^[2-9]$|^[1-9][0-9]+$ ]] || lc_die "--epochs must be at least 2 (one to finish, one to disturb), got $epochs"
start_seconds=$SECONDS
state="$(lc_state "$state")"
if ! "$lc_here/status.sh" --state "$state" > /dev/null; then
  "$lc_here/stop.sh" --state "$state" > /dev/null
  "$lc_here/start.sh" --state "$state" >&2
  trap '"$lc_here/stop.sh" --state "$state" >&2' EXIT
fi
source "$state/env"
logs="$state/e2e"
rm -rf "$logs"
mkdir -p "$logs"

# json_field LINE KEY: a number or literal of a flat JSON summary line (the first KEY in it).
json_field() { sed -n "s/.*\"$2\":\(\"[^\"]*\"\|[^,}]*\).*/\1/p" <<< "$1" | head -n 1; }

# submit STEP COMMAND ARGS...: spark-submit of the launcher (io.sparkdenoise.jobs.cli.SparkDenoise)
# in client mode, the command first, then --config; the last stdout line is the result.
submit() {
  local step="$1" command="$2"
  shift 2
  "$SPARK_HOME/bin/spark-submit" --name "e2e-$step" --class io.sparkdenoise.jobs.cli.SparkDenoise \
    "$lc_jar" "$command" --config "$profile" "$@" > "$logs/$step.out" 2> "$logs/$step.err"
}
last_line() { tail -n 1 "$logs/$1.out"; }
fail() { echo "e2e.sh: $1 failed: see $logs/$1.err" >&2; exit 1; }

# An executor of the running application that has started a task since STATE was noted.
running_task_count() { grep -c 'Running task' "$1/stderr" 2>/dev/null || true; }
# The "(TID n)" of the task an executor runs now (its last one started and not finished), if any.
running_tid() {
  local tid
  tid="$(grep 'Running task' "$1/stderr" 2>/dev/null | grep -o '(TID [0-9]*)' | tail -n 1)"
  [[ -n $tid ]] && ! grep 'Finished task' "$1/stderr" | grep -qF "$tid" && echo "$tid"
}
# Kills the first executor once, after the train job has started, it has run one task for 0.3 s: a
# task of the training (decoding the pairs, the first epoch's export of the minibatches, an
# averaging round), not one of the short jobs (counts, collects) between them, so that the driver
# sees that task fail. Only the first epoch has long tasks: the minibatches are exported once.
kill_one_executor() {
  local train_pid="$1" pid dir before i tid
  lc_wait_for "$logs/train.err" 'NativeSetup: ND4J ready' 1800 "$train_pid" || return 0
  local executors=()
  mapfile -t executors < <(lc_executors "$state")
  (( ${#executors[@]} > 0 )) || return 0
  pid="${executors[0]}"
  dir="$(readlink "/proc/$pid/cwd")"
  before="$(running_task_count "$dir")"
  for ((i = 0; i < 1200; i++)); do
    if (( $(running_task_count "$dir") > before )); then
      tid="$(running_tid "$dir")" || tid=""
      if [[ -n $tid ]]; then
        sleep 0.3
        [[ "$(running_tid "$dir" || true)" == "$tid" ]] && break
      fi
    fi
    kill -0 "$train_pid" 2>/dev/null || return 0
    sleep 0.1
  done
  if lc_ours "$pid" org.apache.spark.executor.CoarseGrainedExecutorBackend "$state/spark-home"; then
    kill -KILL "$pid"
    echo "e2e.sh: killed executor pid $pid ($dir) during training" >&2
    echo 1 > "$logs/executors_killed"
  fi
}

# 1. Data on HDFS.
if [[ -z "$data" ]]; then
  data="$logs/glyphs"
  "$lc_root/bin/spark-denoise" glyphs --count "$images" --seed "$seed" "$data" > /dev/null
fi
"$lc_here/hdfs" --state "$state" -rm -r -f "$work" > /dev/null 2>&1
"$lc_here/hdfs" --state "$state" -mkdir -p "$work" 2> "$logs/hdfs.err"
"$lc_here/hdfs" --state "$state" -put "$data" "$work/data" 2>> "$logs/hdfs.err" || fail hdfs

# 2. ingest -> pairs -> train -> score.
submit ingest ingest --input "$SPARK_DENOISE_HDFS$work/data" \
  --output "$SPARK_DENOISE_HDFS$work/tables" --format idx || fail ingest
submit pairs pairs --images "$SPARK_DENOISE_HDFS$work/tables/images" \
  --output "$SPARK_DENOISE_HDFS$work/tables/pairs" --noise "$noise" --seed "$seed" || fail pairs
pairs="$(json_field "$(last_line pairs)" pairs)"

submit train train --pairs "$SPARK_DENOISE_HDFS$work/tables/pairs" \
  --output "$SPARK_DENOISE_HDFS$work/model" --conf "train.epochs=$epochs" --conf "train.seed=$seed" \
  "${train_conf[@]+"${train_conf[@]}"}" &
train_pid=$!
if $kill_executor; then
  kill_one_executor "$train_pid"
fi
train_completed=false
if wait "$train_pid" && [[ "$(json_field "$(last_line train)" epochs)" == "$epochs" ]]; then
  train_completed=true
fi
$train_completed || fail train

submit score score --model "$SPARK_DENOISE_HDFS$work/model" \
  --pairs "$SPARK_DENOISE_HDFS$work/tables/pairs" --output "$SPARK_DENOISE_HDFS$work/metrics" --conf score.run-id=e2e \
  --conf score.baselines=identity,gaussian_s1,median3x3 --splits train,validation,test \
  || fail score
rows="$(json_field "$(last_line score)" rows)"

# 3. The test split's mean PSNR, noisy input against the model's output (CSV: method,psnr).
submit psnr sql --table "m=hdfs://$work/metrics" \
  "select method, avg(psnr_db) psnr from m where split = 'test' and method in ('identity', 'model') group by method" \
  || fail psnr
psnr_of() { awk -F, -v m="$1" '$1 == m { printf "%.2f", $2 }' "$logs/psnr.out"; }

printf '{"executors_killed":%s,"train_completed":%s,"noisy_psnr_db":%s,"denoised_psnr_db":%s,"rows_scored":%s,"rows_expected":%s,"train_images_per_s":%s,"seconds":%s,"work":"%s"}\n' \
  "$(cat "$logs/executors_killed" 2>/dev/null || echo 0)" "$train_completed" \
  "$(psnr_of identity)" "$(psnr_of model)" "$rows" "$((pairs * 4))" \
  "$(json_field "$(last_line train)" images_per_s)" "$((SECONDS - start_seconds))" \
  "$SPARK_DENOISE_HDFS$work"
