#!/usr/bin/env bash
# bench/colour-photos.sh: colour photographs at Gaussian sigma 25 (issue 16): an RGB network against
# three gray passes of the same preset and against non-local means in colour, on scikit-image's
# chelsea, coffee and astronaut, the networks trained on its other colour photographs (Debian's
# python3-skimage: hubble_deep_field, ihc, motorcycle_left/right, retina, rocket), cut into
# 64-pixel tiles with fresh noise every epoch. Prints the table of bench/colour_photos.py.
#
# Usage: bench/colour-photos.sh [--out DIR] [--launcher PATH]
#   env: PRESET (dncnn), EPOCHS (8), SEED (16)
# A stage whose output already exists is skipped.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=/tmp/spark-denoise-colour-photos
launcher="$root/bin/spark-denoise"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --launcher) launcher="$2"; shift 2 ;;
    *) echo "usage: $0 [--out DIR] [--launcher PATH]" >&2; exit 2 ;;
  esac
done
preset="${PRESET:-dncnn}" epochs="${EPOCHS:-8}" seed="${SEED:-16}"
py=/usr/bin/python3
run() { echo "+ $*" >&2; "$launcher" "$@" 2>>"$out/jobs.log" | tail -1; }
done_() { [[ -f "$1/_provenance.json" ]]; }
mkdir -p "$out"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); git $(git -C "$root" rev-parse --short HEAD); preset $preset, $epochs epochs, seed $seed"

[[ -d "$out/photos/train" ]] || "$py" "$root/bench/colour_photos.py" --export "$out/photos"
done_ "$out/tiles/images" || run ingest --input "$out/photos/train" --output "$out/tiles" \
  --conf ingest.tile.size=64 --conf ingest.tile.stride=64 \
  --conf ingest.split.train=0.9 --conf ingest.split.validation=0.1 --conf ingest.split.test=0
for channels in 3 1; do
  start=$(date +%s)
  done_ "$out/model-$channels" || run train --images "$out/tiles/images" \
    --noise gaussian:sigma=25 --preset "$preset" --output "$out/model-$channels" --engine local \
    --conf train.loss=mse --conf train.epochs="$epochs" --conf train.channels="$channels" \
    --conf train.seed="$seed" --conf train.noise-seed="$seed" --conf train.augment=true \
    --conf train.batch-size-per-worker=16 --conf train.schedule=step --conf train.schedule-every=3
  echo "train, $channels channel(s): $(( $(date +%s) - start )) s" >&2
done
# the noisy test images (written by the first call), then each network on them
"$py" "$root/bench/colour_photos.py" --clean "$out/photos/test" --noisy "$out/noisy" >/dev/null
for channels in 3 1; do
  rm -rf "$out/denoised-$channels"
  run denoise --model "$out/model-$channels" --input "$out/noisy" --output "$out/denoised-$channels"
done
"$py" "$root/bench/colour_photos.py" --clean "$out/photos/test" --noisy "$out/noisy" \
  --denoised "$preset RGB network=$out/denoised-3/files" \
  --denoised "$preset gray network, three passes=$out/denoised-1/files"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
