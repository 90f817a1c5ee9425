"""Damaged pages whose backgrounds no model of ours has seen: the clean pages of a held-out set
multiplied by photographs used as paper textures (brick, moon, coins, ...), the way the public
"dirty documents" pages were made (a clean page darkened by a photographed background), plus mild
sensor noise. A check that a document model generalises beyond the damage it was trained on.

Usage: /usr/bin/python3 bench/texture_holdout.py --clean DIR --textures DIR --out DIR [--seed N]
  --clean: clean 8-bit gray PNG pages (e.g. bench/document-holdout.sh's clean/)
  --textures: gray or colour images to use as backgrounds (e.g. ../shared/data/images)
  writes --out/noisy/<name> and --out/clean/<name> (a copy), the same names as --clean.
Needs Debian's python3-numpy and python3-pil."""
import argparse, os, shutil
import numpy as np
from PIL import Image

p = argparse.ArgumentParser()
p.add_argument('--clean', required=True)
p.add_argument('--textures', required=True)
p.add_argument('--out', required=True)
p.add_argument('--seed', type=int, default=5)
a = p.parse_args()

rng = np.random.default_rng(a.seed)
skip = {'text.png', 'page.png', 'imageTextN.png', 'sudoku.png'}
textures = [np.asarray(Image.open(os.path.join(a.textures, n)).convert('L'), dtype=np.float64) / 255
            for n in sorted(os.listdir(a.textures)) if n.endswith('.png') and n not in skip]
os.makedirs(os.path.join(a.out, 'noisy'), exist_ok=True)
os.makedirs(os.path.join(a.out, 'clean'), exist_ok=True)
for i, name in enumerate(sorted(n for n in os.listdir(a.clean) if n.endswith('.png'))):
    clean = np.asarray(Image.open(os.path.join(a.clean, name)).convert('L'), dtype=np.float64) / 255
    h, w = clean.shape
    t = textures[i % len(textures)]
    scale = rng.uniform(1.0, 2.0)
    big = np.asarray(Image.fromarray((t * 255).astype(np.uint8)).resize(
        (max(w, int(t.shape[1] * scale)), max(h, int(t.shape[0] * scale))), Image.BILINEAR),
        dtype=np.float64) / 255
    y0 = rng.integers(0, big.shape[0] - h + 1)
    x0 = rng.integers(0, big.shape[1] - w + 1)
    bg = big[y0:y0 + h, x0:x0 + w]
    lo = rng.uniform(0.45, 0.8)
    bg = lo + (1 - lo) * (bg - bg.min()) / max(bg.max() - bg.min(), 1e-6)
    noisy = np.clip(clean * bg + rng.normal(0, rng.uniform(0.005, 0.02), clean.shape), 0, 1)
    Image.fromarray(np.rint(noisy * 255).astype(np.uint8)).save(os.path.join(a.out, 'noisy', name))
    shutil.copy(os.path.join(a.clean, name), os.path.join(a.out, 'clean', name))
print(f'{i + 1} pages in {a.out}/noisy, backgrounds from {len(textures)} textures')
