"""Draw the home-screen icons (static/pwa/icons/) with Pillow: a book with a check mark on the site's blue.

The SVG beside them is the same drawing, for browsers that take vector icons. Run again after changing it:
.venv/bin/python bin/make_pwa_icons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "static" / "pwa" / "icons"
BLUE, WHITE, GREEN = (11, 92, 173), (255, 255, 255), (120, 220, 140)


def draw(size: int, *, maskable: bool) -> Image.Image:
    # Drawn 4x larger then reduced: Pillow's shapes have no anti-aliasing of their own.
    big = size * 4
    img = Image.new("RGB", (big, big), BLUE)
    d = ImageDraw.Draw(img)
    if not maskable:  # a rounded tile; maskable icons fill the square and the launcher cuts the shape
        img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
        d = ImageDraw.Draw(img)
        d.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 6, fill=BLUE)
    # Maskable icons keep their drawing inside the central 80 % "safe zone".
    scale = 0.62 if maskable else 0.78
    s = big * scale
    x0, y0 = (big - s) / 2, (big - s) / 2 + s * 0.04
    w = s / 2
    d.polygon([(x0, y0 + s * 0.08), (x0 + w, y0 + s * 0.16), (x0 + w, y0 + s * 0.86), (x0, y0 + s * 0.78)], fill=WHITE)
    d.polygon(
        [
            (x0 + w + s * 0.02, y0 + s * 0.16),
            (x0 + s, y0 + s * 0.08),
            (x0 + s, y0 + s * 0.78),
            (x0 + w + s * 0.02, y0 + s * 0.86),
        ],
        fill=WHITE,
    )
    lw = int(s * 0.07)
    d.line(
        [(x0 + s * 0.56, y0 + s * 0.46), (x0 + s * 0.68, y0 + s * 0.60), (x0 + s * 0.90, y0 + s * 0.30)],
        fill=GREEN,
        width=lw,
        joint="curve",
    )
    return img.resize((size, size), Image.LANCZOS)


SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<rect width="100" height="100" rx="16" fill="#0b5cad"/>
<path d="M11 20l39 6v55l-39-6z M52 26l39-6v55l-39 6z" fill="#fff"/>
<path d="M55 47l9 11 17-23" fill="none" stroke="#78dc8c" stroke-width="5.5"
 stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    draw(192, maskable=False).save(OUT / "icon-192.png", optimize=True)
    draw(512, maskable=False).save(OUT / "icon-512.png", optimize=True)
    draw(512, maskable=True).save(OUT / "maskable-512.png", optimize=True)
    (OUT / "icon.svg").write_text(SVG)


if __name__ == "__main__":
    main()
