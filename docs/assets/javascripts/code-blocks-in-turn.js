// Material's code blocks are mounted one at a time, each in a task of its own, right after the
// page has loaded, instead of all together in one long task.
//
// Mounting a code block (its copy button, its annotations and their tooltips) makes Material
// measure the page after each change, so mounting the 20 to 40 code blocks of a chapter blocked
// the main thread for one long stretch (400-1000 ms of total blocking time in Lighthouse's
// mobile run of a chapter). Material can mount each code block lazily, when it first becomes
// visible (`content.lazy` in mkdocs.yml), but then a block the reader has not scrolled to has
// no copy button yet. This script, which runs before Material's bundle (overrides/main.html),
// tells Material, through the IntersectionObserver it watches code blocks with, that each code
// block is visible, a task after Material starts watching it: every block is mounted, in page
// order, in a task of its own, and the browser can paint and answer input between them. The
// real observer still reports the blocks on screen, which may then be mounted first. Without
// `content.lazy`, Material mounts every block at once, as before, and this script changes
// nothing.
(function () {
  var Native = window.IntersectionObserver;
  if (typeof Native !== "function") return;

  function isCodeBlock(el) {
    return el instanceof Element && el.matches("pre > code");
  }

  function InTurn(callback, options) {
    var observer = new Native(callback, options);
    var observe = observer.observe;
    observer.observe = function (el) {
      observe.call(observer, el);
      if (isCodeBlock(el)) {
        setTimeout(function () {
          callback([{ target: el, isIntersecting: true, intersectionRatio: 1 }], observer);
        }, 0);
      }
    };
    return observer;
  }
  InTurn.prototype = Native.prototype;
  window.IntersectionObserver = InTurn;
})();
