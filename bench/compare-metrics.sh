#!/usr/bin/env bash
# Copyright 2026 The spark-denoise authors.
# SPDX-License-Identifier: Apache-2.0
#
# Side by side, one thread each: our PSNR/SSIM (JMH, bench/target/benchmarks.jar) and scikit-image's
# (the peer DIR/metrics_speed.py under Debian's /usr/bin/python3), as one markdown table on stdout.
# Builds nothing: build the jar first with
#   ./mvnw -q -B -pl core,bench -am package -DskipTests
# Usage: bench/compare-metrics.sh [--peers DIR]   (DIR defaults to ../shared/peers from the project root)
# Takes about 2-3 minutes on 2 cores.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peers="$root/../shared/peers"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --peers) peers="${2:?--peers needs a directory}"; shift 2 ;;
    -h|--help) sed -n '4,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (usage: bench/compare-metrics.sh [--peers DIR])" >&2; exit 2 ;;
  esac
done

jar="$root/bench/target/benchmarks.jar"
peer="$peers/metrics_speed.py"
[[ -f "$jar" ]] || { echo "no $jar: run ./mvnw -q -B -pl core,bench -am package -DskipTests first" >&2; exit 1; }
[[ -f "$peer" ]] || { echo "no peer script $peer (use --peers DIR)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# ours: one fork, 2 x 2 s warm-up, 3 x 2 s measured, one thread; score = image pairs per second
java -jar "$jar" 'io.sparkdenoise.bench.MetricsBenchmark' -f 1 -wi 2 -w 2 -i 3 -r 2 -t 1 \
  -rf csv -rff "$work/jmh.csv" > "$work/jmh.log" 2>&1 \
  || { cat "$work/jmh.log" >&2; exit 1; }

# theirs: same sizes, one thread (numpy/scipy filters are single-threaded; pin BLAS anyway)
for args in "--size 28 --count 2000" "--size 512 --count 20"; do
  # shellcheck disable=SC2086
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /usr/bin/python3 "$peer" $args
done > "$work/peer.log"

# JMH csv (CRLF lines): "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: size"
awk -F, 'NR > 1 { sub(/\r$/, ""); gsub(/"/, ""); n = split($1, p, "."); print p[n], $8, $5 }' "$work/jmh.csv" > "$work/ours.txt"
# peer lines: "psnr: 48302.8 images/s, 37.87 MP/s (28x28)"
awk '{ name = $1; sub(/:$/, "", name); size = $NF; gsub(/[()]/, "", size); sub(/x.*/, "", size)
       if (name == "ssim_7x7_uniform") name = "ssimSkimage"; else if (name == "ssim_wang_gauss1.5") name = "ssimWang"
       print name, size, $2 }' "$work/peer.log" > "$work/theirs.txt"

echo "| metric | size | ours images/s | scikit-image images/s | ratio |"
echo "|---|---|---:|---:|---:|"
awk 'NR == FNR { theirs[$1 " " $2] = $3; next }
     { label = $1 == "psnr" ? "PSNR" : $1 == "ssimWang" ? "SSIM wang" : "SSIM skimage"
       t = theirs[$1 " " $2]
       printf "| %s | %dx%d | %.1f | %.1f | %.1fx |\n", label, $2, $2, $3, t, (t > 0 ? $3 / t : 0) }' \
  "$work/theirs.txt" "$work/ours.txt" | sort -t'|' -k2,2 -k3,3n
