#!/usr/bin/env bash
# A held-out set of damaged document pages, the size of the real-scan benchmark's (540 pixels wide,
# 258 or 420 high), rendered and damaged by the product: `pages` (white paper, another seed than
# any training corpus) and `noise` with one kind of paper damage per page, drawn at page scale.
# Writes <out>/clean/*.png, <out>/noisy/*.png (same names) and <out>/text/*.txt (the text drawn),
# then, with --model, denoises the noisy pages and runs ../shared/peers/documents.py on all of it.
#
# With --clean DIR, damages the clean PNG pages in DIR instead (e.g. bench/font_pages.py's, with
# their text in DIR/text/), one kind per page in name order, page n with noise seed SEED * 100 + n.
#
# Usage: bench/document-holdout.sh [--out DIR] [--launcher PATH] [--model DIR|default] [--ocr]
#                                  [--clean DIR]
#   env: PAGES (15 per size and resolution group, split over the damage kinds), SEED (77),
#        DPIS (the resolutions rendered, "90 120")
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=/tmp/spark-denoise-document-holdout
launcher="$root/bin/spark-denoise"
model=""
ocr=""
given=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --launcher) launcher="$2"; shift 2 ;;
    --model) model="$2"; shift 2 ;;
    --ocr) ocr="--ocr"; shift ;;
    --clean) given="$2"; shift 2 ;;
    *) echo "usage: $0 [--out DIR] [--launcher PATH] [--model DIR|default] [--ocr] [--clean DIR]" >&2
       exit 2 ;;
  esac
done
seed="${SEED:-77}"
mkdir -p "$out"
log="$out/jobs.log"

# One kind of damage per page, at the scale of a 540-pixel-wide page.
kinds=(
  'coffee:scan:rings=4..10,ring-radius=50..140,ring-depth=0.3..0.6,paper=0.03..0.15,grain=0.03..0.1,stains=0,light=0..0.15,blur=0.3..0.8,noise=2..6,specks=0..0.0003,jpeg=0'
  'crumpled:scan:crumple=0.5..1,crumple-scale=20..70,paper=0.05..0.25,grain=0.05..0.15,stains=0,light=0..0.2,blur=0.3..0.8,noise=2..6,specks=0..0.0003,jpeg=0'
  'folded:scan:creases=1..4,crumple=0..0.3,crumple-scale=40..80,paper=0.05..0.2,grain=0.03..0.1,stains=0,light=0.1..0.3,blur=0.3..0.8,noise=2..6,specks=0..0.0003,jpeg=0'
  'faded:scan:fade=0.3..0.6,erosion=0..0.15,paper=0.1..0.3,grain=0.05..0.15,stains=0,light=0.2..0.5,blur=0.5..1,noise=3..8,specks=0..0.0003,jpeg=0'
  'stained:scan:stains=10..30,stain-radius=30..90,stain-depth=0.3..0.6,paper=0.05..0.2,grain=0.03..0.1,light=0..0.2,blur=0.3..0.8,noise=2..6,specks=0..0.0005,jpeg=0'
  'bleed:scan:bleed=0.1..0.3,paper=0.05..0.2,grain=0.03..0.1,stains=0,light=0..0.2,blur=0.3..0.8,noise=2..6,specks=0..0.0003,jpeg=0'
)

if [[ ! -f "$out/noisy/.complete" && -n "$given" ]]; then
  rm -rf "$out/clean" "$out/noisy" "$out/text"
  mkdir -p "$out/clean" "$out/noisy" "$out/text"
  n=0
  for page in "$given"/*.png; do
    kind="${kinds[$((n % ${#kinds[@]}))]}"
    name="$(basename "$page" .png)-${kind%%:*}"
    cp "$page" "$out/clean/$name.png"
    if [[ -f "$given/text/$(basename "$page" .png).txt" ]]; then
      cp "$given/text/$(basename "$page" .png).txt" "$out/text/$name.txt"
    fi
    "$launcher" noise --spec "${kind#*:}" --seed "$((seed * 100 + n))" "$page" "$out/noisy/$name.png" \
      2>>"$log"
    n=$((n + 1))
  done
  touch "$out/noisy/.complete"
fi
if [[ ! -f "$out/noisy/.complete" ]]; then
  rm -rf "$out/pages" "$out/clean" "$out/noisy" "$out/text"
  mkdir -p "$out/clean" "$out/noisy" "$out/text"
  group=0
  for size in 540x420px 540x258px; do
    for dpi in ${DPIS:-90 120}; do
      dir="$out/pages/$size-$dpi"
      "$launcher" pages --output "$dir" --paper "$size" --dpi "$dpi" --count "${PAGES:-15}" \
        --seed "$((seed + group))" --conf pages.tones=white 2>>"$log" | tail -1
      group=$((group + 1))
      n=0
      for page in "$dir"/page-*.png; do
        kind="${kinds[$((n % ${#kinds[@]}))]}"
        name="$size-$dpi-$(basename "$page" .png)-${kind%%:*}.png"
        cp "$page" "$out/clean/$name"
        "$launcher" noise --spec "${kind#*:}" --seed "$((seed * 1000 + group * 100 + n))" \
          "$page" "$out/noisy/$name" 2>>"$log"
        n=$((n + 1))
      done
    done
  done
  touch "$out/noisy/.complete"
fi
echo "$(ls "$out/noisy" | wc -l) damaged pages in $out/noisy" >&2

if [[ -n "$model" ]]; then
  tag="$(basename "$model")"
  rm -rf "$out/denoised-$tag"
  "$launcher" denoise --model "$model" --input "$out/noisy" --output "$out/denoised-$tag" \
    2>>"$log" | tail -1
  /usr/bin/python3 "$root/../shared/peers/documents.py" --noisy "$out/noisy" --clean "$out/clean" \
    --denoised "$out/denoised-$tag/files" $ocr
fi
