"""Every chapter as a notebook, one per language, made from its page and its snippets.

A chapter page becomes a notebook a reader downloads and runs: its prose as Markdown cells in
the page's language, each snippet it includes as a code cell in page order, with the verified
output (``<name>.out``) as that cell's output. Exercises keep their question and code where the
page has them, unrun; their answers (``??? success`` blocks) come last, under one heading.

What a notebook cannot do as the page does is rewritten:

- headings keep their ids as anchors (``## Title <a id="x"></a>``, as the labs do);
- links to other pages and files of the site become absolute addresses on the site being
  built (``site_url``): a downloaded notebook has no neighbours;
- images point at their copy on the site (JupyterLab shows no SVG attachment);
- admonitions (``!!! note "Title"``) become block quotes;
- a snippet that starts processes cannot run in a kernel (its child processes import the
  parent's ``__main__`` by path): the notebook writes it to a file (``%%writefile``) and runs
  that file with the kernel's Python, which is what ``python snippet.py`` does.

The notebooks are made at build time (hooks/chapter_notebooks.py), because the addresses of the
links are only known then; nothing here is stored or edited by hand. harness/cells.py runs a
notebook's cells the way a fresh kernel does, for the tests.
"""

from __future__ import annotations

import difflib
import json
import posixpath
import re
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from . import cells
from .layout import OUTPUT_SUFFIX, REPO, Layout
from .markdown import (
    COMMENT,
    EXPECTED_OUTPUT,
    FENCE_OPEN,
    HEADING,
    INCLUDE,
    anchored,
    split_heading_id,
)
from .snippets import (
    BENCH_QUICK,
    STARTS_PROCESSES,
    Snippet,
    files_in,
    shape_of,
    stale_figures,
)

# The chapters: the pages that teach, in the order of the nav. Every other page in the nav is
# a reference page (REFERENCE_PAGES); tests/test_chapter_notebooks.py requires the two lists
# to cover the nav, so a new page is put in one of them on purpose.
CHAPTERS = (
    "zero_grad.md",
    "backward.md",
    "step.md",
    "sgd.md",
    "adam.md",
    "schedulers.md",
    "by_hand.md",
    "accumulation.md",
    "clipping.md",
    "amp.md",
    "ddp.md",
    "checkpoint.md",
    "performance.md",
)
REFERENCE_PAGES = ("index.md", "cheatsheet.md", "errors.md", "errata.md", "glossary.md")

EXERCISES = "exercises"  # the id of the section that holds a chapter's exercises

# Where the notebooks are served, under each language's folder of the site.
FOLDER = "notebooks"
KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}

# The notebooks' own words, per language (a language missing here fails by name).
WORDS = {
    "zh": {
        "about": (
            "本 notebook 由本站的[这一章]({url})生成：文字来自页面，代码单元就是页面上的代码，"
            "每个输出都是这段代码在 PyTorch {torch}（CPU）上真实打印的结果，由测试核对"
            "（计时只核对格式）。用 PyTorch {torch} 在新的内核里从上到下运行，会得到同样的输出；"
            "页面注明与机器有关的地方（计时、随 CPU 而异的舍入）除外。"
        ),
        "exercises": (
            "练习的代码单元没有保存输出：先预测，再运行，最后对照文末的[答案](#answers)。"
        ),
        "answers": "答案",
        "answer": "答案 · {title}",
        "to_answer": "[答案](#{id})",
        "back": "[回到题目](#{id})",
        "notes": "下面代码里 `# (1)!` 这样的注释标出了说明所指的行：",
        "own_process": (
            "上面的单元把程序写入了文件 `{file}`。这个程序会启动子进程，子进程要从文件里导入它的"
            "函数，所以要用内核的 Python 把它作为文件运行，和在终端里运行 `python {file}` 一样："
        ),
        "admonition": "{kind}：{title}",
        "kinds": {"note": "注", "warning": "警告", "tip": "提示"},
    },
    "en": {
        "about": (
            "This notebook is made from [this chapter]({url}) of the site: the text comes from "
            "the page, the code cells are the page's code, and every output is what that code "
            "printed on PyTorch {torch} (CPU), checked by the tests (timings by their shape "
            "only). With PyTorch {torch}, run it from top to bottom in a fresh kernel and you "
            "get the same outputs, except where the page says they depend on the machine "
            "(timings, rounding that differs between CPUs)."
        ),
        "exercises": (
            "The exercises' code cells carry no output: predict, run, then compare with the "
            "[answers](#answers) at the end."
        ),
        "answers": "Answers",
        "answer": "Answer · {title}",
        "to_answer": "[Answer](#{id})",
        "back": "[Back to the question](#{id})",
        "notes": "The comments `# (1)!`, `# (2)!`, ... in the code below mark the lines these "
        "notes are about:",
        "own_process": (
            "The cell above wrote the program to `{file}`. It starts processes, which import its "
            "functions from a file, so it runs as a file, with the kernel's Python, as "
            "`python {file}` does in a terminal:"
        ),
        "admonition": "{kind}: {title}",
        "kinds": {"note": "Note", "warning": "Warning", "tip": "Tip"},
    },
}

ADMONITION = re.compile(
    r'^(?P<marker>!!!|\?\?\?\+?)[ \t]+(?P<kind>[\w-]+)(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$'
)
ANSWER_KIND = "success"
LINK = re.compile(r"(?P<bang>!?)\[(?P<text>[^\]]*)\]\((?P<target>[^)\s]+)\)")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


class ChapterError(Exception):
    pass


@dataclass
class Code:
    """A code cell: a snippet, the output the page shows for it, and whether it is a question."""

    snippet: str  # path under snippets/
    output: str | None  # path under snippets/ of its .out, when the page shows it
    question: str | None = None  # the exercise's heading id, for a snippet whose answer is hidden
    notes: list[str] = field(default_factory=list)  # what the page says of its markers


@dataclass
class Admonition:
    """`!!! kind "title"` and its body: a block quote in the notebook, in its language."""

    kind: str
    title: str | None
    body: list[str]


@dataclass
class Answer:
    exercise: str  # the exercise's heading id
    title: str  # the exercise's heading text
    lines: list[str] = field(default_factory=list)  # the answer, dedented


def page_path(lang: str, chapter: str, layout: Layout = REPO) -> Path:
    return layout.docs / lang / chapter


def notebook_name(chapter: str) -> str:
    return f"{Path(chapter).stem}.ipynb"


def _block(lines: list[str], start: int) -> tuple[list[str], int]:
    """The indented body of an admonition that starts at lines[start]: (dedented lines, end)."""
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith("    ")):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    body = textwrap.dedent("\n".join(lines[start + 1 : end])).split("\n")
    return body, end


def _fence(lines: list[str], start: int) -> tuple[list[str], int]:
    """The lines of the fence opening at lines[start], closing line included: (lines, end)."""
    marker = FENCE_OPEN.match(lines[start])["marker"]
    end = start + 1
    while end < len(lines):
        stripped = lines[end].strip()
        if stripped.startswith(marker) and not stripped.strip(marker[0]):
            return lines[start : end + 1], end + 1
        end += 1
    raise ChapterError(f"unclosed fence at line {start + 1}")


def _include(fence: list[str]) -> str | None:
    body = [line for line in fence[1:-1] if line.strip()]
    found = INCLUDE.match(body[0]) if len(body) == 1 else None
    return found["target"] if found else None


def _after_code(lines: list[str], start: int) -> tuple[list[str], int]:
    """The lines between a code block and what belongs to it (its output, or an exercise's
    answer): the annotations of its markers. (those lines, the index of what follows them)"""
    i = start
    while i < len(lines):
        line = lines[i]
        comment = COMMENT.match(line)
        if (comment and comment["body"] == EXPECTED_OUTPUT) or ADMONITION.match(line):
            return lines[start:i], i
        if FENCE_OPEN.match(line) or (HEADING.match(line) and not line.startswith(" ")):
            break
        i += 1
    return [], start


def _output_at(lines: list[str], start: int) -> tuple[str | None, int]:
    """At lines[start], the expected-output comment and the text fence including `<name>.out`:
    (its include, the index after it), or (None, start)."""
    comment = COMMENT.match(lines[start]) if start < len(lines) else None
    if not (comment and comment["body"] == EXPECTED_OUTPUT):
        return None, start
    i = start + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines) or not FENCE_OPEN.match(lines[i]):
        return None, start
    fence, end = _fence(lines, i)
    return _include(fence), end


@dataclass
class Parsed:
    title: str
    parts: list  # str (a Markdown cell's lines joined) or Code
    answers: list[Answer]


def parse_chapter(path: Path) -> Parsed:
    """A chapter page as the parts of its notebook: Markdown, code, and the answers."""
    text = FRONT_MATTER.sub("", path.read_text(encoding="utf-8"), count=1)
    lines = text.split("\n")
    parts: list = []
    answers: list[Answer] = []
    markdown: list[str] = []
    heading: tuple[str, str] | None = None  # the last h3's (text, id): an exercise's
    title = ""

    def flush() -> None:
        cell = "\n".join(markdown).strip("\n")
        if cell:
            parts.append(cell)
        markdown.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        found = HEADING.match(line)
        if found and not line.startswith(" "):
            text_, id_ = split_heading_id(found["text"])
            level = len(found["hashes"])
            if level == 1:
                title = text_
            flush()
            heading = (text_, id_) if level == 3 else heading
            markdown.append(line)
            i += 1
            continue
        if FENCE_OPEN.match(line):
            fence, end = _fence(lines, i)
            target = _include(fence)
            if target and target.endswith(".py") and not line.startswith(" "):
                flush()
                annotations, at = _after_code(lines, end)
                output, after = _output_at(lines, at)
                notes = "\n".join(annotations).strip("\n")
                code = Code(target, output, notes=notes.split("\n") if notes else [])
                parts.append(code)
                i = after
                if output is None:
                    answer, i = _answer(lines, at, heading, code)
                    answers.append(answer)
                continue
            markdown.extend(fence)
            i = end
            continue
        admonition = ADMONITION.match(line)
        if admonition:
            body, end = _block(lines, i)
            flush()
            parts.append(Admonition(admonition["kind"], admonition["title"], body))
            i = end
            continue
        markdown.append(line)
        i += 1
    flush()
    return Parsed(title, parts, answers)


def _answer(lines: list[str], start: int, heading, code: Code) -> tuple[Answer, int]:
    """An exercise: its snippet's output is hidden in the `??? success` block that follows."""
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    admonition = ADMONITION.match(lines[i]) if i < len(lines) else None
    if not (admonition and admonition["kind"] == ANSWER_KIND and heading and heading[1]):
        raise ChapterError(
            f"line {start}: the snippet '{code.snippet}' has neither its output after it nor "
            f'an answer (`??? {ANSWER_KIND} "..."`) under an exercise heading with an id'
        )
    body, end = _block(lines, i)
    code.question = heading[1]
    return Answer(heading[1], heading[0], body), end


def _quote(admonition: Admonition, words: dict) -> str:
    """An admonition as a block quote: HTML around Markdown, so that a fence inside stays at the
    start of its lines (JupyterLab reads `$` as math in a fence that starts with `> `)."""
    kinds = words["kinds"]
    if admonition.kind not in kinds:
        raise ChapterError(f"harness/chapters.py: WORDS has no word for '!!! {admonition.kind}'")
    kind = kinds[admonition.kind]
    title = (
        words["admonition"].format(kind=kind, title=admonition.title) if admonition.title else kind
    )
    body = "\n".join(admonition.body).strip("\n")
    return f"<blockquote>\n\n**{title}**\n\n{body}\n\n</blockquote>"


@dataclass(frozen=True)
class Site:
    """Where the notebook's links point: the site's address and the page's language."""

    url: str  # site_url, ending in "/"
    lang: str
    link: str  # the language's folder on the site: "/" or "/en/"

    def page(self, chapter: str) -> str:
        return self.address(f"{Path(chapter).stem}/")

    def address(self, path: str) -> str:
        return self.url.rstrip("/") + self.link + path


def _rewrite_links(text: str, page: Path, site: Site, layout: Layout) -> str:
    language_root = layout.docs / site.lang

    def rewrite(found: re.Match) -> str:
        target = found["target"]
        if target.startswith(("#", "http://", "https://", "mailto:")):
            return found[0]
        path, _, anchor = target.partition("#")
        anchor = f"#{anchor}" if anchor else ""
        file = Path(posixpath.normpath((page.parent / path).as_posix()))
        if found["bang"] and not file.is_file():
            raise ChapterError(f"{layout.rel(page)}: image '{target}' does not exist")
        if file.suffix in (".md", ".ipynb"):
            rel = file.relative_to(language_root).with_suffix("").as_posix()
            url = "" if rel == "index" else f"{rel.removesuffix('/index')}/"
            return f"[{found['text']}]({site.address(url)}{anchor})"
        rel = file.relative_to(layout.docs).as_posix()  # an asset shared by the languages
        return f"{found['bang']}[{found['text']}]({site.url.rstrip('/')}/{rel}{anchor})"

    return LINK.sub(rewrite, text)


def _markdown_cell(text: str, page, site, layout, torch_version: str):
    source = _rewrite_links(HEADING.sub(anchored, text), page, site, layout)
    source = source.replace("{{ torch_version }}", torch_version)
    return _node(cell_type="markdown", metadata={}, source=source)


def _node(**fields) -> nbformat.NotebookNode:
    """A notebook, cell or output as nbformat.v4.new_* makes it, without validating each piece
    on the way (a tenth of a second per notebook); tests/test_chapter_notebooks.py validates
    every notebook whole."""
    return nbformat.from_dict(fields)


def _stream(text: str):
    return _node(output_type="stream", name="stdout", text=text)


def _read(layout: Layout, name: str) -> str:
    return (layout.snippets / name).read_text(encoding="utf-8")


def own_process_file(snippet: str) -> str:
    """The file a notebook writes a multiprocessing snippet to: its chapter's name in front,
    so that it is clear in the reader's folder where it comes from."""
    path = Path(snippet)
    return f"{path.parent.name}_{path.name}"


def _opens_exercises(markdown: str) -> bool:
    found = HEADING.match(markdown.split("\n", 1)[0])
    return (
        bool(found)
        and len(found["hashes"]) == 2
        and split_heading_id(found["text"])[1] == EXERCISES
    )


def own_process_cells(source: str, file: str) -> tuple[str, str, str]:
    """A snippet that starts processes, as two cells: (write it, what writing prints, run it)."""
    write = f"%%writefile {file}\n{source}"
    run = (
        "import subprocess\nimport sys\n\n"
        f'run = subprocess.run([sys.executable, "{file}"], capture_output=True, text=True)\n'
        'print(run.stdout, end="")\n'
        'print(run.stderr, end="", file=sys.stderr)\n'
        "run.check_returncode()\n"
    )
    return write, f"Writing {file}\n", run


@dataclass(frozen=True)
class Expected:
    """What running a code cell must print, and where that comes from."""

    output: str  # what the cell prints: the snippet's stored output, or "Writing <file>"
    snippet: str | None  # the snippet the cell is (or writes, or runs)
    runs_file: bool = False  # the cell runs the file of a snippet that starts processes

    def matches(self, printed: str) -> bool:
        """Whether a run printed this: a benchmark by shape (its timings differ on every run,
        harness/snippets.py), everything else exactly."""
        if self.snippet and Snippet(REPO, self.snippet).is_benchmark:
            return shape_of(printed) == shape_of(self.output)
        return printed == self.output


def build(
    chapter: str, lang: str, site_url: str, torch_version: str, layout: Layout = REPO
) -> tuple[nbformat.NotebookNode, list[Expected]]:
    """The notebook of one chapter in one language, its outputs the stored ones, and what each
    of its code cells prints when run, in order (the same in every language)."""
    if lang not in WORDS:
        raise ChapterError(f"harness/chapters.py: WORDS has no '{lang}' (the notebooks' words)")
    words = WORDS[lang]
    site = Site(site_url, lang, layout.language(lang).link)
    page = page_path(lang, chapter, layout)
    try:
        parsed = parse_chapter(page)
    except ChapterError as error:
        raise ChapterError(f"{layout.rel(page)}: {error}") from None
    cells = []
    expected: list[Expected] = []

    def markdown(text: str) -> None:
        cells.append(_markdown_cell(text, page, site, layout, torch_version))

    def code(source: str, stored: str, shown: bool, **what) -> None:
        outputs = [_stream(stored)] if shown else []
        cells.append(
            _node(
                cell_type="code", execution_count=None, metadata={}, outputs=outputs, source=source
            )
        )
        expected.append(Expected(stored, **what))

    for index, part in enumerate(parsed.parts):
        if isinstance(part, str):
            markdown(part)
            if index == 0:
                markdown(words["about"].format(url=site.page(chapter), torch=torch_version))
            if _opens_exercises(part):
                markdown(words["exercises"])
            continue
        if isinstance(part, Admonition):
            markdown(_quote(part, words))
            continue
        if part.notes:
            markdown("\n".join([words["notes"], "", *part.notes]))
        source = _read(layout, part.snippet)
        stored = _read(layout, str(Path(part.snippet).with_suffix(OUTPUT_SUFFIX)))
        if STARTS_PROCESSES.search(source):
            file = own_process_file(part.snippet)
            write, written, run = own_process_cells(source, file)
            code(write, written, True, snippet=part.snippet)
            markdown(words["own_process"].format(file=file))
            code(run, stored, not part.question, snippet=part.snippet, runs_file=True)
        else:
            code(source, stored, not part.question, snippet=part.snippet)
        if part.question:
            markdown(words["to_answer"].format(id=f"{part.question}-answer"))
    if parsed.answers:
        markdown(f'## {words["answers"]} <a id="answers"></a>')
        for answer in parsed.answers:
            body = _squeeze(
                [_inline_output(line, layout) for line in _drop_comments(answer.lines)]
            )
            title = words["answer"].format(title=answer.title)
            head = f'### {title} <a id="{answer.exercise}-answer"></a>'
            back = words["back"].format(id=answer.exercise)
            markdown("\n".join([head, "", "\n".join(body).strip("\n"), "", back]))
    count = 0
    for index, cell in enumerate(cells):
        cell.id = f"{Path(chapter).stem}-{index}"
        if cell.cell_type == "code" and cell.outputs:
            count += 1
            cell.execution_count = count
    nb = _node(cells=cells, nbformat=4, nbformat_minor=5)
    nb.metadata = {
        "kernelspec": KERNEL,
        "language_info": {"name": "python"},
        "title": parsed.title.replace("`", ""),
    }
    return nb, expected


def notebook(
    chapter: str, lang: str, site_url: str, torch_version: str, layout: Layout = REPO
) -> nbformat.NotebookNode:
    """The notebook of one chapter in one language, its outputs the stored ones."""
    return build(chapter, lang, site_url, torch_version, layout)[0]


def _squeeze(lines: list[str]) -> list[str]:
    """No two blank lines in a row (where a dropped comment stood); a fence's title goes (a
    notebook shows none)."""
    kept: list[str] = []
    for line in lines:
        if not line.strip() and kept and not kept[-1].strip():
            continue
        opening = FENCE_OPEN.match(line)
        kept.append(
            f"{opening['marker']}{opening['info'].split()[0]}"
            if opening and opening["info"].strip()
            else line
        )
    return kept


def _drop_comments(lines: list[str]) -> list[str]:
    return [line for line in lines if not (COMMENT.match(line) and EXPECTED_OUTPUT in line)]


def _inline_output(line: str, layout: Layout) -> str:
    """An answer's output include (inside its text fence) becomes the output itself."""
    found = INCLUDE.match(line)
    if not found or not found["target"].endswith(OUTPUT_SUFFIX):
        return line
    return _read(layout, found["target"]).rstrip("\n")


def text(nb: nbformat.NotebookNode) -> str:
    """The notebook file: JSON on one line (json's C encoder; indenting goes through its
    Python one, ten times slower), which Jupyter reads as any other."""
    return json.dumps(nb, ensure_ascii=False, sort_keys=True) + "\n"


def run_problems(chapter: str, layout: Layout = REPO) -> list[str]:
    """Run the chapter's notebook from top to bottom in one fresh interpreter
    (harness/cells.py) and say where it does not print what it stores, or fails.

    The cell that runs the file of a snippet that starts processes is not run again here: it
    runs `python <snippet>.py`, which tests/test_snippets.py runs, and compares, exactly; the
    file the notebook wrote must be that snippet, byte for byte. Benchmarks run quick and are
    compared by shape, as their own tests do. Files the cells write are figures: each must be
    the stored figure."""
    nb, prints = build(chapter, layout.default_language, "http://localhost/", "", layout)
    sources = [c.source for c in nb.cells if c.cell_type == "code"]
    skip = frozenset(i for i, e in enumerate(prints) if e.runs_file)
    page = layout.rel(page_path(layout.default_language, chapter, layout))
    where = f"the notebook of {page}"
    problems = []
    with tempfile.TemporaryDirectory(prefix="notebook-") as cwd:
        runs = cells.run_notebook(sources, cwd, {BENCH_QUICK: "1"}, skip)
        written = files_in(Path(cwd))
    for index, (expect, ran) in enumerate(zip(prints, runs, strict=False)):
        if ran is None:
            continue
        cell = f"{where}, code cell {index + 1} ({expect.snippet})"
        if ran.error:
            problems.append(
                f"{cell} fails when the cells run in order in one interpreter: {ran.error}"
            )
            continue
        if not expect.matches(ran.stdout):
            diff = "".join(
                difflib.unified_diff(
                    expect.output.splitlines(keepends=True),
                    ran.stdout.splitlines(keepends=True),
                    fromfile="stored (what the notebook shows)",
                    tofile="printed after the cells before it",
                )
            )
            problems.append(
                f"{cell} prints something else when the cells before it ran first in the same "
                "interpreter (a setting one of them changed for good? a warning shown once per "
                f"process?):\n{diff}"
            )
    if len(runs) < len(prints) and not (runs and runs[-1] and runs[-1].error):
        problems.append(f"{where}: the run stopped after code cell {len(runs)}")
    own = {own_process_file(e.snippet): e.snippet for e in prints if e.runs_file}
    for name, data in written.items():
        if name in own and data.decode("utf-8") != _read(layout, own[name]):
            problems.append(f"{where}: the file {name} it writes is not snippets/{own[name]}")
    figures = {name: data for name, data in written.items() if name not in own}
    for name in stale_figures(figures, layout):
        problems.append(
            f"{where}: its cells write {name}, which is not the stored figure "
            f"{layout.rel(layout.figures / name)}; a snippet deletes the files it writes that "
            "are not figures"
        )
    return problems
