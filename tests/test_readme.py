"""Every code block of the README's usage section runs against the emulator."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from .conftest import ADMIN

README = Path(__file__).resolve().parent.parent / "README.md"


def _usage_blocks() -> list[str]:
    text = README.read_text()
    section = text.split("## Usage", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def make_key_and_certificate() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "operator")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return key, cert


def test_the_usage_section_has_examples() -> None:
    assert len(_usage_blocks()) >= 7


@pytest.mark.parametrize("index", range(len(_usage_blocks())))
def test_readme_block_runs(index: int, served, https, capsys) -> None:  # type: ignore[no-untyped-def]
    code = _usage_blocks()[index]
    namespace = {
        "URL": served.url,
        "PASSWORD": ADMIN[1],
        "CA_FILE": served.ca_file,
        "make_key_and_certificate": make_key_and_certificate,
        "__name__": "readme",
    }
    exec(compile(code, f"README.md block {index + 1}", "exec"), namespace)  # noqa: S102
    out = capsys.readouterr().out
    expected = {
        0: ["HSM 151256 zeroized", "Hsm(so_logins_left=3, label="],
        1: ["404 HSMPLUGIN_INVALID_HSM GET /api/lunasa/hsms/42"],
        2: ["waiting: /tasks/"],
        5: ["create partition", "initialize Crypto User", "linked ['/api/lunasa/ntls/", "STC "],
        6: ["refused: http://"],
    }
    for text in expected.get(index, []):
        assert text in out
    assert "UNSET" not in out
    assert "Unset object" not in out


def _cckm_blocks() -> list[str]:
    section = README.read_text().split("\n## CCKM", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_the_cckm_section_example_runs(capsys) -> None:  # type: ignore[no-untyped-def]
    """The CCKM section's example, against an emulator serving CCKM whose appliance has an
    initialized partition (made through the appliance API)."""
    from luna_emulator.cckm import DEFAULT_CCKM_PASSWORD
    from luna_emulator.cckm.control_client import CckmControlClient
    from luna_emulator.server import serve_in_thread
    from luna_ext import LunaSession
    from luna_ext.workflows import create_partition, first_hsm, initialize_hsm, so_login

    (code,) = _cckm_blocks()
    with serve_in_thread(cckm=True) as running, CckmControlClient.for_running(running) as cckm:
        cckm.set_timing(key_operation_delay=0.3, job_duration=0.3)
        with LunaSession(
            running.url, username=ADMIN[0], password=ADMIN[1], ca_file=running.ca_file
        ) as luna:
            hsm = first_hsm(luna)
            initialize_hsm(luna, hsm, label="prod", so_password="Sopass123!", domain="d0")
            so_login(luna, hsm, "Sopass123!")
            create_partition(luna, hsm, "keys", so_password="Partso123!", domain="d1")
        namespace = {
            "CCKM_URL": running.cckm_url,
            "CCKM_PASSWORD": DEFAULT_CCKM_PASSWORD,
            "CA_FILE": running.ca_file,
            "__name__": "readme",
        }
        exec(compile(code, "README.md CCKM block", "exec"), namespace)  # noqa: S102
    out = capsys.readouterr().out
    for text in (
        "key in_progress",
        "key AVAILABLE",
        "created lrk-aes on partition keys",
        "refresh completed",
        "lrk-aes cckm AVAILABLE",
        "aes-256 external AVAILABLE",  # the partition's own key, read by the refresh
        "AES keys: 2",
        "deleted from the HSM: DELETED",
    ):
        assert text in out, out
