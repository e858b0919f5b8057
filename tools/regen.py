#!/usr/bin/env python3
"""Regenerate generated/luna_client from openapi/luna.yaml, or check it has not drifted.

    python tools/regen.py            # regenerate in place
    python tools/regen.py --check    # exit 1 when generated/ differs from a fresh generation

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
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "luna.yaml"
CONFIG = ROOT / "generator-config.yml"
OUT = ROOT / "generated"
PACKAGE = "luna_client"
RECORD = "GENERATED_FROM.json"
PINS = {"openapi-python-client": "0.29.1", "ruff": "0.17.5"}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_pins() -> None:
    wrong = {name: version(name) for name, pin in PINS.items() if version(name) != pin}
    if wrong:
        found = ", ".join(f"{n} {v}" for n, v in wrong.items())
        pins = ", ".join(f"{n}=={v}" for n, v in PINS.items())
        sys.exit(f"regen: needs {pins}, found {found} (pip install -e '.[regen]')")


def generate(dest: Path) -> None:
    """Generate the package and its record into ``dest`` (which must not exist)."""
    _check_pins()
    bindir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")
    dest.mkdir(parents=True)
    cmd = [
        str(bindir / "openapi-python-client"),
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(dest / PACKAGE),
        "--fail-on-warning",
    ]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit(f"regen: the generator failed (exit {proc.returncode})")
    (dest / PACKAGE / "py.typed").write_text("# Marker file for PEP 561\n")
    record = {
        "spec": "openapi/luna.yaml",
        "spec_sha256": _sha256(SPEC),
        "config_sha256": _sha256(CONFIG),
        "generator": f"openapi-python-client {PINS['openapi-python-client']}",
        "formatter": f"ruff {PINS['ruff']}",
        "command": "python tools/regen.py",
    }
    (dest / RECORD).write_text(json.dumps(record, indent=2) + "\n")


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated"
        generate(fresh)
        problems = diff(fresh / PACKAGE, OUT / PACKAGE)
        record = OUT / RECORD
        if not record.exists() or not filecmp.cmp(fresh / RECORD, record, shallow=False):
            problems.append(f"differs: {RECORD}")
        if args.check:
            for line in problems:
                print(line)
            if problems:
                print(
                    f"generated/ has drifted from the spec ({len(problems)} files): "
                    "run `tox -e regen`"
                )
                return 1
            print("generated/ matches openapi/luna.yaml")
            return 0
        for name in (PACKAGE, RECORD):
            target = OUT / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            src = fresh / name
            if src.is_dir():
                shutil.copytree(src, target)
            else:
                shutil.copy2(src, target)
        print(f"regenerated generated/{PACKAGE} ({len(problems)} files changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
