"""Clean document pages in typefaces the built-in model never trained on, to check that it
generalises beyond its training fonts (DejaVu, Java's logical fonts on Debian, and the Liberation and
FreeFont families `pages --fonts` adds in the retraining script's last stage). Drawn by PIL in Lato
and five of URW's PostScript clones (Century Schoolbook, Palatino, Bookman, Times, Courier), plain,
bold and italic, with English prose (the licence texts Debian ships in /usr/share/common-licenses),
at the size of the real-scan benchmark's pages (540 pixels wide, 258 or 420 high) and its print
sizes (12 to 22 pixels per em, 9 to 12 points at 90 to 120 dpi).

Usage: /usr/bin/python3 bench/font_pages.py --out DIR [--pages N] [--seed S]
  writes DIR/<name>.png (8-bit gray, white paper) and DIR/text/<name>.txt (the text drawn),
  N pages (default 36), names 540x<h>px-<em>-page-<i>-<font>.png.
Damage them with bench/document-holdout.sh --clean DIR or bench/texture_holdout.py --clean DIR.
Needs Debian's python3-pil, fonts-lato and fonts-urw-base35."""
import argparse, os, re
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONTS = {  # plain, bold, italic
    'lato': ('truetype/lato/Lato-Regular.ttf', 'truetype/lato/Lato-Bold.ttf',
             'truetype/lato/Lato-Italic.ttf'),
    'schoolbook': ('opentype/urw-base35/C059-Roman.otf', 'opentype/urw-base35/C059-Bold.otf',
                   'opentype/urw-base35/C059-Italic.otf'),
    'palatino': ('opentype/urw-base35/P052-Roman.otf', 'opentype/urw-base35/P052-Bold.otf',
                 'opentype/urw-base35/P052-Italic.otf'),
    'bookman': ('opentype/urw-base35/URWBookman-Light.otf', 'opentype/urw-base35/URWBookman-Demi.otf',
                'opentype/urw-base35/URWBookman-LightItalic.otf'),
    'times': ('opentype/urw-base35/NimbusRoman-Regular.otf', 'opentype/urw-base35/NimbusRoman-Bold.otf',
              'opentype/urw-base35/NimbusRoman-Italic.otf'),
    'courier': ('opentype/urw-base35/NimbusMonoPS-Regular.otf',
                'opentype/urw-base35/NimbusMonoPS-Bold.otf',
                'opentype/urw-base35/NimbusMonoPS-Italic.otf'),
}
STYLES = [0, 0, 1, 2]  # plain twice as often as bold or italic
ROOT = '/usr/share/fonts'
LICENCES = '/usr/share/common-licenses'

p = argparse.ArgumentParser()
p.add_argument('--out', required=True)
p.add_argument('--pages', type=int, default=36)
p.add_argument('--seed', type=int, default=7)
a = p.parse_args()

rng = np.random.default_rng(a.seed)
words = []
for n in sorted(os.listdir(LICENCES)):
    path = os.path.join(LICENCES, n)
    if os.path.isfile(path) and not os.path.islink(path):
        with open(path, encoding='utf-8', errors='replace') as f:
            words += [w for w in re.split(r'\s+', f.read()) if re.fullmatch(r"[A-Za-z,.;:'()-]{1,14}", w)]
fonts = sorted(FONTS)
missing = [f for f in fonts if not all(os.path.exists(os.path.join(ROOT, x)) for x in FONTS[f])]
if missing:
    raise SystemExit(f'fonts not installed: {missing} (apt-get install fonts-lato fonts-urw-base35)')
os.makedirs(os.path.join(a.out, 'text'), exist_ok=True)


def line(draw, font, start, width):
    """The words from start that fit in width pixels, as one line, and the index of the next word."""
    words_, i = [], start
    while True:
        w = words[i % len(words)]
        if words_ and draw.textlength(' '.join(words_ + [w]), font=font) > width:
            return ' '.join(words_), i
        words_.append(w)
        i += 1


for i in range(a.pages):
    height = (258, 420)[i % 2]
    name = fonts[(i // 2) % len(fonts)]
    style = STYLES[rng.integers(len(STYLES))]
    em = int(rng.integers(12, 23))
    font = ImageFont.truetype(os.path.join(ROOT, FONTS[name][style]), em)
    page = Image.new('L', (540, height), 255)
    draw = ImageDraw.Draw(page)
    margin = int(rng.integers(15, 45))
    leading = int(round(em * rng.uniform(1.15, 1.5)))
    cursor = int(rng.integers(0, len(words)))
    y, text = margin, []
    while y + em <= height - margin // 2:
        drawn, cursor = line(draw, font, cursor, 540 - 2 * margin)
        draw.text((margin, y), drawn, fill=int(rng.integers(0, 40)), font=font)
        text.append(drawn)
        y += leading
    stem = f'540x{height}px-{em}-page-{i:06d}-{name}'
    page.save(os.path.join(a.out, stem + '.png'))
    with open(os.path.join(a.out, 'text', stem + '.txt'), 'w') as f:
        f.write('\n'.join(text) + '\n')
print(f'{a.pages} pages in {a.out}, fonts {", ".join(fonts)}')
