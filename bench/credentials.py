"""Median milliseconds to sign and to verify one certificate credential (eddsa-rdfc-2022 over RDFC-1.0 via pyld).

Run: .venv/bin/python bench/credentials.py  (or `make bench`). bench/certificates.py may call credential_bench().
Uses a throw-away key directory, never the configured one."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()


def _snapshot() -> dict:
    return {
        "holder_name": "Nguyễn Thị Ánh",
        "user_id": 1,
        "framework": {
            "slug": "ictcft-v3",
            "name": "UNESCO ICT Competency Framework for Teachers",
            "version": "3",
            "publisher": "UNESCO",
            "licence": "CC BY-SA 3.0 IGO",
            "source_url": "https://unesdoc.unesco.org/ark:/48223/pf0000265721",
        },
        "level": {"code": "KA", "name": "Knowledge Acquisition", "order": 1},
        "competencies": [
            {"code": f"KA.{n}", "title": f"Competency {n}", "score": 0.8, "mastered_at": "2026-11-01T10:00:00+00:00"}
            for n in range(1, 7)
        ],
        "issued_at": "2026-11-23T01:00:00+00:00",
        "expires_at": None,
        "issuer_name": "ICT-CFT Teacher Training",
        "evidence_summary": "6 competencies mastered.",
        "manual": False,
    }


def credential_bench(*, rounds: int = 50) -> dict[str, float]:
    """{"sign_ms", "verify_ms", "sign_verify_ms"} medians over `rounds`. Needs Django set up."""
    from django.conf import settings

    from certificates.credentials import credential_build, credential_sign, credential_verify

    saved = settings.CERTIFICATE_KEY_DIR
    with tempfile.TemporaryDirectory() as key_dir:
        settings.CERTIFICATE_KEY_DIR = Path(key_dir)
        try:
            credential = credential_build(
                snapshot=_snapshot(), code="BENC-HBEN-CHBE-NCHB-X", status_list_url="http://x/s/1.json", status_index=1
            )
            assert credential_verify(credential=credential_sign(credential=credential)).ok  # warm caches, keys
            sign, verify = [], []
            for _ in range(rounds):
                start = time.perf_counter()
                signed = credential_sign(credential=credential)
                middle = time.perf_counter()
                ok = credential_verify(credential=signed).ok
                end = time.perf_counter()
                assert ok
                sign.append((middle - start) * 1000)
                verify.append((end - middle) * 1000)
        finally:
            settings.CERTIFICATE_KEY_DIR = saved
    return {
        "sign_ms": statistics.median(sign),
        "verify_ms": statistics.median(verify),
        "sign_verify_ms": statistics.median(s + v for s, v in zip(sign, verify, strict=True)),
    }


if __name__ == "__main__":
    _setup_django()
    figures = credential_bench()
    print(
        f"credential (OB 3.0, eddsa-rdfc-2022): sign {figures['sign_ms']:.1f} ms, verify {figures['verify_ms']:.1f} ms,"
        f" sign+verify {figures['sign_verify_ms']:.1f} ms (medians of 50)"
    )
