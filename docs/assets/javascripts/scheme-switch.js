// No transitions while the colour scheme switches: the colours change at once, as Material
// makes them do. Material marks <body> with data-md-color-switching for that, but its rule for
// the mark also cost two restyles of the whole page on every page load, so hooks/
// palette_switching.py removes it; this script, which runs before Material's bundle
// (overrides/main.html), sets a mark of its own (data-scheme-switching, extra.css) only when the
// scheme really switches: when the reader clicks the palette toggle, and when the system's
// light or dark preference changes. Its handlers run before Material's, which restyles the page
// at once; the mark goes in the next task, as Material's does.
(function () {
  var MARK = "data-scheme-switching";

  function switching() {
    document.body.setAttribute(MARK, "");
    setTimeout(function () {
      document.body.removeAttribute(MARK);
    }, 0);
  }

  document.addEventListener("change", function (event) {
    if (event.target instanceof Element && event.target.closest('[data-md-component="palette"]')) {
      switching();
    }
  }, true);
  var media = matchMedia("(prefers-color-scheme: light)");
  if (media.addEventListener) media.addEventListener("change", switching);
})();
