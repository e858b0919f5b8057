"""Reading a spec to compare from a file or from a git revision.

An argument is read as a git revision when it starts with ``git:`` (``git:HEAD``,
``git:v1.2``, or ``git:REV:other/path.yaml`` for another file), or when it is not
an existing file but ``git rev-parse`` knows it (``HEAD~3``, a branch, a tag).
A revision means the spec file (``openapi/luna.yaml`` unless told otherwise) as
committed in that revision of the repository around the current directory.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["DEFAULT_SPEC_PATH", "SpecSource", "SpecSourceError", "load_source"]

DEFAULT_SPEC_PATH = "openapi/luna.yaml"


class SpecSourceError(Exception):
    """The argument names no readable spec (no such file or revision, not YAML)."""


@dataclass(frozen=True)
class SpecSource:
    """A parsed spec and a label saying where it came from (``git:HEAD``, a path)."""

    label: str
    spec: dict[str, Any]


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    git = shutil.which("git")
    if git is None:
        raise SpecSourceError("git is not installed; give the specs as files")
    return subprocess.run(
        [git, *args], cwd=cwd, capture_output=True, text=True, check=False, timeout=60
    )


_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(text: str, label: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 (a safe loader, C if available)
    except yaml.YAMLError as err:
        raise SpecSourceError(f"{label}: not YAML: {err}") from err
    if not isinstance(data, dict) or "paths" not in data:
        raise SpecSourceError(f"{label}: not an OpenAPI document")
    return data


def _from_git(rev: str, spec_path: str, cwd: Path) -> SpecSource:
    top = _git(["rev-parse", "--show-toplevel"], cwd)
    if top.returncode != 0:
        raise SpecSourceError(f"git:{rev}: {cwd} is not inside a git repository")
    root = Path(top.stdout.strip())
    target = rev if ":" in rev else f"{rev}:{spec_path}"
    shown = _git(["show", target], root)
    if shown.returncode != 0:
        raise SpecSourceError(f"git:{target}: {shown.stderr.strip() or 'not found'}")
    label = f"git:{target}" if ":" in rev else f"git:{rev}"
    return SpecSource(label, _parse(shown.stdout, label))


def _is_revision(rev: str, cwd: Path) -> bool:
    if shutil.which("git") is None or rev.startswith("-"):
        return False
    found = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], cwd)
    return found.returncode == 0


def load_source(
    arg: str, *, spec_path: str = DEFAULT_SPEC_PATH, cwd: Path | None = None
) -> SpecSource:
    """The spec named by ``arg``: a YAML/JSON file, or a git revision of ``spec_path``."""
    here = Path.cwd() if cwd is None else cwd
    if arg.startswith("git:"):
        rev = arg[4:]
        if not rev:
            raise SpecSourceError("git: needs a revision, e.g. git:HEAD")
        return _from_git(rev, spec_path, here)
    file = Path(arg) if Path(arg).is_absolute() else here / arg
    if file.is_file():
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as err:
            raise SpecSourceError(f"{arg}: {err}") from err
        return SpecSource(arg, _parse(text, arg))
    if _is_revision(arg, here):
        return _from_git(arg, spec_path, here)
    raise SpecSourceError(f"{arg}: neither a file nor a git revision")
