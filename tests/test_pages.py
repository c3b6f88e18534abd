"""Tests 2 and 4 at the source level: both languages hold the same pages, include the same
snippets in the same order, carry the same heading ids and cite the same torch source lines;
every fence is one the tests run; every citation of the torch source holds against the
installed torch, and the internals chapters cite their sources."""

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
        checks.citation_problems,
        checks.uncited_pages,
        checks.front_matter_problems,
        checks.error_heading_problems,
    ],
    ids=lambda c: c.__name__,
)
def test_pages_follow_the_rule(check):
    problems = check()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
