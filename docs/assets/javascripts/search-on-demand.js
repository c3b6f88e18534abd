// The search index is fetched when the reader starts a search, not on every page load.
//
// Material requests search/search_index.json as soon as a page loads (1 MB, 220-260 KB
// gzipped: more than the rest of a page together), parses it on the main thread and hands it
// to its search worker. That was most of every page's weight and of its main-thread time
// (Lighthouse, mobile). This script, which runs before Material's bundle (overrides/main.html),
// holds back that one request until the reader reaches for search: focus in the search form
// (a click or tap on the search box or button, or the keyboard shortcuts f, s and /, which
// focus it), the search toggle, or a pointer going down on the search button (a head start).
// A page opened from a search result (?h=..., search.highlight) needs the index to highlight
// the words, so it is fetched at once there. Material shows "Initializing search" meanwhile,
// as it does while the index downloads. If Material stops fetching the index with
// XMLHttpRequest, nothing is held back and search works as before, only eagerly.
(function () {
  var INDEX = /\/search\/search_index\.json(?:$|[?#])/;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var held = [];
  var released = new URLSearchParams(location.search).has("h");

  XMLHttpRequest.prototype.open = function (method, url) {
    this.__searchIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.__searchIndex && !released) {
      held.push([this, arguments]);
      return;
    }
    return send.apply(this, arguments);
  };

  function release() {
    if (released) return;
    released = true;
    held.splice(0).forEach(function (request) {
      send.apply(request[0], request[1]);
    });
  }

  function inSearch(target) {
    return (
      target instanceof Element && !!target.closest('form[name="search"], label[for="__search"]')
    );
  }

  document.addEventListener("focusin", function (event) {
    if (inSearch(event.target)) release();
  }, true);
  document.addEventListener("pointerdown", function (event) {
    if (inSearch(event.target)) release();
  }, true);
  document.addEventListener("change", function (event) {
    if (event.target instanceof Element && event.target.id === "__search") release();
  }, true);
})();
