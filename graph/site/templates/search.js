// The search box of the static site: filters the prebuilt index (search-index.js) as you type.
// Plain JavaScript, no library, no request: results are built with textContent, never HTML.
// The index (megabytes on a large graph) is read only when someone searches: a local <script>
// added to the page then, since browsers refuse fetch() on file:// but run a script next to the page.
(function () {
  "use strict";
  var entries = null;
  var folded = [];
  var loading = false;
  var input = document.getElementById("search");
  var list = document.getElementById("results");
  var count = document.getElementById("search-count");
  if (!input || !list) { return; }
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function load() {
    if (loading) { return; }
    loading = true;
    count.textContent = "Reading the search index…";
    var script = document.createElement("script");
    script.src = input.getAttribute("data-index");
    script.onload = function () {
      entries = window.GCMKG_SEARCH || [];
      folded = entries.map(function (entry) { return fold(entry[0]); });
      show();
    };
    document.head.appendChild(script);
  }
  function show() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { count.textContent = ""; return; }
    if (entries === null) { load(); return; }
    var found = [];
    for (var i = 0; i < entries.length; i++) {
      if (words.every(function (w) { return folded[i].indexOf(w) >= 0; })) { found.push(entries[i]); }
    }
    count.textContent = found.length + (found.length === 1 ? " match" : " matches") + (found.length > 50 ? ", the first 50 shown" : "");
    found.slice(0, 50).forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry[2];
      link.textContent = entry[0].length > 160 ? entry[0].slice(0, 159) + "…" : entry[0];
      var what = document.createElement("span");
      what.className = "note";
      what.textContent = " " + entry[1];
      item.appendChild(link);
      item.appendChild(what);
      list.appendChild(item);
    });
  }
  input.addEventListener("input", show);
  input.addEventListener("focus", function () { if (entries === null) { load(); } });
  show();
})();
