"""`make backup` / `make restore`: a backup restored into an empty site verifies a certificate issued before it.

Both sites are real processes of this project (manage.py), each with its own database, media folders and key folder,
on the engine of the CI leg (SQLite, or PostgreSQL when DATABASE_URL names one): the restore is what an operator
runs on a new server, not a function call inside the test's own database.
"""

import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"

ISSUE = """
import json
from decimal import Decimal
from django.core.management import call_command
from django.utils import timezone
from accounts.models import User
from competency.models import Framework
from competency.services import EvidenceInput, evidence_record_many
from certificates.services import certificate_issue
call_command("load_framework", "ictcft-v3", verbosity=0)
level = Framework.objects.get(slug="ictcft-v3").levels.get(code="KA")
user = User.objects.create_user("amina", legal_name="Amina Diallo", email="amina@example.org", password="x" * 12)
evidence_record_many(user=user, source_type="exam", source_id="1", observed_at=timezone.now(),
    items=[EvidenceInput(competency=c, score=Decimal("90"), passed=True) for c in level.competencies.all()])
certificate = certificate_issue(user=user, level=level)
open({pdf!r}, "wb").write(certificate.pdf.open("rb").read())
print(json.dumps({{"code": certificate.code}}))
"""

CHECK = """
import json
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from certificates.credentials import credential_verify
from certificates.models import Certificate
certificate = Certificate.objects.get(code={code!r})
client = Client(SERVER_NAME="testserver")
page = client.get("/verify/" + certificate.code + "/").content.decode()
upload = client.post("/verify/", {{"pdf": SimpleUploadedFile("c.pdf", open({pdf!r}, "rb").read(), "application/pdf")}})
check = credential_verify(credential=json.loads(certificate.credential_json))
print(json.dumps({{"page_valid": "VALID" in page, "pdf_authentic": "AUTHENTIC" in upload.content.decode()
    and "NOT AUTHENTIC" not in upload.content.decode(), "credential": check.ok and check.key_is_ours,
    "errors": check.errors}}))
"""


class Site:
    """One installation of the project: its own database, media, private media and signing keys."""

    def __init__(self, base: Path, name: str):
        self.base = base / name
        self.base.mkdir()
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "MEDIA_ROOT": str(self.base / "media"),
            "PRIVATE_MEDIA_ROOT": str(self.base / "private-media"),
            "CERTIFICATE_KEY_DIR": str(self.base / "keys"),
            "BACKUP_DIR": str(self.base / "backups"),
            "ALLOWED_HOSTS": "testserver,localhost,127.0.0.1",
        }
        self.env.pop("BACKUP_PASSPHRASE", None)
        url = os.environ.get("DATABASE_URL", "")
        if url.startswith("postgres"):
            import psycopg

            self.database = f"backup_{name}_{uuid.uuid4().hex[:8]}"
            server = url.rsplit("/", 1)[0]
            with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{self.database}"')
            self.env["DATABASE_URL"] = f"{server}/{self.database}"
            self.server = server
        else:
            self.database = None
            self.env["DATABASE_URL"] = f"sqlite:///{self.base / 'db.sqlite3'}"

    def manage(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=900
        )
        if check and result.returncode != 0:
            raise AssertionError(f"manage.py {' '.join(args[:2])} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def python(self, code: str) -> str:
        return self.manage("shell", "-c", code).stdout.strip().splitlines()[-1]

    def drop(self) -> None:
        if self.database:
            import psycopg

            with psycopg.connect(f"{self.server}/postgres", autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')


@pytest.fixture
def sites(tmp_path):
    made = []

    def make(name: str) -> Site:
        site = Site(tmp_path, name)
        made.append(site)
        return site

    yield make
    for site in made:
        site.drop()


def test_a_backup_restored_into_an_empty_site_verifies_a_certificate_issued_before(sites, tmp_path):
    import json

    old, new = sites("old"), sites("new")
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE)
    pdf = tmp_path / "certificate.pdf"
    old.manage("migrate", "--noinput", "-v0")
    old.manage("createcachetable")
    code = json.loads(old.python(ISSUE.format(pdf=str(pdf))))["code"]
    written = old.manage("backup_site", "--passphrase-file", str(secret)).stdout
    archive = next((old.base / "backups").glob("site-*.tar"))
    assert str(archive) in written and oct(archive.stat().st_mode & 0o777) == "0o600"
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        sealed = tar.extractfile("keys.tar.gz.sealed").read()
    assert {"manifest.json", "media.tar.gz", "private-media.tar.gz", "keys.tar.gz.sealed"} <= set(names)
    assert b"PRIVATE KEY" not in sealed, "the signing keys travel sealed, never in clear"

    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase at all")
    refused = new.manage("restore_site", str(archive), "--passphrase-file", str(wrong), check=False)
    assert refused.returncode != 0 and "passphrase does not open" in refused.stderr
    assert not (new.base / "keys").exists() and not (new.base / "media").exists()

    restored = new.manage("restore_site", str(archive), "--passphrase-file", str(secret)).stdout
    assert "Restored the backup" in restored
    result = json.loads(new.python(CHECK.format(code=code, pdf=str(pdf))))
    assert result == {**result, "page_valid": True, "pdf_authentic": True, "credential": True}, result

    again = new.manage("restore_site", str(archive), "--passphrase-file", str(secret), check=False)
    assert again.returncode != 0 and "Not restoring over a site in use" in again.stderr


def test_a_damaged_or_foreign_archive_is_refused_before_anything_is_written(sites, tmp_path):
    site = sites("target")
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE)
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"this is not a tar file")
    result = site.manage("restore_site", str(junk), "--passphrase-file", str(secret), check=False)
    assert result.returncode != 0 and "is not a backup this site can read" in result.stderr
    empty = tmp_path / "empty.tar"
    with tarfile.open(empty, "w"):
        pass
    result = site.manage("restore_site", str(empty), "--passphrase-file", str(secret), check=False)
    assert result.returncode != 0 and "no readable manifest" in result.stderr
    assert not (site.base / "keys").exists()


def test_a_short_passphrase_or_none_is_refused(sites, tmp_path):
    site = sites("short")
    short = tmp_path / "short-passphrase"
    short.write_text("tiny")
    result = site.manage("backup_site", "--passphrase-file", str(short), check=False)
    assert result.returncode != 0 and "at least 12 characters" in result.stderr
    result = site.manage("backup_site", check=False)
    assert result.returncode != 0 and "--passphrase-file FILE or BACKUP_PASSPHRASE" in result.stderr
