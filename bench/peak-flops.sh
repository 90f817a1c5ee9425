#!/usr/bin/env bash
# bench/peak-flops.sh: one core's attainable single-precision peak (PeakFlops: SGEMM through ND4J's
# BLAS), the PEAK_GFLOPS that bench/denoise-throughput.sh compares the networks with; also the
# CPU's model and vector flags, from which the theoretical peak follows.
# Builds nothing: run ./mvnw -q -B -pl core,bench -am package -DskipTests first.
#
#   bench/peak-flops.sh [SIZES [REPEATS [THREADS]]]   # defaults: 512,1024,2048 5 1
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
threads="${3:-1}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); git $(git -C "$root" rev-parse --short HEAD); OMP_NUM_THREADS=$threads"
grep -m1 -E '^model name' /proc/cpuinfo || true
echo "cpu family/model: $(grep -m1 '^cpu family' /proc/cpuinfo | cut -d: -f2 | tr -d ' ')/$(grep -m1 -E '^model\s' /proc/cpuinfo | cut -d: -f2 | tr -d ' ')"
echo "vector flags: $(grep -m1 '^flags' /proc/cpuinfo | tr ' ' '\n' | grep -E '^(avx2|fma|avx512f|avx512_bf16|avx512_vnni)$' | tr '\n' ' ')"
out="$(mktemp)"
OMP_NUM_THREADS="$threads" java -Xmx4g @"$root/.build/jvm-flags.txt" \
  -cp "$root/bench/target/benchmarks.jar" io.sparkdenoise.bench.PeakFlops \
  "$out" "${1:-512,1024,2048}" "${2:-5}" 2>/dev/null
cat "$out"
rm -f "$out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
