"""Issue 12's per-page bar on a held-out document set: does the model beat both classical clean-ups
(bg_median21 and sauvola) on every page, in RMSE and in SSIM? Prints one row per failing page and a
summary table; exit status 0 either way (it measures, it does not judge).

Usage: /usr/bin/python3 bench/document_bars.py --noisy DIR --clean DIR --denoised DIR
  Pages are matched by file name (8-bit gray PNGs, as bench/document-holdout.sh writes them).
  bg_median21: clip(x - median21(x) + 1, 0, 1); sauvola: scikit-image threshold_sauvola, window 25,
  binarised; SSIM: scikit-image, Gaussian 11x11 sigma 1.5, population covariance, data range 1.
Needs Debian's python3-skimage, python3-scipy and python3-pil."""
import argparse, os
import numpy as np
from PIL import Image
from scipy import ndimage
from skimage.filters import threshold_sauvola
from skimage.metrics import structural_similarity

p = argparse.ArgumentParser()
p.add_argument('--noisy', required=True)
p.add_argument('--clean', required=True)
p.add_argument('--denoised', required=True)
a = p.parse_args()


def load(d, n):
    return np.asarray(Image.open(os.path.join(d, n)).convert('L'), dtype=np.float64) / 255


def measures(y, x):
    rmse = float(np.sqrt(np.mean((y - x) ** 2)))
    ssim = structural_similarity(x, y, data_range=1.0, gaussian_weights=True, sigma=1.5,
                                 use_sample_covariance=False)
    return rmse, ssim


names = sorted(n for n in os.listdir(a.noisy) if n.endswith('.png'))
rows = []
for n in names:
    x, clean = load(a.noisy, n), load(a.clean, n)
    methods = {
        'identity': x,
        'bg_median21': np.clip(x - ndimage.median_filter(x, size=21) + 1, 0, 1),
        'sauvola': (x > threshold_sauvola(x, window_size=25)).astype(np.float64),
        'model': load(a.denoised, n),
    }
    rows.append((n, {m: measures(y, clean) for m, y in methods.items()}))

beaten = 0
for n, r in rows:
    model = r['model']
    best_rmse = min(r['bg_median21'][0], r['sauvola'][0])
    best_ssim = max(r['bg_median21'][1], r['sauvola'][1])
    if model[0] < best_rmse and model[1] > best_ssim:
        beaten += 1
    else:
        print(f'not beaten: {n} model rmse {model[0]:.4f} ssim {model[1]:.4f}; '
              f'best classical rmse {best_rmse:.4f} ssim {best_ssim:.4f}')
print(f'| method | mean RMSE | worst RMSE | mean SSIM | worst SSIM |')
print(f'|---|---|---|---|---|')
for m in ['identity', 'bg_median21', 'sauvola', 'model']:
    rm = [r[m][0] for _, r in rows]
    ss = [r[m][1] for _, r in rows]
    print(f'| {m} | {np.mean(rm):.4f} | {max(rm):.4f} | {np.mean(ss):.4f} | {min(ss):.4f} |')
print(f'pages where the model beats both bg_median21 and sauvola in RMSE and SSIM: '
      f'{beaten} of {len(rows)}')
