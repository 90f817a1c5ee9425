#!/usr/bin/env bash
# Training throughput of dl4j-spark parameter averaging on the local standalone cluster: 1 worker
# (one executor, spark.cores.max=1, train.workers=1) against 2 workers (two executors on two
# Workers, train.workers=2), at averaging frequency 1, 5 and 20, side by side in one run on one
# cluster. images/s is the train job's own figure for the last epoch (the first warms up JIT and
# oneDNN). Prints a Markdown table for BENCHMARKS.md. Build first: ./mvnw -q -B package -DskipTests
#
#   bench/cluster-train-scaling.sh [--images N] [--epochs N] [--batch N] [--state DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
images=3000 epochs=2 batch=32 state="$root/target/scaling-cluster"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --images) images="$2"; shift 2 ;;
    --epochs) epochs="$2"; shift 2 ;;
    --batch) batch="$2"; shift 2 ;;
    --state) state="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
lc="$root/deploy/local-cluster"
"$lc/stop.sh" --state "$state" > /dev/null
"$lc/start.sh" --state "$state" >&2
trap '"$lc/stop.sh" --state "$state" >&2' EXIT
source "$state/env"
jar="$(ls "$root"/jobs/target/spark-denoise-jobs-*-bin.jar)"
logs="$state/scaling"
mkdir -p "$logs"
# submit NAME COMMAND [SPARK_CONF...] -- JOB_ARGS...: spark-submit of the launcher
# (io.sparkdenoise.jobs.cli.SparkDenoise COMMAND); prints the job's summary line.
submit() {
  local name="$1" command="$2" spark=()
  shift 2
  while [[ $# -gt 0 && "$1" != -- ]]; do spark+=("$1"); shift; done
  [[ $# -gt 0 ]] && shift
  "$SPARK_HOME/bin/spark-submit" --name "$name" --class io.sparkdenoise.jobs.cli.SparkDenoise \
    "${spark[@]+"${spark[@]}"}" "$jar" "$command" \
    --config "$lc/local-cluster.conf" "$@" > "$logs/$name.out" 2> "$logs/$name.err"
  tail -n 1 "$logs/$name.out"
}
"$root/bin/spark-denoise" glyphs --count "$images" --seed 5 "$logs/glyphs" > /dev/null
"$lc/hdfs" --state "$state" -put -f "$logs/glyphs" /scaling-data 2> "$logs/hdfs.err"
submit ingest ingest -- --input "$SPARK_DENOISE_HDFS/scaling-data" \
  --output "$SPARK_DENOISE_HDFS/scaling/tables" --format idx > /dev/null
submit pairs pairs -- --images "$SPARK_DENOISE_HDFS/scaling/tables/images" \
  --output "$SPARK_DENOISE_HDFS/scaling/pairs" --noise gaussian:sigma=80 --seed 5 > /dev/null

echo "| averaging frequency | workers | images/s (last epoch) | epoch s | val PSNR dB | scaling efficiency |"
echo "|---:|---:|---:|---:|---:|---:|"
for freq in 1 5 20; do
  one=""
  for workers in 1 2; do
    line="$(submit "train-f$freq-w$workers" train \
      --conf "spark.cores.max=$workers" -- \
      --pairs "$SPARK_DENOISE_HDFS/scaling/pairs" \
      --output "$SPARK_DENOISE_HDFS/scaling/model-f$freq-w$workers" \
      --conf "train.workers=$workers" \
      --conf "train.averaging-frequency=$freq" --conf "train.batch-size-per-worker=$batch" \
      --conf "train.epochs=$epochs")"
    ips="$(sed -n 's/.*"images_per_s":\([0-9.]*\).*/\1/p' <<< "$line")"
    psnr="$(sed -n 's/.*"val_psnr_db":\([0-9.]*\).*/\1/p' <<< "$line")"
    train_images="$(sed -n 's/.*"train_images":\([0-9]*\).*/\1/p' <<< "$line")"
    if [[ -z "$ips" ]]; then
      [[ "$workers" == 1 ]] && one=""
      printf '| %s | %s | failed: %s | - | - | - |\n' "$freq" "$workers" "$logs/train-f$freq-w$workers.err"
      continue
    fi
    if [[ "$workers" == 1 || -z "$one" ]]; then
      [[ "$workers" == 1 ]] && one="$ips"
      efficiency="-"
    else
      efficiency="$(printf '%.2f' "$(echo "$ips / (2 * $one)" | bc -l)")"
    fi
    printf '| %s | %s | %.0f | %.1f | %.2f | %s |\n' "$freq" "$workers" "$ips" \
      "$(echo "$train_images / $ips" | bc -l)" "$psnr" "$efficiency"
  done
done
