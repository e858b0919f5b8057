"""The conformance report's HTML: the sections added to pytest-html's self-contained page,
and the per-test logs of its results table.

What an auditor reads first: the tests as pytest counted them (the same words and numbers as
its terminal summary), the verdicts per operation, then each failure with its one-line reason,
the request that failed, the answer and what was expected, the framework's traceback folded
away (``<details>``); findings about the spec apart from failures; a table of every operation
with its evidence tier; the workflows with their steps. Skips are shown as words. The caller
redacts every part (``Recorder.html_tables`` and ``redacted_log`` with ``redact_html``)."""

from __future__ import annotations

import html
from typing import Any

from .redaction import SECRETS
from .report import VERDICTS, OperationRecord, Recorder
from .report_failure import FailureDetail, parse_failure, skip_words

__all__ = ["STYLE", "failure_html", "redact_html", "redacted_log", "render_summary", "results_log"]


def esc(text: str) -> str:
    """Text content: quotes stay quotes, so that redaction patterns that end a value at its
    closing quote (``Cookie: '...'``) see the text as it was, not HTML entities."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    """An attribute's value."""
    return html.escape(text, quote=True)


def redact_html(text: str) -> str:
    """``SECRETS.redact`` over rendered HTML: the pattern net writes ``<redacted>``, which a
    browser would take for a tag and show nothing; it is written as text instead."""
    return SECRETS.redact(text).replace("<redacted>", "&lt;redacted&gt;")


def redacted_log(report: Any, data: list[str]) -> list[str]:
    """pytest-html's log of one row (``results_log``), redacted."""
    return [redact_html(d) for d in results_log(report, data)]


STYLE = """<style>
p.run-count { display: none; }  /* pytest-html counts passed and failed only: see Tests */
#luna-report { max-width: 100%; overflow-wrap: anywhere; }
#luna-report table { width: 100%; table-layout: fixed; border-collapse: collapse;
  margin-bottom: 1em; }
#luna-report th, #luna-report td { border: 1px solid #ccc; padding: 4px 6px;
  vertical-align: top; text-align: left; overflow-wrap: anywhere; word-break: break-word; }
#luna-report th { background: #f2f2f2; color: #222; }
#luna-report td { color: #222; }
#luna-report table.luna-target th { width: 22%; }
#luna-report pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.3em 0;
  max-height: 30em; overflow-y: auto; background: #fafafa; padding: 4px; }
#luna-report .luna-reason { font-weight: bold; }
#luna-report .v-failed { background: #fde2e1; }
#luna-report .v-errors-only { background: #fff4d6; }
#luna-report .v-verified { background: #e3f6e1; }
#luna-report .v-not-on-this-appliance { background: #e6eefc; }
#luna-report details > summary { cursor: pointer; color: #444; }
#luna-report .luna-failure { border-left: 4px solid #d33; padding-left: 8px;
  margin-bottom: 1.2em; }
#luna-report col.c-op { width: 28%; } #luna-report col.c-tier { width: 7%; }
#luna-report col.c-verdict { width: 10%; } #luna-report col.c-cases { width: 5%; }
#luna-report col.c-statuses { width: 15%; }
#results-table td.col-testId, #results-table .log { overflow-wrap: anywhere; }
#results-table .log pre { white-space: pre-wrap; }
.luna-log .luna-reason { font-weight: bold; }
.luna-log pre { white-space: pre-wrap; overflow-wrap: anywhere; }
</style>"""


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower())


def _statuses(rec: OperationRecord) -> str:
    return ", ".join(f"{s} x{n}" for s, n in sorted(rec.statuses.items()))


def failure_html(detail: FailureDetail, *, traceback_label: str = "framework traceback") -> str:
    """One failure: the reason first, then request, answer and what was expected; the
    traceback folded away."""
    out = [f'<p class="luna-reason">{esc(detail.reason)}</p>']
    parts = (
        ("request", detail.request),
        ("response", detail.response),
        ("expected", detail.expected),
    )
    shown = [(label, text) for label, text in parts if text]
    if shown:
        out.append('<dl class="luna-exchange">')
        out += [
            f'<dt>{esc(label)}</dt><dd><pre class="luna-{label}">{esc(text)}</pre></dd>'
            for label, text in shown
        ]
        out.append("</dl>")
    if detail.traceback:
        lines = detail.traceback.count("\n") + 1
        out.append(
            f'<details class="luna-traceback"><summary>{esc(traceback_label)} ({lines} '
            f"lines)</summary><pre>{esc(detail.traceback)}</pre></details>"
        )
    return "".join(out)


def _counts_line(css: str, counts: dict[str, int], label: str) -> str:
    spans = ", ".join(
        f'<span data-count="{attr(word)}">{n} {esc(word)}</span>' for word, n in counts.items()
    )
    return f'<p class="luna-counts {css}"><b>{esc(label)}</b>: {spans or "none"}</p>'


def _target(rec: Recorder) -> list[str]:
    out = ['<h2>Target</h2><table class="luna-target">']
    out += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rec.target.items()]
    out.append("</table>")
    return out


def _failures(rec: Recorder) -> list[str]:
    failed = [r for r in rec.operations.values() if rec.verdict(r) == "failed"]
    out = [f'<h2 id="luna-failures">Failures ({len(failed)})</h2>']
    if not failed:
        out.append("<p>No operation failed.</p>")
    for r in sorted(failed, key=lambda r: r.path):
        out.append(
            f'<div class="luna-failure" id="failure-{_slug(r.operation_id)}" '
            f'data-operation="{attr(r.operation_id)}">'
            f"<h3>{esc(r.method)} {esc(r.path)} <small>{esc(r.operation_id)}, evidence "
            f"{esc(r.evidence or '?')}, statuses seen {esc(_statuses(r) or 'none')}</small></h3>"
        )
        details = r.details or [parse_failure(text) for text in r.failures]
        out += [failure_html(d) for d in details[:1]]
        if len(details) > 1:
            out.append(f"<p>{len(details) - 1} more failure(s) of this operation.</p>")
        out.append("</div>")
    return out


def _findings(rec: Recorder) -> list[str]:
    found = rec.spec_findings()
    out = [f'<h2 id="luna-spec-findings">Findings about the spec ({len(found)})</h2>']
    if not rec.against_appliance:
        out.append(
            "<p>None looked for: against the embedded emulator every operation of the spec "
            "exists.</p>"
        )
        return out
    out.append(
        "<p>Operations whose evidence tier is <em>structure</em> or <em>inferred</em> that "
        "this appliance answered only with 404 or 405: <em>not on this appliance</em>. "
        "They say the spec may describe something the appliance does not serve; they are "
        "not counted as conformance failures.</p>"
    )
    if not found:
        out.append("<p>None.</p>")
        return out
    out.append(
        '<table class="luna-findings"><tr><th>operation</th><th>evidence</th>'
        "<th>statuses seen</th><th>finding</th></tr>"
    )
    out += [
        f'<tr data-operation="{attr(r.operation_id)}"><td>{esc(r.method)} {esc(r.path)}<br>'
        f"<small>{esc(r.operation_id)}</small></td><td>{esc(r.evidence)}</td>"
        f"<td>{esc(_statuses(r))}</td><td>{esc(rec.explanation(r))}</td></tr>"
        for r in found
    ]
    out.append("</table>")
    return out


def _operations(rec: Recorder) -> list[str]:
    order = {v: i for i, v in enumerate(VERDICTS)}
    out = [
        f'<h2 id="luna-operations-title">Operations ({len(rec.operations)})</h2>',
        "<p><em>verified</em>: a documented success answer was checked; <em>errors only</em>:"
        " the checks passed but no success answer was seen, so nothing was verified; "
        "<em>evidence</em>: the spec's <code>x-luna-evidence</code> for the operation.</p>",
        '<table id="luna-operations"><colgroup><col class="c-op"><col class="c-tier">'
        '<col class="c-verdict"><col class="c-cases"><col class="c-statuses"><col></colgroup>'
        "<thead><tr><th>operation</th><th>evidence</th><th>verdict</th><th>cases</th>"
        "<th>statuses seen</th><th>reason</th></tr></thead><tbody>",
    ]
    rows = sorted(rec.operations.values(), key=lambda r: (order.get(rec.verdict(r), 9), r.path))
    for r in rows:
        verdict = rec.verdict(r)
        reason = rec.explanation(r)
        if verdict == "failed":
            reason_html = f'<a href="#failure-{_slug(r.operation_id)}">{esc(reason)}</a>'
        else:
            reason_html = esc(reason)
        if r.not_sent:
            reason_html += "<br><small>not sent: " + esc(
                ", ".join(f"{why} x{n}" for why, n in r.not_sent.items())
            )
            reason_html += "</small>"
        out.append(
            f'<tr class="v-{_slug(verdict)}" data-operation="{attr(r.operation_id)}">'
            f"<td>{esc(r.method)} {esc(r.path)}<br><small>{esc(r.operation_id)}</small></td>"
            f'<td class="luna-tier">{esc(r.evidence or "?")}</td>'
            f'<td class="luna-verdict">{esc(verdict)}</td><td>{r.cases}</td>'
            f"<td>{esc(_statuses(r))}</td><td>{reason_html}</td></tr>"
        )
    out.append("</tbody></table>")
    return out


def _workflows(rec: Recorder) -> list[str]:
    out = [
        f"<h2>Workflows ({len(rec.workflows)})</h2>",
        '<table id="luna-workflows"><colgroup><col style="width:25%"><col style="width:8%">'
        "<col><col></colgroup><thead><tr><th>workflow</th><th>outcome</th><th>steps</th>"
        "<th>detail</th></tr></thead><tbody>",
    ]
    for name, (outcome, detail) in rec.workflows.items():
        steps = rec.workflow_steps(name)
        if steps:
            items = "".join(f"<li><code>{esc(s)}</code></li>" for s in steps)
            steps_html = (
                f"<details><summary>{len(steps)} requests</summary><ol>{items}</ol></details>"
            )
        else:
            steps_html = "none recorded" if outcome != "skipped" else ""
        if outcome == "failed":
            detail_html = failure_html(parse_failure(detail), traceback_label="traceback")
        else:
            detail_html = esc(detail)
        out.append(
            f'<tr class="v-{_slug(outcome)}"><td>{esc(name)}</td><td>{esc(outcome)}</td>'
            f"<td>{steps_html}</td><td>{detail_html}</td></tr>"
        )
    out.append("</tbody></table>")
    return out


def _probes(rec: Recorder) -> list[str]:
    out = ["<h2>Unauthenticated probes</h2>"]
    if not rec.probes:
        out.append("<p>None sent (no request with missing or wrong credentials).</p>")
        return out
    out.append("<table><tr><th>family</th><th>request</th><th>status</th></tr>")
    out += [
        f"<tr><td>{esc(str(p['family']))}</td><td>{esc(str(p['request']))}</td>"
        f"<td>{esc(str(p['status']))}</td></tr>"
        for p in rec.probes
    ]
    out.append("</table>")
    return out


def _discovered(rec: Recorder) -> list[str]:
    out = ["<h2>Resources discovered on the target</h2>"]
    if not rec.discovered:
        out.append("<p>None.</p>")
        return out
    out.append("<table><tr><th>path</th><th>resources</th></tr>")
    out += [f"<tr><td>{esc(t)}</td><td>{n}</td></tr>" for t, n in sorted(rec.discovered.items())]
    out.append("</table>")
    return out


def render_summary(rec: Recorder) -> list[str]:
    """The report's own sections (pytest-html puts them after its summary)."""
    out = [STYLE, '<section id="luna-report">']
    out.append(_counts_line("luna-tests", rec.tests, "Tests, as pytest counts them"))
    out.append(
        _counts_line(
            "luna-verdicts", rec.summary(), f"Operations ({len(rec.operations)}), by verdict"
        )
    )
    out += _target(rec)
    out += _failures(rec)
    out += _findings(rec)
    out += _operations(rec)
    out += _workflows(rec)
    out += _probes(rec)
    out += _discovered(rec)
    out.append("</section>")
    return out


def results_log(report: Any, data: list[str]) -> list[str]:
    """pytest-html's log of one row of its results table: a skip as words, a failure with
    its reason first and the traceback folded away; captured output kept as it is."""
    if not getattr(report, "longreprtext", "") or not data:
        return data
    if report.skipped:
        first = f'<span class="luna-skip">Skipped: {esc(skip_words(report.longrepr))}</span>\n'
    elif report.failed:
        first = (
            '<div class="luna-log">'
            + failure_html(parse_failure(report.longreprtext), traceback_label="traceback")
            + "</div>\n"
        )
    else:
        return data
    return [first, *data[1:]]
