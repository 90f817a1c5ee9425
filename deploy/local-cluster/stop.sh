#!/usr/bin/env bash
# Stops the local cluster that start.sh started in the state directory: the Workers (which end
# their executors), the Master, then HDFS, each by the pid in its pid file and only when that pid
# is still that process (its command line names the class and the state directory): SIGTERM, then
# SIGKILL after 30 s. Executors left behind by a killed Worker are ended the same way. Nothing
# else on the machine is touched.
#
#   deploy/local-cluster/stop.sh [--state DIR]   (default: target/local-cluster in the checkout)
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

lc_state_option "$@"
[[ -d "$state" ]] || { echo "no local cluster in $state"; exit 0; }
state="$(cd "$state" && pwd)"

names=()
for file in "$state"/pids/worker-*.pid; do
  [[ -e "$file" ]] && names+=("$(basename "$file" .pid)")
done
names+=(master hdfs)
for name in "${names[@]}"; do
  file="$state/pids/$name.pid"
  [[ -f "$file" ]] || continue
  lc_stop_pid "$(cat "$file")" "$(lc_class "$name")" "$state" "$name"
  rm -f "$file"
  if [[ "$name" == master ]]; then
    for pid in $(lc_executors "$state"); do
      lc_stop_pid "$pid" org.apache.spark.executor.CoarseGrainedExecutorBackend "$state/spark-home" \
        "executor left by a worker"
    done
  fi
done
rm -f "$state/env" "$state/master.url" "$state/hdfs.uri"
