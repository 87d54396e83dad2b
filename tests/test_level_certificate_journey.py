"""Across the apps: a teacher passes the Level 1 exam, the certificate follows, a verifier checks it, a trainer
revokes it and every channel (page, status list, offline command) says so."""

import io
import json

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.test import Client
from pypdf import PdfReader

from assessments.demo import demo_assessments_ensure
from assessments.models import Attempt
from certificates.credentials import status_list_is_set
from certificates.models import Certificate

from .assessments.helpers import form_data

NAME = "Σωκράτης Παπαδόπουλος"


def verify_offline(path) -> str:
    out = io.StringIO()
    call_command("verify_certificate", str(path), refresh=True, stdout=out)
    return out.getvalue()


def status_bit(client, certificate) -> bool:
    data = json.loads(client.get(f"/credentials/status/{certificate.status_list_id}.json").content)
    return status_list_is_set(encoded=data["credentialSubject"]["encodedList"], index=certificate.status_list_position)


@pytest.mark.django_db(transaction=True)
def test_exam_to_certificate_to_revocation(live_server, settings, tmp_path, framework_v3, make_user, trainer):
    # The offline command fetches the status list from SITE_URL, so the site must really be served.
    settings.SITE_URL = live_server.url
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    cache.clear()
    demo_assessments_ensure()
    teacher = make_user("sokratis", legal_name=NAME)

    phone = Client()
    phone.login(username="sokratis", password="pw-for-tests-1")
    assert phone.get("/me/certificates/").status_code == 200
    assert not Certificate.objects.filter(user=teacher).exists()
    phone.post("/assessments/exam-ka/start/")
    attempt = Attempt.objects.get(user=teacher, assessment__slug="exam-ka")
    for number, question in enumerate(attempt.questions, start=1):
        phone.post(
            f"/assessments/attempt/{attempt.uuid}/q/{number}/", {"seq": 1, "action": "next", **form_data(question)}
        )
    results = phone.post(f"/assessments/attempt/{attempt.uuid}/submit/", follow=True).content.decode()
    assert "Results per competency" in results

    # Level attained → competency event → queued task (inline in tests) → certificate in the teacher's account.
    certificate = Certificate.objects.get(user=teacher, is_current=True)
    mine = phone.get("/me/certificates/").content.decode()
    assert certificate.code in mine and f"/certificates/{certificate.code}.pdf" in mine
    pdf = phone.get(f"/certificates/{certificate.code}.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    pdf_bytes = b"".join(pdf.streaming_content) if pdf.streaming else pdf.content
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_bytes)).pages)
    assert NAME in text and certificate.code in text
    pdf_file = tmp_path / "certificate.pdf"
    pdf_file.write_bytes(pdf_bytes)

    verifier = Client()
    page = verifier.get(f"/verify/{certificate.code}/").content.decode()
    assert "VALID" in page and NAME in page and "Knowledge Acquisition" in page
    assert verify_offline(pdf_file).startswith("VALID")
    assert status_bit(verifier, certificate) is False

    # The teacher cannot revoke (nor reach the admin action); the certificate stays valid.
    refused = phone.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "I changed my mind"})
    assert refused.status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.is_current and not certificate.revoke_reason

    office = Client()
    office.force_login(trainer)
    done = office.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "Exam answers were shared"})
    assert done.status_code == 302
    page = verifier.get(f"/verify/{certificate.code}/").content.decode()
    assert "REVOKED" in page and "Exam answers were shared" in page and ">VALID<" not in page
    assert status_bit(verifier, certificate) is True
    with pytest.raises(CommandError, match="REVOKED"):
        verify_offline(pdf_file)
    cache.clear()
