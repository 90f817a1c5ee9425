#!/usr/bin/python3
# Copyright 2026 The spark-denoise authors.
# SPDX-License-Identifier: Apache-2.0
"""Reference noise-sigma estimates from scikit-image for NoiseEstimatorTest.

Run from this folder with Debian's python3-skimage and python3-pywt:
    /usr/bin/python3 make_sigma_reference.py > sigma_reference.csv

Pattern images are defined by their row in the CSV, so the Java test rebuilds the same samples:
sample(y, x, ch) = float32(((a*y*y + b*x*x + c*x*y + d*ch + e) mod 256) / 255). The oracle PNGs
(8-bit gray) are read as k / 255 in float32 too, so both sides estimate from identical inputs.
"""
import sys
import warnings

import numpy as np
from PIL import Image
from skimage import __version__ as skimage_version
from skimage.restoration import estimate_sigma

PATTERNS = [
    # name, height, width, channels, a, b, c, d, e
    ("square16", 16, 16, 1, 7, 13, 5, 0, 3),
    ("odd9x13", 9, 13, 1, 37, 91, 17, 0, 11),
    ("tall21x6", 21, 6, 1, 3, 29, 61, 0, 200),
    ("tiny3x2", 3, 2, 1, 53, 19, 7, 0, 1),
    ("rgb12x10", 12, 10, 3, 11, 23, 41, 97, 5),
]
ORACLE_PNGS = [
    "camera_gauss25_clean.png",
    "camera_gauss25_distorted.png",
    "text_median3_clean.png",
    "text_median3_distorted.png",
    "mnist_test0_noisy_clean.png",
    "mnist_test0_noisy_distorted.png",
]


def pattern(h, w, ch, a, b, c, d, e):
    y, x, k = np.meshgrid(np.arange(h), np.arange(w), np.arange(ch), indexing="ij")
    codes = (a * y * y + b * x * x + c * x * y + d * k + e) % 256
    return (codes / 255.0).astype(np.float32).astype(np.float64)


def sigma(img):
    if img.shape[2] == 1:
        return estimate_sigma(img[:, :, 0])
    return estimate_sigma(img, channel_axis=-1, average_sigmas=True)


def main():
    warnings.filterwarnings("ignore", message="image is size")
    out = sys.stdout
    out.write(f"# estimate_sigma from scikit-image {skimage_version}; see make_sigma_reference.py\n")
    out.write("name,height,width,channels,a,b,c,d,e,sigma\n")
    for name, h, w, ch, a, b, c, d, e in PATTERNS:
        s = sigma(pattern(h, w, ch, a, b, c, d, e))
        out.write(f"{name},{h},{w},{ch},{a},{b},{c},{d},{e},{s!r}\n")
    for png in ORACLE_PNGS:
        gray = np.asarray(Image.open("oracle/" + png).convert("L"))
        img = (gray / 255.0).astype(np.float32).astype(np.float64)[:, :, None]
        h, w = gray.shape
        out.write(f"oracle/{png},{h},{w},1,,,,,,{sigma(img)!r}\n")


if __name__ == "__main__":
    main()
