#!/usr/bin/env bash
# Example: the whole pipeline on YARN in cluster mode, CPU executors: ingest -> pairs -> train ->
# score, each through deploy/bin/submit with conf/yarn.conf. Options before the first job are
# deploy/bin/submit's (e.g. --dry-run to print the four spark-submit commands, --queue QUEUE).
#
#   SPARK_DENOISE_INPUT='hdfs:///archive/scans/**/*.tif' deploy/yarn/pipeline.sh --queue denoise
#
# Environment: SPARK_DENOISE_INPUT (images to ingest, required), SPARK_DENOISE_DATA (where the
# tables and the model go, default hdfs:///spark-denoise), SPARK_DENOISE_NOISE (the noise spec,
# default gaussian:sigma=5..50), SPARK_DENOISE_SEED (default 1).
set -euo pipefail
submit="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../bin/submit"
input="${SPARK_DENOISE_INPUT:?set SPARK_DENOISE_INPUT to the images to ingest}"
data="${SPARK_DENOISE_DATA:-hdfs:///spark-denoise}"
noise="${SPARK_DENOISE_NOISE:-gaussian:sigma=5..50}"
seed="${SPARK_DENOISE_SEED:-1}"

"$submit" --target yarn "$@" ingest --input "$input" --output "$data/corpus"
"$submit" --target yarn "$@" pairs --images "$data/corpus/images" --output "$data/pairs" \
  --noise "$noise" --seed "$seed"
"$submit" --target yarn "$@" train --pairs "$data/pairs" --preset seed --output "$data/model"
"$submit" --target yarn "$@" score --model "$data/model" --pairs "$data/pairs" \
  --output "$data/metrics"
