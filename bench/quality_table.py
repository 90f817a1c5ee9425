#!/usr/bin/python3
"""The quality bar's table: per image, PSNR and SSIM (Wang) of the noisy input and each classical
baseline (classical_per_image.py's TSV) next to our model (the score job's rows as CSV from
spark-denoise sql), the means, and which images the model does not beat every baseline on.

Usage: bench/quality_table.py CLASSICAL_TSV OURS_CSV"""
import csv, os, sys

BASELINES = ['identity', 'gaussian_s1', 'median3x3', 'nlm', 'tv_chambolle_w0.1']


def main():
    classical, ours = {}, {}
    with open(sys.argv[1]) as f:
        for r in csv.DictReader(f, delimiter='\t'):
            classical[(r['image'], r['method'])] = (float(r['psnr_db']), float(r['ssim_wang']))
    with open(sys.argv[2]) as f:
        for r in csv.DictReader(f):
            name = os.path.basename(r['image_id'])
            ours[(name, r['method'])] = (float(r['psnr_db']), float(r['ssim_wang']))
    images = sorted({k[0] for k in classical})
    head = ['image'] + BASELINES + ['model (ours)', 'model - best']
    print('| ' + ' | '.join(head) + ' |')
    print('|' + '---|' * len(head))
    sums = [[0.0, 0.0] for _ in range(len(BASELINES) + 1)]
    short = []
    for image in images:
        cells = [image]
        for i, m in enumerate(BASELINES):
            p, s = classical[(image, m)]
            sums[i][0] += p
            sums[i][1] += s
            cells.append(f'{p:.2f} / {s:.3f}')
        p, s = ours[(image, 'model')]
        sums[-1][0] += p
        sums[-1][1] += s
        best_p = max(classical[(image, m)][0] for m in BASELINES)
        best_s = max(classical[(image, m)][1] for m in BASELINES)
        cells.append(f'**{p:.2f} / {s:.3f}**')
        cells.append(f'{p - best_p:+.2f} / {s - best_s:+.3f}')
        if p <= best_p or s <= best_s:
            short.append(f'{image}: {p - best_p:+.2f} dB, SSIM {s - best_s:+.3f}')
        print('| ' + ' | '.join(cells) + ' |')
    n = len(images)
    means = [f'{a / n:.2f} / {b / n:.3f}' for a, b in sums]
    print('| **mean** | ' + ' | '.join(means[:-1]) + f' | **{means[-1]}** | |')
    print()
    print('not beaten per image: ' + ('; '.join(short) if short else 'none'))


if __name__ == '__main__':
    main()
