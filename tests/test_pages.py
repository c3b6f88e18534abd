"""Test 4 (README, "How the tests work"), at the source level: every page check of
harness/checks.py (PAGE_CHECKS: twins, heading ids, links, fences, orphans, citations of the
torch source, front matter, the error index) holds on the site. A check registered there runs
here by itself."""

import pytest

from harness import checks
from harness.layout import REPO


@pytest.mark.parametrize("check", checks.PAGE_CHECKS, ids=lambda c: c.__name__)
def test_pages_follow_the_rule(check):
    problems = check(REPO)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
