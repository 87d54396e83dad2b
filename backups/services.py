"""Backing the whole site up into one archive, and restoring it: database, media, private media and signing keys.

The database dump is django-dbbackup's connector for the engine in use (SQLite's online backup API; pg_dump's custom
format, restored with pg_restore), so a backup is consistent while the site runs. Files travel as tar members; the
signing keys are sealed with a passphrase (backups/crypto.py). A manifest names every part with its SHA-256, and a
restore checks all of them, and the passphrase, before it writes anything (docs/decisions/0157).
"""

import hashlib
import io
import json
import logging
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone

from . import crypto

log = logging.getLogger(__name__)
FORMAT = 1
MANIFEST = "manifest.json"
KEYS = "keys.tar.gz.sealed"


class BackupError(Exception):
    """A backup or restore that cannot go on, with a sentence saying why and what to do."""


@dataclass(frozen=True)
class RestoreResult:
    created_at: str
    database: str
    files: int
    key_files: int


def _folders() -> dict[str, Path]:
    """The file areas a backup carries, by member name."""
    return {"media.tar.gz": Path(settings.MEDIA_ROOT), "private-media.tar.gz": Path(settings.PRIVATE_MEDIA_ROOT)}


def _connector(alias: str = DEFAULT_DB_ALIAS):
    from dbbackup.db.base import get_connector

    return get_connector(alias)


def _tar_folder(folder: Path) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    tar.add(path, arcname=str(path.relative_to(folder)), recursive=False)
    return buffer.getvalue()


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> str:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), int(timezone.now().timestamp()), 0o600
    tar.addfile(info, io.BytesIO(data))
    return hashlib.sha256(data).hexdigest()


def backup_create(*, output_dir: Path, passphrase: str) -> Path:
    """Write `site-<timestamp>.tar` into `output_dir` (mode 600) and return its path."""
    if len(passphrase) < 12:
        raise BackupError("The passphrase that seals the signing keys needs at least 12 characters.")
    key_dir = Path(settings.CERTIFICATE_KEY_DIR)
    connector = _connector()
    dump = connector.create_dump()
    database = dump.read()
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = timezone.now().strftime("%Y%m%dT%H%M%S%fZ")
    path = output_dir / f"site-{stamp}.tar"
    members = {f"database.{connector.extension}": database}
    members.update({name: _tar_folder(folder) for name, folder in _folders().items()})
    members[KEYS] = crypto.seal(_tar_folder(key_dir), passphrase=passphrase)
    partial = path.with_suffix(".tar.partial")
    with partial.open("wb") as raw:
        partial.chmod(0o600)
        with tarfile.open(fileobj=raw, mode="w") as tar:
            digests = {name: _add(tar, name, data) for name, data in members.items()}
            manifest = {
                "format": FORMAT,
                "created_at": timezone.now().isoformat(),
                "engine": connections[DEFAULT_DB_ALIAS].vendor,
                "connector": f"{type(connector).__module__}.{type(connector).__name__}",
                "site_url": getattr(settings, "SITE_URL", ""),
                "parts": digests,
            }
            _add(tar, MANIFEST, json.dumps(manifest, indent=2).encode())
    partial.rename(path)  # a backup interrupted half-way never looks like a complete one
    log.info("backup written to %s", path)
    return path


def _read_archive(archive: Path) -> tuple[dict, dict[str, bytes]]:
    try:
        with tarfile.open(archive, mode="r:") as tar:
            members = {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"{archive} is not a backup this site can read ({exc}).") from exc
    try:
        manifest = json.loads(members.pop(MANIFEST))
    except (KeyError, ValueError) as exc:
        raise BackupError(f"{archive} has no readable manifest: it is not a backup made by backup_site.") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{archive} was made by another version of the backup format ({manifest.get('format')}).")
    for name, digest in manifest["parts"].items():
        if name not in members or hashlib.sha256(members[name]).hexdigest() != digest:
            raise BackupError(f"{archive} is damaged: its part {name} does not match the manifest.")
    return manifest, members


def _database_is_empty(alias: str = DEFAULT_DB_ALIAS) -> bool:
    connection = connections[alias]
    if "django_migrations" not in connection.introspection.table_names():
        return True
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM django_migrations")
        return cursor.fetchone()[0] == 0


def _folder_is_empty(folder: Path) -> bool:
    return not folder.exists() or not any(p.is_file() for p in folder.rglob("*"))


def _extract(data: bytes, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        members = [m for m in tar.getmembers() if m.isfile()]
        tar.extractall(folder, members=members, filter="data")  # no absolute paths, no "..", no links out
    return len(members)


def _restore_database(manifest: dict, database: bytes) -> None:
    connection = connections[DEFAULT_DB_ALIAS]
    connector = _connector()
    connector_path = f"{type(connector).__module__}.{type(connector).__name__}"
    if connector_path != manifest["connector"]:
        raise BackupError(
            f"This backup holds a {manifest['engine']} database; this site runs on {connection.vendor}. "
            "Restore it into a site configured for the same database engine."
        )
    if connection.vendor == "sqlite":
        name = str(connection.settings_dict["NAME"])
        if name == ":memory:" or "mode=memory" in name:
            raise BackupError("An in-memory SQLite database cannot be restored into; set DATABASE_URL to a file.")
        connection.close()
    with tempfile.SpooledTemporaryFile() as dump:
        dump.write(database)
        dump.seek(0)
        connector.restore_dump(dump)
    connection.close()  # the next query opens the restored database, not a handle to the one replaced


def backup_restore(*, archive: Path, passphrase: str, replace: bool = False) -> RestoreResult:
    """Restore `archive` into this site. Everything is checked first (parts, passphrase, empty targets); only then
    are the database, the files and the keys written. `replace` allows writing over a site that is not empty."""
    manifest, members = _read_archive(archive)
    try:
        keys = crypto.unseal(members[KEYS], passphrase=passphrase)
    except crypto.WrongPassphrase as exc:
        raise BackupError("The passphrase does not open this backup's signing keys: nothing was restored.") from exc
    key_dir = Path(settings.CERTIFICATE_KEY_DIR)
    if not replace:
        busy = [] if _database_is_empty() else ["the database"]
        busy += [str(f) for f in [*_folders().values(), key_dir] if not _folder_is_empty(f)]
        if busy:
            raise BackupError(
                f"Not restoring over a site in use ({', '.join(busy)} already hold data). Restore into an empty "
                "site, or pass --replace to overwrite it."
            )
    database = next(name for name in members if name.startswith("database."))
    _restore_database(manifest, members[database])
    files = 0
    for name, folder in _folders().items():
        if replace and folder.exists():
            shutil.rmtree(folder)
        files += _extract(members[name], folder)
    if replace and key_dir.exists():
        shutil.rmtree(key_dir)
    key_files = _extract(keys, key_dir)
    key_dir.chmod(0o700)
    for alias in settings.CACHES:
        caches[alias].clear()  # pages and keys cached before the restore describe another site
    return RestoreResult(
        created_at=manifest["created_at"], database=manifest["engine"], files=files, key_files=key_files
    )
