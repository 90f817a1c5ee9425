#!/usr/bin/env bash
# bench/denoise-throughput.sh: denoising throughput (megapixels/s per core) and peak memory of A4
# pages at 300 dpi against the tile size, for the seed and dncnn presets (DenoiseThroughput).
# Builds nothing: run ./mvnw -q -B -pl core,bench package -DskipTests first.
#
#   bench/denoise-throughput.sh [PRESETS [TILES [THREADS]]]   # defaults: seed,dncnn 128,256,512,1024 1
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
presets="${1:-seed,dncnn}"
tiles="${2:-128,256,512,1024}"
threads="${3:-1}"
out="$(mktemp)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); git $(git -C "$root" rev-parse --short HEAD)"
OMP_NUM_THREADS="$threads" java -Xmx4g @"$root/.build/jvm-flags.txt" \
  -cp "$root/bench/target/benchmarks.jar" io.sparkdenoise.bench.DenoiseThroughput \
  "$out" "$presets" "$tiles"
cat "$out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$out"
