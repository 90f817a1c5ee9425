#!/usr/bin/env bash
# Sigmoid or linear output for the regression losses (issue 16): the seed-bn preset trained with
# MSE on MNIST at Gaussian noise 0.5 (sigma 127.5 of 255, the Keras blog's noise factor), once with
# train.output-activation=sigmoid (seed 003's network: BatchNorm after each convolution, sigmoid
# output, MSE, early stopping) and once with linear-clip (our default for MSE), same seed, same
# pairs, then scored on the test split. Prints one table row per output: epochs run, best epoch,
# validation PSNR, test PSNR/SSIM of the noisy input and of the model, training seconds.
#
# Usage: bench/output-activation.sh MNIST_DIR [--out DIR] [--launcher PATH]
#   MNIST_DIR holds the IDX files (e.g. ../shared/data/mnist: 10,000 digits, 80/10/10 splits).
#   env: EPOCHS (30, the most), PATIENCE (3, early stopping on validation loss), BATCH (32), SEED (3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[[ $# -ge 1 ]] || { echo "usage: $0 MNIST_DIR [--out DIR] [--launcher PATH]" >&2; exit 2; }
mnist="$1"; shift
out=/tmp/spark-denoise-output-activation
launcher="$root/bin/spark-denoise"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --launcher) launcher="$2"; shift 2 ;;
    *) echo "usage: $0 MNIST_DIR [--out DIR] [--launcher PATH]" >&2; exit 2 ;;
  esac
done
epochs="${EPOCHS:-30}" patience="${PATIENCE:-3}" batch="${BATCH:-32}" seed="${SEED:-3}"
mkdir -p "$out"
log="$out/jobs.log"
run() { "$launcher" "$@" 2>>"$log" | tail -1; }

[[ -f "$out/mnist/images/_provenance.json" ]] ||
  run ingest --input "$mnist" --output "$out/mnist" --format idx >/dev/null
[[ -f "$out/pairs/_provenance.json" ]] ||
  run pairs --images "$out/mnist/images" --output "$out/pairs" --noise gaussian:sigma=127.5 \
    --seed 1 >/dev/null

printf '%-12s %7s %5s %8s %10s %10s %10s %10s %8s\n' output epochs best val_psnr noisy_psnr \
  model_psnr noisy_ssim model_ssim train_s
for output in sigmoid linear-clip; do
  model="$out/model-$output"
  rm -rf "$model"
  trained="$(run train --pairs "$out/pairs" --preset seed-bn --output "$model" --engine local \
    --conf train.loss=mse --conf train.output-activation="$output" \
    --conf train.epochs="$epochs" --conf train.batch-size-per-worker="$batch" \
    --conf train.seed="$seed" --conf train.early-stop.patience="$patience")"
  run score --model "$model" --pairs "$out/pairs" --output "$out/metrics" --run-id "$output" \
    --conf score.baselines=identity >/dev/null
  scores="$(run sql --table m="$out/metrics" "select
      avg(case when method = 'identity' then psnr_db end) noisy_psnr,
      avg(case when method = 'model' then psnr_db end) model_psnr,
      avg(case when method = 'identity' then ssim_wang end) noisy_ssim,
      avg(case when method = 'model' then ssim_wang end) model_ssim
    from m where run_id = '$output'" 2>>"$log" | tail -1)"
  /usr/bin/python3 - "$output" "$trained" "$scores" <<'PY'
import json, sys
output, trained, scores = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3].split(',')
noisy_psnr, model_psnr, noisy_ssim, model_ssim = (float(v) for v in scores)
best = trained.get('best_epoch') or trained['epochs']
print('%-12s %7d %5d %8.2f %10.2f %10.2f %10.4f %10.4f %8.0f' % (
    output, trained['epochs'], best, trained['val_psnr_db'], noisy_psnr, model_psnr, noisy_ssim,
    model_ssim, trained['seconds']))
PY
done
echo "git $(git -C "$root" rev-parse --short HEAD); pairs: gaussian:sigma=127.5 seed 1; train seed $seed, batch $batch, at most $epochs epochs, patience $patience" >&2
