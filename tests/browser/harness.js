// Injected at the very start of <head> by run_page_test.py, before any of the page's own
// scripts: records every JavaScript error, unhandled rejection and console.error, and
// gives the test scripts (tests/browser/*_test.js) a small API. The results go into the
// DOM as JSON, which the driver reads back from chromium's --dump-dom.
(function () {
  'use strict';
  const errors = [];
  const tests = [];
  const describe = (value) => {
    if (value instanceof Error) return value.stack || String(value);
    if (typeof value === 'string') return value;
    try { return JSON.stringify(value); } catch (e) { return String(value); }
  };
  window.addEventListener('error', (event) => {
    const where = event.filename ? ' (' + event.filename.split('/').pop() + ':' + event.lineno + ':' + event.colno + ')' : '';
    errors.push('error: ' + (event.error ? describe(event.error) : event.message) + where);
  });
  window.addEventListener('unhandledrejection', (event) => errors.push('unhandled rejection: ' + describe(event.reason)));
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    errors.push('console.error: ' + args.map(describe).join(' '));
    consoleError(...args);
  };

  class Failure extends Error {}
  const show = (value) => (typeof value === 'string' ? JSON.stringify(value) : describe(value));

  const GG = {
    /// Registers a test case; cases run one after another once the page has loaded.
    test(name, body) { tests.push({name, body}); },
    /// Fails the current case with `message` unless `condition` holds.
    ok(condition, message) { if (!condition) throw new Failure(message); },
    equal(actual, expected, what) {
      if (actual !== expected) throw new Failure(what + ': expected ' + show(expected) + ', the page shows ' + show(actual));
    },
    /// The one element `selector` matches; fails naming the selector when there is none.
    $(selector, root) {
      const found = (root || document).querySelector(selector);
      if (!found) throw new Failure('no element matches ' + selector);
      return found;
    },
    $$(selector, root) { return Array.from((root || document).querySelectorAll(selector)); },
    /// Elements matching `selector` that are rendered (not display:none, nor hidden).
    visible(selector, root) { return GG.$$(selector, root).filter((e) => e.getClientRects().length > 0); },
    text(element) { return element.textContent.replace(/\s+/g, ' ').trim(); },
    /// Sets a form control's value as a user would, firing input and change.
    set(element, value) {
      if (element.type === 'checkbox' || element.type === 'radio') element.checked = value;
      else element.value = value;
      element.dispatchEvent(new Event('input', {bubbles: true}));
      element.dispatchEvent(new Event('change', {bubbles: true}));
    },
    click(element) { element.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window})); },
    key(element, key) {
      element.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true, cancelable: true}));
    },
    /// Lets debounced handlers and hashchange run (virtual time; headless Chromium draws
    /// no frames under --dump-dom, so this waits on a timer, not requestAnimationFrame).
    settle(ms) { return new Promise((resolve) => setTimeout(resolve, ms || 50)); },
    /// Sets location.hash and waits for the page to react to hashchange.
    async hash(fragment) {
      location.hash = fragment;
      await GG.settle();
    },
  };
  window.GG = GG;

  const report = (results) => {
    const out = document.createElement('pre');
    out.id = 'govgraph-test-results';
    out.hidden = true;
    out.textContent = JSON.stringify(results);
    document.body.appendChild(out);
  };
  window.addEventListener('load', async () => {
    await GG.settle();
    const results = {tests: [], errors};
    for (const {name, body} of tests) {
      const started = performance.now();
      let failure = null;
      try {
        await body();
      } catch (e) {
        failure = e instanceof Failure ? e.message : 'threw ' + describe(e);
      }
      results.tests.push({name, failure, ms: Math.round(performance.now() - started)});
    }
    await GG.settle();
    report(results);
  });
})();
