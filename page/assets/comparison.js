// The comparison page's behaviour: the findings table filtered by change, severity and
// text, with counts that follow, sortable by any column, and the filter kept in the URL
// fragment (#change=introduced&severity=error&q=text) so a filtered view can be linked.
// Vanilla JavaScript, no network; without it the page is the whole, printable report.
(function () {
  "use strict";
  document.body.classList.remove("no-js");
  var table = document.getElementById("comparison-findings");
  var filters = document.querySelector("#findings .filters");
  if (!table || !filters) return;
  var controls = {
    change: document.getElementById("filter-change"),
    severity: document.getElementById("filter-severity"),
    q: document.getElementById("filter-search")
  };
  var count = document.getElementById("filter-count");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });

  function apply() {
    var change = controls.change.value, severity = controls.severity.value;
    var q = controls.q.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row, i) {
      var show = (!change || row.getAttribute("data-change") === change) &&
                 (!severity || row.getAttribute("data-severity") === severity) &&
                 (!q || texts[i].indexOf(q) >= 0);
      row.hidden = !show;
      if (show) shown++;
    });
    count.textContent = shown + " of " + rows.length + " findings shown";
  }

  function writeFragment() {
    var parts = [];
    Object.keys(controls).forEach(function (key) {
      if (controls[key].value) parts.push(key + "=" + encodeURIComponent(controls[key].value));
    });
    history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
  }

  // A fragment holding '=' is a filter; any other (#verdict) is a section link.
  function readFragment() {
    if (location.hash.indexOf("=") < 0) return;
    var params = new URLSearchParams(location.hash.slice(1));
    Object.keys(controls).forEach(function (key) { controls[key].value = params.get(key) || ""; });
    apply();
  }

  // Sort by the cell's data-sort when it has one (severity, change), else its text.
  function sortBy(th, index) {
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.cells, function (cell) { cell.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var key = function (row) {
      var cell = row.cells[index];
      return cell.hasAttribute("data-sort") ? Number(cell.getAttribute("data-sort")) : cell.textContent.trim().toLowerCase();
    };
    var order = rows.map(function (row, i) { return {row: row, key: key(row), i: i}; });
    order.sort(function (a, b) {
      var by = a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i;
      return ascending || a.key === b.key ? by : -by;
    });
    order.forEach(function (o) { body.appendChild(o.row); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    button.title = "Sort by " + th.textContent.toLowerCase();
    button.addEventListener("click", function () { sortBy(th, index); });
    th.textContent = "";
    th.appendChild(button);
  });
  Object.keys(controls).forEach(function (key) {
    controls[key].addEventListener("input", function () { apply(); writeFragment(); });
  });
  window.addEventListener("hashchange", readFragment);
  filters.hidden = false;
  apply();
  readFragment();
})();
