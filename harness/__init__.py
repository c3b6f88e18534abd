"""The machinery that proves the site's code: find pages and snippets, run them, check them.

- ``layout``   where pages, snippets and stored outputs live
- ``markdown`` fences, includes and heading ids read from a page
- ``snippets`` run a snippet in-process and compare it with its stored output
- ``checks``   page-level rules (twins, includes, fences), each returning problems as text
- ``__main__`` ``python -m harness regen``: rewrite stored outputs
"""
