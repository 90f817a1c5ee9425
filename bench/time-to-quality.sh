#!/usr/bin/env bash
# Time-to-quality: how long training takes to reach a validation PSNR, one JVM against Spark.
# --preset seed (the default): the seed preset (BCE, Adam) on the first IMAGES MNIST digits with
# Gaussian noise (sigma 127.5, torch_ae.py's 0.5 on a [0, 1] scale).
# --preset document: the document preset (MSE, Adam) on 64x64 tiles of PAGES rendered A4 pages at
# 100 dpi (a quarter of them for validation), Gaussian noise sigma 25.
# The same pairs table for every run:
#   jvm-2t    the local engine, one JVM, both cores (the baseline: its PSNR after --epochs epochs
#             is the target)
#   jvm-1t    the local engine on one core (taskset, OMP_NUM_THREADS=1): what one Worker has
#   local2    parameter averaging on local[2] in one JVM
#   cluster-* parameter averaging on the local standalone cluster, 2 Workers x 1 core, the Export
#             approach on HDFS, one native thread per task (spark.threads-per-task=auto), for each
#             averaging frequency of --freqs, and each once more with the learning rate scaled by
#             the number of workers (--lr-scaled)
#   cluster-*-warm  with --warm-start, the cluster runs instead start from one JVM's first epoch
#             (the local engine on both cores, run as "warm"), and their curves begin with that
#             epoch's time and PSNR
# Time is the training's wall time after each epoch (the history's seconds summed: validation and
# job start excluded). A run reaches the target at its first epoch within 0.05 dB of it (the same
# training on one and on two threads ends 0.03 dB apart after 10 epochs: native kernels sum in
# another order). Prints each run's curve (seconds, PSNR) and a Markdown table of the time to the
# target; --table-only prints them again from the curves of an earlier run in --out;
# --cluster-only adds cluster runs (e.g. other --freqs) to an earlier run in --out, on its pairs.
# Build first: ./mvnw -q -B package -DskipTests. Reads ../shared/data/mnist by default.
#
#   bench/time-to-quality.sh [--preset seed|document] [--mnist DIR] [--images N] [--pages N]
#       [--epochs N] [--spark-epochs N] [--batch N] [--freqs "5 20"] [--lr-scaled] [--warm-start]
#       [--skip-local2] [--skip-cluster] [--cluster-only] [--table-only] [--out DIR] [--state DIR]
# Defaults: seed: 8000 images, 10 epochs, 20 on Spark, batch 256; document: 16 pages, 6 epochs,
# 8 on Spark, batch 32.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
preset=seed mnist="$root/../shared/data/mnist" images=8000 pages=16 epochs= spark_epochs= batch=
freqs="5 20" lr=0.001 lr_scaled=false warm_start=false skip_local2=false skip_cluster=false
cluster_only=false table_only=false out="$root/target/time-to-quality" state="$root/target/ttq-cluster"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --preset) preset="$2"; shift 2 ;;
    --pages) pages="$2"; shift 2 ;;
    --mnist) mnist="$2"; shift 2 ;;
    --images) images="$2"; shift 2 ;;
    --epochs) epochs="$2"; shift 2 ;;
    --spark-epochs) spark_epochs="$2"; shift 2 ;;
    --batch) batch="$2"; shift 2 ;;
    --freqs) freqs="$2"; shift 2 ;;
    --lr-scaled) lr_scaled=true; shift ;;
    --warm-start) warm_start=true; shift ;;
    --skip-local2) skip_local2=true; shift ;;
    --skip-cluster) skip_cluster=true; shift ;;
    --cluster-only) cluster_only=true; shift ;;
    --table-only) table_only=true; shift ;;
    --out) out="$2"; shift 2 ;;
    --state) state="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
case "$preset" in
  seed) epochs="${epochs:-10}" spark_epochs="${spark_epochs:-20}" batch="${batch:-256}"
    common=(--preset seed --conf train.loss=bce --conf train.seed=5
      --conf train.validation-max-images=1000)
    data="the first $images MNIST digits" ;;
  document) epochs="${epochs:-6}" spark_epochs="${spark_epochs:-8}" batch="${batch:-32}"
    common=(--preset document --conf train.loss=mse --conf train.seed=5
      --conf train.validation-max-images=300)
    data="64x64 tiles of $pages pages" ;;
  *) echo "--preset is seed or document, got '$preset'" >&2; exit 2 ;;
esac
launcher="$root/bin/spark-denoise"

# The pairs every run trains on, made once.
prepare() {
  rm -rf "$out"
  mkdir -p "$out"
  "prepare_$preset"
}
# The first $images digits as an IDX file of their own (header: magic, count, rows, cols).
prepare_seed() {
  mkdir -p "$out/digits"
  be32() { printf '\\x%02x\\x%02x\\x%02x\\x%02x' $(($1 >> 24 & 255)) $(($1 >> 16 & 255)) $(($1 >> 8 & 255)) $(($1 & 255)); }
  { printf '\x00\x00\x08\x03'; printf "$(be32 "$images")"; printf "$(be32 28)$(be32 28)"
    head -c $((16 + images * 784)) "$mnist/train-images-idx3-ubyte" | tail -c +17; } > "$out/digits/images-idx3-ubyte"
  "$launcher" ingest --input "$out/digits" --output "$out/tables" --format idx 2>>"$out/jobs.log" >/dev/null
  "$launcher" pairs --images "$out/tables/images" --output "$out/pairs" \
    --noise gaussian:sigma=127.5 --seed 5 2>>"$out/jobs.log" >/dev/null
}
# $pages rendered pages cut into 64x64 tiles edge to edge; a page's tiles share its split.
prepare_document() {
  "$launcher" pages --output "$out/pages" --count "$pages" --dpi 100 --seed 5 \
    2>>"$out/jobs.log" >/dev/null
  "$launcher" ingest --input "$out/pages/*.png" --output "$out/tables" \
    --conf ingest.tile.size=64 --conf ingest.tile.stride=64 --conf ingest.split.train=0.75 \
    --conf ingest.split.validation=0.25 --conf ingest.split.test=0 2>>"$out/jobs.log" >/dev/null
  "$launcher" pairs --images "$out/tables/images" --output "$out/pairs" \
    --noise gaussian:sigma=25 --seed 5 2>>"$out/jobs.log" >/dev/null
}
# curve NAME HISTORY: the run's epochs as "seconds psnr" lines, into $out/NAME.curve.
curve() {
  "$launcher" sql --table h="$2" \
    "SELECT round(sum(seconds) OVER (ORDER BY epoch), 2), round(val_psnr_db, 3) FROM h ORDER BY epoch" \
    2>>"$out/jobs.log" | tail -n +2 | tr ',' ' ' > "$out/$1.curve"
}
# local_run NAME [ENV...] -- TRAIN_ARGS: a local-engine or local-master run, its curve.
local_run() {
  local name="$1" env=()
  shift
  while [[ $# -gt 0 && "$1" != -- ]]; do env+=("$1"); shift; done
  shift
  env "${env[@]+"${env[@]}"}" "$launcher" train --pairs "$out/pairs" --output "$out/$name" \
    "${common[@]}" "$@" 2>>"$out/jobs.log" | tail -n 1 > "$out/$name.summary"
  curve "$name" "$out/$name/history"
}
measure_local() {
  local_run jvm-2t -- --engine local --conf train.epochs="$epochs" \
    --conf train.batch-size-per-worker="$batch" --conf train.learning-rate="$lr"
  local_run jvm-1t OMP_NUM_THREADS=1 taskset -c 0 -- --engine local --conf train.epochs="$epochs" \
    --conf train.batch-size-per-worker="$batch" --conf train.learning-rate="$lr"
  [[ "$skip_local2" == true ]] && return
  local_run local2 -- --engine spark --conf spark.master='local[2]' --conf train.workers=2 \
    --conf train.epochs="$spark_epochs" --conf train.batch-size-per-worker=$((batch / 2)) \
    --conf train.averaging-frequency=5 --conf train.learning-rate="$lr"
}
measure_cluster() {
  local lc="$root/deploy/local-cluster" jar rates=("$lr") freq rate name
  "$lc/stop.sh" --state "$state" > /dev/null
  "$lc/start.sh" --state "$state" >&2
  trap '"$root/deploy/local-cluster/stop.sh" --state "$state" >&2' EXIT
  source "$state/env"
  jar="$(ls "$root"/jobs/target/spark-denoise-jobs-*-bin.jar)"
  "$lc/hdfs" --state "$state" -put -f "$out/pairs" /ttq-pairs 2>>"$out/jobs.log"
  [[ "$lr_scaled" == true ]] && rates+=("$(echo "2 * $lr" | bc -l | sed 's/^\./0./')")
  if [[ "$warm_start" == true ]]; then
    local_run warm -- --engine local --conf train.epochs=1 \
      --conf train.batch-size-per-worker="$batch" --conf train.learning-rate="$lr"
    "$lc/hdfs" --state "$state" -put -f "$out/warm" /ttq-warm 2>>"$out/jobs.log"
  fi
  for freq in $freqs; do
    for rate in "${rates[@]}"; do
      if [[ "$warm_start" == true ]]; then
        name="cluster-f$freq-lr$rate-warm"
        cluster_run "$name" "$freq" "$rate" $((spark_epochs - 1)) \
          --init-model "$SPARK_DENOISE_HDFS/ttq-warm" --conf train.engine=spark
        # the warm epoch's point, then the cluster's epochs after its seconds
        awk 'NR == FNR { s = $1; print; next } { print $1 + s, $2 }' "$out/warm.curve" \
          "$out/$name.curve" > "$out/$name.tmp" && mv "$out/$name.tmp" "$out/$name.curve"
      else
        cluster_run "cluster-f$freq-lr$rate" "$freq" "$rate" "$spark_epochs"
      fi
    done
  done
}
# cluster_run NAME FREQ RATE EPOCHS [TRAIN_ARGS...]: one run on the cluster (started by
# measure_cluster, whose lc and jar it uses), its curve.
cluster_run() {
  local name="$1" freq="$2" rate="$3" n="$4"
  shift 4
  "$SPARK_HOME/bin/spark-submit" --name "$name" --class io.sparkdenoise.jobs.cli.SparkDenoise \
    --conf spark.cores.max=2 "$jar" train --config "$lc/local-cluster.conf" \
    --pairs "$SPARK_DENOISE_HDFS/ttq-pairs" --output "$SPARK_DENOISE_HDFS/ttq/$name" \
    "${common[@]}" --conf spark.threads-per-task=auto --conf train.workers=2 \
    --conf train.epochs="$n" --conf train.batch-size-per-worker=$((batch / 2)) \
    --conf train.averaging-frequency="$freq" --conf train.learning-rate="$rate" "$@" \
    2>>"$out/jobs.log" | tail -n 1 > "$out/$name.summary"
  curve "$name" "$SPARK_DENOISE_HDFS/ttq/$name/history"
}
if [[ "$cluster_only" == true ]]; then
  measure_cluster
elif [[ "$table_only" == false ]]; then
  prepare
  measure_local
  [[ "$skip_cluster" == true ]] || measure_cluster
fi

runs=(jvm-2t jvm-1t)
[[ -f "$out/local2.curve" ]] && runs+=(local2)
for curve in "$out"/cluster-*.curve; do
  [[ -f "$curve" ]] && runs+=("$(basename "$curve" .curve)")
done
target="$(tail -n 1 "$out/jvm-2t.curve" | cut -d' ' -f2)"
# reach NAME: seconds until the run's PSNR first came within 0.05 dB of the target, or "-".
reach() { awk -v t="$target" '$2 >= t - 0.05 { print $1; found = 1; exit } END { if (!found) print "-" }' "$out/$1.curve"; }
base2="$(reach jvm-2t)" base1="$(reach jvm-1t)"
for name in "${runs[@]}"; do
  echo "## $name (seconds, validation PSNR dB)"
  cat "$out/$name.curve"
done
echo
echo "Target: $target dB, jvm-2t's validation PSNR after $(wc -l < "$out/jvm-2t.curve") epochs ($data, batch $batch)."
echo
echo "| run | epochs | best PSNR dB | seconds to target | vs jvm-2t | vs jvm-1t |"
echo "|---|---:|---:|---:|---:|---:|"
for name in "${runs[@]}"; do
  t="$(reach "$name")"
  ratio() { [[ "$t" == - || "$1" == - ]] && echo - || printf '%.2fx' "$(echo "$t / $1" | bc -l)"; }
  printf '| %s | %d | %.2f | %s | %s | %s |\n' "$name" "$(wc -l < "$out/$name.curve")" \
    "$(sort -k2 -g "$out/$name.curve" | tail -n 1 | cut -d' ' -f2)" \
    "$([[ "$t" == - ]] && echo "not reached" || printf '%.1f' "$t")" "$(ratio "$base2")" "$(ratio "$base1")"
done
