"""Offline check of a certificate PDF, credential JSON or QR payload against the keys and status list last fetched.

    manage.py verify_certificate FILE|LINK|PAYLOAD [--refresh] [--site URL]

LINK is what the certificate's QR code holds (`https://…/verify/<code>/#<payload>`), PAYLOAD the part after "#";
a file holding either works too.

--refresh downloads /credentials/issuer/keys.json and the status list(s) into CERTIFICATE_KEY_DIR/verify-cache/;
without it nothing touches the network. Exit status 0 only for VALID.
"""

import json
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from certificates.credentials import StatusListError, credential_verify, status_list_revoked
from certificates.keys import multikey_to_public_key
from certificates.models import STATUS_LIST_SIZE
from certificates.pdf import pdf_check

from ._payload import payload_check

FETCH_TIMEOUT = 10


def cache_dir() -> Path:
    return Path(settings.CERTIFICATE_KEY_DIR) / "verify-cache"


def _status_file(url: str) -> Path:
    return cache_dir() / ("status-" + url.rstrip("/").rsplit("/", 1)[-1])


def _fetch(url: str) -> bytes:
    if not url.startswith(("http://", "https://")):
        raise CommandError(f"refusing to fetch {url}")
    with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT) as response:  # noqa: S310 - scheme checked above
        return response.read()


def _status_url(credential: dict) -> str | None:
    entry = credential.get("credentialStatus")
    entries = entry if isinstance(entry, list) else [entry]
    for item in entries:
        if isinstance(item, dict) and item.get("statusPurpose") == "revocation":
            return item.get("statusListCredential")
    return None


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a payload longer than a file name may be
        return False


def _looks_like_payload(text: str) -> bool:
    return "#" in text or (len(text) > 40 and text.replace("-", "").replace("_", "").isalnum())


class Command(BaseCommand):
    help = "Verify a certificate PDF or credential JSON offline, with the published keys and last status list."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a PDF, a credential JSON, or the QR code's link or payload (or a file of it)")
        parser.add_argument("--refresh", action="store_true", help="fetch keys and status lists first")
        parser.add_argument("--site", default=None, help="site to refresh from (default: SITE_URL)")

    def handle(self, *args, file, refresh, site, **options):
        path = Path(file)
        text = file if not _is_file(path) else None
        if text is not None and not _looks_like_payload(text):
            raise CommandError(f"{file}: no such file")
        data = path.read_bytes() if text is None else text.encode()
        if text is None and not data.lstrip().startswith((b"%PDF", b"{")):
            text = data.decode("utf-8", errors="replace")
        site = (site or settings.SITE_URL).rstrip("/")
        cache_dir().mkdir(parents=True, exist_ok=True)
        if refresh:
            (cache_dir() / "keys.json").write_bytes(_fetch(f"{site}/credentials/issuer/keys.json"))
            (cache_dir() / "status-1.json").write_bytes(_fetch(f"{site}/credentials/status/1.json"))
        keys_file = cache_dir() / "keys.json"
        if not keys_file.is_file():
            raise CommandError("UNKNOWN: no published keys cached yet; run again with --refresh")
        keys = json.loads(keys_file.read_text()).get("keys", [])
        multikeys = [k.get("verificationMethod", {}).get("publicKeyMultibase") for k in keys]
        certs = [k["pdfSigningCertificatePem"] for k in keys if k.get("pdfSigningCertificatePem")]
        if text is not None:
            self._payload(text, multikeys=[m for m in multikeys if m], site=site, refresh=refresh)
            return

        problems: list[str] = []
        if data.startswith(b"%PDF"):
            check = pdf_check(data, trusted_certs_pem=certs)
            problems.extend(f"PDF: {e}" for e in check.errors)
            text = check.credential_json
            if text is None:
                raise CommandError("INVALID: " + "; ".join(problems or ["no credential in the PDF"]))
        else:
            text = data.decode("utf-8", errors="replace")
        try:
            credential = json.loads(text)
        except ValueError as exc:
            raise CommandError(f"INVALID: not JSON ({exc})") from exc
        result = credential_verify(credential=credential, published_keys=[m for m in multikeys if m])
        problems.extend(f"credential: {e}" for e in result.errors)
        vm = result.verification_method or ""
        if vm.partition("#")[2] not in multikeys and vm.removeprefix("did:key:") not in multikeys:
            problems.append("credential: not signed with a published key of this issuer")
        if problems:
            raise CommandError("INVALID: " + "; ".join(problems))

        list_url = _status_url(credential)
        if refresh and list_url and list_url.startswith(site) and not _status_file(list_url).is_file():
            _status_file(list_url).write_bytes(_fetch(list_url))
        status_file = _status_file(list_url) if list_url else None
        if status_file is None or not status_file.is_file():
            raise CommandError("UNKNOWN: signature valid, but no status list cached; run again with --refresh")
        status_credential = json.loads(status_file.read_text())
        try:
            revoked = status_list_revoked(
                credential=credential, status_list_credential=status_credential, published_keys=multikeys
            )
        except StatusListError as exc:
            raise CommandError(f"UNKNOWN: {exc}") from exc
        fetched = datetime.fromtimestamp(status_file.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
        code = str(credential.get("id", "")).rsplit("/", 1)[-1].removesuffix(".json")
        if revoked:
            raise CommandError(f"REVOKED: {code} (status list fetched {fetched})")
        valid_until = credential.get("validUntil")
        if valid_until and datetime.fromisoformat(valid_until.replace("Z", "+00:00")) <= datetime.now(UTC):
            raise CommandError(f"EXPIRED: {code} on {valid_until}")
        self.stdout.write(f"VALID: {code} (signature and issuer key verified; status list fetched {fetched})")

    def _payload(self, text: str, *, multikeys: list[str], site: str, refresh: bool) -> None:
        """The QR code's signed payload: signature, then the cached revocation list, then the expiry date."""
        public_keys = []
        for multikey in multikeys:
            try:
                public_keys.append(multikey_to_public_key(multikey))
            except ValueError:
                continue

        def status_for(index: int):
            list_url = f"{site}/credentials/status/{index // STATUS_LIST_SIZE + 1}.json"
            if refresh and not _status_file(list_url).is_file():
                _status_file(list_url).write_bytes(_fetch(list_url))
            status_file = _status_file(list_url)
            if not status_file.is_file():
                return None
            return json.loads(status_file.read_text()), status_file.stat().st_mtime

        verdict, message = payload_check(text=text, public_keys=public_keys, status_for=status_for, multikeys=multikeys)
        if verdict != "VALID":
            raise CommandError(f"{verdict}: {message}")
        self.stdout.write(f"VALID: {message}")
