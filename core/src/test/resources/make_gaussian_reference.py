#!/usr/bin/python3
# Copyright 2026 The spark-denoise authors.
# SPDX-License-Identifier: Apache-2.0
"""Reference scipy.ndimage.gaussian_filter outputs for GaussianFilterTest.

Run from this folder with Debian's python3-scipy:
    /usr/bin/python3 make_gaussian_reference.py > gaussian_reference.csv

Inputs are the pattern images of make_sigma_reference.py (rebuilt by the Java test from the
coefficients in each row), filtered in float64 with truncate=4.0 and mode='reflect', each channel
on its own. The last column holds the output samples, row-major with channels interleaved.
"""
import sys

import numpy as np
from scipy import __version__ as scipy_version
from scipy.ndimage import gaussian_filter

from make_sigma_reference import PATTERNS, pattern

CASES = [("odd9x13", 1.0), ("odd9x13", 0.5), ("odd9x13", 2.5), ("tiny3x2", 1.0), ("rgb12x10", 1.5)]


def main():
    out = sys.stdout
    out.write(f"# gaussian_filter from scipy {scipy_version}; see make_gaussian_reference.py\n")
    out.write("name,height,width,channels,a,b,c,d,e,sigma,samples\n")
    specs = {p[0]: p for p in PATTERNS}
    for name, sigma in CASES:
        _, h, w, ch, a, b, c, d, e = specs[name]
        img = pattern(h, w, ch, a, b, c, d, e)
        blurred = gaussian_filter(img, sigma=(sigma, sigma, 0), truncate=4.0, mode="reflect")
        samples = " ".join(repr(float(v)) for v in blurred.ravel())
        out.write(f"{name},{h},{w},{ch},{a},{b},{c},{d},{e},{sigma!r},{samples}\n")


if __name__ == "__main__":
    main()
