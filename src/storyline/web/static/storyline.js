/* Storyline: marks the fact named by the page's #c{start}-{end} anchor (all of its pieces,
   or the marks inside those offsets when no fact has exactly them) and scrolls it into view.
   The page reads fine without this file: CSS :target marks the anchor's first piece. */
(function () {
  "use strict";
  function marksFor(hash) {
    var m = /^#c(\d+)-(\d+)$/.exec(hash || "");
    if (!m) { return []; }
    var start = parseInt(m[1], 10), end = parseInt(m[2], 10);
    var key = "c" + start + "-" + end;
    var found = document.querySelectorAll('mark[data-fact="' + key + '"]');
    if (found.length) { return Array.prototype.slice.call(found); }
    return Array.prototype.filter.call(document.querySelectorAll("mark[data-start]"), function (el) {
      return parseInt(el.getAttribute("data-start"), 10) >= start && parseInt(el.getAttribute("data-end"), 10) <= end;
    });
  }
  function show() {
    Array.prototype.forEach.call(document.querySelectorAll("mark.is-target"), function (el) {
      el.classList.remove("is-target");
    });
    var marks = marksFor(window.location.hash);
    marks.forEach(function (el) { el.classList.add("is-target"); });
    if (marks.length) {
      marks[0].scrollIntoView({block: "center"});
      document.body.classList.add("has-target");
    }
  }
  // after the browser's own jump to the anchor, so that the words end up mid-screen
  window.addEventListener("load", function () { window.setTimeout(show, 0); });
  window.addEventListener("hashchange", show);
})();
