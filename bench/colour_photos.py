"""Colour photographs at Gaussian noise: the test images, their noisy versions, non-local means in
colour (the classical peer) and any denoiser's outputs, scored side by side with scikit-image.

  --export DIR          write scikit-image's colour photographs as PNGs: DIR/test (chelsea,
                        coffee, astronaut) and DIR/train (the others), then stop
  --clean DIR           the clean test images (PNG, RGB)
  --noisy DIR           where the noisy images are (written when missing):
                        clip(rint(255 * (x + s * N(0,1))), 0, 255) / 255 per channel, s = sigma/255,
                        N from numpy default_rng(1000 + i), i = index in sorted file order
  --denoised NAME=DIR   a method's outputs, matched by file name (repeatable)

Metrics: PSNR (data_range 1, all channels) and SSIM (Wang: Gaussian 1.5, population covariance,
channel_axis=-1, the mean over channels). Non-local means: skimage.restoration.denoise_nl_means with
channel_axis=-1, patch 5, distance 6, h = 0.8 * sigma, fast mode, as classical.py does in gray.
Needs Debian's python3-skimage (run with /usr/bin/python3)."""
import argparse, os, shutil, time
import numpy as np, skimage
from PIL import Image
from skimage.metrics import peak_signal_noise_ratio as psnr, structural_similarity as ssim
from skimage.restoration import denoise_nl_means

TEST = ['astronaut.png', 'chelsea.png', 'coffee.png']
TRAIN = ['hubble_deep_field.jpg', 'ihc.png', 'motorcycle_left.png', 'motorcycle_right.png',
         'retina.jpg', 'rocket.jpg']

p = argparse.ArgumentParser()
p.add_argument('--export'); p.add_argument('--clean'); p.add_argument('--noisy')
p.add_argument('--sigma', type=float, default=25.0)
p.add_argument('--denoised', action='append', default=[])
a = p.parse_args()

def rgb(path):
    return np.asarray(Image.open(path).convert('RGB')).astype(np.float64) / 255

if a.export:
    data = os.path.join(os.path.dirname(skimage.__file__), 'data')
    for part, names in (('test', TEST), ('train', TRAIN)):
        os.makedirs(os.path.join(a.export, part), exist_ok=True)
        for n in names:
            out = os.path.join(a.export, part, os.path.splitext(n)[0] + '.png')
            Image.open(os.path.join(data, n)).convert('RGB').save(out)
    print(f'# skimage {skimage.__version__}: {len(TEST)} test and {len(TRAIN)} train photographs in {a.export}')
    raise SystemExit(0)

names = sorted(n for n in os.listdir(a.clean) if n.endswith('.png'))
s = a.sigma / 255
os.makedirs(a.noisy, exist_ok=True)
clean, noisy = [], []
for i, n in enumerate(names):
    x = rgb(os.path.join(a.clean, n))
    path = os.path.join(a.noisy, n)
    if not os.path.exists(path):
        z = np.clip(np.rint(255 * (x + s * np.random.default_rng(1000 + i).standard_normal(x.shape))), 0, 255)
        Image.fromarray(z.astype(np.uint8)).save(path)
    clean.append(x); noisy.append(rgb(path))

methods = {
    'noisy input': lambda i, v: v,
    'nlm (colour)': lambda i, v: denoise_nl_means(v, patch_size=5, patch_distance=6, h=0.8 * s,
                                                 sigma=s, fast_mode=True, channel_axis=-1),
}
for spec in a.denoised:
    name, folder = spec.split('=', 1)
    methods[name] = lambda i, v, folder=folder: rgb(os.path.join(folder, names[i]))

print(f'# skimage {skimage.__version__}, sigma {a.sigma:g}, images: {", ".join(names)}')
print('| method | ' + ' | '.join(f'{n[:-4]} PSNR dB / SSIM' for n in names) + ' | mean PSNR dB | mean SSIM | seconds |')
print('|---|' + '---:|' * (len(names) + 3))
for m, f in methods.items():
    t = time.perf_counter(); cells, ps, ss = [], [], []
    for i, (c, v) in enumerate(zip(clean, noisy)):
        d = np.clip(f(i, v), 0, 1)
        q = psnr(c, d, data_range=1)
        w = ssim(c, d, data_range=1, channel_axis=-1, gaussian_weights=True, sigma=1.5,
                 use_sample_covariance=False)
        ps.append(q); ss.append(w); cells.append(f'{q:.2f} / {w:.3f}')
    dt = time.perf_counter() - t
    print(f'| {m} | ' + ' | '.join(cells) + f' | {np.mean(ps):.2f} | {np.mean(ss):.3f} | {dt:.1f} |', flush=True)
