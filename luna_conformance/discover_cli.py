"""``python -m luna_conformance discover`` and ``python -m luna_conformance replay``.

Both talk to a target with the suite's safety rules: GET only (replay: writes only to the
embedded emulator, on request), paced (``--luna-rate``, 5/s by default against an appliance),
one login with the credentials given (a refused login ends the run at once: no second one,
never a wrong credential), every output redacted by value. Without ``--luna-url`` they run
against an embedded emulator."""

from __future__ import annotations

import argparse
import contextlib
import os
import ssl
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import yaml

import luna_spec
from luna_ext import LunaAuthenticationError, LunaError, LunaSession, install_redaction

from .discover_report import report_json, write_html, write_json, write_patch
from .discover_schema import PatchError, analyse, apply_patch, propose_patch
from .discover_walk import walk
from .recording import RecordingWriter
from .recording import replay as replay_recording
from .redaction import SECRETS
from .target import Target

__all__ = ["discover", "replay"]


def _target_options(ap: argparse.ArgumentParser) -> None:
    g = ap.add_argument_group("target (as the suite's --luna-* options)")
    g.add_argument(
        "--luna-url",
        default=os.environ.get("LUNA_URL", ""),
        help="appliance URL; none: an embedded emulator [LUNA_URL]",
    )
    g.add_argument("--luna-user", default=os.environ.get("LUNA_USER", "admin"))
    g.add_argument(
        "--luna-password", default=os.environ.get("LUNA_PASSWORD", ""), help="[LUNA_PASSWORD]"
    )
    g.add_argument(
        "--luna-ca",
        default=os.environ.get("LUNA_CA", ""),
        help="CA file or the appliance's server.pem [LUNA_CA]",
    )
    g.add_argument(
        "--luna-pin",
        default=os.environ.get("LUNA_PIN", ""),
        help="SHA-256 fingerprint of the appliance certificate [LUNA_PIN]",
    )
    g.add_argument("--luna-cert", default=os.environ.get("LUNA_CERT", ""))
    g.add_argument("--luna-key", default=os.environ.get("LUNA_KEY", ""))
    g.add_argument(
        "--luna-rate",
        type=float,
        default=None,
        help="requests per second (default 5 against an appliance, unpaced against "
        "the embedded emulator)",
    )


@contextlib.contextmanager
def _target(args: argparse.Namespace) -> Iterator[Target]:
    if args.luna_url:
        if not args.luna_password and not (args.luna_cert and args.luna_key):
            raise SystemExit("give --luna-password (or --luna-cert and --luna-key)")
        t = Target(
            url=args.luna_url.rstrip("/"),
            username=args.luna_user,
            password=args.luna_password,
            ca_file=Path(args.luna_ca) if args.luna_ca else None,
            pinned_sha256=args.luna_pin or None,
            is_emulator=False,
            cert_file=Path(args.luna_cert) if args.luna_cert else None,
            key_file=Path(args.luna_key) if args.luna_key else None,
            rate=5.0 if args.luna_rate is None else args.luna_rate,
        )
        try:
            yield t
        finally:
            t.close()
        return
    from luna_emulator import DEFAULT_USERS
    from luna_emulator.server import serve_in_thread

    with serve_in_thread() as running:
        t = Target(
            url=running.url,
            username="admin",
            password=DEFAULT_USERS["admin"][0],
            ca_file=running.ca_file,
            pinned_sha256=None,
            is_emulator=True,
            rate=args.luna_rate or 0.0,
        )
        t.emulator = running
        try:
            yield t
        finally:
            t.close()


@contextlib.contextmanager
def _login(t: Target) -> Iterator[LunaSession]:
    """The run's one session. A refused login or an untrusted certificate ends the run."""
    session = t.session()
    try:
        session.open()
    except LunaAuthenticationError as err:
        raise SystemExit(
            f"{t.url} refused the login of {t.username!r} ({err.status} {err.error_id}); "
            "nothing else was sent, no second login was tried"
        ) from None
    except (ssl.SSLError, LunaError, httpx.HTTPError, OSError) as err:
        raise SystemExit(
            f"{t.url}: {type(err).__name__}: {SECRETS.redact(str(err))} (TLS trust: --luna-ca "
            "with the appliance's server.pem, or --luna-pin)"
        ) from None
    try:
        yield session
    finally:
        session.close()


def _load_yaml(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: not a YAML mapping")
    return data


def discover(argv: list[str]) -> int:
    """``python -m luna_conformance discover``: exit 0 when nothing undocumented was found, 1
    when something was, 2 on a usage or connection error."""
    ap = argparse.ArgumentParser(
        prog="python -m luna_conformance discover",
        description="Walk a target read-only (GET only, paced, one login) from the spec's "
        "roots, following every link of its answers; report resources the spec does not "
        "describe, fields the schemas do not declare, declared fields that never appear, type "
        "and enum mismatches, and propose the spec additions as a YAML patch. With --apply: "
        "apply such a patch to a copy of the spec instead.",
    )
    _target_options(ap)
    ap.add_argument(
        "--spec",
        type=Path,
        default=luna_spec.spec_path(),
        help="the spec to compare with (default: the package's luna.yaml)",
    )
    ap.add_argument("--budget", type=int, default=500, help="at most this many requests")
    ap.add_argument(
        "--reports",
        type=Path,
        default=Path("reports"),
        help="where discovery.html, discovery.json and discovery-patch.yaml go",
    )
    ap.add_argument(
        "--record",
        type=Path,
        default=None,
        metavar="DIR",
        help="record every request and answer (luna_conformance/recording.py format)",
    )
    ap.add_argument(
        "--apply",
        type=Path,
        default=None,
        metavar="PATCH",
        help="apply PATCH to --spec and write the result to -o (no target is used)",
    )
    ap.add_argument("-o", "--output", type=Path, default=None, help="with --apply: the new spec")
    try:
        args = ap.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    install_redaction()
    if args.apply is not None:
        if args.output is None:
            print("--apply needs -o OUT (the spec itself is never overwritten)", file=sys.stderr)
            return 2
        try:
            new = apply_patch(_load_yaml(args.spec), _load_yaml(args.apply))
        except (PatchError, OSError, KeyError, IndexError, ValueError) as err:
            print(f"{args.apply}: {err}", file=sys.stderr)
            return 2
        args.output.write_text(
            yaml.safe_dump(new, sort_keys=False, width=100, allow_unicode=True), encoding="utf-8"
        )
        print(
            f"{len(_load_yaml(args.apply).get('operations') or [])} operations applied -> "
            f"{args.output}"
        )
        from luna_spec.lint import lint

        problems = lint(new)
        if problems:
            print(f"{len(problems)} spec rule problems to settle before it joins the spec:")
            for line in problems:
                print(f"  {line}")
        return 0
    spec = _load_yaml(args.spec)
    try:
        with _target(args) as t, _login(t) as session:
            writer = (
                RecordingWriter(
                    args.record,
                    tool="discover",
                    target=t.url,
                    kind="embedded emulator" if t.is_emulator else "appliance",
                    spec=spec,
                    max_per_operation=50,
                )
                if args.record
                else None
            )
            result = walk(
                session,
                spec,
                budget=args.budget,
                pace=1 / t.rate if t.rate else 0.0,
                on_answer=writer.add_answer if writer else None,
            )
            target_url = t.url
            if writer is not None:
                writer.write()
    except SystemExit as exit_:
        print(f"discover: {exit_.code}", file=sys.stderr)
        return 2
    result.errors = [SECRETS.redact(e) for e in result.errors]
    report = analyse(result, spec)
    patch = propose_patch(report, spec, target=target_url)
    base = args.reports / "discovery"
    patch_file = args.reports / "discovery-patch.yaml"
    data = report_json(
        report, target=target_url, spec_file=str(args.spec), patch_file=str(patch_file)
    )
    write_json(base.with_suffix(".json"), data)
    write_html(
        base.with_suffix(".html"),
        report,
        target=target_url,
        spec_file=str(args.spec),
        patch_file=str(patch_file),
    )
    write_patch(patch_file, patch)
    counts = ", ".join(f"{n} {k}" for k, n in report.counts().items() if n)
    print(
        f"{target_url}: {report.requests} GET requests, {len(report.operations_seen)} "
        f"operations answered; {counts or 'nothing to report'}"
    )
    for f in report.undocumented:
        print(SECRETS.redact(f"  {f.kind}: {f.operation} {f.where}: {f.detail}"))
    print(
        f"report: {base}.html, {base}.json; proposed patch ({len(patch['operations'])} "
        f"operations): {patch_file}"
    )
    if args.record:
        print(f"recording: {args.record}")
    return 0 if report.clean else 1


def replay(argv: list[str]) -> int:
    """``python -m luna_conformance replay DIR``: exit 0 on full agreement, 1 otherwise, 2 on a
    usage or connection error."""
    ap = argparse.ArgumentParser(
        prog="python -m luna_conformance replay",
        description="Replay a recording (python -m luna_conformance discover --record, pytest "
        "conformance --luna-record) against another target and score per operation whether "
        "statuses, headers and body shapes agree.",
    )
    ap.add_argument("recording", nargs="?", type=Path, help="the recording directory")
    ap.add_argument("--replay", type=Path, default=None, metavar="DIR", help="same as RECORDING")
    _target_options(ap)
    ap.add_argument(
        "--replay-writes",
        action="store_true",
        help="also replay non-GET requests (the embedded emulator only)",
    )
    ap.add_argument(
        "--no-rebind",
        action="store_true",
        help="send recorded ids as they are (default: rebind path parameters to the "
        "target's own resources, found by a read-only walk)",
    )
    ap.add_argument(
        "--reports", type=Path, default=Path("reports"), help="where replay.html and replay.json go"
    )
    try:
        args = ap.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    directory = args.recording or args.replay
    if directory is None:
        print("give the recording directory", file=sys.stderr)
        return 2
    if args.replay_writes and args.luna_url:
        print(
            "--replay-writes: only against the embedded emulator (no --luna-url)", file=sys.stderr
        )
        return 2
    install_redaction()
    from .discovery import discover as find_ids

    try:
        with _target(args) as t, _login(t) as session:
            pace = 1 / t.rate if t.rate else 0.0
            found = (
                {} if args.no_rebind else find_ids(session, luna_spec.load_spec(), pace=pace).found
            )
            with contextlib.ExitStack() as stack:
                bare = None
                if t.is_emulator:
                    bare = stack.enter_context(
                        httpx.Client(base_url=t.url, verify=t.ssl_context, timeout=30)
                    )
                result = replay_recording(
                    directory,
                    session,
                    target=t.url,
                    unauthenticated=bare,
                    writes=args.replay_writes,
                    found=found,
                    pace=pace,
                )
    except ValueError as err:
        print(f"replay: {err}", file=sys.stderr)
        return 2
    except SystemExit as exit_:
        print(f"replay: {exit_.code}", file=sys.stderr)
        return 2
    args.reports.mkdir(parents=True, exist_ok=True)
    write_json(args.reports / "replay.json", result.to_json())
    (args.reports / "replay.html").write_text(result.to_html(), encoding="utf-8")
    print(
        f"{directory} replayed against {result.target}: score {result.score:.3f} over "
        f"{len(result.scored)} operations "
        f"({'full agreement' if result.agreement else 'deviations'})"
    )
    for o in result.scored:
        if o.score != 1.0:
            print(SECRETS.redact(f"  {o.score:.3f} {o.method} {o.path} ({o.name})"))
    print(f"report: {args.reports / 'replay.html'}, {args.reports / 'replay.json'}")
    return 0 if result.agreement else 1
