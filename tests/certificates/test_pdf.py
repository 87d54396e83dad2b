"""The certificate PDF: signed (PAdES), carrying the credential, readable in any script, with a working QR."""

import io
import json
import shutil
import subprocess

from pypdf import PdfReader

from certificates.keys import keys_all
from certificates.pdf import certificate_pdf_render, certificate_pdf_sign, pdf_check, pdf_embedded_credential
from certificates.services import certificate_issue


def _trusted() -> list[str]:
    return [key.pdf_cert_pem for key in keys_all()]


def _pdf_bytes(certificate) -> bytes:
    with certificate.pdf.open("rb") as handle:
        return handle.read()


def test_signed_pdf_verifies_and_one_changed_byte_breaks_it(certificate):
    data = _pdf_bytes(certificate)
    assert pdf_check(data, trusted_certs_pem=_trusted()).ok
    # Flip one byte inside the page content, and one inside the attached credential region.
    for position in (len(data) // 3, len(data) // 2, 200):
        tampered = bytearray(data)
        tampered[position] ^= 0x01
        check = pdf_check(bytes(tampered), trusted_certs_pem=_trusted())
        assert not check.ok, position


def test_a_pdf_signed_by_another_key_is_not_ours(certificate, settings, tmp_path):
    from certificates.keys import key_current

    ours = _trusted()
    settings.CERTIFICATE_KEY_DIR = tmp_path / "other-keys"
    other = key_current()
    unsigned = certificate_pdf_render(
        snapshot=certificate.snapshot,
        code=certificate.code,
        verify_url=certificate.verify_url,
        credential_json=certificate.credential_json,
    )
    forged = certificate_pdf_sign(pdf=unsigned, key=other)
    check = pdf_check(forged, trusted_certs_pem=ours)
    assert check.intact and not check.trusted and not check.ok


def test_embedded_credential_is_identical_to_the_served_one(client, certificate):
    embedded = pdf_embedded_credential(_pdf_bytes(certificate))
    served = client.get(f"/credentials/{certificate.code}.json")
    assert served.status_code == 200
    assert embedded.encode("utf-8") == served.content
    assert json.loads(served.content)["proof"]


def test_xmp_metadata_names_the_code(certificate):
    reader = PdfReader(io.BytesIO(_pdf_bytes(certificate)))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert certificate.code in xmp and "verificationCode" in xmp


def test_page_is_a4_landscape_with_the_facts(certificate):
    reader = PdfReader(io.BytesIO(_pdf_bytes(certificate)))
    page = reader.pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width), round(height)) == (842, 595)
    text = page.extract_text()
    for expected in (certificate.code, "KA", "KA.6", certificate.snapshot["issuer_name"], "UNESCO"):
        assert expected in text


def test_qr_code_opens_the_verification_page_and_carries_the_signed_payload(certificate, tmp_path):
    import zxingcpp
    from PIL import Image

    assert shutil.which("pdftoppm"), "poppler-utils must be installed (.ci/run does)"
    pdf = tmp_path / "cert.pdf"
    pdf.write_bytes(_pdf_bytes(certificate))
    subprocess.run(["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    results = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))
    # A camera app opens the online page (the fragment stays in the phone); the fragment verifies offline.
    assert [r.text for r in results] == [f"{certificate.verify_url}#{certificate.offline_payload}"]
    assert certificate.verify_url.endswith(f"/verify/{certificate.code}/")
    from certificates.payload import certificate_payload_verify, payload_from_text

    claims = certificate_payload_verify(
        data=payload_from_text(results[0].text), public_keys=[key.ed25519_public for key in keys_all()]
    )
    assert claims.code == certificate.code and claims.holder_name == certificate.snapshot["holder_name"]


def test_issuer_name_and_signature_come_from_site_settings(attained_teacher, level_ka):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Site

    from certificates.models import CertificateSettings

    site = Site.objects.get(is_default_site=True)
    config = CertificateSettings.for_site(site)
    config.issuer_name = "Ministère de l'Éducation"
    config.issuer_signature = Image.objects.create(title="Signature", file=get_test_image_file())
    config.save()
    cert = certificate_issue(user=attained_teacher, level=level_ka)
    page = PdfReader(io.BytesIO(_pdf_bytes(cert))).pages[0]
    assert "Ministère de l'Éducation" in page.extract_text()
    assert cert.snapshot["issuer_name"] == "Ministère de l'Éducation"
    assert len(page.images) == 1  # the signature


def test_signatory_from_site_settings_is_printed_under_the_signature(attained_teacher, level_ka):
    from wagtail.models import Site

    from certificates.models import CertificateSettings

    config = CertificateSettings.for_site(Site.objects.get(is_default_site=True))
    config.signatory_name = "Dr. Ana Pérez"
    config.signatory_title = "Director of Training"
    config.save()
    cert = certificate_issue(user=attained_teacher, level=level_ka)
    text = PdfReader(io.BytesIO(_pdf_bytes(cert))).pages[0].extract_text()
    assert "Dr. Ana Pérez" in text and "Director of Training" in text
    # Frozen at issue: a later change of signatory leaves this certificate as it was signed.
    assert cert.snapshot["signatory"] == {"name": "Dr. Ana Pérez", "title": "Director of Training"}
