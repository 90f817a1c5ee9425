#!/usr/bin/env bash
# Example: plain spark-submit to Kubernetes (no operator): train in cluster mode on the image of
# deploy/docker/Dockerfile.cpu (or --gpu with the CUDA image), with conf/k8s.conf's settings.
# Options are deploy/bin/submit's (e.g. --dry-run, --gpu, --namespace NS).
#
#   SPARK_DENOISE_K8S_MASTER=k8s://https://api.example.com:6443 \
#   SPARK_DENOISE_IMAGE=registry.example.com/spark-denoise:0.1.0 deploy/k8s/submit-train.sh
#
# Environment: SPARK_DENOISE_K8S_MASTER, SPARK_DENOISE_IMAGE (required), SPARK_DENOISE_DATA (default
# s3a://spark-denoise; object-store credentials come from the pods' environment, e.g.
# spark.kubernetes.driver.secrets.* / a secret mounted by the cluster, never from this script).
set -euo pipefail
submit="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../bin/submit"
data="${SPARK_DENOISE_DATA:-s3a://spark-denoise}"
"$submit" --target k8s "$@" train --pairs "$data/tables/pairs" --preset seed \
  --output "$data/models/seed" --conf "train.export-dir=$data/tmp/dl4j-export"
