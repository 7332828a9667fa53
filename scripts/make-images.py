#!/usr/bin/env python3
# Copyright (C) 2026 The Shared Memory Loader authors
# SPDX-License-Identifier: BSD-3-Clause
"""Draws the bundled images in assets/ from code (no downloaded pictures).

    /usr/bin/python3 scripts/make-images.py           # (re)write the three images
    /usr/bin/python3 scripts/make-images.py --check   # exit 1 if a committed image differs

The programs pass images through shared memory beside texts; these three cover the cases:

  assets/shared-memory.png  480x320 RGBA diagram (two processes and the segment between them) on
                            a transparent background, with fully and partly transparent areas;
                            small enough for the default 65,536-byte segment.
  assets/mountains.jpg      1600x1067 baseline JPEG of a procedural landscape, larger than the
                            default segment (so it is truncated or needs a larger segment).
  assets/pattern.gif        256x256 palette GIF of a Truchet pattern, a few KiB.

The output is deterministic: fixed seeds, no time stamps or other metadata in the files (no PNG
tIME/tEXt chunks, no JPEG EXIF, no GIF comment), so the same Pillow/zlib/libjpeg produce the same
bytes on every run. Text is drawn with a small bitmap font defined below, not a system font.
Needs Python 3.9+ and Pillow (Debian: python3-pil). With --check the images are generated into
a temporary directory and compared byte for byte with assets/; nothing in assets/ is touched.
"""

import argparse
import io
import math
import random
import sys
import tempfile
from pathlib import Path

try:
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
except ImportError:
    sys.exit("make-images.py: needs Pillow (Debian: apt-get install python3-pil; "
             "run it with /usr/bin/python3)")

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
NAMES = ["shared-memory.png", "mountains.jpg", "pattern.gif"]

# A 5x7 bitmap font with just the letters the diagram needs.
FONT = {
    "A": [".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
    "D": ["####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."],
    "E": ["#####", "#....", "#....", "####.", "#....", "#....", "#####"],
    "H": ["#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
    "I": [".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."],
    "L": ["#....", "#....", "#....", "#....", "#....", "#....", "#####"],
    "M": ["#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"],
    "O": [".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
    "R": ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"],
    "S": [".####", "#....", "#....", ".###.", "....#", "....#", "####."],
    "V": ["#...#", "#...#", "#...#", "#...#", "#...#", ".#.#.", "..#.."],
    "W": ["#...#", "#...#", "#...#", "#.#.#", "#.#.#", "##.##", "#...#"],
    "Y": ["#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.."],
    " ": ["....."] * 7,
}


def lerp(a, b, t):
    return a + (b - a) * t


def mix(c1, c2, t):
    return tuple(int(round(lerp(a, b, t))) for a, b in zip(c1, c2))


def text_width(text, px):
    return (len(text) * 6 - 1) * px


def draw_text(draw, x, y, text, px, fill):
    """Draws text with FONT, each font pixel a px-by-px square, top left at (x, y)."""
    for i, ch in enumerate(text):
        for row, bits in enumerate(FONT[ch]):
            for col, bit in enumerate(bits):
                if bit == "#":
                    x0 = x + (i * 6 + col) * px
                    y0 = y + row * px
                    draw.rectangle([x0, y0, x0 + px - 1, y0 + px - 1], fill=fill)


# --- assets/shared-memory.png ----------------------------------------------------------------

def make_diagram():
    w, h, ss = 480, 320, 4          # drawn 4x larger, then scaled down for smooth edges

    def s(*v):
        return [int(round(c * ss)) for c in v]

    shapes = Image.new("RGBA", (w * ss, h * ss), (0, 0, 0, 0))
    d = ImageDraw.Draw(shapes)
    shadow = Image.new("L", shapes.size, 0)
    sd = ImageDraw.Draw(shadow)

    boxes = [  # (x0, y0, x1, y1, fill, outline, label)
        (16, 100, 130, 230, (86, 140, 230, 150), (38, 86, 178, 255), "LOADER"),
        (350, 100, 464, 230, (80, 190, 140, 150), (28, 128, 84, 255), "VIEWER"),
    ]
    seg = (180, 62, 300, 272)

    for x0, y0, x1, y1, *_ in boxes:
        sd.rounded_rectangle(s(x0 + 4, y0 + 6, x1 + 4, y1 + 6), radius=16 * ss, fill=90)
    sd.rounded_rectangle(s(seg[0] + 4, seg[1] + 6, seg[2] + 4, seg[3] + 6), radius=10 * ss,
                         fill=90)
    shadow = shadow.filter(ImageFilter.GaussianBlur(5 * ss))
    canvas = Image.new("RGBA", shapes.size, (20, 30, 50, 0))
    canvas.putalpha(shadow)

    # The two processes: translucent rounded boxes with an icon and a label.
    for x0, y0, x1, y1, fill, outline, label in boxes:
        d.rounded_rectangle(s(x0, y0, x1, y1), radius=16 * ss, fill=fill, outline=outline,
                            width=3 * ss)
        cx = (x0 + x1) / 2
        tw = text_width(label, 2)
        draw_text(d, int((cx - tw / 2) * ss), int((y1 - 28) * ss), label, 2 * ss, outline)
    # Loader icon: a picture file with a folded corner and a mountain.
    lx, ly = 51, 122
    d.polygon(s(lx, ly, lx + 32, ly, lx + 44, ly + 12, lx + 44, ly + 56, lx, ly + 56),
              fill=(255, 255, 255, 235), outline=(38, 86, 178, 255), width=2 * ss)
    d.polygon(s(lx + 32, ly, lx + 32, ly + 12, lx + 44, ly + 12), fill=(190, 210, 245, 255),
              outline=(38, 86, 178, 255), width=2 * ss)
    d.polygon(s(lx + 5, ly + 50, lx + 18, ly + 30, lx + 26, ly + 40, lx + 31, ly + 34,
                lx + 39, ly + 50), fill=(70, 120, 200, 255))
    d.ellipse(s(lx + 28, ly + 18, lx + 36, ly + 26), fill=(245, 180, 60, 255))
    # Viewer icon: a screen on a stand showing the same picture.
    vx, vy = 380, 120
    d.rounded_rectangle(s(vx, vy, vx + 54, vy + 40), radius=4 * ss, fill=(255, 255, 255, 235),
                        outline=(28, 128, 84, 255), width=2 * ss)
    d.polygon(s(vx + 7, vy + 34, vx + 20, vy + 14, vx + 28, vy + 24, vx + 34, vy + 18,
                vx + 47, vy + 34), fill=(50, 150, 100, 255))
    d.ellipse(s(vx + 36, vy + 7, vx + 44, vy + 15), fill=(245, 180, 60, 255))
    d.rectangle(s(vx + 23, vy + 41, vx + 31, vy + 50), fill=(28, 128, 84, 255))
    d.rounded_rectangle(s(vx + 13, vy + 50, vx + 41, vy + 55), radius=2 * ss,
                        fill=(28, 128, 84, 255))

    # The segment: a header band, then a payload of translucent cells, some of them empty.
    x0, y0, x1, y1 = seg
    d.rounded_rectangle(s(x0, y0, x1, y1), radius=10 * ss, fill=(248, 248, 252, 200),
                        outline=(60, 66, 84, 255), width=3 * ss)
    d.rounded_rectangle(s(x0 + 8, y0 + 8, x1 - 8, y0 + 30), radius=4 * ss,
                        fill=(60, 66, 84, 255))
    for i, col in enumerate([(245, 180, 60), (240, 110, 90), (120, 200, 250), (150, 230, 150)]):
        d.rounded_rectangle(s(x0 + 16 + i * 16, y0 + 15, x0 + 26 + i * 16, y0 + 23),
                            radius=2 * ss, fill=col + (255,))
    rng = random.Random(20260101)
    palette = [(86, 140, 230), (80, 190, 140), (245, 180, 60), (240, 110, 90), (150, 120, 220)]
    cols, rows, cell, gap = 7, 11, 12, 3
    gx = x0 + (x1 - x0 - (cols * cell + (cols - 1) * gap)) / 2
    gy = y0 + 40
    filled = 54                     # the payload fills part of the segment, the rest is free
    for r in range(rows):
        for c in range(cols):
            k = r * cols + c
            cx0, cy0 = gx + c * (cell + gap), gy + r * (cell + gap)
            if k < filled:
                colour = palette[rng.randrange(len(palette))]
                alpha = 150 + rng.randrange(106)
                d.rounded_rectangle(s(cx0, cy0, cx0 + cell, cy0 + cell), radius=2 * ss,
                                    fill=colour + (alpha,))
            else:
                d.rounded_rectangle(s(cx0, cy0, cx0 + cell, cy0 + cell), radius=2 * ss,
                                    outline=(150, 156, 170, 200), width=1 * ss)

    # Arrows: the loader writes into the segment, the viewer reads from it.
    ink = (60, 66, 84, 255)
    for ax0, ax1 in ((136, 172), (306, 342)):
        ay = 165
        d.line(s(ax0, ay, ax1 - 10, ay), fill=ink, width=4 * ss)
        d.polygon(s(ax1 - 12, ay - 9, ax1, ay, ax1 - 12, ay + 9), fill=ink)

    title = "SHARED MEMORY"
    tw = text_width(title, 2)
    draw_text(d, int((240 - tw / 2) * ss), 36 * ss, title, 2 * ss, ink)

    canvas = Image.alpha_composite(canvas, shapes)
    return canvas.resize((w, h), Image.LANCZOS)


# --- assets/mountains.jpg --------------------------------------------------------------------

def fractal(size, seed, base, octaves, falloff=0.55):
    """Smooth fractal noise as an "L" image: random grids of growing resolution, upscaled."""
    rng = random.Random(seed)
    w, h = size
    acc = None
    total = 0.0
    amp = 1.0
    for o in range(octaves):
        gw = max(2, int(base * 2 ** o))
        gh = max(2, int(gw * h / w))
        grid = Image.frombytes("L", (gw, gh), rng.randbytes(gw * gh))
        layer = grid.resize(size, Image.BICUBIC)
        total += amp
        acc = layer if acc is None else Image.blend(acc, layer, amp / total)
        amp *= falloff
    return acc.point(_stretch(acc))


def _stretch(img):
    """A lookup table that stretches the histogram of img to the full 0..255 range."""
    hist = img.histogram()
    n = sum(hist)
    lo = hi = 0
    seen = 0
    for v, count in enumerate(hist):
        seen += count
        if seen >= n * 0.01 and lo == 0:
            lo = v
        if seen >= n * 0.99:
            hi = v
            break
    hi = max(hi, lo + 1)
    return [max(0, min(255, int((v - lo) * 255 / (hi - lo)))) for v in range(256)]


def ridge(width, rng, octaves, base_len, sharp, falloff=0.45):
    """Heights in 0..1 for each x: value noise, partly ridged (1 - |n|) for sharp peaks."""
    heights = [0.0] * width
    amp, length, total = 1.0, base_len, 0.0
    for _ in range(octaves):
        knots = [rng.uniform(-1, 1) for _ in range(width // max(1, int(length)) + 3)]
        for x in range(width):
            f = x / length
            i = int(f)
            t = f - i
            t = t * t * (3 - 2 * t)
            n = lerp(knots[i], knots[i + 1], t)
            n = lerp(n, 1 - 2 * abs(n), sharp)
            heights[x] += n * amp
        total += amp
        amp *= falloff
        length = max(2.0, length / 2)
    lo, hi = min(heights), max(heights)
    return [(v - lo) / (hi - lo) for v in heights]


def make_landscape():
    w, h = 1600, 1067
    horizon = int(h * 0.64)
    sun = (1250, 330)

    # Sky: a vertical gradient with a warm glow around a low sun, computed at 1/4 scale.
    sw, sh = w // 4, h // 4
    sky_small = Image.new("RGB", (sw, sh))
    top, mid, low = (34, 64, 122), (112, 150, 205), (250, 208, 160)
    px = []
    for y in range(sh):
        t = y / (horizon / 4)
        base = mix(top, mid, min(1, t / 0.6)) if t < 0.6 else mix(mid, low, min(1, (t - 0.6) / 0.4))
        for x in range(sw):
            dx, dy = x * 4 - sun[0], (y * 4 - sun[1]) * 1.6
            g = math.exp(-(dx * dx + dy * dy) / (2 * 260.0 ** 2))
            px.append(mix(base, (255, 232, 190), 0.85 * g))
    sky_small.putdata(px)
    sky = sky_small.resize((w, h), Image.BICUBIC)

    # Clouds: thresholded fractal noise, thin streaks lit from below.
    cloud = fractal((w, h), 11, 6, 7, 0.6)
    cloud = cloud.resize((w, h // 3), Image.BICUBIC).resize((w, h), Image.BICUBIC)
    cloud_mask = cloud.point(lambda v: max(0, min(255, (v - 150) * 3)))
    fade = Image.linear_gradient("L").resize((w, h)).point(
        lambda v: max(0, min(255, int(255 - abs(v - 110) * 2.2))))
    cloud_mask = ImageChops.multiply(cloud_mask, fade)
    cloud_col = Image.composite(Image.new("RGB", (w, h), (255, 226, 200)),
                                Image.new("RGB", (w, h), (200, 190, 200)), cloud)
    img = Image.composite(cloud_col, sky, cloud_mask.point(lambda v: v * 7 // 10))
    # The sun itself.
    sun_disc = Image.new("L", (w, h), 0)
    ImageDraw.Draw(sun_disc).ellipse([sun[0] - 34, sun[1] - 34, sun[0] + 34, sun[1] + 34],
                                     fill=255)
    sun_disc = sun_disc.filter(ImageFilter.GaussianBlur(3))
    img = Image.composite(Image.new("RGB", (w, h), (255, 246, 222)), img, sun_disc)

    # Mountain ranges from far (hazy, light) to near (dark, textured).
    rng = random.Random(1067)
    haze = (196, 190, 205)
    layers = [  # (top of peaks, height span, octaves, base length, sharpness, colour, detail)
        (0.30, 0.30, 7, 420, 0.9, (120, 128, 160), 0.10),
        (0.40, 0.25, 7, 300, 0.8, (92, 104, 132), 0.16),
        (0.50, 0.20, 7, 260, 0.6, (66, 84, 96), 0.22),
        (0.60, 0.16, 7, 220, 0.5, (48, 66, 58), 0.30),
        (0.72, 0.14, 7, 200, 0.4, (34, 50, 36), 0.38),
        (0.84, 0.12, 6, 180, 0.3, (22, 34, 24), 0.45),
    ]
    vert = Image.linear_gradient("L").resize((w, h))          # 0 at the top, 255 at the bottom
    for n, (peak, span, octs, blen, sharp, colour, detail) in enumerate(layers):
        depth = n / (len(layers) - 1)
        heights = ridge(w, rng, octs, blen, sharp)
        ys = [int(h * (peak + span * (1 - v))) for v in heights]
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).polygon([(0, h)] + list(enumerate(ys)) + [(w - 1, h)], fill=255)
        mask = mask.filter(ImageFilter.GaussianBlur(0.7))

        # Light from the sun side: slopes rising towards the sun are brighter.
        shade = Image.new("L", (w, 1))
        shade.putdata([int(128 + max(-1, min(1, (ys[max(0, x - 12)] - ys[min(w - 1, x + 12)])
                                                * 0.03)) * 100) for x in range(w)])
        shade = shade.filter(ImageFilter.BoxBlur(6)).resize((w, h), Image.BILINEAR)
        tex = fractal((w, h), 100 + n, 10 + 6 * n, 7, 0.62)
        tex = Image.blend(tex, shade, 0.4)

        far_col = mix(colour, haze, 0.45 * (1 - depth))
        lit = mix(far_col, (236, 190, 150), 0.35 - 0.2 * depth)
        dark = mix(far_col, (10, 14, 24), 0.25 + detail)
        body = Image.composite(Image.new("RGB", (w, h), lit), Image.new("RGB", (w, h), dark),
                               tex)
        # Mist settles at the foot of each range.
        base_y = int(h * (peak + span))
        mist = vert.point(lambda v, b=base_y: max(0, min(255, int((v * h / 255 - b + 120)
                                                                  * 1.1))))
        body = Image.composite(Image.new("RGB", (w, h), mix(haze, (255, 240, 225), 0.3)), body,
                               mist.point(lambda v, d=depth: int(v * (0.75 - 0.75 * d))))
        if n == 0:
            # Snow on the highest peaks of the far range.
            # Snow where the height, disturbed by the texture, is above a line.
            alt = Image.blend(vert, ImageChops.invert(tex), 0.35)
            line = 0.65 * 255 * (peak + span * 0.32) + 0.35 * 128
            snow = alt.point(lambda v, s=line: max(0, min(255, int((s - v) * 24))))
            body = Image.composite(Image.new("RGB", (w, h), (238, 232, 236)), body, snow)
        img = Image.composite(body, img, mask)

        if n == len(layers) - 1:
            # Pine trees: a row along the nearest ridge, then larger, darker rows below it.
            d = ImageDraw.Draw(img)
            for row in range(4):
                scale = 1 + 0.45 * row
                x = rng.randint(-20, 20)
                while x < w + 20:
                    th = rng.randint(28, 80) * scale
                    tw = th * rng.uniform(0.28, 0.38)
                    by = ys[max(0, min(w - 1, x))] + 8 + row * 55 + rng.randint(0, 26)
                    c = mix(mix((14, 24, 16), (44, 58, 36), rng.random()), (6, 12, 8),
                            0.25 * row)
                    for k in range(4):
                        ty = by - th + k * th * 0.22
                        hw = tw * (0.35 + 0.22 * k)
                        d.polygon([(x, ty), (x - hw, ty + th * 0.38),
                                   (x + hw, ty + th * 0.38)], fill=c)
                    d.rectangle([x - 2 * scale, by - th * 0.2, x + 2 * scale, by + 4],
                                fill=(30, 22, 16))
                    x += int(rng.randint(8, 44) * scale)

    # Film grain: fine monochrome noise, so the picture looks photographic.
    grain = Image.frombytes("L", (w, h), random.Random(7).randbytes(w * h))
    grain = grain.filter(ImageFilter.GaussianBlur(0.5)).point(_stretch_to(0, 10))
    grain = Image.merge("RGB", (grain, grain, grain))
    img = ImageChops.add(img, grain, 1.0, -5)
    return img


def _stretch_to(lo, hi):
    """A lookup table for blurred uniform noise (roughly 96..160) to lo..hi."""
    return [max(lo, min(hi, int(lo + (v - 96) * (hi - lo) / 64))) for v in range(256)]


# --- assets/pattern.gif ----------------------------------------------------------------------

def make_pattern():
    """A Truchet pattern of quarter-circle bands, anti-aliased through a palette of ramps."""
    size, tile = 256, 32
    levels = 8
    bg = (250, 244, 230)
    hues = [(38, 86, 178), (28, 128, 84), (214, 96, 60), (120, 80, 180)]
    pal = []
    for hue in hues:
        pal += [mix(bg, hue, i / (levels - 1)) for i in range(levels)]
    flat = [c for rgb in pal for c in rgb]

    rng = random.Random(256)
    n = size // tile
    flips = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
    radius, half = tile / 2, 4.0      # band centred on a circle of radius tile/2, 8 px wide
    data = bytearray(size * size)
    for y in range(size):
        ty, fy = divmod(y, tile)
        for x in range(size):
            tx, fx = divmod(x, tile)
            px, py = fx + 0.5, fy + 0.5
            if flips[ty][tx]:
                px = tile - px
            d1 = abs(math.hypot(px, py) - radius)
            d2 = abs(math.hypot(tile - px, tile - py) - radius)
            dist = min(d1, d2) - half
            cover = max(0.0, min(1.0, 0.5 - dist))
            # The hue follows the diagonal, in four bands.
            hue = min(len(hues) - 1, (x + y) * len(hues) // (2 * size))
            data[y * size + x] = hue * levels + int(round(cover * (levels - 1)))
    img = Image.frombytes("P", (size, size), bytes(data))
    img.putpalette(flat)
    return img


# --- output ----------------------------------------------------------------------------------

def encode(name):
    buf = io.BytesIO()
    if name == "shared-memory.png":
        make_diagram().save(buf, "PNG", optimize=True)
    elif name == "mountains.jpg":
        make_landscape().save(buf, "JPEG", quality=90, optimize=True, progressive=False,
                              subsampling="4:2:0")
    elif name == "pattern.gif":
        make_pattern().save(buf, "GIF", optimize=False, interlace=False)
    return buf.getvalue()


def write_all(directory):
    directory.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        (directory / name).write_bytes(encode(name))


def same_pixels(a, b):
    try:
        with Image.open(a) as ia, Image.open(b) as ib:
            return ia.mode == ib.mode and ia.size == ib.size and ia.tobytes() == ib.tobytes()
    except OSError:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true",
                        help="generate into a temporary directory and compare with assets/")
    args = parser.parse_args()
    if not args.check:
        write_all(ASSETS)
        for name in NAMES:
            print(f"wrote assets/{name} ({(ASSETS / name).stat().st_size:,} bytes)")
        return 0
    bad = 0
    with tempfile.TemporaryDirectory(prefix="make-images-") as tmp:
        write_all(Path(tmp))
        for name in NAMES:
            fresh, committed = Path(tmp) / name, ASSETS / name
            if not committed.exists():
                print(f"assets/{name}: missing")
                bad += 1
            elif fresh.read_bytes() != committed.read_bytes():
                note = (" (same pixels: a different encoder version?)"
                        if same_pixels(fresh, committed) else "")
                print(f"assets/{name}: differs from what scripts/make-images.py makes{note}")
                bad += 1
            else:
                print(f"assets/{name}: up to date")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
