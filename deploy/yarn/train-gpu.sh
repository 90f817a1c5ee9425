#!/usr/bin/env bash
# Example: train on YARN GPU nodes with the CUDA jar (./mvnw -B -Pcuda -DskipTests -pl core,jobs -am
# package) and conf/yarn-gpu.conf. Two ways to reach the GPU nodes:
#   - resource scheduling (YARN 3.1+ with yarn.io/gpu): the default; Spark asks YARN for one GPU
#     per executor and for the driver, and deploy/gpu/discover-gpus.sh reports it;
#   - node labels: SPARK_DENOISE_NODE_LABEL=gpu puts the driver (AM) and the executors on nodes
#     labelled gpu (on a cluster without GPU resource scheduling, also pass --config with a
#     profile that sets no spark.*.resource.gpu.* amounts).
# Options are deploy/bin/submit's (e.g. --dry-run, --queue QUEUE).
#
# Environment: SPARK_DENOISE_DATA (default hdfs:///spark-denoise), SPARK_DENOISE_NODE_LABEL.
set -euo pipefail
submit="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../bin/submit"
data="${SPARK_DENOISE_DATA:-hdfs:///spark-denoise}"
label=()
if [[ -n "${SPARK_DENOISE_NODE_LABEL:-}" ]]; then
  label=(--node-label "$SPARK_DENOISE_NODE_LABEL")
fi
"$submit" --target yarn --gpu "${label[@]+"${label[@]}"}" "$@" train --pairs "$data/pairs" \
  --preset dncnn --conf train.loss=mse --output "$data/model-dncnn-gpu"
