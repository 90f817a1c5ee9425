#!/usr/bin/env bash
# bench/denoise-throughput.sh: denoising throughput (megapixels/s per core), peak memory and work
# against the hardware of A4 pages at 300 dpi against the tile size, for the seed and dncnn presets
# (DenoiseThroughput), one fresh JVM per preset and tile size so that each row's memory peaks are
# its own. With PEAK_GFLOPS set (one core's peak: bench/peak-flops.sh), the FLOP/s also show as a
# share of it. Builds nothing: run ./mvnw -q -B -pl core,bench -am package -DskipTests first.
#
#   bench/denoise-throughput.sh [PRESETS [TILES [THREADS [ROWS [BATCH]]]]]
#   # defaults: seed,dncnn 128,256,512,1024 1 3508 1 (ROWS < 3508: a full-width strip of the page;
#   # BATCH: tiles per forward pass)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
presets="${1:-seed,dncnn}"
tiles="${2:-128,256,512,1024}"
threads="${3:-1}"
rows="${4:-3508}"
batch="${5:-1}"
out="$(mktemp)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); git $(git -C "$root" rev-parse --short HEAD); OMP_NUM_THREADS=$threads; PEAK_GFLOPS=${PEAK_GFLOPS:-unset}"
header=yes
for preset in ${presets//,/ }; do
  for tile in ${tiles//,/ }; do
    OMP_NUM_THREADS="$threads" java -Xmx4g @"$root/.build/jvm-flags.txt" \
      -cp "$root/bench/target/benchmarks.jar" io.sparkdenoise.bench.DenoiseThroughput \
      "$out" "$preset" "$tile" "$rows" "$batch" 2>/dev/null
    if [[ $header == yes ]]; then head -n 2 "$out"; header=no; fi
    tail -n 1 "$out"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$out"
