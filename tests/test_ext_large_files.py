"""200 MB through luna_ext in bounded memory, against an emulator in another process
(so that only the client's memory is measured)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from luna_emulator import DEFAULT_USERS
from luna_emulator.server import free_port
from luna_ext import LunaSession

SIZE = 200 * 1024 * 1024
LIMIT = 20 * 1024 * 1024


@pytest.fixture(scope="module")
def emulator_process(tmp_path_factory) -> Iterator[tuple[str, Path]]:  # type: ignore[no-untyped-def]
    cert = tmp_path_factory.mktemp("emu") / "server.pem"
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "luna_emulator.cli", "--port", str(port), "--cert-out", str(cert)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"https://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while not cert.exists() or not _up(url, cert):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("the emulator process did not start")
        time.sleep(0.1)
    yield url, cert
    proc.terminate()
    proc.wait(timeout=10)


def _up(url: str, cert: Path) -> bool:
    import ssl

    try:
        httpx.get(
            url + "/api/lunasa", verify=ssl.create_default_context(cafile=str(cert)), timeout=2
        )
        return True
    except (httpx.HTTPError, OSError):
        return False


@pytest.mark.slow
def test_200_mb_upload_and_download_in_bounded_memory(emulator_process, tmp_path) -> None:  # type: ignore[no-untyped-def]
    url, cert = emulator_process
    src = tmp_path / "big.bin"
    digest = hashlib.sha256()
    block = bytes(range(256)) * 4096
    with src.open("wb") as fh:
        for i in range(SIZE // len(block)):
            chunk = block[i % 256 :] + block[: i % 256]
            fh.write(chunk)
            digest.update(chunk)
    dest = tmp_path / "back.bin"
    with LunaSession(
        url, username="admin", password=DEFAULT_USERS["admin"][0], ca_file=cert
    ) as luna:
        tracemalloc.start()
        try:
            name = luna.upload_user_file(src)
            _, upload_peak = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            assert luna.download_user_file(name, dest) == SIZE
            _, download_peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        info = luna.get_json(f"/users/admin/files/{name}")
    assert info["size"] == SIZE
    back = hashlib.sha256()
    with dest.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            back.update(chunk)
    assert back.hexdigest() == digest.hexdigest()
    up, down = upload_peak / 2**20, download_peak / 2**20
    print(f"peak Python memory: upload {up:.1f} MiB, download {down:.1f} MiB")
    assert upload_peak < LIMIT, f"upload peaked at {upload_peak / 2**20:.1f} MiB"
    assert download_peak < LIMIT, f"download peaked at {download_peak / 2**20:.1f} MiB"
