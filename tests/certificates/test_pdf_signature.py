"""PAdES B-T/B-LT/B-LTA against a real time-stamping authority (OpenSSL), one root across key rotations (ADR 0112)."""

import io
import logging
import shutil
import subprocess
import time
from datetime import UTC, datetime, timedelta

import pytest
from asn1crypto import pem as asn1_pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from django.core.management import call_command
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.errors import NoDSSFoundError
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from certificates import pki
from certificates.models import Certificate
from certificates.pdf import certificate_pdf_render, certificate_pdf_sign, pdf_check
from certificates.pdf.sync import run_sync
from certificates.services import certificate_issue, certificate_issue_for_attainment, certificates_issue_pending
from certificates.verification import pdf_trust
from tests.support.tsa import TimeStampingAuthority

from .conftest import attain


@pytest.fixture(scope="module")
def tsa(tmp_path_factory):
    with TimeStampingAuthority(tmp_path_factory.mktemp("tsa")) as authority:
        yield authority


@pytest.fixture
def keys(settings, tmp_path):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    return settings.CERTIFICATE_KEY_DIR


@pytest.fixture
def with_tsa(settings, tsa, keys):
    settings.TSA_URL, settings.TSA_CA_FILE = tsa.url, str(tsa.ca_path)
    return tsa


def _pdf(certificate) -> bytes:
    with certificate.pdf.open("rb") as handle:
        return handle.read()


def _cert(path) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(asn1_pem.unarmor(path.read_bytes())[2])


def _root(keys) -> asn1_x509.Certificate:
    return _cert(keys / "root" / "root-cert.pem")


def _signature(reader):
    """The issuer's signature (a B-LTA file ends with a document timestamp)."""
    return [s for s in reader.embedded_signatures if s.sig_object_type == "/Sig"][-1]


def _validate(data: bytes, *, roots: list, tsa_roots: list, moment=None):
    """pyHanko's own validation, trusting only what it is given."""
    signature = _signature(PdfFileReader(io.BytesIO(data)))
    # run_sync: a browser test earlier in this worker may have left Playwright's event loop running in the thread.
    return run_sync(
        lambda: validate_pdf_signature(
            signature,
            ValidationContext(trust_roots=roots, allow_fetching=False, moment=moment),
            ValidationContext(trust_roots=tsa_roots, allow_fetching=False),
        )
    )


def test_issued_with_a_tsa_the_pdf_is_timestamped_and_carries_its_validation_data(with_tsa, keys, certificate):
    data = _pdf(certificate)
    status = _validate(data, roots=[_root(keys)], tsa_roots=[_cert(with_tsa.ca_path)])
    assert status.intact and status.valid and status.trusted
    # The DSS is inside the signed revision; only the archive timestamp's revision (B-LTA) follows.
    assert status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
    assert status.modification_level == ModificationLevel.LTA_UPDATES
    stamp = status.timestamp_validity
    assert stamp is not None and stamp.intact and stamp.valid and stamp.trusted
    assert abs(stamp.timestamp - certificate.issued_at) < timedelta(minutes=1)
    # The signer's chain ends at our root, through the key set's signing certificate.
    path = list(status.validation_path.iter_certs(include_root=True))
    assert path[0].subject == _root(keys).subject and path[-1] == status.signing_cert
    assert status.signing_cert.issuer == _root(keys).subject
    # B-LT: certificates (ours and the TSA's) and our root's CRL are in the document security store.
    reader = PdfFileReader(io.BytesIO(data))
    dss = DocumentSecurityStore.read_dss(reader)
    subjects = {cert.subject.dump() for cert in dss.load_certs()}
    assert {c.subject.dump() for c in (_root(keys), status.signing_cert, stamp.signing_cert)} <= subjects
    # With only the root and the DSS, revocation checked as hard-fail (the CRL must be there) and nothing fetched:
    embedded = dss.as_validation_context({"trust_roots": [_root(keys)], "allow_fetching": False})
    tsa_root = _cert(with_tsa.ca_path)
    assert {crl.issuer.dump() for crl in embedded.crls} == {_root(keys).subject.dump(), tsa_root.subject.dump()}
    hard = dss.as_validation_context(
        {"trust_roots": [_root(keys)], "allow_fetching": False, "revocation_mode": "hard-fail"}
    )
    assert run_sync(lambda: validate_pdf_signature(_signature(reader), hard, embedded)).trusted
    # Our own check agrees and says when.
    check = pdf_check(data, **pdf_trust())
    assert check.ok and check.timestamp == stamp.timestamp


def test_poppler_trusts_the_signature_once_our_root_is_imported_as_the_readme_says(with_tsa, certificate, tmp_path):
    from certificates.keys import root_ensure

    assert shutil.which("pdfsig") and shutil.which("certutil"), ".ci/run installs poppler-utils and libnss3-tools"
    path, root, nssdb = tmp_path / "certificate.pdf", tmp_path / "root.pem", tmp_path / "nssdb"
    path.write_bytes(_pdf(certificate))
    root.write_bytes(root_ensure().pem)
    nssdb.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{nssdb}", "--empty-password"], check=True, capture_output=True)

    def pdfsig() -> str:
        return subprocess.run(
            ["pdfsig", "-nssdir", f"sql:{nssdb}", str(path)], capture_output=True, text=True, check=True
        ).stdout

    before = pdfsig()
    assert "Signature is Valid." in before and "ETSI.CAdES.detached" in before and "Total document signed" in before
    assert "Certificate is Trusted" not in before
    subprocess.run(
        ["certutil", "-d", f"sql:{nssdb}", "-A", "-n", "Certificate issuer root", "-t", "C,C,C", "-i", str(root)],
        check=True,
    )
    assert "Certificate is Trusted." in pdfsig()


def test_one_root_verifies_pdfs_signed_before_and_after_a_key_rotation(with_tsa, keys, make_user, level_ka):
    first = certificate_issue(user=attain(make_user("before"), level_ka).user, level=level_ka)
    call_command("rotate_keys", stdout=io.StringIO())
    second = certificate_issue(user=attain(make_user("after"), level_ka).user, level=level_ka)
    signers = set()
    for certificate in (first, second):
        status = _validate(_pdf(certificate), roots=[_root(keys)], tsa_roots=[_cert(with_tsa.ca_path)])
        assert status.trusted and status.timestamp_validity.trusted, certificate.code
        signers.add(status.signing_cert.sha256)
        assert pdf_check(_pdf(certificate), **pdf_trust()).ok
    assert len(signers) == 2, "each key set has its own signing certificate"


def test_an_expired_signing_certificate_keeps_its_timestamped_pdfs_valid(with_tsa, keys, certificate, monkeypatch):
    from certificates.keys import keys_rotate

    monkeypatch.setattr(pki, "SIGNING_CERT_VALIDITY", timedelta(seconds=8))
    short_lived = keys_rotate()
    expires = x509.load_pem_x509_certificate(short_lived.pdf_cert_pem.encode()).not_valid_after_utc
    unsigned = certificate_pdf_render(
        snapshot=certificate.snapshot,
        code=certificate.code,
        verify_url=certificate.verify_url,
        credential_json=certificate.credential_json,
    )
    data = certificate_pdf_sign(pdf=unsigned, key=short_lived)
    time.sleep(max(0.0, (expires - datetime.now(UTC)).total_seconds() + 1.5))  # the signing certificate expires
    later = datetime.now(UTC)
    assert not _validate(data, roots=[_root(keys)], tsa_roots=[_cert(with_tsa.ca_path)], moment=later).trusted
    check = pdf_check(data, **pdf_trust())
    assert check.intact and check.trusted and check.timestamp < later


def test_a_pdf_signed_under_a_self_made_root_is_not_ours(with_tsa, settings, tmp_path, certificate, client):
    from certificates.keys import key_current

    ours = pdf_trust()
    settings.CERTIFICATE_KEY_DIR = tmp_path / "impostor"  # same issuer name, its own root
    unsigned = certificate_pdf_render(
        snapshot=certificate.snapshot,
        code=certificate.code,
        verify_url=certificate.verify_url,
        credential_json=certificate.credential_json,
    )
    forged = certificate_pdf_sign(pdf=unsigned, key=key_current())
    check = pdf_check(forged, **ours)
    assert check.intact and not check.trusted and check.credential_json is None
    assert "the PDF was not signed by this issuer" in check.errors
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post("/verify/", {"pdf": SimpleUploadedFile("c.pdf", forged, "application/pdf")})
    assert "not signed by this issuer" in response.content.decode()


def test_without_a_tsa_the_pdf_is_b_b_still_verifies_and_the_log_says_so(settings, keys, caplog, monkeypatch, request):
    from certificates.pdf import document

    settings.TSA_URL = settings.TSA_CA_FILE = ""
    monkeypatch.setattr(document, "_warned_no_tsa", False)
    with caplog.at_level(logging.WARNING, logger="certificates.pdf.document"):
        certificate = request.getfixturevalue("certificate")
    assert "TSA_URL is not set" in caplog.text
    data = _pdf(certificate)
    status = _validate(data, roots=[_root(keys)], tsa_roots=[])
    assert status.trusted and status.timestamp_validity is None
    with pytest.raises(NoDSSFoundError):
        DocumentSecurityStore.read_dss(PdfFileReader(io.BytesIO(data)))
    assert pdf_check(data, **pdf_trust()).ok


def test_the_deployment_check_warns_when_no_tsa_is_configured(settings, tmp_path):
    from django.core.checks import run_checks

    def found() -> list[str]:
        return [message.id for message in run_checks(include_deployment_checks=True)]

    settings.TSA_URL = ""
    assert "certificates.W112" in found()
    settings.TSA_URL, settings.TSA_CA_FILE = "http://tsa.example/", str(tmp_path / "missing.pem")
    assert "certificates.W112" not in found() and "certificates.E112" in found()


def test_a_tsa_that_is_down_delays_the_certificate_and_the_sweep_issues_it_once(with_tsa, make_user, level_ka, caplog):
    from certificates.services import CertificateError

    teacher = make_user("waiting")
    with_tsa.stop()
    try:
        attainment = attain(teacher, level_ka)
        # What the queued task does (on commit, which a test transaction never reaches): the timestamp fails.
        with pytest.raises(CertificateError), caplog.at_level(logging.ERROR):
            certificate_issue_for_attainment(attainment_id=attainment.pk)
        assert not Certificate.objects.filter(user=teacher).exists()
        assert "time-stamping authority" in caplog.text
        assert certificates_issue_pending(older_than_seconds=0) == 0, "still down: still pending"
    finally:
        with_tsa.start()
    assert certificates_issue_pending(older_than_seconds=0) == 1
    assert certificates_issue_pending(older_than_seconds=0) == 0
    certificate = Certificate.objects.get(user=teacher)
    status = _validate(_pdf(certificate), roots=[pdf_trust_root()], tsa_roots=[_cert(with_tsa.ca_path)])
    assert status.trusted and status.timestamp_validity.trusted


def pdf_trust_root() -> asn1_x509.Certificate:
    from certificates.keys import root_ensure

    return asn1_x509.Certificate.load(root_ensure().der)


def test_the_root_is_published_as_pem_and_der(client, keys):
    from cryptography import x509

    from certificates.keys import root_ensure

    root = root_ensure()
    pem = client.get("/credentials/issuer/root.pem")
    der = client.get("/credentials/issuer/root.cer")
    crl = client.get("/credentials/issuer/root.crl")
    assert pem.status_code == der.status_code == crl.status_code == 200
    assert x509.load_pem_x509_certificate(pem.content) == root.certificate
    assert x509.load_der_x509_certificate(der.content) == root.certificate
    assert der["Content-Type"] == "application/pkix-cert" and crl["Content-Type"] == "application/pkix-crl"
    assert x509.load_der_x509_crl(crl.content).is_signature_valid(root.certificate.public_key())
    assert root.certificate.not_valid_after_utc - datetime.now(UTC) > timedelta(days=20 * 365)


def test_pdfs_of_a_legacy_self_signed_key_set_keep_verifying_and_the_next_pdf_chains_to_the_root(keys, certificate):
    """A key directory from before the root: its self-signed certificate stays trusted, and it signs nothing new."""
    import shutil as shell

    from cryptography.hazmat.primitives import serialization

    from certificates.keys import key_current, keys_all

    legacy = key_current()
    private = serialization.load_pem_private_key(legacy.pdf_key_pem_path.read_bytes(), password=None)
    self_signed = pki.legacy_self_signed_certificate(private, legacy.created_at, "ICT-CFT Teacher Training")
    legacy.pdf_cert_pem_path.write_bytes(self_signed.public_bytes(serialization.Encoding.PEM))
    shell.rmtree(keys / "root")  # as it was before this release
    pki.certificate_at.cache_clear()
    unsigned = certificate_pdf_render(
        snapshot=certificate.snapshot,
        code=certificate.code,
        verify_url=certificate.verify_url,
        credential_json=certificate.credential_json,
    )
    old_pdf = certificate_pdf_sign(pdf=unsigned, key=legacy)  # how PDFs were signed until now

    new_pdf = certificate_pdf_sign(pdf=unsigned)  # the legacy key set is rotated first
    assert [key.retired for key in keys_all()] == [False, True]
    assert _validate(new_pdf, roots=[_root(keys)], tsa_roots=[]).trusted
    assert not _validate(old_pdf, roots=[_root(keys)], tsa_roots=[]).trusted
    for data in (old_pdf, new_pdf):
        assert pdf_check(data, **pdf_trust()).ok


def test_a_signing_certificate_is_replaced_a_month_before_it_expires(keys):
    from certificates.keys import key_current, key_for_pdf_signing

    key = key_current()
    certificate = pki.certificate_at(str(key.pdf_cert_pem_path))
    lifetime = certificate.not_valid_after_utc - certificate.not_valid_before_utc
    assert timedelta(days=364) < lifetime < timedelta(days=366)
    assert not pki.signing_certificate_needs_renewal(certificate)
    assert key_for_pdf_signing().key_id == key.key_id
    assert pki.signing_certificate_needs_renewal(certificate, now=certificate.not_valid_after_utc - timedelta(days=29))


def test_issued_with_a_tsa_the_pdf_is_b_lta_with_the_tsa_revocation_data(with_tsa, keys, certificate):
    from pyhanko.sign.validation import validate_pdf_timestamp

    data = _pdf(certificate)
    reader = PdfFileReader(io.BytesIO(data))
    assert [s.sig_object_type for s in reader.embedded_signatures] == ["/Sig", "/DocTimeStamp"]
    tsa_root = _cert(with_tsa.ca_path)
    archive = run_sync(
        lambda: validate_pdf_timestamp(
            reader.embedded_signatures[-1], validation_context=ValidationContext(trust_roots=[tsa_root])
        )
    )
    assert archive.intact and archive.valid and archive.trusted
    assert archive.coverage == SignatureCoverageLevel.ENTIRE_FILE
    # The TSA's CRL, fetched from the distribution point its certificate names, is in the DSS the timestamp covers.
    assert with_tsa.crl_requests >= 1
    dss = DocumentSecurityStore.read_dss(reader)

    def from_the_file():  # only the two roots and what the PDF carries; revocation data required for every link
        settings = {"trust_roots": [_root(keys), tsa_root], "allow_fetching": False, "revocation_mode": "hard-fail"}
        return dss.as_validation_context(settings)

    assert {crl.issuer.dump() for crl in from_the_file().crls} == {_root(keys).subject.dump(), tsa_root.subject.dump()}
    status = run_sync(lambda: validate_pdf_signature(_signature(reader), from_the_file(), from_the_file()))
    assert status.intact and status.valid and status.trusted
    assert status.timestamp_validity.trusted  # the TSA's certificate checked against its embedded CRL
    assert pdf_check(data, **pdf_trust()).ok


def test_a_change_after_the_archive_timestamp_breaks_the_check(with_tsa, certificate):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(_pdf(certificate)))
    writer.root["/Lang"] = generic.TextStringObject("fr")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    check = pdf_check(out.getvalue(), **pdf_trust())
    assert not check.intact and check.credential_json is None


def test_a_tsa_whose_crl_cannot_be_read_delays_the_certificate(with_tsa, certificate, monkeypatch):
    from certificates.pdf import archive
    from certificates.pdf.document import TimestampUnavailable

    monkeypatch.setattr(archive, "_crls", {})
    good = (with_tsa.directory / "tsa.crl").read_bytes()
    (with_tsa.directory / "tsa.crl").write_bytes(b"not a CRL")
    try:
        unsigned = certificate_pdf_render(
            snapshot=certificate.snapshot,
            code=certificate.code,
            verify_url=certificate.verify_url,
            credential_json=certificate.credential_json,
        )
        with pytest.raises(TimestampUnavailable, match="CRL"):
            certificate_pdf_sign(pdf=unsigned)
    finally:
        (with_tsa.directory / "tsa.crl").write_bytes(good)
