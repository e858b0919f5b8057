"""``python -m luna_spec COMMAND``: the spec's command-line tools.

Commands: ``diff OLD [NEW]`` (what changed between two specs; see
``luna_spec.diff``). ``python -m luna_spec.lint`` stays a module of its own.
"""

from __future__ import annotations

import sys

_USAGE = """usage: python -m luna_spec COMMAND [ARGS]

commands:
  diff OLD [NEW]   every change between two specs (files or git revisions), classified
                   breaking / behaviour / non-breaking; exit 1 when anything breaking changed

`python -m luna_spec COMMAND --help` for a command's options.
"""


def main(argv: list[str] | None = None) -> int:
    """Dispatch to a command; returns the exit status (2 on a usage error)."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("-h", "--help"):
        stream = sys.stdout if args else sys.stderr
        stream.write(_USAGE)
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command == "diff":
        from .diff import main as diff_main

        return diff_main(rest)
    sys.stderr.write(f"python -m luna_spec: unknown command {command!r}\n\n{_USAGE}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
