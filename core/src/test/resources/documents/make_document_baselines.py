"""Regenerates the document clean-up baselines' reference outputs, as ../shared/peers/documents.py
computes them (Debian's python3-scipy 1.10 and python3-skimage 0.19):

  /usr/bin/python3 make_document_baselines.py

Input: page.png, a 96 x 120 crop of a page rendered and damaged by spark-denoise itself
(bench/document-holdout.sh, page 540x420px-90-page-000001-crumpled.png, rows 100-195, columns
60-179). Outputs: bg_median21.png, clip(x - median21(x) + 1, 0, 1) with scipy's median_filter
(size 21, mode 'reflect'), and sauvola.png, x > threshold_sauvola(x, window_size=25) (k 0.2, r from
the float dtype's range), both as 8-bit PNGs; sauvola_threshold.csv, the threshold of every 7th
pixel (row, column, threshold) to check the local statistics themselves."""
import numpy as np
from PIL import Image
from scipy import ndimage
from skimage.filters import threshold_sauvola

x = np.asarray(Image.open('page.png').convert('L'), dtype=np.float64) / 255
bg = np.clip(x - ndimage.median_filter(x, size=21) + 1, 0, 1)
Image.fromarray(np.rint(bg * 255).astype(np.uint8)).save('bg_median21.png')
t = threshold_sauvola(x, window_size=25)
Image.fromarray(((x > t) * 255).astype(np.uint8)).save('sauvola.png')
with open('sauvola_threshold.csv', 'w') as f:
    f.write('row,col,threshold\n')
    for r in range(0, x.shape[0], 7):
        for c in range(0, x.shape[1], 7):
            f.write(f'{r},{c},{t[r, c]:.12f}\n')
