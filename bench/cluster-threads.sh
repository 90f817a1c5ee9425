#!/usr/bin/env bash
# Threads per task on a cluster executor (spark.threads-per-task, issue 15): one Worker with 2
# cores, so its executor runs 2 tasks at once, denoising rendered A4 pages at 100 dpi with the
# built-in document model. Three settings, taking turns for --rounds rounds:
#   inherit  the executor's environment untouched: each task's native ops use every core (before)
#   auto     OMP_NUM_THREADS = spark.task.cpus = 1: two tasks of one thread (the default now)
#   cpus2    spark.task.cpus = 2, auto: one task at a time with two threads
# Prints one Markdown row per run (megapixels, job seconds, MP/s) and the median MP/s per setting.
# Build first: ./mvnw -q -B package -DskipTests
#
#   bench/cluster-threads.sh [--pages N] [--rounds N] [--state DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
pages=16 rounds=3 state="$root/target/threads-cluster"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --pages) pages="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --state) state="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
lc="$root/deploy/local-cluster"
"$lc/stop.sh" --state "$state" > /dev/null
"$lc/start.sh" --state "$state" --workers 1 --worker-cores 2 --worker-memory 4g >&2
trap '"$lc/stop.sh" --state "$state" >&2' EXIT
source "$state/env"
jar="$(ls "$root"/jobs/target/spark-denoise-jobs-*-bin.jar)"
logs="$state/threads"
mkdir -p "$logs"

"$root/bin/spark-denoise" pages --output "$logs/pages" --count "$pages" --paper a4 --dpi 100 \
  --seed 5 --conf pages.tones=scanned > /dev/null 2> "$logs/pages.err"
"$lc/hdfs" --state "$state" -put -f "$logs/pages" /threads-pages 2> "$logs/hdfs.err"

# denoise NAME [SPARK_PROPERTY...] [-- SETTING...]: one denoise run through spark-submit, the
# Spark properties (key=value) given to spark-submit, the settings to the job, each with --conf;
# prints its Markdown row.
denoise() {
  local name="$1" submit=() settings=()
  shift
  while [[ $# -gt 0 && "$1" != -- ]]; do submit+=(--conf "$1"); shift; done
  [[ $# -gt 0 ]] && shift
  for setting in "$@"; do settings+=(--conf "$setting"); done
  "$SPARK_HOME/bin/spark-submit" --name "threads-$name" --class io.sparkdenoise.jobs.cli.SparkDenoise \
    "${submit[@]+"${submit[@]}"}" "$jar" denoise --config "$lc/local-cluster.conf" --input "$SPARK_DENOISE_HDFS/threads-pages" \
    --output "$SPARK_DENOISE_HDFS/threads-out/$name" --conf denoise.files-per-task=1 \
    "${settings[@]+"${settings[@]}"}" > "$logs/$name.out" 2> "$logs/$name.err"
  /usr/bin/python3 - "$name" "$(tail -n 1 "$logs/$name.out")" <<'PY'
import json, sys
name, line = sys.argv[1], json.loads(sys.argv[2])
print('| %s | %d | %.1f | %.1f | %.3f |' % (name, line['pages'], line['megapixels'], line['seconds'],
                                        line['megapixels'] / line['seconds']))
PY
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); git $(git -C "$root" rev-parse --short HEAD)"
echo "| run | pages | MP | job s | MP/s |"
echo "|---|---:|---:|---:|---:|"
for round in $(seq 1 "$rounds"); do
  denoise "inherit-$round" -- spark.threads-per-task=inherit
  denoise "auto-$round"
  denoise "cpus2-$round" spark.task.cpus=2
done | tee "$logs/rows.md"
echo
echo "| setting | median MP/s |"
echo "|---|---:|"
for setting in inherit auto cpus2; do
  grep "^| $setting-" "$logs/rows.md" | awk -F'|' '{print $6}' | sort -n |
    awk -v s="$setting" '{v[NR] = $1} END {printf "| %s | %.3f |\n", s, v[int((NR + 1) / 2)]}'
done
