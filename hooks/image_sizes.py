"""Every image of a page says how big it is (registered under `hooks:` in mkdocs.yml).

Markdown images (`![alt](../assets/figures/x.svg)`) come out as <img> without width and height,
so the browser knows an image's size only once it has loaded it: the text below it jumps down
then (layout shift), and Lighthouse reports "Image elements do not have explicit width and
height". Here each such <img> of a file of the site gets the file's own size, read from an SVG's
width and height (in px, or pt and the other absolute units, converted to px) or, without them,
its viewBox, and from a raster image's header (Pillow, which matplotlib requires). The stylesheets
still scale the image to the column (`max-width: 100%; height: auto`); the attributes only give
the browser its aspect ratio before the file arrives. An image whose size cannot be read (no
file, no size in the SVG) is left as it was.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from pathlib import Path

IMG = re.compile(r"<img\b[^>]*>")
ATTRIBUTE = re.compile(r'\s([\w:-]+)\s*=\s*"([^"]*)"')
# CSS px per unit (CSS Values: 1in = 96px = 72pt = 6pc = 2.54cm = 25.4mm).
UNITS = {
    "": 1.0,
    "px": 1.0,
    "pt": 96 / 72,
    "pc": 16.0,
    "in": 96.0,
    "cm": 96 / 2.54,
    "mm": 96 / 25.4,
}
LENGTH = re.compile(r"\s*([0-9]*\.?[0-9]+)\s*(px|pt|pc|in|cm|mm)?\s*$")


def _length(value: str | None) -> float | None:
    match = LENGTH.match(value or "")
    return float(match[1]) * UNITS[match[2] or ""] if match else None


def svg_size(path: Path) -> tuple[int, int] | None:
    """The size an SVG file is drawn at by default, in CSS px."""
    root = ET.parse(path).getroot()
    width, height = _length(root.get("width")), _length(root.get("height"))
    if width is None or height is None:
        box = (root.get("viewBox") or "").replace(",", " ").split()
        if len(box) != 4:
            return None
        width, height = float(box[2]), float(box[3])
    if width <= 0 or height <= 0:
        return None
    return round(width), round(height)


def raster_size(path: Path) -> tuple[int, int] | None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            return image.size
    except (UnidentifiedImageError, OSError):
        return None


def image_size(path: Path) -> tuple[int, int] | None:
    return svg_size(path) if path.suffix.lower() == ".svg" else raster_size(path)


def _with_size(tag: str, page_url: str, sources: dict[str, str]) -> str:
    attributes = dict(ATTRIBUTE.findall(tag))
    src = attributes.get("src", "")
    if "width" in attributes or "height" in attributes or not src or ":" in src.split("/")[0]:
        return tag  # sized already, or another host's, or a data: URI
    target = posixpath.normpath(posixpath.join(page_url, src.split("#")[0].split("?")[0]))
    source = sources.get(target)
    size = image_size(Path(source)) if source else None
    if size is None:
        return tag
    end = -2 if tag.endswith("/>") else -1
    return f'{tag[:end].rstrip()} width="{size[0]}" height="{size[1]}"{tag[end:]}'


def on_page_content(html: str, page, config, files) -> str:
    sources = {file.dest_uri: file.abs_src_path for file in files if file.abs_src_path}
    page_url = page.url if page.url.endswith("/") or not page.url else posixpath.dirname(page.url)
    return IMG.sub(lambda match: _with_size(match[0], page_url, sources), html)
