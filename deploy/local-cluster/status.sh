#!/usr/bin/env bash
# Says which processes of the local cluster in the state directory run (by their pid files, each
# checked against its process), the master URL and the HDFS URI. Exit code 0 when every process
# runs, 1 otherwise.
#
#   deploy/local-cluster/status.sh [--state DIR]   (default: target/local-cluster in the checkout)
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

lc_state_option "$@"
if [[ ! -d "$state/pids" ]] || ! compgen -G "$state/pids/*.pid" > /dev/null; then
  echo "no local cluster in $state"
  exit 1
fi
state="$(cd "$state" && pwd)"
all=0
for file in "$state"/pids/*.pid; do
  name="$(basename "$file" .pid)"
  if pid="$(lc_pid "$state" "$name")"; then
    echo "$name running (pid $pid)"
  else
    echo "$name not running"
    all=1
  fi
done
executors="$(lc_executors "$state" | paste -sd, -)"
echo "executors: ${executors:-none}"
[[ -f "$state/master.url" ]] && echo "master: $(cat "$state/master.url")"
[[ -f "$state/hdfs.uri" ]] && echo "hdfs: $(cat "$state/hdfs.uri")"
exit "$all"
