// The language menu (mkdocs-static-i18n) already links each page to its twin. This keeps the
// reader on the same section too, by carrying the current #anchor (headings have the same ids
// in both languages) into the link as it is clicked.
//
// It also removes the per-page <link rel="alternate" hreflang> elements from the live document
// before Material reads them: Material fetches "sitemap.xml" beside every alternate URL, which
// for per-page alternates means a 404 per language on every page load. The links stay in the
// HTML as served, for crawlers.
(function () {
  document.querySelectorAll('link[rel="alternate"][hreflang]').forEach(function (link) {
    link.remove();
  });
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element && event.target.closest("a.md-select__link[hreflang]");
    if (!link || !location.hash) return;
    var target = new URL(link.href);
    target.hash = location.hash;
    link.href = target.href;
  }, true);
})();
