// The comparison page (check-restructure / diff --format html): the verdict first, the
// findings table filtered by change, severity and text with counts that follow, sorting,
// the filter in the URL fragment, and the diagram inline. Works on any comparison with
// findings introduced and resolved.
const rows = () => GG.$$('#comparison-findings tbody tr');
const shown = () => rows().filter((row) => !row.hidden);
const countText = () => GG.text(GG.$('#filter-count'));
const filter = async (id, value) => {
  GG.set(GG.$(id), value);
  await GG.settle();
};
const reset = async () => {
  for (const id of ['#filter-change', '#filter-severity', '#filter-search']) GG.set(GG.$(id), '');
  await GG.settle();
};

GG.test('the verdict comes first and is in words', async () => {
  const verdict = GG.$('#verdict');
  GG.ok(GG.$('main').firstElementChild === verdict, 'the verdict is not the first section of the page');
  GG.ok(/^((Passes|Fails) the check|Not judged)$/.test(GG.text(GG.$('h2', verdict))), 'verdict heading: ' + GG.text(GG.$('h2', verdict)));
  GG.ok(/((passes|fails|pass|fail) the check: |(is|are) not judged \(--fail-on never\))/.test(GG.text(GG.$('.sentence', verdict))), 'verdict sentence: ' + GG.text(verdict));
});

GG.test('the filters show once the script runs, counting every finding', async () => {
  GG.ok(!GG.$('#findings .filters').hidden, 'the filters are still hidden');
  GG.ok(rows().length > 0, 'the table has no finding');
  GG.equal(countText(), rows().length + ' of ' + rows().length + ' findings shown', 'the count');
});

GG.test('filtering by change shows only that change, and the count follows', async () => {
  for (const change of ['introduced', 'resolved', 'kept']) {
    await filter('#filter-change', change);
    const expected = rows().filter((row) => row.dataset.change === change).length;
    GG.ok(expected > 0, 'no ' + change + ' finding to filter on');
    GG.equal(shown().length, expected, change + ' rows shown');
    GG.ok(shown().every((row) => GG.text(row.cells[0]) === change), 'a row shown under "' + change + '" says otherwise');
    GG.equal(countText(), expected + ' of ' + rows().length + ' findings shown', 'the count for ' + change);
  }
  await reset();
});

GG.test('filtering by severity and change together', async () => {
  await filter('#filter-change', 'introduced');
  await filter('#filter-severity', 'error');
  const expected = rows().filter((row) => row.dataset.change === 'introduced' && row.dataset.severity === 'error');
  GG.equal(shown().length, expected.length, 'introduced errors shown');
  await reset();
  GG.equal(shown().length, rows().length, 'rows shown after clearing the filters');
});

GG.test('search matches any text of a row, ignoring case', async () => {
  const rule = GG.text(rows()[rows().length - 1].cells[2]);
  await filter('#filter-search', rule.toUpperCase());
  GG.ok(shown().length > 0, 'searching for ' + rule + ' shows nothing');
  GG.ok(shown().every((row) => row.textContent.includes(rule)), 'a row without ' + rule + ' is shown');
  await filter('#filter-search', 'no finding says this 9f3b');
  GG.equal(countText(), '0 of ' + rows().length + ' findings shown', 'the count for a search matching nothing');
  await reset();
});

GG.test('clicking a column heading sorts by it, again reverses', async () => {
  const button = GG.$('#comparison-findings thead th:nth-child(2) button');
  const severities = () => rows().map((row) => Number(row.cells[1].dataset.sort));
  GG.click(button);
  const up = severities();
  GG.ok(up.every((s, i) => i === 0 || up[i - 1] <= s), 'not sorted by severity: ' + up.join(','));
  GG.equal(button.parentNode.getAttribute('aria-sort'), 'ascending', 'aria-sort after one click');
  GG.click(button);
  const down = severities();
  GG.ok(down.every((s, i) => i === 0 || down[i - 1] >= s), 'not sorted by severity, descending: ' + down.join(','));
  GG.click(GG.$('#comparison-findings thead th:nth-child(1) button'));  // back to the page's order
});

GG.test('the filter is kept in the URL fragment and read back from it', async () => {
  await filter('#filter-change', 'resolved');
  GG.equal(location.hash, '#change=resolved', 'the fragment after filtering');
  await GG.hash('#change=introduced&severity=warning&q=');
  GG.equal(GG.$('#filter-change').value, 'introduced', 'change read from the fragment');
  GG.equal(GG.$('#filter-severity').value, 'warning', 'severity read from the fragment');
  const expected = rows().filter((row) => row.dataset.change === 'introduced' && row.dataset.severity === 'warning');
  GG.equal(shown().length, expected.length, 'rows shown for the fragment');
  await GG.hash('#verdict');  // a section link leaves the filter alone
  GG.equal(GG.$('#filter-change').value, 'introduced', 'change after a section link');
  await reset();
});

GG.test('the before/after diagram is inline SVG', async () => {
  const svg = GG.$('#diagram svg');
  GG.ok(svg.querySelectorAll('g.node').length > 0, 'the diagram draws no body');
});
