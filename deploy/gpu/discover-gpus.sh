#!/usr/bin/env bash
# Spark resource discovery script for NVIDIA GPUs (spark.{driver,executor}.resource.gpu.discoveryScript).
# Prints the one JSON object Spark expects, e.g. {"name":"gpu","addresses":["0","1"]}: the index of
# every GPU nvidia-smi lists (the container's or cgroup's GPUs only, when the cluster isolates them).
# No GPU, or no nvidia-smi: {"name":"gpu","addresses":[]} and exit 0, so Spark reports the missing
# resource itself ("... has no enough gpu") instead of a script failure.
#
# Environment: NVIDIA_SMI, the nvidia-smi to run (default: the one on the PATH).
set -euo pipefail
smi="${NVIDIA_SMI:-nvidia-smi}"
addresses=""
if command -v "$smi" >/dev/null 2>&1; then
  while IFS= read -r index; do
    index="${index//[[:space:]]/}"
    if [[ "$index" =~ ^[0-9]+$ ]]; then
      addresses+="${addresses:+,}\"$index\""
    fi
  done < <("$smi" --query-gpu=index --format=csv,noheader 2>/dev/null || true)
fi
printf '{"name":"gpu","addresses":[%s]}\n' "$addresses"
