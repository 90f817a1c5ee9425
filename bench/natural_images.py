#!/usr/bin/python3
"""Natural training images from Debian packages, as 8-bit gray PNGs, with a manifest.

Usage: /usr/bin/python3 bench/natural_images.py OUT_DIR [--exclude DIR]

Sources (installed by Debian's python3-skimage and python3-scipy): the photographs of
scikit-image's data directory that are NOT among the quality bar's test images, and scipy's
face. Colour images are converted to gray with PIL's ITU-R 601 luma ('L'). Writes
OUT_DIR/<name>.png and OUT_DIR/MANIFEST.tsv (source package and version, source path and its
SHA-256, output size and SHA-256). With --exclude DIR (the test images, e.g. ../shared/data/images)
it refuses to write any image whose gray pixels equal one in DIR, as a check that no test image
slipped in; this only reads DIR, nothing from it is copied."""
import argparse, hashlib, io, os, subprocess, sys
import numpy as np
from PIL import Image

SKIMAGE = '/usr/lib/python3/dist-packages/skimage/data'
# Test images of the quality bar (and their sources): never used for training.
TEST_NAMES = {'camera', 'text', 'page', 'coins', 'moon', 'brick', 'astronaut', 'ascent',
              'imageTextN', 'sudoku'}
PHOTOS = ['cell.png', 'chelsea.png', 'clock_motion.png', 'coffee.png', 'grass.png', 'gravel.png',
          'hubble_deep_field.jpg', 'ihc.png', 'motorcycle_left.png', 'motorcycle_right.png',
          'retina.jpg', 'rocket.jpg']


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def package_version(package):
    out = subprocess.run(['dpkg-query', '-W', '-f=${Version}', package], capture_output=True,
                         text=True)
    return out.stdout.strip() or 'unknown'


def sources():
    skimage = 'python3-skimage ' + package_version('python3-skimage')
    for name in PHOTOS:
        path = os.path.join(SKIMAGE, name)
        with open(path, 'rb') as f:
            raw = f.read()
        yield os.path.splitext(name)[0], skimage, path, raw, Image.open(io.BytesIO(raw))
    import scipy.misc
    scipy_pkg = 'python3-scipy ' + package_version('python3-scipy')
    path = os.path.join(os.path.dirname(scipy.misc.__file__), 'face.dat')
    with open(path, 'rb') as f:
        raw = f.read()
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        face = scipy.misc.face()
    yield 'face', scipy_pkg, path, raw, Image.fromarray(face)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('out')
    p.add_argument('--exclude')
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    excluded = set()
    if a.exclude:
        for n in sorted(os.listdir(a.exclude)):
            if n.endswith('.png'):
                gray = np.asarray(Image.open(os.path.join(a.exclude, n)).convert('L'))
                excluded.add(sha256(gray.tobytes()))
    rows = ['file\tsource_package\tsource_file\tsource_sha256\tout_HxW\tout_sha256']
    for name, package, path, raw, image in sources():
        if name in TEST_NAMES:
            sys.exit(f'{name} is a test image: refusing to use it for training')
        gray = image.convert('L')
        if sha256(np.asarray(gray).tobytes()) in excluded:
            sys.exit(f'{name} has the pixels of a test image: refusing to use it for training')
        buf = io.BytesIO()
        gray.save(buf, format='PNG')
        out = buf.getvalue()
        with open(os.path.join(a.out, name + '.png'), 'wb') as f:
            f.write(out)
        rows.append(f'{name}.png\t{package}\t{path}\t{sha256(raw)}\t{gray.height}x{gray.width}'
                    f'\t{sha256(out)}')
    with open(os.path.join(a.out, 'MANIFEST.tsv'), 'w') as f:
        f.write('\n'.join(rows) + '\n')
    print('\n'.join(rows))


if __name__ == '__main__':
    main()
