"""RMSE and OCR error of document clean-ups by the resolution the text was rendered at or by the kind
of damage, to see where a method wins: bench/document-holdout.sh names its pages
<size>-<dpi>-page-<n>-<damage>.png, and the group is the name's second part (--by dpi, the default:
120 for 540x420px-120-page-000003-faded.png) or its last (--by kind: faded).
../shared/peers/documents.py gives the bar's means over all pages; this splits them.

Usage: /usr/bin/python3 bench/document_groups.py --noisy DIR --clean DIR [--denoised NAME=DIR ...]
           [--clip-white T] [--by dpi|kind] [--truth PAGES]
  Methods: identity (the noisy page), bg_median21 (clip(x - median21(x) + 1, 0, 1)),
  divide_median21 (clip(x / median21(x), 0, 1): the background divided out, exact when the damage
  multiplies the page), and one per --denoised (PNG files of the same names). --clip-white T adds,
  for each --denoised, the same output with every value above T set to white.
  Per group and overall: mean RMSE on [0, 1] and CER, the Levenshtein distance of
  `tesseract FILE - --psm 6`'s text to the clean page's, summed over the group's pages and divided
  by the clean pages' text length (as documents.py counts it), whitespace folded. Two OCR processes.
  --truth PAGES (document-holdout.sh's pages/ folder: <size>-<dpi>/page-<n>.txt, the text each page
  was rendered from) first lists the clean pages Tesseract itself reads with a CER above 20 % against
  that text: where the reference the table's CER counts against is already wrong or reordered.
Needs Debian's python3-numpy, python3-scipy, python3-pil, tesseract-ocr and tesseract-ocr-eng."""
import argparse, os, subprocess, tempfile
from concurrent.futures import ThreadPoolExecutor
import numpy as np
from PIL import Image
from scipy import ndimage

p = argparse.ArgumentParser()
p.add_argument('--noisy', required=True)
p.add_argument('--clean', required=True)
p.add_argument('--denoised', action='append', default=[], metavar='NAME=DIR')
p.add_argument('--clip-white', type=float)
p.add_argument('--by', choices=['dpi', 'kind'], default='dpi')
p.add_argument('--truth', metavar='PAGES')
a = p.parse_args()


def gray(path):
    return np.asarray(Image.open(path).convert('L'), dtype=np.float64) / 255


def ocr(y):
    with tempfile.NamedTemporaryFile(suffix='.png') as t:
        Image.fromarray(np.rint(y * 255).astype(np.uint8)).save(t.name)
        out = subprocess.run(['tesseract', t.name, '-', '--psm', '6'], capture_output=True,
                             text=True, env=dict(os.environ, OMP_THREAD_LIMIT='1'), check=True)
    return ' '.join(out.stdout.split())


def edits(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]


def outputs(x, name):
    background = ndimage.median_filter(x, size=21)
    ys = {'identity': x,
          'bg_median21': np.clip(x - background + 1, 0, 1),
          'divide_median21': np.clip(x / np.maximum(background, 1 / 255), 0, 1)}
    for method, folder in (d.split('=', 1) for d in a.denoised):
        ys[method] = gray(os.path.join(folder, name))
        if a.clip_white is not None:
            ys[f'{method} white>{a.clip_white:g}'] = np.where(ys[method] > a.clip_white, 1.0, ys[method])
    return ys


def truth_cer(name, ref):
    """CER of the clean page's OCR ref against the text it was rendered from (--truth)."""
    size, dpi, _, number, _ = os.path.splitext(name)[0].split('-')
    with open(os.path.join(a.truth, f'{size}-{dpi}', f'page-{number}.txt')) as f:
        truth = ' '.join(f.read().split())
    return edits(ref, truth) / max(1, len(truth))


def page(name):
    clean = gray(os.path.join(a.clean, name))
    ref = ocr(clean)
    scores = {}
    for method, y in outputs(gray(os.path.join(a.noisy, name)), name).items():
        if y.shape != clean.shape:
            raise SystemExit(f'{name}: {method} is {y.shape}, the clean page {clean.shape}')
        scores[method] = (float(np.sqrt(np.mean((y - clean) ** 2))), edits(ocr(y), ref))
    return name, len(ref), scores, truth_cer(name, ref) if a.truth else None


names = sorted(n for n in os.listdir(a.noisy) if n.lower().endswith('.png'))
if not names:
    raise SystemExit(f'no PNG files in {a.noisy}')
with ThreadPoolExecutor(2) as pool:
    pages = list(pool.map(page, names))
if a.truth:
    bad = [f'{n} ({100 * c:.0f} %)' for n, _, _, c in pages if c > 0.2]
    print(f'clean pages Tesseract reads with a CER above 20 % against their text: {len(bad)} of '
          f'{len(pages)}' + (': ' + ', '.join(bad) if bad else ''))
methods = list(pages[0][2])
def group(name):
    parts = os.path.splitext(name)[0].split('-')
    return parts[1] if a.by == 'dpi' else parts[-1]


groups = sorted({group(n) for n in names}, key=lambda g: (len(g), g)) + ['all']
print(f'{len(names)} pages; each cell: mean RMSE / CER')
print(f'| {a.by} | pages | ' + ' | '.join(methods) + ' |')
print('|---|---:|' + '---:|' * len(methods))
for g in groups:
    rows = [r for r in pages if g in ('all', group(r[0]))]
    chars = max(1, sum(r[1] for r in rows))
    cells = [f'{np.mean([r[2][m][0] for r in rows]):.4f} / {100 * sum(r[2][m][1] for r in rows) / chars:.2f} %'
             for m in methods]
    print(f'| {g} | {len(rows)} | ' + ' | '.join(cells) + ' |')
