"""Tests 2 and 4 at the source level: both languages hold the same pages, include the same
snippets in the same order, and carry the same heading ids; every fence is one the tests run."""

import pytest

from harness import checks


@pytest.mark.parametrize(
    "check",
    [
        checks.missing_twins,
        checks.twin_differences,
        checks.heading_problems,
        checks.link_problems,
        checks.fence_problems,
        checks.orphan_problems,
    ],
    ids=lambda c: c.__name__,
)
def test_pages_follow_the_rule(check):
    problems = check()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
