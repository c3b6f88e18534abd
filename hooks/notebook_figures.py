"""The labs' figures served as image files, not inside the page (registered under `hooks:` in
mkdocs.yml, after hooks/notebooks.py, which gives them their alt text).

nbconvert writes every plot of a notebook into the page itself, as a base64 PNG: a lab page
weighed up to 250 KB gzipped before any stylesheet or script (base64 does not compress, and
PNG hardly), over the site's budget of 250 KiB for a whole page, and the browser parsed it all
before showing anything. Here each such image becomes a file of the site, encoded as lossless
WebP (the same pixels, 35-45 % of the PNG's bytes; Pillow, which matplotlib requires, encodes
it), named by its content, so the two languages' pages share one file and a changed plot gets
a new name; the <img> links to it and states its width and height. The notebooks themselves
(the download button, the tests) keep their PNGs.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import struct
import sys
from pathlib import Path

from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # mkdocs loads hooks by path
    sys.path.insert(0, str(ROOT))

from hooks.build_cache import cached, source_digest  # noqa: E402

CODE = source_digest(__file__)  # the key of what this hook computes, as it was loaded

FOLDER = "assets/notebook-figures"
INLINE_PNG = re.compile(r'(<img\b[^>]*?)\ssrc="data:image/png;base64,([A-Za-z0-9+/=\s]+)"([^>]*>)')


def _lossless_webp(png: bytes) -> bytes:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        out = io.BytesIO()
        image.save(out, "WEBP", lossless=True)
        return out.getvalue()


def webp(png: bytes) -> tuple[str, bytes, tuple[int, int]]:
    """The file name, the lossless WebP bytes and the size in px of a PNG (its header says it);
    encoded once per content (hooks/build_cache.py)."""
    digest = hashlib.sha256(png).hexdigest()
    encode = lambda: _lossless_webp(png)  # noqa: E731
    data = cached("webp", ["pillow"], digest, encode, code=CODE, dump=bytes, load=bytes)
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk, first in every PNG
    return f"{digest[:16]}.webp", data, (width, height)


def on_page_content(html: str, page, config, files) -> str:
    if not page.file.src_uri.endswith(".ipynb"):
        return html

    def to_file(match: re.Match) -> str:
        name, data, (width, height) = webp(base64.b64decode(match[2]))
        target = Path(config.site_dir) / FOLDER / name
        if not target.is_file() or target.read_bytes() != data:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        src = get_relative_url(f"{FOLDER}/{name}", page.url)
        before, after = match[1], match[3]
        size = "" if " width=" in before + after else f' width="{width}" height="{height}"'
        return f'{before} src="{src}"{size}{after}'

    return INLINE_PNG.sub(to_file, html)
