(function () {
  "use strict";
  var form = document.getElementById("filters");
  var articleFilter = document.getElementById("article-filter");
  var textFilter = document.getElementById("text-filter");
  var counter = document.getElementById("filter-count");
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var blocks = Array.prototype.slice.call(document.querySelectorAll(".quantity-block"));
  var texts = new Map();
  function text(el) {
    if (!texts.has(el)) { texts.set(el, el.textContent.toLowerCase()); }
    return texts.get(el);
  }
  function checked() {
    var on = {};
    form.querySelectorAll("input[name=verdict]").forEach(function (box) { on[box.value] = box.checked; });
    return on;
  }
  function inArticle(el, number) {
    return !number || (" " + el.dataset.articles + " ").indexOf(" " + number + " ") >= 0;
  }
  function apply() {
    var on = checked();
    var number = articleFilter.value;
    var words = textFilter.value.toLowerCase().split(/\s+/).filter(Boolean);
    var matches = function (el) { return words.every(function (w) { return text(el).indexOf(w) >= 0; }); };
    var shown = 0;
    findings.forEach(function (el) {
      var visible = on[el.dataset.verdict] && inArticle(el, number) && matches(el);
      el.hidden = !visible;
      if (visible) { shown += 1; }
    });
    blocks.forEach(function (el) {
      var verdicts = el.dataset.verdicts.split(" ").filter(Boolean);
      var any = verdicts.length === 0 || verdicts.some(function (v) { return on[v]; });
      el.hidden = !(any && inArticle(el, number) && matches(el));
    });
    counter.textContent = shown + " of " + findings.length + " findings";
  }
  var timer = null;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  textFilter.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  });
  window.addEventListener("hashchange", function () {
    var target = document.getElementById(location.hash.slice(1));
    var article = target && target.closest("details.article");
    if (article) { article.open = true; target.scrollIntoView(); }
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.where");
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    var article = target && target.closest("details.article");
    if (article) { article.open = true; }
  });
  apply();
}());
