// The report page (govgraph report): filters by severity and by body with counts that
// follow, search, sorting, the URL fragment, clicking a body on the map for its panel,
// selecting a finding to light its bodies, and the responsibilities (RACI) matrix against
// the page's own data. Works on any map with findings and a drawn map.
const data = () => window.govgraph.data;
const rows = () => GG.$$('#findings-table tbody tr');
const shown = () => rows().filter((row) => !row.hidden);
const finding = (row) => data().findings[Number(row.dataset.index)];
const shownCount = () => Number(GG.$('#f-count').dataset.shown);
const filter = async (id, value) => {
  GG.set(GG.$(id), value);
  await GG.settle();
};
const reset = async () => {
  GG.click(GG.$('#f-reset'));
  await GG.settle();
};

GG.test('the script runs and counts every finding', async () => {
  GG.ok(!document.body.classList.contains('no-js'), 'the body still says no-js');
  GG.ok(rows().length > 0, 'the findings table is empty');
  GG.equal(rows().length, data().findings.length, 'table rows against the data block');
  GG.equal(shownCount(), rows().length, 'findings counted as shown');
});

GG.test('filtering by severity shows only that severity, and the count follows', async () => {
  for (const severity of ['error', 'warning', 'info']) {
    const expected = data().findings.filter((f) => f.severity === severity).length;
    if (!expected) continue;
    await filter('#f-severity', severity);
    GG.equal(shown().length, expected, severity + ' rows shown');
    GG.ok(shown().every((row) => row.dataset.severity === severity), 'a row of another severity shown for ' + severity);
    GG.equal(shownCount(), expected, 'the count for ' + severity);
  }
  await reset();
  GG.equal(shown().length, rows().length, 'rows shown after Clear');
});

GG.test('filtering by body shows the findings about that body', async () => {
  const body = data().findings.find((f) => f.bodies.length).bodies[0];
  await filter('#f-body', body);
  const expected = data().findings.filter((f) => f.bodies.includes(body)).length;
  GG.equal(shown().length, expected, 'rows shown for body ' + body);
  GG.ok(shown().every((row) => finding(row).bodies.includes(body)), 'a row not about ' + body + ' is shown');
  const name = data().bodies.find((b) => b.id === body).name;
  GG.ok(GG.$('#f-body').selectedOptions[0].textContent.includes(name), 'the body filter names ' + name);
  await reset();
});

GG.test('search matches every word, ignoring case', async () => {
  const words = data().findings[0].message.split(/\s+/).filter((w) => w.length > 5).slice(0, 2);
  await filter('#f-q', words.join(' ').toUpperCase());
  GG.ok(shown().length > 0, 'searching for ' + words.join(' ') + ' shows nothing');
  const lower = words.map((w) => w.toLowerCase());
  GG.ok(shown().every((row) => lower.every((w) => row.textContent.toLowerCase().includes(w))),
        'a row without every word of "' + words.join(' ') + '" is shown');
  await filter('#f-q', 'no finding says this 9f3b');
  GG.equal(shownCount(), 0, 'the count for a search matching nothing');
  await reset();
});

GG.test('clicking a column heading sorts by it, again reverses', async () => {
  const button = GG.$('#findings-table thead th:nth-child(1) button');
  const keys = () => rows().map((row) => Number(row.cells[0].dataset.sort));
  GG.click(button);
  const up = keys();
  GG.ok(up.every((k, i) => i === 0 || up[i - 1] <= k), 'not sorted by severity: ' + up.join(','));
  GG.equal(button.parentNode.getAttribute('aria-sort'), 'ascending', 'aria-sort after one click');
  GG.click(button);
  const down = keys();
  GG.ok(down.every((k, i) => i === 0 || down[i - 1] >= k), 'not sorted by severity, descending: ' + down.join(','));
});

GG.test('the filter is kept in the URL fragment and read back from it', async () => {
  const present = [...new Set(data().findings.map((f) => f.severity))];
  const [first, last] = [present[0], present[present.length - 1]];
  await filter('#f-severity', first);
  GG.equal(location.hash, '#severity=' + first, 'the fragment after filtering');
  await GG.hash('#severity=' + last + '&q=');
  GG.equal(GG.$('#f-severity').value, last, 'severity read from the fragment');
  GG.equal(shown().length, data().findings.filter((f) => f.severity === last).length, 'rows shown for the fragment');
  await GG.hash('#map');  // a section link leaves the filter alone
  GG.equal(GG.$('#f-severity').value, last, 'severity after a section link');
  await reset();
});

GG.test('clicking a body on the map opens its panel, Escape closes it', async () => {
  const node = GG.$$('#map-view svg g.node[data-body]')[0];
  GG.ok(node, 'no body on the map carries data-body');
  const id = node.dataset.body;
  GG.click(node.querySelector('text') || node);
  await GG.settle();
  GG.ok(!GG.$('#panel').hidden, 'the panel is still hidden after clicking ' + id);
  GG.equal(GG.$('#panel').dataset.body, id, 'the panel opened');
  GG.equal(GG.text(GG.$('#panel-title')), data().bodies.find((b) => b.id === id).name, 'the panel title');
  const headings = GG.$$('#panel-body h3').map(GG.text);
  for (const part of ['Links out', 'Links in', 'Roles', 'Findings'])
    GG.ok(headings.some((h) => h.startsWith(part)), 'the panel has no "' + part + '" list: ' + headings.join(' | '));
  GG.key(document.body, 'Escape');
  await GG.settle();
  GG.ok(GG.$('#panel').hidden, 'Escape left the panel open');
});

GG.test('selecting a finding lights its bodies on the map', async () => {
  const drawn = new Set(GG.$$('#map-view [data-body]').map((e) => e.dataset.body));
  const row = rows().find((r) => finding(r).bodies.some((b) => drawn.has(b)));
  GG.ok(row, 'no finding concerns a drawn body');
  GG.click(row.cells[3]);
  await GG.settle();
  GG.equal(row.getAttribute('aria-selected'), 'true', 'the row is selected');
  for (const body of finding(row).bodies.filter((b) => drawn.has(b))) {
    const node = GG.$('#map-view [data-body="' + CSS.escape(body) + '"]').closest('g.node');
    GG.ok(node.classList.contains('hl'), body + ' is not lit on the map');
  }
  GG.ok(GG.text(GG.$('#map-status')).startsWith('Showing on the map: '), 'map status: ' + GG.text(GG.$('#map-status')));
});

GG.test('the responsibilities matrix says who leads, delivers and supports, by name', async () => {
  const letter = {lead: 'L', delivers: 'D', supports: 'S'};
  const expected = new Map();  // "responsibility name|body name" -> letter
  for (const r of data().responsibilities)
    for (const [body, role] of r.owners) {
      const key = r.name + '|' + data().bodies[body].name;
      if (!expected.has(key) || letter[role] === 'L' || (letter[role] === 'D' && expected.get(key) === 'S'))
        expected.set(key, letter[role]);
    }
  const matrix = GG.$('#raci');
  const seen = new Map();
  if (matrix.tagName === 'TABLE') {
    const columns = GG.$$('thead th', matrix).slice(1).map(GG.text);
    GG.equal(getComputedStyle(GG.$('thead th', matrix)).position, 'sticky', 'the header row position');
    for (const tr of GG.$$('tbody tr', matrix))
      Array.from(tr.cells).slice(1).forEach((cell, c) => {
        if (GG.text(cell)) seen.set(GG.text(tr.cells[0]) + '|' + columns[c], GG.text(cell));
      });
  } else {  // too big for a grid: each responsibility lists "body (role)"
    for (const dt of GG.$$('dt', matrix))
      for (const item of GG.text(dt.nextElementSibling).split(/\),\s*/).filter(Boolean)) {
        const [, body, role] = /^(.*) \((lead|delivers|supports)\)?$/.exec(item.replace(/\)$/, '') + ')') || [];
        if (body) seen.set(GG.text(dt) + '|' + body, letter[role]);
      }
  }
  GG.equal(seen.size, expected.size, 'roles shown in the matrix');
  for (const [key, value] of expected) GG.equal(seen.get(key), value, 'the role of ' + key.replace('|', ' for '));
});
