"""The lock (requirements.txt) satisfies requirements.in: every direct dependency is in it, at a
version its specifier allows, and every line of it pins one package with `==`. `make lock`
compiles the one from the other (README, "Dependencies"); this catches an edit of either that
was not followed by it."""

from __future__ import annotations

from pathlib import Path

import pytest
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from harness.layout import REPO

RELOCK = "run `make lock` (README, 'Dependencies')"


def _lines(path: Path) -> list[tuple[int, str, str]]:
    """(line number, requirement, comment) of each line that is not blank or only a comment."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text, _, comment = line.partition(" #")
        if text.strip() and not text.lstrip().startswith("#"):
            rows.append((number, text.strip(), comment.strip()))
    return rows


def lock_problems(requirements_in: Path, lock: Path) -> list[str]:
    """One sentence per way the lock fails requirements.in; none when it satisfies it."""
    problems, pinned = [], {}
    for number, text, _ in _lines(lock):
        where = f"{lock.name}:{number}"
        try:
            req = Requirement(text)
        except InvalidRequirement:
            problems.append(f"{where}: '{text}' is not a requirement; {RELOCK}")
            continue
        specs = list(req.specifier)
        if len(specs) != 1 or specs[0].operator != "==" or "*" in specs[0].version:
            problems.append(f"{where}: '{text}' is not pinned to one version with '=='; {RELOCK}")
            continue
        name = canonicalize_name(req.name)
        if name in pinned:
            problems.append(f"{where}: {req.name} is pinned twice; {RELOCK}")
        pinned[name] = specs[0].version
    for number, text, _ in _lines(requirements_in):
        where = f"{requirements_in.name}:{number}"
        try:
            req = Requirement(text)
        except InvalidRequirement:
            problems.append(f"{where}: '{text}' is not a requirement")
            continue
        version = pinned.get(canonicalize_name(req.name))
        if version is None:
            problems.append(f"{where}: {req.name} is not in {lock.name}; {RELOCK}")
        elif not req.specifier.contains(version, prereleases=True):
            problems.append(
                f"{where}: {lock.name} pins {req.name}=={version}, which '{text}' does not "
                f"allow; {RELOCK}"
            )
    return problems


def reason_problems(requirements_in: Path) -> list[str]:
    """Every direct dependency says why it is there: a comment on its line or just above it."""
    lines = requirements_in.read_text(encoding="utf-8").splitlines()
    return [
        f"{requirements_in.name}:{number}: '{text}' does not say why it is a dependency; add "
        "a comment on its line or the line above"
        for number, text, comment in _lines(requirements_in)
        if not comment and not (number > 1 and lines[number - 2].lstrip().startswith("#"))
    ]


def test_the_lock_satisfies_requirements_in():
    assert lock_problems(REPO.root / "requirements.in", REPO.root / "requirements.txt") == []


def test_every_direct_dependency_says_why():
    assert reason_problems(REPO.root / "requirements.in") == []


LOCK = """\
#    make lock
#
numpy==2.3.5
    # via -r requirements.in
torch==2.13.0
    # via -r requirements.in
"""


@pytest.mark.parametrize(
    ("requirements_in", "lock", "expected"),
    [
        ("torch==2.13.0  # why\nnumpy>=2  # why\n", LOCK, []),
        (
            "torch>=2.14  # why\n",
            LOCK,
            [
                (
                    "requirements.in:1: requirements.txt pins torch==2.13.0, which 'torch>=2.14' "
                    f"does not allow; {RELOCK}"
                )
            ],
        ),
        (
            "ruff==0.17.6  # why\n",
            LOCK,
            [f"requirements.in:1: ruff is not in requirements.txt; {RELOCK}"],
        ),
        (
            "numpy  # why\n",
            LOCK + "mkdocs<2\n",
            [f"requirements.txt:7: 'mkdocs<2' is not pinned to one version with '=='; {RELOCK}"],
        ),
        (
            "numpy  # why\n",
            LOCK + "NumPy==2.3.5\n",
            [f"requirements.txt:7: NumPy is pinned twice; {RELOCK}"],
        ),
    ],
    ids=["satisfied", "version-not-allowed", "missing", "unpinned", "twice"],
)
def test_a_lock_that_fails_requirements_in_is_named(tmp_path, requirements_in, lock, expected):
    (tmp_path / "requirements.in").write_text(requirements_in, encoding="utf-8")
    (tmp_path / "requirements.txt").write_text(lock, encoding="utf-8")
    assert lock_problems(tmp_path / "requirements.in", tmp_path / "requirements.txt") == expected


def test_a_dependency_without_a_reason_is_named(tmp_path):
    (tmp_path / "requirements.in").write_text(
        "# the subject\ntorch==2.13.0\nnumpy==2.3.5  # snippets\n\nruff==0.17.6\n",
        encoding="utf-8",
    )
    assert reason_problems(tmp_path / "requirements.in") == [
        (
            "requirements.in:5: 'ruff==0.17.6' does not say why it is a dependency; add a "
            "comment on its line or the line above"
        )
    ]
