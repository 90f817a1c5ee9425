#!/usr/bin/env bash
# deploy/nightly/denoise-nightly.sh: one nightly denoise run of a scanned archive by spark-submit
# (YARN cluster mode by default), for cron (see crontab.example next to this file).
#
#   denoise-nightly.sh MODEL_DIR INPUT OUTPUT [more denoise arguments...]
#
# - A lock (flock on $SPARK_DENOISE_LOCK, default /var/lock/spark-denoise-nightly.lock) makes
#   sure two nights never overlap: if the previous run still holds it, this one exits 75
#   (EX_TEMPFAIL) at once and changes nothing; the next night picks up the work.
# - The run id is nightly-<UTC date>, so a re-run of the same night is recognisable in the pages
#   and rejects tables; a run killed midway is resumed by the next one without redoing its pages.
# - Logs: $SPARK_DENOISE_LOG_DIR (default /var/log/spark-denoise)/denoise-<run id>.log, all of
#   spark-submit's output; the job's summary (its last stdout line, one JSON object) is appended to
#   summaries.jsonl there. Exit code: 0 success, 75 locked, 2 bad arguments, otherwise
#   spark-submit's (the job's) code.
#
# Environment: SPARK_HOME (spark-submit is $SPARK_HOME/bin/spark-submit, else the one on the
# PATH), SPARK_DENOISE_JAR (default /opt/spark-denoise/lib/spark-denoise-jobs-bin.jar),
# SPARK_DENOISE_MASTER (default yarn), SPARK_DENOISE_DEPLOY_MODE (default cluster; use client to
# get the summary line on this machine), SPARK_DENOISE_SUBMIT_OPTS (more spark-submit options).
set -euo pipefail

readonly EX_USAGE=2
readonly EX_TEMPFAIL=75

if [[ $# -lt 3 ]]; then
  echo "usage: $(basename "$0") MODEL_DIR INPUT OUTPUT [denoise arguments...]" >&2
  exit "$EX_USAGE"
fi
model="$1" input="$2" output="$3"
shift 3

lock="${SPARK_DENOISE_LOCK:-/var/lock/spark-denoise-nightly.lock}"
log_dir="${SPARK_DENOISE_LOG_DIR:-/var/log/spark-denoise}"
jar="${SPARK_DENOISE_JAR:-/opt/spark-denoise/lib/spark-denoise-jobs-bin.jar}"
master="${SPARK_DENOISE_MASTER:-yarn}"
deploy_mode="${SPARK_DENOISE_DEPLOY_MODE:-cluster}"
submit="${SPARK_HOME:+$SPARK_HOME/bin/}spark-submit"
run_id="nightly-$(date -u +%Y%m%d)"
mkdir -p "$log_dir"
log="$log_dir/denoise-$run_id.log"

exec 9>"$lock"
if ! flock --nonblock 9; then
  echo "$(date -u +%FT%TZ) $run_id: the previous run still holds $lock; skipping this night" \
    | tee -a "$log_dir/skipped.log" >&2
  exit "$EX_TEMPFAIL"
fi

echo "$(date -u +%FT%TZ) $run_id: starting" >>"$log"
status=0
# shellcheck disable=SC2086 # SPARK_DENOISE_SUBMIT_OPTS is a list of options
"$submit" --master "$master" --deploy-mode "$deploy_mode" \
  --class io.sparkdenoise.jobs.cli.SparkDenoise \
  --conf spark.executor.extraJavaOptions="-Dorg.bytedeco.javacpp.maxbytes=4g -Dorg.bytedeco.javacpp.maxphysicalbytes=8704m" \
  --conf spark.driver.extraJavaOptions="-Dorg.bytedeco.javacpp.maxbytes=2g -Dorg.bytedeco.javacpp.maxphysicalbytes=6656m" \
  ${SPARK_DENOISE_SUBMIT_OPTS:-} \
  "$jar" denoise \
  --model "$model" --input "$input" --output "$output" --run-id "$run_id" "$@" \
  >>"$log" 2>&1 || status=$?

summary="$(grep -E '^\{.*"processed"' "$log" | tail -n 1 || true)"
if [[ -n "$summary" ]]; then
  echo "$summary" >>"$log_dir/summaries.jsonl"
fi
echo "$(date -u +%FT%TZ) $run_id: finished with exit code $status" >>"$log"
exit "$status"
