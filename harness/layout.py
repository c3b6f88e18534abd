"""Where things live. Every function takes a Layout so the tests can point it at a scratch tree."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("zh", "en")
REGENERATE_COMMAND = "make outputs"
OUTPUT_SUFFIX = ".out"


@dataclass(frozen=True)
class Layout:
    root: Path

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def snippets(self) -> Path:
        return self.root / "snippets"

    @property
    def figures(self) -> Path:
        """Files snippets write (plots), stored where both languages' pages can show them."""
        return self.docs / "assets" / "figures"

    def pages(self, language: str) -> list[Path]:
        """Markdown pages of one language, as paths relative to that language's folder."""
        base = self.docs / language
        return sorted(p.relative_to(base) for p in base.rglob("*.md"))

    def all_pages(self) -> list[Path]:
        return [self.docs / lang / page for lang in LANGUAGES for page in self.pages(lang)]

    def rel(self, path: Path) -> str:
        """A path as the reader of an error message wants it: relative to the repository."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)


REPO = Layout(Path(__file__).resolve().parent.parent)
