#!/usr/bin/env python3
"""The score job's peer for BENCHMARKS.md: what a Python user would run instead of
`spark-denoise score` on MNIST-like IDX data, timed the same way.

For every test image (noise clip(x + nf N(0, 1), 0, 1), numpy's default_rng(2), as
../shared/peers/torch_ae.py draws it) and every method the score job writes (identity = the noisy
input, gaussian_s1, median3x3 and the seed network in PyTorch, batches of --batch), the metrics
the score job writes per row: PSNR and MSE (data range 1), SSIM in scikit-image's default
convention and in Wang's (Gaussian 1.5, population covariance), and the reference-free sigma-hat
(skimage.restoration.estimate_sigma). One process, torch with --threads threads; scikit-image and
scipy run on one thread. Prints one JSON line: images, seconds, images_per_s and the seconds of
each stage.

Usage: /usr/bin/python3 bench/score_peer.py --data ../shared/data/mnist [--weights DIR/weights.npz]
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import torch
from scipy import ndimage
from skimage.metrics import mean_squared_error, peak_signal_noise_ratio, structural_similarity
from skimage.restoration import estimate_sigma
from torch import nn

p = argparse.ArgumentParser()
p.add_argument("--data", required=True)
p.add_argument("--test", default="test")
p.add_argument("--peers", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "peers"))
p.add_argument("--weights", help="weights.npz written by torch_ae.py --out; default: untrained")
p.add_argument("--nf", type=float, default=0.5)
p.add_argument("--batch", type=int, default=64)
p.add_argument("--threads", type=int, default=2)
a = p.parse_args()
sys.path.insert(0, a.peers)
import idx  # noqa: E402  (the peers' IDX reader)

torch.set_num_threads(a.threads)
torch.manual_seed(0)
clean = idx.read_images(idx.find(a.data, a.test)).astype(np.float32) / 255.0
noisy = np.clip(clean + a.nf * np.random.default_rng(2).standard_normal(clean.shape, dtype=np.float32), 0, 1)

# The seed autoencoder, the architecture of Preset.SEED and torch_ae.py.
net = nn.Sequential(
    nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(32, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 16, 3, padding=1), nn.ReLU(), nn.Upsample(scale_factor=2, mode="nearest"),
    nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.Upsample(scale_factor=2, mode="nearest"),
    nn.Conv2d(32, 1, 3, padding=1), nn.Sigmoid())
if a.weights:
    w = np.load(a.weights)
    net.load_state_dict({k: torch.from_numpy(w[k]) for k in w.files})
net.eval()


def row(ref, img):
    ref64, img64 = ref.astype(np.float64), img.astype(np.float64)
    return (
        peak_signal_noise_ratio(ref64, img64, data_range=1),
        structural_similarity(ref64, img64, data_range=1),
        structural_similarity(ref64, img64, data_range=1, gaussian_weights=True, sigma=1.5,
                              use_sample_covariance=False),
        mean_squared_error(ref64, img64),
        float(estimate_sigma(img64)),
    )


stages = {"inference": 0.0, "baselines": 0.0, "metrics": 0.0}
rows = 0
psnr_sum = {}
start = time.perf_counter()
for i in range(0, len(clean), a.batch):
    ref, inp = clean[i:i + a.batch], noisy[i:i + a.batch]
    t = time.perf_counter()
    with torch.no_grad():
        out = net(torch.from_numpy(inp[:, None])).numpy()[:, 0]
    stages["inference"] += time.perf_counter() - t
    for r, x, y in zip(ref, inp, out):
        t = time.perf_counter()
        methods = {
            "identity": x,
            "gaussian_s1": ndimage.gaussian_filter(x, 1.0, mode="reflect"),
            "median3x3": ndimage.median_filter(x, size=3, mode="reflect"),
            "model": y,
        }
        stages["baselines"] += time.perf_counter() - t
        t = time.perf_counter()
        for name, img in methods.items():
            psnr_sum[name] = psnr_sum.get(name, 0.0) + row(r, img)[0]
            rows += 1
        stages["metrics"] += time.perf_counter() - t
seconds = time.perf_counter() - start
n = len(clean)
print(json.dumps({
    "images": n, "rows": rows, "seconds": round(seconds, 3), "images_per_s": round(n / seconds, 1),
    "stage_seconds": {k: round(v, 3) for k, v in stages.items()},
    "mean_psnr_db": {k: round(v / n, 3) for k, v in psnr_sum.items()},
    "torch": torch.__version__, "threads": a.threads, "batch": a.batch,
}))
