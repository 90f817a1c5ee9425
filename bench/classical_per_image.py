#!/usr/bin/python3
"""Per-image numbers of the classical baselines that ../shared/peers/classical.py averages.

Usage: /usr/bin/python3 bench/classical_per_image.py --images DIR [--sigma 25] [--tsv OUT]

classical.py prints one mean per method; the quality bar is per image, so this script draws the
same noise as classical.py documents (sorted PNGs of DIR, image i gets
clip(rint(255 * (x + s N(0, 1))), 0, 255) / 255 with N from numpy's default_rng(1000 + i),
s = sigma / 255), runs the same scikit-image / scipy methods with the same parameters (Gaussian
sigma 1, 3x3 median, non-local means with patch 5, distance 6, h = 0.8 s, fast mode, TV Chambolle
weight 0.1) and prints PSNR (data range 1) and SSIM in the Wang et al. setting (Gaussian window
sigma 1.5, population covariance) for every image, then the means, which must equal
classical.py's. Needs Debian's python3-skimage, python3-scipy, python3-pil."""
import argparse, os
import numpy as np
import scipy.ndimage as ndi
from PIL import Image
from skimage.metrics import peak_signal_noise_ratio, structural_similarity
from skimage.restoration import denoise_nl_means, denoise_tv_chambolle


def methods(s):
    return {
        'identity': lambda v: v,
        'gaussian_s1': lambda v: ndi.gaussian_filter(v, 1.0),
        'median3x3': lambda v: ndi.median_filter(v, size=3),
        'nlm': lambda v: denoise_nl_means(v, patch_size=5, patch_distance=6, h=0.8 * s, sigma=s,
                                          fast_mode=True),
        'tv_chambolle_w0.1': lambda v: denoise_tv_chambolle(v, weight=0.1),
    }


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--images', required=True)
    p.add_argument('--sigma', type=float, default=25.0)
    p.add_argument('--tsv')
    a = p.parse_args()
    s = a.sigma / 255
    names = sorted(n for n in os.listdir(a.images) if n.endswith('.png'))
    rows = []
    for i, name in enumerate(names):
        clean = np.asarray(Image.open(os.path.join(a.images, name)).convert('L')) / 255.0
        draw = np.random.default_rng(1000 + i).standard_normal(clean.shape)
        noisy = np.clip(np.rint(255 * (clean + s * draw)), 0, 255) / 255
        for method, f in methods(s).items():
            out = np.clip(f(noisy), 0, 1)
            psnr = peak_signal_noise_ratio(clean, out, data_range=1)
            ssim = structural_similarity(clean, out, data_range=1, gaussian_weights=True,
                                         sigma=1.5, use_sample_covariance=False)
            rows.append((name, method, psnr, ssim))
            print(f'{name}\t{method}\t{psnr:.3f}\t{ssim:.4f}', flush=True)
    for method in methods(s):
        ps = [r[2] for r in rows if r[1] == method]
        ss = [r[3] for r in rows if r[1] == method]
        print(f'mean\t{method}\t{np.mean(ps):.3f}\t{np.mean(ss):.4f}')
    if a.tsv:
        with open(a.tsv, 'w') as f:
            f.write('image\tmethod\tpsnr_db\tssim_wang\n')
            for r in rows:
                f.write(f'{r[0]}\t{r[1]}\t{r[2]:.4f}\t{r[3]:.5f}\n')


if __name__ == '__main__':
    main()
