"""The machinery that proves the site's code: find pages and snippets, run them, check them.

- ``layout``    where pages, snippets and stored outputs live; the site's languages (mkdocs.yml)
- ``markdown``  fences, includes, links and heading ids read from a page (the one heading grammar)
- ``snippets``  run a snippet in-process and compare it with its stored output
- ``capture``   what a program writes to stderr behind Python's back (C++, early log handlers)
- ``checks``    the page checks (PAGE_CHECKS: twins, headings, links, fences, orphans, citations,
                front matter, the error index, the exercises), each returning problems as text
- ``citations`` citations of the torch source, checked against the installed torch
- ``labs``      a lab source split into one notebook per language, and executed
- ``chapters``  a chapter page as a notebook per language (the exercises' answers last)
- ``cells``     a notebook's code cells run in order in one fresh interpreter, as a kernel would
- ``kernel_check`` ``python -m harness.kernel_check``: the chapter notebooks run in real kernels
- ``site``      the built site as a reader receives it: code blocks, requests, links, images
- ``__main__``  ``python -m harness regen``: rewrite stored outputs and lab notebooks
"""
