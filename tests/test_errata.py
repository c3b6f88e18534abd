"""The errata page gives every classic claim (C1..C20) and every error of the old posts' own
demos and wording (P1..P5) one row per language, with a verdict from a fixed vocabulary, the
same verdict in every language, and a link to the proof: a section (a heading id that exists on
the target page, this page included) that shows a snippet and its output. The languages are
the site's (mkdocs.yml); each needs its verdict words here (VERDICTS)."""

import re
from collections import Counter

import pytest

from harness.layout import LANGUAGES, REPO
from harness.markdown import INTERNAL_LINK, parse

CLAIMS = [f"C{i}" for i in range(1, 21)]  # the claims the posts set out to teach
POST_ERRORS = [f"P{i}" for i in range(1, 6)]  # errors in the posts' own demos and wording
IDS = CLAIMS + POST_ERRORS
PAGE = "errata.md"
COLUMNS, VERDICT_COLUMN, PROOF_COLUMN = 5, 2, 4  # | id | claim | verdict | why | proof |
# The same four categories, in the same order, in each language of the site (content: a
# language added to mkdocs.yml needs its words here, test_every_language_has_its_verdict_words).
VERDICTS = {
    "en": ["true", "nuanced", "outdated", "false"],
    "zh": ["正确", "需要补充", "已过时", "错误"],
}
ROW = re.compile(r"^\|\s*(?P<id>[CP]\d+)\s*\|")
PROOF = re.compile(r"(?:[\w-]+\.md)?#[\w-]+")


def rows(language: str) -> list[tuple[str, list[str]]]:
    """(row id, cells) for each table row that starts with a claim or post-error id."""
    lines = (REPO.docs / language / PAGE).read_text(encoding="utf-8").splitlines()
    return [
        (m["id"], [cell.strip() for cell in line.strip().strip("|").split("|")])
        for line in lines
        if (m := ROW.match(line))
    ]


def verdicts(language: str) -> dict[str, str | None]:
    return {
        row: cells[VERDICT_COLUMN] if len(cells) > VERDICT_COLUMN else None
        for row, cells in rows(language)
    }


def proofs(cells: list[str]) -> list[str]:
    """The links to a section ('page.md#anchor', or '#anchor' on this page) in a row's proof
    column. (Links in the other columns are references; tests/test_pages.py checks them.)"""
    column = cells[PROOF_COLUMN] if len(cells) > PROOF_COLUMN else ""
    return [m["target"] for m in INTERNAL_LINK.finditer(column) if PROOF.fullmatch(m["target"])]


def vocabulary(language: str) -> list[str]:
    if language not in VERDICTS:
        pytest.fail(
            f"the site's language '{language}' (mkdocs.yml) has no verdict words: add "
            f"VERDICTS['{language}'] to tests/test_errata.py, the categories of "
            f"{next(iter(VERDICTS.values()))} in its words",
            pytrace=False,
        )
    return VERDICTS[language]


def category(language: str, word: str | None) -> int | None:
    """Position of a verdict word in VERDICTS[language]; None when it is not listed there."""
    words = vocabulary(language)
    return words.index(word) if word in words else None


def shows_a_snippet(page, anchor: str) -> bool:
    """The section under heading `anchor` (up to the next heading of the same or a higher
    level) holds at least one included snippet."""
    headings = page.headings
    for i, heading in enumerate(headings):
        if heading.id == anchor:
            end = next(
                (h.lineno for h in headings[i + 1 :] if h.level <= heading.level), float("inf")
            )
            return any(
                heading.lineno < f.lineno < end and (f.include or "").endswith(".py")
                for f in page.fences
            )
    return False


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_its_verdict_words(language):
    assert len(vocabulary(language)) == len(vocabulary(LANGUAGES[0])), (
        f"VERDICTS['{language}'] must name the same categories as VERDICTS['{LANGUAGES[0]}']"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_id_has_exactly_one_row(language):
    ids = Counter(row for row, _ in rows(language))
    extra = {row: n for row, n in ids.items() if n != 1 or row not in IDS}
    assert ids == Counter(IDS), f"missing: {sorted(set(IDS) - set(ids))}, extra: {extra}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_row_has_five_cells(language):
    """A missing cell, or a '|' inside a cell, would shift the verdict and proof columns."""
    wrong = {row: len(cells) for row, cells in rows(language) if len(cells) != COLUMNS}
    assert not wrong, f"rows without {COLUMNS} cells (id, claim, verdict, why, proof): {wrong}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_row_links_to_a_section_that_shows_code(language):
    problems = []
    for row, cells in rows(language):
        targets = proofs(cells)
        if not targets:
            problems.append(f"{row}: no link to 'page.md#anchor' or '#anchor' in the proof column")
        for target in targets:
            name, _, anchor = target.partition("#")
            page = REPO.docs / language / (name or PAGE)
            if not page.is_file():
                problems.append(f"{row}: '{target}': {REPO.rel(page)} does not exist")
                continue
            parsed = parse(page)
            if anchor not in {h.id for h in parsed.headings}:
                problems.append(f"{row}: '{target}' is not a heading id of {REPO.rel(page)}")
            elif not shows_a_snippet(parsed, anchor):
                problems.append(f"{row}: section '{target}' of {REPO.rel(page)} shows no snippet")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_verdicts_use_the_allowed_words(language):
    wrong = {r: w for r, w in verdicts(language).items() if category(language, w) is None}
    assert not wrong, f"allowed: {vocabulary(language)}, found: {wrong}"


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_every_language_gives_the_verdicts_of_the_default_one(language):
    default = LANGUAGES[0]
    theirs, ours = verdicts(default), verdicts(language)
    differ = {
        row: (theirs.get(row), ours.get(row))
        for row in IDS
        if category(default, theirs.get(row)) != category(language, ours.get(row))
    }
    assert not differ, f"{default} and {language} verdicts disagree: {differ}"


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_every_language_links_the_proofs_of_the_default_one(language):
    default = LANGUAGES[0]
    linked = {
        lang: {row: proofs(cells) for row, cells in rows(lang)} for lang in (default, language)
    }
    differ = {
        row: (linked[default].get(row), linked[language].get(row))
        for row in IDS
        if linked[default].get(row) != linked[language].get(row)
    }
    assert not differ, f"{default} and {language} rows link different proofs: {differ}"
