# Shared by the local cluster's scripts (sourced, not run). Defines the paths of a build and of a
# cluster's state directory, and finds, checks and stops the cluster's processes by their pids.
#
# State directory layout (default target/local-cluster in the checkout, or --state DIR):
#   spark-home/{bin,conf,jars}  the SPARK_HOME the cluster and its spark-submit use
#   pids/NAME.pid               hdfs, master, worker-1, worker-2, ...
#   logs/NAME.log               their stderr/stdout
#   worker-N/                   each Worker's work dir (executor stdout/stderr) and local dirs
#   hdfs/                       the HDFS blocks and metadata
#   master.url, hdfs.uri, env   what start.sh found out; `source STATE/env` sets SPARK_HOME,
#                               SPARK_DENOISE_MASTER and SPARK_DENOISE_HDFS
lc_root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
lc_here="$lc_root/deploy/local-cluster"
lc_spark_jars="$lc_root/cluster/target/spark-jars"
lc_hdfs_jars="$lc_root/cluster/target/hdfs-jars"
lc_classes="$lc_root/cluster/target/classes"
lc_version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$lc_root/jobs/pom.xml" | head -n 1)"
lc_jar="$lc_root/jobs/target/spark-denoise-jobs-$lc_version-bin.jar"
lc_java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

lc_die() { echo "$(basename "$0"): $*" >&2; exit 2; }

# lc_state DIR: the absolute state directory (created).
lc_state() {
  mkdir -p "$1"
  (cd "$1" && pwd)
}

# lc_ours PID CLASS STATE: whether PID is alive and is our JVM: its command line names CLASS and
# STATE. A pid file whose process died and whose pid was reused by anything else never matches.
lc_ours() {
  local pid="$1" class="$2" state="$3" cmdline
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  cmdline="$(tr '\0' ' ' 2>/dev/null < "/proc/$pid/cmdline")" || return 1
  [[ "$cmdline" == *"$class"* && "$cmdline" == *"$state"* ]]
}

# The main class of each kind of process.
lc_class() {
  case "$1" in
    hdfs) echo io.sparkdenoise.cluster.HdfsServer ;;
    master) echo org.apache.spark.deploy.master.Master ;;
    worker-*) echo org.apache.spark.deploy.worker.Worker ;;
    *) return 1 ;;
  esac
}

# lc_pid STATE NAME: the pid in STATE/pids/NAME.pid when that process is ours and alive.
lc_pid() {
  local state="$1" name="$2" pid
  [[ -f "$state/pids/$name.pid" ]] || return 1
  pid="$(cat "$state/pids/$name.pid")"
  lc_ours "$pid" "$(lc_class "$name")" "$state" && echo "$pid"
}

# lc_executors STATE: pids of the executor JVMs the cluster's Workers launched (their command
# line names CoarseGrainedExecutorBackend and this cluster's SPARK_HOME), one per line.
lc_executors() {
  local state="$1" proc pid
  for proc in /proc/[0-9]*; do
    pid="${proc#/proc/}"
    if lc_ours "$pid" org.apache.spark.executor.CoarseGrainedExecutorBackend "$state/spark-home"; then
      echo "$pid"
    fi
  done
}

# lc_stop_pid PID CLASS STATE LABEL: SIGTERM, up to 30 s for a clean exit, then SIGKILL.
lc_stop_pid() {
  local pid="$1" class="$2" state="$3" label="$4" i
  lc_ours "$pid" "$class" "$state" || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 300; i++)); do
    lc_ours "$pid" "$class" "$state" || { echo "stopped $label (pid $pid)"; return 0; }
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  echo "killed $label (pid $pid) after 30 s"
}

# lc_wait_for FILE PATTERN SECONDS PID: waits until FILE holds a line matching PATTERN (grep -E);
# fails when PID dies first or time runs out.
lc_wait_for() {
  local file="$1" pattern="$2" seconds="$3" pid="$4" i
  for ((i = 0; i < seconds * 10; i++)); do
    if [[ -f "$file" ]] && grep -qE "$pattern" "$file"; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# The one option of status.sh and stop.sh: sets state to the state directory (--state DIR,
# default target/local-cluster in the checkout); --help prints the calling script's header and
# exits.
lc_state_option() {
  state="$lc_root/target/local-cluster"
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --state) state="${2:?--state needs a value}"; shift 2 ;;
      -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
      *) lc_die "unknown option $1 (see --help)" ;;
    esac
  done
}
