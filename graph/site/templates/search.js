// The search box of the static site: filters the prebuilt index (search-index.js) as you type.
// Plain JavaScript, no library, no request: results are built with textContent, never HTML.
(function () {
  "use strict";
  var entries = window.GCMKG_SEARCH || [];
  var input = document.getElementById("search");
  var list = document.getElementById("results");
  var count = document.getElementById("search-count");
  if (!input || !list) { return; }
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var folded = entries.map(function (entry) { return fold(entry[0]); });
  function show() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { count.textContent = ""; return; }
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
  show();
})();
