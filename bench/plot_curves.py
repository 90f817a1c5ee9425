#!/usr/bin/python3
"""Draws the curves bench/time-to-quality.sh leaves in its --out directories (NAME.curve: one
"seconds psnr" line per epoch) as validation PSNR against training wall time, one panel per
directory, with the target (jvm-2t's last PSNR) as a dashed line. Needs Debian's
python3-matplotlib.

Usage: /usr/bin/python3 bench/plot_curves.py OUT.png TITLE=DIR [TITLE=DIR ...]"""
import os
import sys

import matplotlib

matplotlib.use('Agg')
import matplotlib.pyplot as plt  # noqa: E402 (after the backend)


def curves(directory):
    """{run name: (seconds, psnr)} of the .curve files in directory, one JVM's runs first."""
    found = {}
    for name in sorted(os.listdir(directory), key=lambda n: (not n.startswith('jvm'), n)):
        if name.endswith('.curve'):
            rows = [line.split() for line in open(os.path.join(directory, name)) if line.strip()]
            found[name[:-len('.curve')]] = ([float(r[0]) for r in rows], [float(r[1]) for r in rows])
    return found


def main(out, panels):
    figure, axes = plt.subplots(1, len(panels), figsize=(6 * len(panels), 4.5), squeeze=False)
    for ax, (title, directory) in zip(axes[0], panels):
        runs = curves(directory)
        for name, (seconds, psnr) in runs.items():
            ax.plot(seconds, psnr, marker='o', markersize=3, label=name)
        if 'jvm-2t' in runs:
            ax.axhline(runs['jvm-2t'][1][-1], color='gray', linestyle='--', linewidth=1,
                       label='target')
        ax.set_title(title)
        ax.set_xlabel('training wall time (s)')
        ax.set_ylabel('validation PSNR (dB)')
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(out, dpi=100)


if __name__ == '__main__':
    if len(sys.argv) < 3 or any('=' not in a for a in sys.argv[2:]):
        sys.exit(__doc__)
    main(sys.argv[1], [a.split('=', 1) for a in sys.argv[2:]])
