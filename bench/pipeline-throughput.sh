#!/usr/bin/env bash
# Throughput of the ingest and pairs jobs on local Spark with 1 and 2 cores, side by side in one run.
# Prints one markdown table. Needs a built checkout (./mvnw -q -B package -DskipTests) and, to make
# the PNG folder, Debian's /usr/bin/python3 with python3-numpy and python3-pil.
#
# Usage: bench/pipeline-throughput.sh [--mnist DIR] [--pngs N] [--work DIR]
#   --mnist DIR  IDX files (default ../shared/data/mnist)
#   --pngs N     how many MNIST training digits to write as PNG files (default 10000, at most
#                the training set's size)
#   --work DIR   scratch directory (default target/bench-pipeline)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mnist="$root/../shared/data/mnist"
pngs=10000
work="$root/target/bench-pipeline"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --mnist) mnist="$2"; shift 2 ;;
    --pngs) pngs="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
launcher="$root/bin/spark-denoise"
rm -rf "$work" && mkdir -p "$work/pngs"

# A folder of real PNG files: the first N MNIST training digits, one file each.
/usr/bin/python3 - "$mnist" "$work/pngs" "$pngs" <<'PY'
import os, sys, numpy as np
from PIL import Image
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
name = next(f for f in sorted(os.listdir(src)) if 'images' in f and f.startswith('train'))
raw = open(os.path.join(src, name), 'rb').read()
count, rows, cols = np.frombuffer(raw[4:16], dtype='>u4')
pixels = np.frombuffer(raw[16:], dtype=np.uint8).reshape(count, rows, cols)
for i in range(min(n, count)):
    Image.fromarray(pixels[i]).save(os.path.join(dst, f'{i:06d}.png'))
PY

written=$(find "$work/pngs" -name '*.png' | wc -l)

bytes_of() { du -sb "$1" | cut -f1; }
field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }
row() { # job dataset cores images seconds bytes
  python3 -c 'import sys; j,d,c,n,s,b=sys.argv[1:]; n=int(n); s=float(s); b=int(b)
print(f"| {j} | {d} | local[{c}] | {n} | {s:.1f} | {n/s:.0f} | {b/s/1e6:.2f} |")' "$@"
}

echo "| job | input | master | images | seconds | images/s | MB/s (input) |"
echo "|---|---|---|---:|---:|---:|---:|"
for cores in 1 2; do
  conf=(--config "$root/conf/local.conf" --conf "spark.master=local[$cores]")
  out="$work/mnist-$cores"
  line=$("$launcher" ingest --input "$mnist" --output "$out" --format idx "${conf[@]}" | tail -1)
  row ingest "mnist IDX" "$cores" "$(field "$line" rows)" "$(field "$line" seconds)" "$(bytes_of "$mnist")"
  line=$("$launcher" ingest --input "$work/pngs" --output "$work/pngs-$cores" --format files "${conf[@]}" | tail -1)
  row ingest "$written PNG files" "$cores" "$(field "$line" rows)" "$(field "$line" seconds)" "$(bytes_of "$work/pngs")"
  line=$("$launcher" pairs --images "$out/images" --output "$out/pairs" --noise gaussian:sigma=5..50 --seed 1 "${conf[@]}" | tail -1)
  row pairs "mnist images table" "$cores" "$(field "$line" pairs)" "$(field "$line" seconds)" "$(bytes_of "$out/images")"
done
