#!/usr/bin/env bash
# Load run: score N (default 100,000) glyph images through the local standalone cluster (2 Workers
# x 1 core, HDFS) with a trained model, and watch every executor JVM's memory while it runs: peak
# RSS, Java heap in use, and the JavaCPP off-heap estimate (RSS minus what the JVM has committed).
# Prints a Markdown table for BENCHMARKS.md. Build first: ./mvnw -q -B package -DskipTests
#
#   bench/cluster-score-load.sh [--images N] [--state DIR] [--executor-memory SIZE]
#                               [--maxbytes SIZE] [--maxphysicalbytes SIZE] [--batch-size N]
#
# The model comes from a small e2e.sh run on the same cluster (600 glyphs, 3 epochs). Noise is made
# on the executors (score --images --noise), so no 100,000-row pairs table is written first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$here/cluster-common.sh"
images=100000 state="$root/target/load-cluster" memory=1g maxbytes=1g maxphysical=3g batch=64
while [[ $# -gt 0 ]]; do
  case "$1" in
    --images) images="$2"; shift 2 ;;
    --state) state="$2"; shift 2 ;;
    --executor-memory) memory="$2"; shift 2 ;;
    --maxbytes) maxbytes="$2"; shift 2 ;;
    --maxphysicalbytes) maxphysical="$2"; shift 2 ;;
    --batch-size) batch="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
lc="$root/deploy/local-cluster"
"$lc/stop.sh" --state "$state" > /dev/null
"$lc/start.sh" --state "$state" --worker-memory 4g >&2
trap '"$lc/stop.sh" --state "$state" >&2' EXIT
source "$state/env"
jar="$(ls "$root"/jobs/target/spark-denoise-jobs-*-bin.jar)"
logs="$state/load"
mkdir -p "$logs"

"$lc/e2e.sh" --state "$state" --images 600 --epochs 3 --work /load-model \
  --train-conf train.batch-size-per-worker=8 --train-conf train.learning-rate=0.003 > "$logs/e2e.out"
"$root/bin/spark-denoise" glyphs --count "$images" --seed 11 "$logs/glyphs" > /dev/null
"$lc/hdfs" --state "$state" -put -f "$logs/glyphs" /load-data 2> "$logs/hdfs.err"
"$SPARK_HOME/bin/spark-submit" --name load-ingest --class io.sparkdenoise.jobs.cli.SparkDenoise "$jar" \
  ingest --config "$lc/local-cluster.conf" --input "$SPARK_DENOISE_HDFS/load-data" \
  --output "$SPARK_DENOISE_HDFS/load/tables" --format idx > "$logs/ingest.out" 2> "$logs/ingest.err"

options="-Dorg.bytedeco.javacpp.maxbytes=$maxbytes -Dorg.bytedeco.javacpp.maxphysicalbytes=$maxphysical -XX:NativeMemoryTracking=summary"
rm -f "$logs/samples.txt"
sample_executors "$state" "$logs/samples.txt" &
sampler=$!
start=$(date +%s.%N)
"$SPARK_HOME/bin/spark-submit" --name load-score --class io.sparkdenoise.jobs.cli.SparkDenoise \
  --conf "spark.executor.memory=$memory" --conf "spark.executor.extraJavaOptions=$options" "$jar" \
  score --config "$lc/local-cluster.conf" --model "$SPARK_DENOISE_HDFS/load-model/model" --images "$SPARK_DENOISE_HDFS/load/tables/images" \
  --noise gaussian:sigma=80 --output "$SPARK_DENOISE_HDFS/load/metrics" \
  --conf score.partitions=16 --conf "score.batch-size=$batch" --splits train,validation,test \
  > "$logs/score.out" 2> "$logs/score.err"
end=$(date +%s.%N)
kill "$sampler" 2>/dev/null || true
summary="$(tail -n 1 "$logs/score.out")"
scored="$(sed -n 's/.*"images":\([0-9]*\).*/\1/p' <<< "$summary")"
job_seconds="$(sed -n 's/.*"seconds":\([0-9.]*\).*/\1/p' <<< "$summary")"
read -r rss hwm heap nmt off < <(peaks "$logs/samples.txt")
ooms="$(cat "$state"/worker-*/work/*/*/stderr 2>/dev/null | grep -c OutOfMemoryError || true)"
lost="$(grep -c 'ExecutorLostFailure' "$logs/score.err" || true)"
echo "| images scored | job s | images/s | executor heap | maxbytes | maxphysicalbytes | batch | peak RSS MiB | heap used MiB | JVM committed MiB | off-heap est. MiB | OOM | lost executors |"
echo "|---:|---:|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|"
printf '| %s | %.0f | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$scored" "$job_seconds" \
  "$(echo "$scored / $job_seconds" | bc -l)" "$memory" "$maxbytes" "$maxphysical" "$batch" \
  "$hwm" "$heap" "$nmt" "$off" "$ooms" "$lost"
echo "wall time of the score submit: $(echo "$end - $start" | bc -l | cut -d. -f1) s; summary: $summary" >&2
