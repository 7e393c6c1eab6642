(function () {
  "use strict";
  var PAGE = 200;
  var form = document.getElementById("filters");
  var articleFilter = document.getElementById("article-filter");
  var textFilter = document.getElementById("text-filter");
  var counter = document.getElementById("filter-count");
  var findings = Array.prototype.slice.call(document.querySelectorAll("#findings > .finding"));
  var blocks = Array.prototype.slice.call(document.querySelectorAll(".quantity-block"));
  var moreBox = document.getElementById("more-findings");
  var moreStatus = document.getElementById("more-status");
  var moreButton = document.getElementById("show-more");
  var more = null;  // findings the server did not draw: [{row, text}], once decompressed
  var moreClaims = {};
  var matching = [];
  var drawn = 0;
  var texts = new Map();

  function text(el) {
    if (!texts.has(el)) { texts.set(el, el.textContent.toLowerCase()); }
    return texts.get(el);
  }
  function state() {
    var on = {};
    form.querySelectorAll("input[name=verdict]").forEach(function (box) { on[box.value] = box.checked; });
    return {
      on: on,
      article: articleFilter.value,
      words: textFilter.value.toLowerCase().split(/\s+/).filter(Boolean)
    };
  }
  function inArticle(numbers, number) {
    return !number || (" " + numbers + " ").indexOf(" " + number + " ") >= 0;
  }
  function hasWords(haystack, words) {
    return words.every(function (w) { return haystack.indexOf(w) >= 0; });
  }

  // Elements are made with textContent only: no text from an article is ever parsed as HTML.
  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content !== undefined && content !== null) { node.textContent = String(content); }
    return node;
  }
  function link(className, href, content) {
    var a = el("a", className, content);
    a.setAttribute("href", href);
    return a;
  }
  function source(c) {
    var li = el("li", "source");
    var q = el("q");
    q.appendChild(document.createTextNode(c[0]));
    q.appendChild(el("mark", "", c[1]));
    q.appendChild(document.createTextNode(c[2]));
    li.appendChild(q);
    var meta = el("span", "meta");
    meta.appendChild(el("span", "period", c[3]));
    if (c[9]) { meta.appendChild(el("span", "frame", c[9])); }
    meta.appendChild(c[5] ? link("where", "#" + c[5], c[4]) : el("span", "where", c[4]));
    if (c[7]) { meta.appendChild(el("span", "outlet", c[7])); }
    if (c[8]) { meta.appendChild(el("span", "date", c[8])); }
    if (c[6]) {
      var url = link("url", c[6], c[6]);
      url.setAttribute("rel", "noopener noreferrer");
      meta.appendChild(url);
    }
    li.appendChild(meta);
    return li;
  }
  function finding(row) {
    var box = el("article", "finding v-" + row[1]);
    box.id = row[0];
    box.dataset.verdict = row[1];
    box.dataset.articles = row[8];
    var h = el("h3");
    h.appendChild(el("span", "badge v-" + row[1], row[2]));
    if (row[3]) { h.appendChild(el("span", "detail", row[3])); }
    h.appendChild(el("span", "quantity", row[4]));
    if (row[5] !== null) { h.appendChild(el("span", "confidence", "confidence " + row[5].toFixed(2))); }
    h.appendChild(link("id", "#" + row[0], row[0]));
    box.appendChild(h);
    box.appendChild(el("p", "explanation", row[6]));
    var list = el("ul", "sources");
    row[7].forEach(function (id) { if (moreClaims[id]) { list.appendChild(source(moreClaims[id])); } });
    box.appendChild(list);
    if (row[9]) {
      var p = el("p", "more");
      p.appendChild(link("", "#" + row[9], "timeline of “" + row[4] + "”"));
      box.appendChild(p);
    }
    return box;
  }
  function searchText(item) {  // made on the first text search, not at load
    if (item.text === null) {
      var row = item.row;
      var words = [row[0], row[2], row[3], row[4], row[6]];
      row[7].forEach(function (id) {
        var c = moreClaims[id];
        if (c) { words.push(c[0], c[1], c[2], c[3], c[4], c[7] || "", c[9] || ""); }
      });
      item.text = words.join(" ").toLowerCase();
    }
    return item.text;
  }
  function drawMore() {
    if (!more) { return; }
    var next = matching.slice(drawn, drawn + PAGE);
    var fragment = document.createDocumentFragment();
    next.forEach(function (item) { fragment.appendChild(finding(item.row)); });
    moreBox.appendChild(fragment);
    drawn += next.length;
    var left = matching.length - drawn;
    moreButton.hidden = left <= 0;
    moreButton.textContent = "Show " + Math.min(left, PAGE) + " more (" + left + " left)";
    moreStatus.hidden = true;
  }

  function apply() {
    var s = state();
    var shown = 0;
    findings.forEach(function (node) {
      var visible = s.on[node.dataset.verdict] && inArticle(node.dataset.articles, s.article) &&
        hasWords(text(node), s.words);
      node.hidden = !visible;
      if (visible) { shown += 1; }
    });
    blocks.forEach(function (node) {
      var verdicts = node.dataset.verdicts.split(" ").filter(Boolean);
      var any = verdicts.length === 0 || verdicts.some(function (v) { return s.on[v]; });
      node.hidden = !(any && inArticle(node.dataset.articles, s.article) && hasWords(text(node), s.words));
    });
    var total = findings.length;
    if (more) {
      matching = more.filter(function (item) {
        return s.on[item.row[1]] && inArticle(item.row[8], s.article) &&
          (!s.words.length || hasWords(searchText(item), s.words));
      });
      moreBox.textContent = "";
      drawn = 0;
      drawMore();
      shown += matching.length;
      total += more.length;
    }
    counter.textContent = shown + " of " + total + " findings";
  }

  function load() {
    var data = document.getElementById("more-data");
    if (!data || !data.textContent.trim()) { return Promise.resolve(); }
    if (typeof DecompressionStream === "undefined") {
      moreStatus.textContent = data.dataset.count + " more findings need a newer browser to show.";
      return Promise.resolve();
    }
    var binary = atob(data.textContent.trim());
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i += 1) { bytes[i] = binary.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).json().then(function (json) {
      moreClaims = json.claims;
      more = json.findings.map(function (row) { return { row: row, text: null }; });
    });
  }

  var timer = null;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  textFilter.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  });
  if (moreButton) { moreButton.addEventListener("click", drawMore); }
  function openLine(id) {
    var target = document.getElementById(id);
    var article = target && target.closest("details.article");
    if (article) { article.open = true; }
    return target;
  }
  window.addEventListener("hashchange", function () {
    var target = openLine(location.hash.slice(1));
    if (target) { target.scrollIntoView(); }
  });
  document.addEventListener("click", function (event) {
    var a = event.target.closest && event.target.closest("a.where");
    if (a) { openLine(a.getAttribute("href").slice(1)); }
  });
  apply();
  load().then(function () {
    apply();
    document.documentElement.dataset.ready = "true";
  });
}());
