#!/usr/bin/env python3
"""Look at a conformance report in a real browser (Debian's chromium, headless, driven by
playwright) and check what a human sees: the counts in the summary, the verdict table with
its rows and evidence tiers, a failure's traceback folded away that opens on a click, and no
horizontal scrolling. Writes a screenshot of the whole page.

    python scripts/check_report_browser.py reports/conformance.html --png reports/conformance.png
        [--expect-tests "2 failed, 15 passed, 14 skipped"] [--width 1280]

Exit status 0 when every check holds, 1 otherwise (each failed check printed), 2 when the
browser cannot run. Never downloads a browser: it uses ``/usr/bin/chromium`` (``--chromium``)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["CHROMIUM", "CHROMIUM_FLAGS", "BrowserView", "look_at_report", "main"]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


@dataclass
class BrowserView:
    """What the browser showed, and the checks that did not hold."""

    screenshot: Path
    tests_text: str = ""  # the "Tests, as pytest counts them" line, as rendered
    verdicts_text: str = ""
    filter_counts: dict[str, int] = field(default_factory=dict)  # pytest-html's checkboxes
    operation_rows: int = 0
    tiers: dict[str, str] = field(default_factory=dict)  # operationId -> evidence, as shown
    verdicts: dict[str, str] = field(default_factory=dict)  # operationId -> verdict, as shown
    traceback_hidden_before: bool = False
    traceback_visible_after: bool = False
    failure_reason: str = ""  # the first failure's one-line reason, as shown
    page_width: int = 0
    viewport_width: int = 0
    overflowing: list[str] = field(default_factory=list)  # elements wider than the page
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


_OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 1 && getComputedStyle(el).position !== 'fixed') {
      out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
               (el.className && typeof el.className === 'string' ? '.' + el.className : ''));
      if (out.length >= 10) break;
    }
  }
  return out;
}"""


def _cells(page: Any, selector: str) -> dict[str, str]:
    js = (
        "(rows) => Object.fromEntries(rows.map(r => [r.dataset.operation, "
        f"r.querySelector('{selector}').innerText.trim()]))"
    )
    result: dict[str, str] = page.eval_on_selector_all("#luna-operations tbody tr", js)
    return result


def look_at_report(
    html_path: Path,
    screenshot: Path,
    *,
    expect_tests: str | None = None,
    width: int = 1280,
    chromium: Path = CHROMIUM,
) -> BrowserView:
    """Open the report in chromium and check it; raises RuntimeError when no browser runs."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as err:  # pragma: no cover - the test extra installs it
        raise RuntimeError(f"playwright is not installed ({err})") from err
    if not chromium.exists():
        raise RuntimeError(f"{chromium} is missing (apt-get install chromium chromium-driver)")
    view = BrowserView(screenshot=screenshot)
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=str(chromium), headless=True, args=list(CHROMIUM_FLAGS)
            )
            try:
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.goto(html_path.resolve().as_uri())
                # pytest-html builds its results table with JavaScript once loaded
                page.wait_for_selector("#results-table tbody", state="attached", timeout=20000)
                _look(page, view)
                page.screenshot(path=str(screenshot), full_page=True)
            finally:
                browser.close()
    except PlaywrightError as err:
        raise RuntimeError(f"chromium did not run: {err}") from err
    if expect_tests is not None and expect_tests not in view.tests_text:
        view.problems.append(f"summary shows {view.tests_text!r}, pytest said {expect_tests!r}")
    return view


def _look(page: Any, view: BrowserView) -> None:
    problems = view.problems
    tests = page.locator("#luna-report .luna-tests")
    if not tests.is_visible():
        problems.append("the tests' counts are not visible")
    else:
        view.tests_text = tests.inner_text().strip()
    verdicts = page.locator("#luna-report .luna-verdicts")
    if verdicts.is_visible():
        view.verdicts_text = verdicts.inner_text().strip()
    else:
        problems.append("the verdict counts are not visible")
    for span in page.locator(".filters span").all():
        words = span.inner_text().strip().rstrip(",").split(" ", 1)
        if len(words) == 2 and words[0].isdigit():
            view.filter_counts[words[1]] = int(words[0])
    rows = page.locator("#luna-operations tbody tr")
    view.operation_rows = rows.count()
    if view.operation_rows == 0:
        problems.append("the verdict table has no rows")
    elif not rows.first.is_visible():
        problems.append("the verdict table's rows are not visible")
    else:
        view.tiers = _cells(page, ".luna-tier")
        view.verdicts = _cells(page, ".luna-verdict")
        if not all(view.tiers.values()):
            problems.append("an operation shows no evidence tier")
    folded = page.locator("#luna-failures ~ .luna-failure details.luna-traceback").first
    if folded.count():
        body = folded.locator("pre")
        view.traceback_hidden_before = not body.is_visible()
        reason = page.locator("#luna-failures ~ .luna-failure .luna-reason").first
        view.failure_reason = reason.inner_text().strip() if reason.is_visible() else ""
        if not view.failure_reason:
            problems.append("the first failure shows no one-line reason")
        folded.locator("summary").click()
        view.traceback_visible_after = body.is_visible()
        if not view.traceback_hidden_before:
            problems.append("the traceback is not folded away")
        if not view.traceback_visible_after:
            problems.append("the traceback does not open on a click")
    sizes = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    view.page_width, view.viewport_width = int(sizes[0]), int(sizes[1])
    view.overflowing = list(page.evaluate(_OVERFLOW_JS))
    if view.page_width > view.viewport_width:
        problems.append(
            f"horizontal overflow: the page is {view.page_width}px wide in a "
            f"{view.viewport_width}px window ({', '.join(view.overflowing) or '?'})"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", type=Path, help="the conformance report (HTML)")
    ap.add_argument("--png", type=Path, help="screenshot (default: beside the report)")
    ap.add_argument("--expect-tests", help="pytest's summary line, e.g. '30 passed, 2 skipped'")
    ap.add_argument("--width", type=int, default=1280, help="window width in px")
    ap.add_argument("--chromium", type=Path, default=CHROMIUM)
    args = ap.parse_args(argv)
    png = args.png or args.report.with_suffix(".png")
    try:
        view = look_at_report(
            args.report,
            png,
            expect_tests=args.expect_tests,
            width=args.width,
            chromium=args.chromium,
        )
    except RuntimeError as err:
        print(f"check_report_browser: {err}", file=sys.stderr)
        return 2
    print(f"screenshot: {png.resolve()}")
    print(f"summary: {view.tests_text}")
    print(f"verdicts: {view.verdicts_text}")
    print(
        f"verdict table: {view.operation_rows} rows; page {view.page_width}px in a "
        f"{view.viewport_width}px window"
    )
    for problem in view.problems:
        print(f"problem: {problem}")
    return 0 if view.ok else 1


if __name__ == "__main__":
    sys.exit(main())
