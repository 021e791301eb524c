#!/usr/bin/env python3
"""Runs one browser test: makes a page with a govgraph command, opens it in headless
Chromium with tests/browser/harness.js injected at the start of <head> and a test
script before </body>, and reads the results the script left in the DOM.

    run_page_test.py --chromium chromium --script report_test.js -- govgraph report MAP -o @PAGE@

@PAGE@ in the command is replaced by the page's path. The command may exit 0 or 1 (1 is
"findings at or above --fail-on", which a comparison page may well have). The test fails
on a failed assertion, a test case that throws, any JavaScript error, unhandled rejection
or console.error on the page, or a script that never finishes. Exit status 0 on success.
"""

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = re.compile(r'<pre id="govgraph-test-results" hidden="">(.*?)</pre>', re.S)


def inject(page, harness, script):
    """The page with the harness first in <head> and the test script last in <body>."""
    head = re.search(r'<head[^>]*>', page, re.I)
    if not head:
        raise SystemExit('the page has no <head> to put the harness in')
    end = page.lower().rfind('</body>')
    if end < 0:
        raise SystemExit('the page has no </body> to put the test script before')
    # A literal "</script" inside injected code would end the element early.
    wrap = lambda code: '<script>' + code.replace('</script', '<\\/script') + '</script>'
    return (page[:head.end()] + wrap(harness) + page[head.end():end] + wrap(script) + '\n' + page[end:])


def make_page(command, page_path):
    command = [page_path if arg == '@PAGE@' else arg.replace('@PAGE@', page_path) for arg in command]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode not in (0, 1) or not os.path.exists(page_path):
        raise SystemExit('making the page failed (exit %d): %s\n%s' % (run.returncode, ' '.join(command), run.stderr))


def open_in_chromium(chromium, page_path, profile, budget_ms):
    """The DOM after the page's load event and `budget_ms` of virtual time."""
    command = [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
               '--no-first-run', '--disable-extensions', '--user-data-dir=' + profile,
               '--window-size=1400,1000', '--virtual-time-budget=%d' % budget_ms,
               '--dump-dom', 'file://' + page_path]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        raise SystemExit('chromium failed (exit %d):\n%s' % (run.returncode, run.stderr[-2000:]))
    return run.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--chromium', default='chromium')
    parser.add_argument('--script', required=True, help='the test script, tests/browser/*_test.js')
    parser.add_argument('--budget-ms', type=int, default=20000,
                        help='virtual time the page may take; Chromium stops early once idle')
    parser.add_argument('--keep', help='also copy the page as tested (with the scripts in) to this path')
    parser.add_argument('command', nargs='+', help='the govgraph command writing @PAGE@')
    args = parser.parse_args()

    with open(os.path.join(HERE, 'harness.js'), encoding='utf-8') as f:
        harness = f.read()
    with open(args.script, encoding='utf-8') as f:
        script = f.read()
    with tempfile.TemporaryDirectory(prefix='govgraph-browser-') as temp:
        page_path = os.path.join(temp, 'page.html')
        started = time.monotonic()
        make_page(args.command, page_path)
        made = time.monotonic()
        with open(page_path, encoding='utf-8') as f:
            page = f.read()
        tested = os.path.join(temp, 'tested.html')
        with open(tested, 'w', encoding='utf-8') as f:
            f.write(inject(page, harness, script))
        if args.keep:
            with open(tested, encoding='utf-8') as src, open(args.keep, 'w', encoding='utf-8') as dst:
                dst.write(src.read())
        dom = open_in_chromium(args.chromium, tested, os.path.join(temp, 'profile'), args.budget_ms)
        opened = time.monotonic()

    found = RESULTS.search(dom)
    if not found:
        print('FAIL: the test script did not finish within %d ms of virtual time (no results in the DOM);'
              ' the page ended with:\n%s' % (args.budget_ms, dom[-1500:]))
        return 1
    results = json.loads(html.unescape(found.group(1)))
    failed = 0
    for case in results['tests']:
        if case['failure']:
            failed += 1
            print('FAIL %s: %s' % (case['name'], case['failure']))
        else:
            print('ok   %s (%d ms)' % (case['name'], case['ms']))
    for error in results['errors']:
        print('FAIL JavaScript error on the page: %s' % error)
    if not results['tests']:
        print('FAIL: the test script registered no test case')
    print('%s: %d cases, page made in %.1f s, opened and tested in %.1f s'
          % (os.path.basename(args.script), len(results['tests']), made - started, opened - made))
    return 1 if failed or results['errors'] or not results['tests'] else 0


if __name__ == '__main__':
    sys.exit(main())
