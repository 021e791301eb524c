// The map report page's behaviour: filtering and sorting the findings, the map's pan,
// zoom and body panels. Vanilla JavaScript, no network. The HTML is the whole report
// without it. Each behaviour is a named function, exported on window.govgraph, so a
// browser test can drive it and read the state it leaves.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent);
  var filterKeys = ["severity", "rule", "family", "body", "area", "q"];
  var table = document.getElementById("findings-table");
  var rows = table ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
  var rowText = rows.map(function (row) { return row.textContent.toLowerCase(); });
  var bodyIndex = {};  // body id -> index in data.bodies
  var perBody = [];    // index -> {out: [], in: [], roles: [], findings: []}
  var nodeOf = {};     // body id -> its node (<g>) on the map; a folded row's body -> the folded node
  var linkEl = {};     // "link_N" -> the drawn line
  var view = null;     // the drawing's viewBox {x, y, w, h} and its initial value
  var home = null;
  var panelOpener = null;
  // Only a page of rows is laid out: thousands of visible rows take seconds to lay out.
  var pageSize = 200;
  var limit = pageSize; // how many matching rows are shown, in table order
  var kept = rows.map(function () { return true; }); // by data-index: matches the filter

  function el(id) { return document.getElementById(id); }
  function make(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  // ---- indexes -------------------------------------------------------------------
  function buildIndexes() {
    data.bodies.forEach(function (b, i) {
      bodyIndex[b.id] = i;
      perBody.push({out: [], in: [], roles: [], findings: []});
    });
    data.links.forEach(function (l, i) {
      perBody[l[0]].out.push(i);
      perBody[l[1]].in.push(i);
    });
    data.responsibilities.forEach(function (r, i) {
      r.owners.forEach(function (o) { perBody[o[0]].roles.push([i, o[1]]); });
    });
    data.findings.forEach(function (f, i) {
      f.bodies.forEach(function (id) { if (id in bodyIndex) perBody[bodyIndex[id]].findings.push(i); });
    });
  }

  function nameOf(id) { return id in bodyIndex ? data.bodies[bodyIndex[id]].name : id; }
  function areaName(id) {
    for (var i = 0; i < data.areas.length; i++) if (data.areas[i][0] === id) return data.areas[i][1];
    return id;
  }

  // ---- filters and the URL fragment -----------------------------------------------
  function fillSelect(id, values, label) {
    var select = el(id);
    if (!select) return;
    values.sort(function (a, b) { return label(a).localeCompare(label(b)); }).forEach(function (v) {
      var option = make("option", label(v));
      option.value = v;
      select.appendChild(option);
    });
  }

  function populateFilters() {
    var seen = {severity: {}, rule: {}, family: {}, body: {}, area: {}};
    data.findings.forEach(function (f) {
      seen.severity[f.severity] = seen.rule[f.rule] = seen.family[f.family] = true;
      f.bodies.forEach(function (b) { seen.body[b] = true; });
      f.areas.forEach(function (a) { seen.area[a] = true; });
    });
    var order = {error: 0, warning: 1, info: 2};
    el("f-severity") && Object.keys(seen.severity).sort(function (a, b) { return order[a] - order[b]; })
      .forEach(function (s) { var o = make("option", s); o.value = s; el("f-severity").appendChild(o); });
    var same = function (v) { return v; };
    fillSelect("f-rule", Object.keys(seen.rule), same);
    fillSelect("f-family", Object.keys(seen.family), same);
    fillSelect("f-body", Object.keys(seen.body), nameOf);
    fillSelect("f-area", Object.keys(seen.area), areaName);
  }

  /// The filter the controls show: {severity, rule, family, body, area, q}, "" for any.
  function currentFilter() {
    var state = {};
    filterKeys.forEach(function (k) { var c = el("f-" + k); state[k] = c ? c.value : ""; });
    return state;
  }

  function setControls(state) {
    filterKeys.forEach(function (k) {
      var c = el("f-" + k);
      if (!c) return;
      var value = state[k] || "";
      if (c.tagName === "SELECT" && value && !c.querySelector('option[value="' + CSS.escape(value) + '"]')) value = "";
      c.value = value;
    });
  }

  function matches(f, row, state) {
    if (state.severity && f.severity !== state.severity) return false;
    if (state.rule && f.rule !== state.rule) return false;
    if (state.family && f.family !== state.family) return false;
    if (state.body && f.bodies.indexOf(state.body) < 0) return false;
    if (state.area && f.areas.indexOf(state.area) < 0) return false;
    if (state.q) {
      var words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
      for (var i = 0; i < words.length; i++) if (rowText[row].indexOf(words[i]) < 0) return false;
    }
    return true;
  }

  /// Keeps the findings `state` matches, shows the first page of them, updates the
  /// count and (unless `keepHash`) the fragment. Returns how many match.
  function applyFilter(state, keepHash) {
    var shown = 0, bySeverity = {error: 0, warning: 0, info: 0};
    rows.forEach(function (row, i) {
      var f = data.findings[+row.getAttribute("data-index")];
      kept[i] = matches(f, i, state);
      if (kept[i]) { shown++; bySeverity[f.severity]++; }
    });
    var count = el("f-count");
    if (count) {
      count.textContent = (shown === rows.length ? "All " + rows.length + " findings" :
        shown + " of " + rows.length + " findings") + " \u2014 " + bySeverity.error + " errors, " +
        bySeverity.warning + " warnings, " + bySeverity.info + " information";
      count.setAttribute("data-shown", String(shown));
    }
    limit = pageSize;
    showPage();
    if (!keepHash) writeFragment(state);
    return shown;
  }

  /// Shows the first `limit` matching rows in table order, hides the rest, and says which.
  function showPage() {
    if (!table) return 0;
    var matching = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var keep = kept[+row.getAttribute("data-index")];
      row.hidden = !keep;
      row.classList.toggle("beyond", keep && matching >= limit); // print shows these too
      if (keep) matching++;
    });
    var visible = Math.min(limit, matching), pager = el("f-page");
    if (pager) {
      el("f-showing").textContent = matching === 0 ? "No findings match" :
        "Showing 1\u2013" + visible.toLocaleString("en") + " of " + matching.toLocaleString("en");
      el("f-more").hidden = el("f-all").hidden = visible === matching;
      el("f-all").textContent = "Show all " + matching.toLocaleString("en");
      pager.setAttribute("data-visible", String(visible));
    }
    return visible;
  }

  /// Shows `n` more matching rows, or all of them when `n` is omitted.
  function showMore(n) {
    limit = n === undefined ? Infinity : limit + n;
    return showPage();
  }

  function filterFromFragment(hash) {
    var state = {};
    (hash || "").replace(/^#/, "").split("&").forEach(function (part) {
      var eq = part.indexOf("=");
      if (eq < 0) return;
      var key = decodeURIComponent(part.slice(0, eq));
      if (filterKeys.indexOf(key) >= 0) state[key] = decodeURIComponent(part.slice(eq + 1).replace(/\+/g, " "));
    });
    return state;
  }

  function fragmentOf(state) {
    return filterKeys.filter(function (k) { return state[k]; }).map(function (k) {
      return k + "=" + encodeURIComponent(state[k]);
    }).join("&");
  }

  function writeFragment(state) {
    var text = fragmentOf(state);
    var url = location.href.replace(/#.*$/, "") + (text ? "#" + text : "");
    if (url !== location.href) history.replaceState(null, "", url);
  }

  /// Restores the filter a fragment names (#severity=warning&q=...); a plain section
  /// anchor (#map) leaves the filter alone.
  function restoreFragment() {
    if (location.hash.indexOf("=") < 0) return;
    setControls(filterFromFragment(location.hash));
    applyFilter(currentFilter(), true);
  }

  // ---- sorting ----------------------------------------------------------------------
  function cellKey(row, column) {
    var cell = row.cells[column];
    var key = cell.getAttribute("data-sort");
    return key !== null ? key : cell.textContent.trim().toLowerCase();
  }

  /// Sorts the findings table by `column` (0-based), ascending unless `descending`.
  function sortFindings(column, descending) {
    // Each key read once, the rows moved in one fragment: thousands of rows sort at once.
    var keyed = rows.map(function (row) { return {row: row, key: cellKey(row, column), index: +row.getAttribute("data-index")}; });
    keyed.sort(function (a, b) {
      var c = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      return (descending ? -c : c) || a.index - b.index;
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (k) { fragment.appendChild(k.row); });
    table.tBodies[0].appendChild(fragment);
    showPage();
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      th.setAttribute("aria-sort", i === column ? (descending ? "descending" : "ascending") : "none");
    });
  }

  function setUpSorting() {
    if (!table) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      var button = make("button", th.textContent, "sort");
      button.type = "button";
      button.setAttribute("data-sort-column", String(i));
      th.textContent = "";
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        sortFindings(i, th.getAttribute("aria-sort") === "ascending");
      });
    });
  }

  // ---- selecting a finding -------------------------------------------------------------
  function clearHighlight() {
    Array.prototype.forEach.call(document.querySelectorAll(".hl"), function (e) { e.classList.remove("hl"); });
    var svg = mapSvg();
    if (svg) svg.classList.remove("dimmed");
  }

  /// Highlights finding `index`'s row, and its bodies and the lines between them on the map.
  function selectFinding(index) {
    clearHighlight();
    rows.forEach(function (row) { row.setAttribute("aria-selected", "false"); });
    var row = el("finding-" + index);
    if (!row) return [];
    if (row.hidden && kept[index]) showMore(Infinity); // a finding beyond the page is still reachable
    row.setAttribute("aria-selected", "true");
    row.classList.add("hl");
    var ids = data.findings[index].bodies, lit = [];
    ids.forEach(function (id) {
      if (nodeOf[id]) { nodeOf[id].classList.add("hl"); lit.push(id); }
    });
    data.links.forEach(function (l, i) {
      var a = data.bodies[l[0]].id, b = data.bodies[l[1]].id;
      if (ids.indexOf(a) >= 0 && ids.indexOf(b) >= 0 && linkEl["link_" + (i + 1)])
        linkEl["link_" + (i + 1)].classList.add("hl");
    });
    if (lit.length && mapSvg()) mapSvg().classList.add("dimmed");
    var status = el("map-status");
    if (status) status.textContent = lit.length ? "Showing on the map: " + lit.map(nameOf).join(", ") :
      "This finding's bodies are not drawn on the map.";
    return lit;
  }

  // ---- the map: pan and zoom ---------------------------------------------------------
  function mapSvg() { var v = el("map-view"); return v ? v.querySelector("svg") : null; }

  function setView(v) {
    view = v;
    mapSvg().setAttribute("viewBox", [v.x, v.y, v.w, v.h].join(" "));
  }

  /// Zooms by `factor` (2: twice as close) about the point (fx, fy) of the view, 0..1.
  function zoom(factor, fx, fy) {
    if (!view) return;
    fx = fx === undefined ? 0.5 : fx;
    fy = fy === undefined ? 0.5 : fy;
    var w = Math.min(Math.max(view.w / factor, home.w / 40), home.w * 4);
    var h = view.h * w / view.w;
    setView({x: view.x + (view.w - w) * fx, y: view.y + (view.h - h) * fy, w: w, h: h});
  }

  /// Moves the view by (dx, dy) in fractions of its size.
  function pan(dx, dy) {
    if (!view) return;
    setView({x: view.x + dx * view.w, y: view.y + dy * view.h, w: view.w, h: view.h});
  }

  function fitMap() { if (home) setView({x: home.x, y: home.y, w: home.w, h: home.h}); }

  function setUpMap() {
    var svg = mapSvg();
    if (!svg) return;
    var box = svg.getAttribute("viewBox").split(/[\s,]+/).map(Number);
    home = {x: box[0], y: box[1], w: box[2], h: box[3]};
    view = home;
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    svg.setAttribute("role", "img");
    // Bodies' ids could clash with the page's own ids: keep them as data-body instead.
    Array.prototype.forEach.call(svg.querySelectorAll("g.node"), function (g) {
      var id = g.id;
      g.removeAttribute("id");
      var folded = g.querySelectorAll("a[href^='#'], a[*|href^='#']");
      if (folded.length && !(id in bodyIndex)) {
        Array.prototype.forEach.call(folded, function (a) {
          var body = (a.getAttribute("href") || a.getAttributeNS("http://www.w3.org/1999/xlink", "href")).slice(1);
          a.setAttribute("data-body", body);
          nodeOf[body] = g;
        });
      } else if (id in bodyIndex) {
        g.setAttribute("data-body", id);
        nodeOf[id] = g;
      }
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "button");
      g.setAttribute("aria-label", id in bodyIndex ? nameOf(id) + ": open its panel" : "A group of bodies");
    });
    Array.prototype.forEach.call(svg.querySelectorAll("g.edge"), function (g) {
      linkEl[g.id] = g;
      g.setAttribute("data-link", g.id);
      g.removeAttribute("id");
    });
    var viewport = el("map-view");
    viewport.addEventListener("click", function (event) {
      var target = event.target.closest("[data-body]");
      if (!target) return;
      event.preventDefault();
      openPanel(target.getAttribute("data-body"), target);
    });
    viewport.addEventListener("keydown", onMapKey);
    viewport.addEventListener("wheel", function (event) {
      event.preventDefault();
      var r = svg.getBoundingClientRect();
      zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2, (event.clientX - r.left) / r.width, (event.clientY - r.top) / r.height);
    }, {passive: false});
    var drag = null;
    viewport.addEventListener("pointerdown", function (event) {
      if (event.target.closest("[data-body]")) return;
      drag = {x: event.clientX, y: event.clientY};
      viewport.setPointerCapture(event.pointerId);
    });
    viewport.addEventListener("pointermove", function (event) {
      if (!drag) return;
      var r = svg.getBoundingClientRect();
      pan(-(event.clientX - drag.x) / r.width, -(event.clientY - drag.y) / r.height);
      drag = {x: event.clientX, y: event.clientY};
    });
    viewport.addEventListener("pointerup", function () { drag = null; });
    el("map-zoom-in").addEventListener("click", function () { zoom(1.5); });
    el("map-zoom-out").addEventListener("click", function () { zoom(1 / 1.5); });
    el("map-reset").addEventListener("click", fitMap);
    window.addEventListener("beforeprint", fitMap);
  }

  function onMapKey(event) {
    var steps = {ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1]};
    var body = event.target.closest && event.target.closest("[data-body]");
    if ((event.key === "Enter" || event.key === " ") && body) {
      event.preventDefault();
      openPanel(body.getAttribute("data-body"), body);
    } else if (steps[event.key] && event.target === el("map-view")) {
      event.preventDefault();
      pan(steps[event.key][0], steps[event.key][1]);
    } else if (event.key === "+" || event.key === "=") {
      zoom(1.5);
    } else if (event.key === "-") {
      zoom(1 / 1.5);
    } else if (event.key === "0") {
      fitMap();
    }
  }

  // ---- the body panel ----------------------------------------------------------------------
  function bodyButton(index) {
    var b = make("button", data.bodies[index].name, "link-button");
    b.type = "button";
    b.setAttribute("data-open-body", data.bodies[index].id);
    return b;
  }

  function listSection(panel, title, items) {
    panel.appendChild(make("h3", title + " (" + items.length + ")"));
    if (!items.length) { panel.appendChild(make("p", "None.", "empty")); return; }
    var ul = make("ul");
    items.forEach(function (item) { var li = make("li"); item(li); ul.appendChild(li); });
    panel.appendChild(ul);
  }

  /// Opens the panel of body `id` (type, sector, sources, links, roles, findings).
  function openPanel(id, opener) {
    if (!(id in bodyIndex)) return false;
    var i = bodyIndex[id], b = data.bodies[i], facts = perBody[i];
    var panel = el("panel"), content = el("panel-body");
    el("panel-title").textContent = b.name;
    content.textContent = "";
    var dl = make("dl", undefined, "facts");
    [["Type", b.type.replace(/_/g, " ")], ["Sector", b.sector || "not recorded"], ["Status", b.status],
     ["Source", b.source || "not recorded"]].forEach(function (pair) {
      dl.appendChild(make("dt", pair[0]));
      dl.appendChild(make("dd", pair[1]));
    });
    content.appendChild(dl);
    listSection(content, "Links out", facts.out.map(function (l) {
      return function (li) { li.appendChild(make("span", data.links[l][2].replace(/_/g, " ") + " ", "kind")); li.appendChild(bodyButton(data.links[l][1])); };
    }));
    listSection(content, "Links in", facts.in.map(function (l) {
      return function (li) { li.appendChild(bodyButton(data.links[l][0])); li.appendChild(make("span", " " + data.links[l][2].replace(/_/g, " "), "kind")); };
    }));
    listSection(content, "Roles", facts.roles.map(function (r) {
      return function (li) { li.appendChild(make("span", r[1], "role role-" + r[1])); li.appendChild(document.createTextNode(" " + data.responsibilities[r[0]].name)); };
    }));
    listSection(content, "Findings", facts.findings.map(function (f) {
      return function (li) {
        var b2 = make("button", data.findings[f].message, "link-button sev-" + data.findings[f].severity);
        b2.type = "button";
        b2.setAttribute("data-select-finding", String(f));
        li.appendChild(b2);
      };
    }));
    panel.hidden = false;
    panel.setAttribute("data-body", id);
    panelOpener = opener || document.activeElement;
    el("panel-close").focus();
    return true;
  }

  function closePanel() {
    var panel = el("panel");
    if (panel.hidden) return;
    panel.hidden = true;
    panel.removeAttribute("data-body");
    if (panelOpener && panelOpener.focus) panelOpener.focus();
  }

  function showFinding(index) {
    setControls({});
    applyFilter(currentFilter());
    selectFinding(index);
    var row = el("finding-" + index);
    if (row) { row.scrollIntoView({block: "center"}); row.focus(); }
  }

  // ---- wiring -----------------------------------------------------------------------------
  function init() {
    document.body.classList.remove("no-js");
    buildIndexes();
    populateFilters();
    setUpSorting();
    setUpMap();
    filterKeys.forEach(function (k) {
      var c = el("f-" + k);
      if (c) c.addEventListener(k === "q" ? "input" : "change", function () { applyFilter(currentFilter()); });
    });
    var form = el("filters");
    if (form) form.addEventListener("submit", function (event) { event.preventDefault(); });
    var reset = el("f-reset");
    if (reset) reset.addEventListener("click", function () { setControls({}); applyFilter(currentFilter()); });
    if (el("f-page")) {
      el("f-page").hidden = false;
      el("f-more").addEventListener("click", function () { showMore(pageSize); });
      el("f-all").addEventListener("click", function () { showMore(); });
    }
    if (table) {
      table.tBodies[0].addEventListener("click", function (event) {
        var row = event.target.closest("tr");
        if (row) selectFinding(+row.getAttribute("data-index"));
      });
      table.tBodies[0].addEventListener("keydown", function (event) {
        if ((event.key === "Enter" || event.key === " ") && event.target.tagName === "TR") {
          event.preventDefault();
          selectFinding(+event.target.getAttribute("data-index"));
        }
      });
    }
    document.addEventListener("click", function (event) {
      var open = event.target.closest("[data-open-body]");
      if (open) openPanel(open.getAttribute("data-open-body"), open);
      var pick = event.target.closest("[data-select-finding]");
      if (pick) { closePanel(); showFinding(+pick.getAttribute("data-select-finding")); }
      var top = event.target.closest("a[data-finding]");
      if (top) { event.preventDefault(); showFinding(+top.getAttribute("data-finding")); }
    });
    el("panel-close").addEventListener("click", closePanel);
    document.addEventListener("keydown", function (event) { if (event.key === "Escape") closePanel(); });
    window.addEventListener("hashchange", restoreFragment);
    restoreFragment();
    if (location.hash.indexOf("=") < 0) applyFilter(currentFilter(), true);
  }

  window.govgraph = {
    data: data, currentFilter: currentFilter, setControls: setControls, applyFilter: applyFilter,
    filterFromFragment: filterFromFragment, fragmentOf: fragmentOf, restoreFragment: restoreFragment,
    sortFindings: sortFindings, showMore: showMore, selectFinding: selectFinding, openPanel: openPanel, closePanel: closePanel,
    zoom: zoom, pan: pan, fitMap: fitMap, view: function () { return view; }
  };
  init();
})();
