#!/usr/bin/env bash
# Issue 6's quality bar, with the product's own jobs: a corpus of rendered pages and natural
# images from Debian packages -> ingest with tiling -> pairs (Gaussian sigma 25) -> train (dl4j-spark
# parameter averaging, document preset) -> score the 10 test images (--images, --noise
# gaussian:sigma=25), next to ../shared/peers/classical.py and a per-image run of the same
# baselines (bench/classical_per_image.py). Prints a Markdown table per image and the means.
#
# Usage: bench/quality-bar.sh [--out DIR] [--shared DIR] [--launcher PATH]
#   env: EPOCHS (1), LR (0.002), BATCH (16 per worker), WORKERS (2), TILE (32), SEED (3)
# A stage whose output already exists is skipped, so an interrupted run picks up where it was.
# Nothing from --shared is used for training: its images are only ingested as the test set, and
# natural_images.py refuses any training image with the pixels of one of them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=/tmp/spark-denoise-quality-bar
shared="$root/../shared"
launcher="$root/bin/spark-denoise"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --shared) shared="$2"; shift 2 ;;
    --launcher) launcher="$2"; shift 2 ;;
    *) echo "usage: $0 [--out DIR] [--shared DIR] [--launcher PATH]" >&2; exit 2 ;;
  esac
done
epochs="${EPOCHS:-1}" lr="${LR:-0.002}" batch="${BATCH:-16}" workers="${WORKERS:-2}"
tile="${TILE:-32}" seed="${SEED:-3}"
conf="$(dirname "$launcher")/../conf/local.conf"
run() { echo "+ $*" >&2; "$launcher" "$@" --config "$conf" 2>>"$out/jobs.log" | tail -1; }
done_() { [[ -f "$1/_provenance.json" ]]; }
mkdir -p "$out/corpus"

# 1. Training corpus: natural photographs (Debian's scikit-image and scipy, test images excluded)
#    and rendered pages (2 A4 pages at 100 dpi, 1 at 150 dpi).
if [[ ! -f "$out/natural-MANIFEST.tsv" ]]; then
  /usr/bin/python3 "$root/bench/natural_images.py" "$out/corpus/natural" \
    --exclude "$shared/data/images" >/dev/null
  mv "$out/corpus/natural/MANIFEST.tsv" "$out/natural-MANIFEST.tsv"
fi
done_ "$out/corpus/pages-100" || run pages --output "$out/corpus/pages-100" --count 2 --dpi 100 --seed 11
done_ "$out/corpus/pages-150" || run pages --output "$out/corpus/pages-150" --count 1 --dpi 150 --seed 12

# 2. Tiles (every pixel covered, tiles of one page share its split), pairs, training.
done_ "$out/tables/images" || run ingest --input "$out/corpus" --output "$out/tables" \
  --conf ingest.tile.size="$tile" --conf ingest.tile.stride="$tile" \
  --conf ingest.split.train=0.9 --conf ingest.split.validation=0.1 --conf ingest.split.test=0
done_ "$out/pairs-g25" || run pairs --images "$out/tables/images" --output "$out/pairs-g25" \
  --noise gaussian:sigma=25 --seed 5 --partitions 4
start=$(date +%s)
done_ "$out/model" || SPARK_DENOISE_JAVA_OPTS="${SPARK_DENOISE_JAVA_OPTS:--Xmx6g}" run train \
  --pairs "$out/pairs-g25" --preset document --output "$out/model" --conf train.loss=mse \
  --conf train.epochs="$epochs" --conf train.learning-rate="$lr" \
  --conf train.batch-size-per-worker="$batch" --conf train.workers="$workers" \
  --conf train.validation-max-images=200 --conf train.seed="$seed"
echo "training wall time: $(( $(date +%s) - start )) s" >&2

# 3. The test images, whole, scored with our noise (seed 25) by the score job.
done_ "$out/test/images" || run ingest --input "$shared/data/images" --output "$out/test"
run score --model "$out/model" --images "$out/test/images" --noise gaussian:sigma=25 --seed 25 \
  --output "$out/metrics" --run-id bar --splits train,validation,test
"$launcher" sql --config "$conf" --table m="$out/metrics" --table i="$out/test/images" \
  "select i.source_uri as image_id, m.method, m.psnr_db, m.ssim_wang from m join i on m.image_id = i.id where m.run_id = 'bar'" \
  2>>"$out/jobs.log" >"$out/ours.csv"

# 4. The classical baselines: classical.py's means, and per image.
/usr/bin/python3 "$shared/peers/classical.py" --images "$shared/data/images" --sigma 25 \
  >"$out/classical.txt"
/usr/bin/python3 "$root/bench/classical_per_image.py" --images "$shared/data/images" --sigma 25 \
  --tsv "$out/classical-per-image.tsv" >/dev/null
cat "$out/classical.txt"
/usr/bin/python3 "$root/bench/quality_table.py" "$out/classical-per-image.tsv" "$out/ours.csv"
