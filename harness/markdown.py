"""Read what the harness needs from a Markdown page: fences, snippet includes, headings.

Only the syntax this site uses is understood; anything else that looks like code
(a tilde fence, an indented fence, an include outside a fence) is still reported so that
the checks can refuse it instead of letting a block escape the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

FENCE_OPEN = re.compile(r"^(?P<indent>\s*)(?P<marker>`{3,}|~{3,})(?P<info>.*)$")
INCLUDE = re.compile(r"""^\s*--8<--\s+(?P<quote>["'])(?P<target>[^"']+)(?P=quote)\s*$""")
ANY_INCLUDE = re.compile(r"--8<--")
# A heading, and the explicit id at its end: the one grammar of headings for the pages and the
# lab sources (harness/labs.py). attr_list's `{ #id }` (the pages) and `{#id}` (the labs) are
# both accepted, with or without spaces inside the braces and with further attributes after
# the id (`{ #id .class }`). Ids are ASCII letters, digits, `-` and `_`: they are URL fragments.
HEADING = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)[ \t]*$", re.MULTILINE)
HEADING_ID = re.compile(r"[ \t]*\{[ \t]*#(?P<id>[A-Za-z0-9_-]+)(?:[ \t][^}\n]*)?\}[ \t]*$")
COMMENT = re.compile(r"^\s*<!--\s*(?P<body>.*?)\s*-->\s*$")
EXPECTED_OUTPUT = "pytest-codeblocks:expected-output"
INTERNAL_LINK = re.compile(r"\]\((?P<target>(?:[^)\s:#]+?\.md)?(?:#[\w-]+)?)\)")


@dataclass
class Fence:
    lineno: int  # 1-based line of the opening fence
    indent: str
    marker: str
    info: str
    body: list[str]
    comments_before: list[str] = field(default_factory=list)

    @property
    def language(self) -> str:
        return self.info.split()[0] if self.info.split() else ""

    @property
    def include(self) -> str | None:
        """The target when the whole body is exactly one include line, else None."""
        lines = [line for line in self.body if line.strip()]
        if len(lines) == 1:
            match = INCLUDE.match(lines[0])
            if match:
                return match["target"]
        return None


@dataclass
class Heading:
    lineno: int
    level: int
    text: str
    id: str | None


@dataclass
class Page:
    path: Path
    fences: list[Fence]
    headings: list[Heading]
    stray_includes: list[int]  # line numbers of includes outside any fence
    links: list[str]  # targets of links to other pages ("step.md#closure")

    @property
    def includes(self) -> list[str]:
        return [f.include for f in self.fences if f.include]


def anchored(heading: re.Match) -> str:
    """A HEADING match `## Title {#id}` as `## Title <a id="id"></a>`, for notebooks (the labs',
    the chapters'): Jupyter gives headings no usable id in Chinese; an anchor does (see
    hooks/notebooks.py). A heading without an id is left as it is."""
    found = HEADING_ID.search(heading[0])
    return f'{heading[0][: found.start()]} <a id="{found["id"]}"></a>' if found else heading[0]


def split_heading_id(text: str) -> tuple[str, str | None]:
    """A heading's text and its explicit id: 'Section { #section }' -> ('Section', 'section');
    ('Section', None) when it has none."""
    found = HEADING_ID.search(text)
    if not found:
        return text.strip(), None
    return text[: found.start()].strip(), found["id"]


def parse(path: Path) -> Page:
    lines = path.read_text(encoding="utf-8").splitlines()
    fences: list[Fence] = []
    headings: list[Heading] = []
    stray: list[int] = []
    links: list[str] = []
    comments: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        opening = FENCE_OPEN.match(line)
        if opening:
            marker = opening["marker"]
            body: list[str] = []
            i += 1
            while i < len(lines):
                stripped = lines[i].strip()
                if stripped.startswith(marker[0] * len(marker)) and not stripped.strip(marker[0]):
                    break
                body.append(lines[i])
                i += 1
            fences.append(
                Fence(
                    lineno=i - len(body),  # i is the closing line's index
                    indent=opening["indent"],
                    marker=marker,
                    info=opening["info"].strip(),
                    body=body,
                    comments_before=comments,
                )
            )
            comments = []
        elif COMMENT.match(line):
            comments.append(COMMENT.match(line)["body"])
        elif HEADING.match(line):
            heading = HEADING.match(line)
            text, id_ = split_heading_id(heading["text"])
            headings.append(Heading(i + 1, len(heading["hashes"]), text, id_))
        elif ANY_INCLUDE.search(line):
            stray.append(i + 1)
        if not opening:
            links.extend(m["target"] for m in INTERNAL_LINK.finditer(line) if m["target"])
        i += 1
    return Page(path, fences, headings, stray, links)
