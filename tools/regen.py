#!/usr/bin/env python3
"""Regenerate the generated clients from their specs, or check they have not drifted.

    python tools/regen.py                     # regenerate every package in place
    python tools/regen.py --check             # exit 1 when generated/ differs from a fresh run
    python tools/regen.py --only cckm_client  # one package (repeatable; also with --check)

Packages: ``luna_client`` from openapi/luna.yaml (record ``GENERATED_FROM.json``)
and ``cckm_client`` from openapi/cckm.yaml (record ``GENERATED_FROM.cckm.json``).

The generator and ruff versions are pinned (pyproject's `regen` extra): a
different version would produce different code, so the script refuses to run
with any other.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "generated"
PINS = {"openapi-python-client": "0.29.1", "ruff": "0.17.5"}


@dataclass(frozen=True)
class Target:
    """One generated package: its spec, generator config and hash record."""

    package: str
    spec: str  # relative to ROOT
    config: str  # relative to ROOT
    record: str  # file name in generated/

    @property
    def spec_path(self) -> Path:
        return ROOT / self.spec

    @property
    def config_path(self) -> Path:
        return ROOT / self.config


TARGETS: dict[str, Target] = {
    t.package: t
    for t in (
        Target("luna_client", "openapi/luna.yaml", "generator-config.yml", "GENERATED_FROM.json"),
        Target(
            "cckm_client",
            "openapi/cckm.yaml",
            "cckm-generator-config.yml",
            "GENERATED_FROM.cckm.json",
        ),
    )
}
# Kept for callers of the single-package interface.
SPEC = TARGETS["luna_client"].spec_path
CONFIG = TARGETS["luna_client"].config_path
PACKAGE = "luna_client"
RECORD = TARGETS["luna_client"].record


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_pins() -> None:
    wrong = {name: version(name) for name, pin in PINS.items() if version(name) != pin}
    if wrong:
        found = ", ".join(f"{n} {v}" for n, v in wrong.items())
        pins = ", ".join(f"{n}=={v}" for n, v in PINS.items())
        sys.exit(f"regen: needs {pins}, found {found} (pip install -e '.[regen]')")


def record_for(target: Target) -> dict[str, str]:
    """The hash record written next to the package."""
    return {
        "spec": target.spec,
        "spec_sha256": _sha256(target.spec_path),
        "config_sha256": _sha256(target.config_path),
        "generator": f"openapi-python-client {PINS['openapi-python-client']}",
        "formatter": f"ruff {PINS['ruff']}",
        "command": "python tools/regen.py",
    }


def generate(dest: Path, target: Target | None = None) -> None:
    """Generate one package and its record into ``dest`` (created if missing; the
    package directory inside it must not exist)."""
    target = TARGETS[PACKAGE] if target is None else target
    _check_pins()
    bindir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [
        str(bindir / "openapi-python-client"),
        "generate",
        "--path",
        str(target.spec_path),
        "--config",
        str(target.config_path),
        "--meta",
        "none",
        "--output-path",
        str(dest / target.package),
        "--fail-on-warning",
    ]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit(f"regen: the generator failed for {target.package} (exit {proc.returncode})")
    (dest / target.package / "py.typed").write_text("# Marker file for PEP 561\n")
    (dest / target.record).write_text(json.dumps(record_for(target), indent=2) + "\n")


def _tree(root: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(root)): p
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff(fresh: Path, committed: Path) -> list[str]:
    a, b = _tree(fresh), _tree(committed)
    out = [f"missing from generated/: {k}" for k in sorted(a.keys() - b.keys())]
    out += [f"not produced by the generator: {k}" for k in sorted(b.keys() - a.keys())]
    out += [
        f"differs: {k}"
        for k in sorted(a.keys() & b.keys())
        if not filecmp.cmp(a[k], b[k], shallow=False)
    ]
    return out


def problems_of(target: Target, fresh: Path) -> list[str]:
    """What differs between a fresh generation in ``fresh`` and generated/."""
    found = [
        f"{target.package}: {line}" for line in diff(fresh / target.package, OUT / target.package)
    ]
    record = OUT / target.record
    if not record.exists() or not filecmp.cmp(fresh / target.record, record, shallow=False):
        found.append(f"{target.package}: differs: {target.record}")
    return found


def _install(target: Target, fresh: Path) -> None:
    for name in (target.package, target.record):
        dest = OUT / name
        if dest.is_dir():
            shutil.rmtree(dest)
        elif dest.exists():
            dest.unlink()
        src = fresh / name
        if src.is_dir():
            shutil.copytree(src, dest)
        else:
            shutil.copy2(src, dest)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    ap.add_argument(
        "--only",
        action="append",
        choices=sorted(TARGETS),
        help="only this package (repeatable); default: all",
    )
    args = ap.parse_args(argv)
    chosen = [TARGETS[name] for name in (args.only or TARGETS)]
    drifted = 0
    with tempfile.TemporaryDirectory() as tmp:
        for target in chosen:
            fresh = Path(tmp) / target.package
            generate(fresh, target)
            problems = problems_of(target, fresh)
            if args.check:
                for line in problems:
                    print(line)
                if problems:
                    drifted += 1
                    print(
                        f"generated/{target.package} has drifted from {target.spec} "
                        f"({len(problems)} files): run `tox -e regen`"
                    )
                else:
                    print(f"generated/{target.package} matches {target.spec}")
                continue
            _install(target, fresh)
            print(f"regenerated generated/{target.package} ({len(problems)} files changed)")
    return 1 if drifted else 0


if __name__ == "__main__":
    sys.exit(main())
