"""Offline check of a certificate PDF, credential JSON or QR payload against the issuer's keys and the status lists
last fetched.

    manage.py verify_certificate FILE|LINK|PAYLOAD [--refresh] [--site URL]

LINK is what the certificate's QR code holds (`https://…/verify/<code>/#<payload>`), PAYLOAD the part after "#";
a file holding either works too.

--refresh downloads the issuer's DID document, /credentials/issuer/keys.json, the root of its PDF signatures
(root.pem) with its CRL, the roots of the time-stamping authorities it uses (tsa.pem), every status list already
saved and the one the certificate needs into CERTIFICATE_KEY_DIR/verify-cache/; without it nothing touches the
network. A PDF's signature must chain to that root, at the time its timestamp proves when there is one (ADR 0133).
The answer is one sentence for a person (VALID, REVOKED, EXPIRED, FORGED, INVALID, UNREADABLE, UNKNOWN); exit
status 0 only for VALID.
"""

import os
import tempfile
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from certificates.credentials import StatusListError, credential_verify, status_list_revoked
from certificates.keys import did_document_url, did_web, multikey_to_public_key
from certificates.models import STATUS_LIST_SIZE
from certificates.pdf import pdf_check
from common.strict_json import JsonLimitError, json_loads_limited

from ._endorsement import endorsement_describe, endorsement_sentences, is_endorsement
from ._payload import payload_check
from ._pdf_trust import is_not_found, pdf_trust_cached, pdf_trust_refresh

# A credential is a few kilobytes, a status list credential ~20 kB, a DID document less.
MAX_BYTES = 2 * 1024 * 1024

FETCH_TIMEOUT = 10
MAX_PDF_BYTES = 20 * 1024 * 1024


def cache_dir() -> Path:
    return Path(settings.CERTIFICATE_KEY_DIR) / "verify-cache"


def _status_file(url: str) -> Path:
    return cache_dir() / ("status-" + url.rstrip("/").rsplit("/", 1)[-1])


def _save(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".fetch-", dir=path.parent)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)


def _download(url: str, *, missing_ok: bool = False) -> bytes | None:
    """The body at `url` (None for a 404 when `missing_ok`); CommandError (UNKNOWN) in a sentence otherwise."""
    if not url.startswith(("http://", "https://")):
        raise CommandError(_("UNKNOWN: refusing to fetch %(url)s, which is not a web address.") % {"url": url})
    try:
        with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT) as response:  # noqa: S310 - scheme checked above
            return response.read(MAX_BYTES + 1)
    except (urllib.error.URLError, OSError) as error:
        if missing_ok and is_not_found(error):
            return None
        reason = getattr(error, "reason", None) or error
        raise CommandError(
            _("UNKNOWN: could not fetch %(url)s (%(reason)s).") % {"url": url, "reason": reason}
        ) from error


def _fetch_json(url: str, path: Path) -> None:
    """Download `url` into `path` if it is JSON we accept; CommandError (UNKNOWN) in a sentence otherwise."""
    data = _download(url)
    try:
        json_loads_limited(data, max_bytes=MAX_BYTES)
    except JsonLimitError as error:
        raise CommandError(
            _("UNKNOWN: %(url)s did not answer with usable JSON. %(reason)s") % {"url": url, "reason": error}
        ) from error
    _save(path, data)


def _load_cached(path: Path):
    if not path.is_file():
        return None
    try:
        return json_loads_limited(path.read_bytes(), max_bytes=MAX_BYTES)
    except JsonLimitError:
        return None


def _status_url(credential: dict) -> str | None:
    entry = credential.get("credentialStatus")
    entries = entry if isinstance(entry, list) else [entry]
    for item in entries:
        if isinstance(item, dict) and item.get("statusPurpose") == "revocation":
            url = item.get("statusListCredential")
            return url if isinstance(url, str) else None
    return None


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a payload longer than a file name may be
        return False


def _looks_like_payload(text: str) -> bool:
    return "#" in text or (len(text) > 40 and text.replace("-", "").replace("_", "").isalnum())


def _when(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _describe(credential: dict) -> dict:
    """Code, holder, level and date of one of our credentials, for the sentence a person reads."""
    subject = credential.get("credentialSubject") if isinstance(credential.get("credentialSubject"), dict) else {}
    identifiers = subject.get("identifier") if isinstance(subject.get("identifier"), list) else []
    name = next((i.get("identityHash") for i in identifiers if isinstance(i, dict) and i.get("identityHash")), "?")
    achievement = subject.get("achievement") if isinstance(subject.get("achievement"), dict) else {}
    return {
        "code": str(credential.get("id", "")).rsplit("/", 1)[-1].removesuffix(".json"),
        "name": name,
        "level": achievement.get("humanCode") or "?",
        "issued": str(credential.get("validFrom", "?"))[:10],
    }


def _has_passed(moment) -> bool:
    """Whether the XSD dateTime `moment` (the schema checked its form) lies in the past."""
    if not isinstance(moment, str):
        return False
    try:
        when = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    except ValueError:
        return False
    return (when if when.tzinfo else when.replace(tzinfo=UTC)) <= datetime.now(UTC)


def _credential_from(data: bytes) -> dict:
    try:
        credential = json_loads_limited(data, max_bytes=MAX_BYTES)
    except JsonLimitError as error:
        raise CommandError(_("UNREADABLE: the credential cannot be read. %(reason)s") % {"reason": error}) from error
    if not isinstance(credential, dict):
        raise CommandError(_("UNREADABLE: the file holds JSON, but not a credential."))
    return credential


def _credential_problem(errors: list[str], site: str) -> str:
    """The first reason a credential fails, as a sentence for a person rather than a library message."""
    text = " ".join(errors)
    if "signature does not match" in text:
        return _("FORGED: the signature does not match the credential: it was changed after it was signed.")
    if "not one of" in text or "not controlled by" in text or "does not list the key" in text or "allow" in text:
        return _("FORGED: the credential was not signed by a key of %(site)s.") % {"site": site}
    if "no proof" in text:
        return _("INVALID: the credential carries no signature.")
    return _("INVALID: this is not a valid certificate credential (%(reason)s).") % {"reason": errors[0]}


def _certificate_sentences() -> dict[str, str]:
    return {
        "no_status": _("INVALID: certificate %(code)s has no revocation status."),
        "no_list": _(
            "UNKNOWN: the signature of certificate %(code)s is valid, but no status list is saved; run again "
            "with --refresh."
        ),
        "bad_list": _(
            "UNKNOWN: the signature of certificate %(code)s is valid, but the saved status list cannot be used "
            "(%(reason)s)."
        ),
        "revoked": _(
            "REVOKED: certificate %(code)s of %(name)s, level %(level)s, issued %(issued)s, is revoked "
            "(status list fetched %(fetched)s)."
        ),
        "expired": _("EXPIRED: certificate %(code)s of %(name)s, level %(level)s, expired on %(date)s."),
        "valid": _(
            "VALID: certificate %(code)s of %(name)s, level %(level)s, issued %(issued)s; signed by the issuer and "
            "not revoked as of the status list fetched %(fetched)s."
        ),
    }


class Command(BaseCommand):
    help = "Verify a certificate PDF or credential JSON offline, with the published keys and last status list."

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help="a PDF, a credential or endorsement JSON, or the QR code's link or payload (or a file of it)"
        )
        parser.add_argument("--refresh", action="store_true", help="fetch keys and status lists first")
        parser.add_argument("--site", default=None, help="site to refresh from (default: SITE_URL)")

    def handle(self, *args, file, refresh, site, **options):
        site = (site or settings.SITE_URL).rstrip("/")
        cache_dir().mkdir(parents=True, exist_ok=True)
        kind, data = self._read(file)
        credential = _credential_from(data) if kind == "json" else None  # a bad file is told before any fetching
        if refresh:
            self._refresh(site)
        did_document = _load_cached(cache_dir() / "did.json")
        keys = _load_cached(cache_dir() / "keys.json")
        keys = keys.get("keys", []) if isinstance(keys, dict) else []
        keys = [k for k in keys if isinstance(k, dict)]
        methods = [k.get("verificationMethod") for k in keys]
        if isinstance(did_document, dict) and isinstance(did_document.get("verificationMethod"), list):
            methods += did_document["verificationMethod"]
        multikeys = [m.get("publicKeyMultibase") for m in methods if isinstance(m, dict)]
        multikeys = sorted({m for m in multikeys if isinstance(m, str)})
        if not multikeys:
            raise CommandError(_("UNKNOWN: no keys of the issuer are saved yet; run again with --refresh."))
        if kind == "payload":
            did_documents = [did_document] if isinstance(did_document, dict) else []
            self._payload(
                data.decode("utf-8"), multikeys=multikeys, did_documents=did_documents, site=site, refresh=refresh
            )
            return
        if kind == "pdf":
            credential = _credential_from(self._pdf(data, keys=keys))
        self._credential(credential, multikeys=multikeys, did_document=did_document, site=site, refresh=refresh)

    def _read(self, file: str) -> tuple[str, bytes]:
        """("pdf" | "json" | "payload", the bytes), or a sentence saying why the input cannot be checked."""
        path = Path(file)
        if not _is_file(path):
            if _looks_like_payload(file.strip()):
                return "payload", file.strip().encode()
            raise CommandError(_("UNREADABLE: %(file)s: no such file.") % {"file": file})
        if path.stat().st_size > MAX_PDF_BYTES:
            raise CommandError(_("UNREADABLE: %(file)s is too large to be a certificate.") % {"file": file})
        data = path.read_bytes()
        if data.startswith(b"%PDF"):
            return "pdf", data
        if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")):
            return "json", data
        try:
            text = data.decode("utf-8").strip()
        except UnicodeDecodeError:
            text = ""
        if not text or not _looks_like_payload(text):
            raise CommandError(
                _("UNREADABLE: %(file)s is neither a certificate PDF, a credential JSON nor a QR link.")
                % {"file": file}
            )
        return "payload", text.encode()

    def _refresh(self, site: str) -> None:
        """The DID document and keys, and every status list saved so far (a revocation may be on any of them)."""
        _fetch_json(did_document_url(site), cache_dir() / "did.json")
        _fetch_json(f"{site}/credentials/issuer/keys.json", cache_dir() / "keys.json")
        pdf_trust_refresh(site=site, directory=cache_dir(), download=_download, save=_save)
        held = sorted(path.name.removeprefix("status-") for path in cache_dir().glob("status-*.json"))
        for name in held or ["1.json"]:
            _fetch_json(f"{site}/credentials/status/{name}", cache_dir() / f"status-{name}")

    def _pdf(self, data: bytes, *, keys: list[dict]) -> bytes:
        trust = pdf_trust_cached(directory=cache_dir(), keys=keys)
        if trust is None:
            raise CommandError(_("UNKNOWN: the issuer's root certificate is not saved yet; run again with --refresh."))
        check = pdf_check(data, **trust)
        if not check.signed:
            raise CommandError(_("INVALID: the file is not a signed certificate PDF."))
        if not check.intact:
            raise CommandError(_("FORGED: the PDF was changed after it was signed."))
        if not check.trusted:
            raise CommandError(_("FORGED: the PDF was not signed by a key of this issuer."))
        if check.credential_json is None:
            raise CommandError(_("INVALID: the PDF carries no credential."))
        return check.credential_json.encode("utf-8")

    def _credential(self, credential: dict, *, multikeys, did_document, site: str, refresh: bool) -> None:
        did_documents = [did_document] if isinstance(did_document, dict) else []
        result = credential_verify(credential=credential, published_keys=multikeys, did_documents=did_documents)
        if not result.ok:
            raise CommandError(_credential_problem(result.errors, site))
        if result.issuer not in (did_web(site), f"{site}/credentials/issuer/") or not result.key_is_ours:
            raise CommandError(_("FORGED: the credential was not issued by %(site)s.") % {"site": site})
        endorsement = is_endorsement(credential)
        about = endorsement_describe(credential) if endorsement else _describe(credential)
        texts = endorsement_sentences() if endorsement else _certificate_sentences()
        list_url = _status_url(credential)
        if list_url is None:
            raise CommandError(texts["no_status"] % about)
        status_file = _status_file(list_url)
        if refresh and list_url.startswith(f"{site}/") and not status_file.is_file():
            _fetch_json(list_url, status_file)
        status_credential = _load_cached(status_file)
        if status_credential is None:
            raise CommandError(texts["no_list"] % about)
        try:
            revoked = status_list_revoked(
                credential=credential,
                status_list_credential=status_credential,
                published_keys=multikeys,
                did_documents=did_documents,
            )
        except StatusListError as error:
            raise CommandError(texts["bad_list"] % {**about, "reason": error}) from error
        about["fetched"] = _when(status_file.stat().st_mtime)
        if revoked:
            raise CommandError(texts["revoked"] % about)
        valid_until = credential.get("validUntil")
        if _has_passed(valid_until):
            raise CommandError(texts["expired"] % {**about, "date": valid_until[:10]})
        self.stdout.write(texts["valid"] % about)

    def _payload(self, text: str, *, multikeys: list[str], did_documents: list[dict], site: str, refresh: bool) -> None:
        """The QR code's signed payload: signature, then the saved revocation list, then the expiry date."""
        public_keys = []
        for multikey in multikeys:
            try:
                public_keys.append(multikey_to_public_key(multikey))
            except ValueError:
                continue

        def status_for(index: int):
            list_url = f"{site}/credentials/status/{index // STATUS_LIST_SIZE + 1}.json"
            status_file = _status_file(list_url)
            if refresh and not status_file.is_file():
                _fetch_json(list_url, status_file)
            status_credential = _load_cached(status_file)
            if status_credential is None:
                return None
            return status_credential, status_file.stat().st_mtime

        verdict, message = payload_check(
            text=text, public_keys=public_keys, status_for=status_for, multikeys=multikeys, did_documents=did_documents
        )
        if verdict != "VALID":
            raise CommandError(f"{verdict}: {message}")
        self.stdout.write(f"VALID: {message}")
