// Names for controls Material for MkDocs renders without one (found by axe-core): the search
// dialog, the toolbar above each code block, and the numbered code-annotation markers, which
// Material adds after the page loads (hence the observer).
(function () {
  var zh = document.documentElement.lang.indexOf("zh") === 0;
  var words = zh
    ? { search: "搜索", toolbar: "代码块 {n} 的工具栏", annotation: "注释 {n}" }
    : { search: "Search", toolbar: "Code block {n} toolbar", annotation: "Annotation {n}" };

  function say(template, n) {
    return template.replace("{n}", n);
  }

  function label(root) {
    root.querySelectorAll('.md-search[role="dialog"]:not([aria-label])').forEach(function (el) {
      el.setAttribute("aria-label", words.search);
    });
    document.querySelectorAll("nav.md-code__nav").forEach(function (el, i) {
      el.setAttribute("aria-label", say(words.toolbar, i + 1));
    });
    root.querySelectorAll("a.md-annotation__index:not([aria-label])").forEach(function (el) {
      var marker = el.querySelector("[data-md-annotation-id]");
      el.setAttribute("aria-label", say(words.annotation, marker ? marker.getAttribute("data-md-annotation-id") : ""));
    });
  }

  // One pass over the page per batch of changes (Material mounts each code block in a task of
  // its own, see code-blocks-in-turn.js), rather than one per node added.
  label(document);
  new MutationObserver(function (changes) {
    var added = changes.some(function (change) {
      return Array.prototype.some.call(change.addedNodes, function (node) {
        return node.nodeType === 1;
      });
    });
    if (added) label(document);
  }).observe(document.body, { childList: true, subtree: true });
})();
