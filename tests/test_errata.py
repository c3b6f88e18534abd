"""The errata page gives every classic claim (C1..C20) one row per language, with a verdict
from a fixed vocabulary, the same verdict in both languages, and a link to the section that
proves it (a heading id that exists on the target page)."""

import re
from collections import Counter

import pytest

from harness.layout import LANGUAGES, REPO
from harness.markdown import INTERNAL_LINK, parse

CLAIMS = [f"C{i}" for i in range(1, 21)]
PAGE = "errata.md"
VERDICT_COLUMN = 2  # | id | claim | verdict | why | proof |
# The same four categories, in the same order, in each language.
VERDICTS = {
    "en": ["true", "nuanced", "outdated", "false"],
    "zh": ["正确", "需要补充", "已过时", "错误"],
}
ROW = re.compile(r"^\|\s*(?P<id>C\d+)\s*\|")
PROOF = re.compile(r"[\w-]+\.md#[\w-]+")


def rows(language: str) -> list[tuple[str, list[str]]]:
    """(claim id, cells) for each table row that starts with a claim id."""
    lines = (REPO.docs / language / PAGE).read_text(encoding="utf-8").splitlines()
    return [
        (m["id"], [cell.strip() for cell in line.strip().strip("|").split("|")])
        for line in lines
        if (m := ROW.match(line))
    ]


def verdicts(language: str) -> dict[str, str]:
    return {claim: cells[VERDICT_COLUMN] for claim, cells in rows(language)}


def category(language: str, word: str | None) -> int | None:
    """Position of a verdict word in VERDICTS[language]; None when it is not listed there."""
    return VERDICTS[language].index(word) if word in VERDICTS[language] else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_claim_has_exactly_one_row(language):
    ids = Counter(claim for claim, _ in rows(language))
    extra = {claim: n for claim, n in ids.items() if n != 1 or claim not in CLAIMS}
    assert ids == Counter(CLAIMS), f"missing: {sorted(set(CLAIMS) - set(ids))}, extra: {extra}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_row_links_to_an_existing_section(language):
    problems = []
    for claim, cells in rows(language):
        proofs = [
            m["target"]
            for m in INTERNAL_LINK.finditer("|".join(cells))
            if PROOF.fullmatch(m["target"])
        ]
        if not proofs:
            problems.append(f"{claim}: no link to 'page.md#anchor'")
        for target in proofs:
            name, _, anchor = target.partition("#")
            page = REPO.docs / language / name
            if not page.is_file() or anchor not in {h.id for h in parse(page).headings}:
                problems.append(f"{claim}: '{target}' is not a heading id of {REPO.rel(page)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_verdicts_use_the_allowed_words(language):
    wrong = {c: w for c, w in verdicts(language).items() if category(language, w) is None}
    assert not wrong, f"allowed: {VERDICTS[language]}, found: {wrong}"


def test_both_languages_give_the_same_verdicts():
    zh, en = verdicts("zh"), verdicts("en")
    differ = {
        claim: (zh.get(claim), en.get(claim))
        for claim in CLAIMS
        if category("zh", zh.get(claim)) != category("en", en.get(claim))
    }
    assert not differ, f"zh and en verdicts disagree: {differ}"
