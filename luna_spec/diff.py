"""What changed in the API between two versions of the spec, classified.

As a library::

    from luna_spec import diff_specs
    result = diff_specs(old_dict, new_dict)     # SpecDiff
    for change in result.breaking:
        print(change.where(), change.message)

From the command line (``OLD`` and ``NEW`` are files or git revisions of
``openapi/luna.yaml``; ``NEW`` defaults to the working spec)::

    python -m luna_spec diff HEAD~3 openapi/luna.yaml --format markdown

Every change is ``breaking`` (a call written for the old spec can now fail or be
misread), ``behaviour`` (the call works but the appliance does something else, or
the rules for running it changed: destructive, privileges, tasks, critical,
sessions, error ids) or ``non-breaking``. The exit status is 1 when anything
breaking changed, 0 otherwise, and 2 on a usage error (bad arguments, a file or
revision that cannot be read).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from . import spec_path
from ._diff_model import Change, ChangeKind, Severity, SpecDiff
from ._diff_operations import api_version, compare_specs
from ._diff_render import render, render_json, render_markdown, render_text
from ._diff_source import DEFAULT_SPEC_PATH, SpecSource, SpecSourceError, load_source

__all__ = [
    "Change",
    "ChangeKind",
    "Severity",
    "SpecDiff",
    "SpecSource",
    "SpecSourceError",
    "diff_specs",
    "load_source",
    "main",
    "render",
    "render_json",
    "render_markdown",
    "render_text",
]

EXIT_OK = 0
EXIT_BREAKING = 1
EXIT_USAGE = 2


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> SpecDiff:
    """Every change from spec ``old`` to spec ``new`` (parsed OpenAPI documents).

    ``$ref`` are followed and the resolved schemas compared; the dicts are not
    modified. Raises ``ValueError`` on a reference that cannot be resolved.
    """
    return SpecDiff(
        old_api_version=api_version(old),
        new_api_version=api_version(new),
        changes=tuple(compare_specs(old, new)),
    )


def _parser(prog: str) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=prog,
        description="List every change between two versions of the spec, classified "
        "breaking / behaviour / non-breaking. Exit status 1 when anything breaking changed, "
        "0 otherwise, 2 on a usage error.",
    )
    ap.add_argument("old", metavar="OLD", help="a spec file, or a git revision (HEAD~3, git:REV)")
    ap.add_argument(
        "new",
        metavar="NEW",
        nargs="?",
        default=DEFAULT_SPEC_PATH,
        help=f"a spec file or git revision (default: the working {DEFAULT_SPEC_PATH})",
    )
    ap.add_argument(
        "--format",
        "-f",
        choices=("text", "markdown", "json"),
        default="text",
        help="text for people (default), markdown for a pull request, json for tools",
    )
    ap.add_argument(
        "--spec-path",
        default=DEFAULT_SPEC_PATH,
        help=f"the spec's path inside a git revision (default: {DEFAULT_SPEC_PATH})",
    )
    ap.add_argument("--output", "-o", type=Path, help="write the report here instead of stdout")
    return ap


def main(argv: list[str] | None = None, prog: str = "python -m luna_spec diff") -> int:
    """The ``diff`` command; returns the exit status."""
    args = _parser(prog).parse_args(argv)
    try:
        old = load_source(args.old, spec_path=args.spec_path)
        new_arg = args.new
        if new_arg == DEFAULT_SPEC_PATH and not Path(new_arg).is_file():
            new_arg = str(spec_path())  # outside the source tree: the installed spec
        new = load_source(new_arg, spec_path=args.spec_path)
        result = diff_specs(old.spec, new.spec)
    except (SpecSourceError, ValueError) as err:
        print(f"luna_spec diff: {err}", file=sys.stderr)
        return EXIT_USAGE
    report = render(result, args.format, old.label, new.label)
    if args.output is not None:
        try:
            args.output.write_text(report, encoding="utf-8")
        except OSError as err:
            print(f"luna_spec diff: {err}", file=sys.stderr)
            return EXIT_USAGE
    else:
        sys.stdout.write(report)
    return EXIT_BREAKING if result.has_breaking else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
