"""The demo teacher earns the Level 1 certificate with plain forms; a verifier checks it; a teacher cannot revoke it;
the demo trainer asks to revoke it from the admin form, the demo certification officer approves in the queue, and
the page, the status list and the offline check all say so.

Everything goes through links and forms a person would follow (the PDF and credential links on "My certificates",
the status list named in the credential, the "Ask to revoke" button and form and the request queue in the admin), with
the demo accounts.
"""

import io
import json
import re
import unicodedata

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.test import Client
from pypdf import PdfReader

from accounts.demo import DEMO_ACCOUNTS, demo_users_ensure
from accounts.models import User
from assessments.demo import demo_assessments_ensure
from assessments.models import Attempt
from certificates.credentials import status_list_is_set
from certificates.models import Certificate

from .assessments.helpers import form_data

TEACHER, TRAINER = DEMO_ACCOUNTS[0], DEMO_ACCOUNTS[1]
OFFICER = next(account for account in DEMO_ACCOUNTS if account.username == "officer")
REASON = "Answers to the Level 1 exam were shared before the sitting"


def signed_in(account, **kwargs) -> Client:
    browser = Client(**kwargs)
    assert browser.login(username=account.username, password=account.password)
    return browser


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def href(html: str, label: str) -> str:
    match = re.search(r'<a href="([^"]+)"[^>]*>\s*' + re.escape(label), html)
    assert match, f"no {label!r} link"
    return match.group(1)


def csrf_token(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def offline_check(pdf_path) -> str:
    out = io.StringIO()
    call_command("verify_certificate", str(pdf_path), refresh=True, stdout=out)
    return out.getvalue()


def take_exam_ka_with_plain_forms(browser: Client) -> str:
    detail = browser.get("/assessments/exam-ka/")
    assert detail.status_code == 200
    start = browser.post("/assessments/exam-ka/start/", follow=True)
    assert start.redirect_chain[-1][0].endswith("/q/1/")
    attempt = Attempt.objects.get(user__username=TEACHER.username, assessment__slug="exam-ka")
    for number, question in enumerate(attempt.questions, start=1):
        saved = browser.post(
            f"/assessments/attempt/{attempt.uuid}/q/{number}/", {"seq": 1, "action": "next", **form_data(question)}
        )
        assert saved.status_code == 302, f"answer {number} was not accepted"
    confirm = browser.get(f"/assessments/attempt/{attempt.uuid}/submit/")
    assert b"Submit my answers" in confirm.content
    return browser.post(f"/assessments/attempt/{attempt.uuid}/submit/", follow=True).content.decode()


@pytest.mark.django_db(transaction=True)
def test_demo_teacher_exam_to_certificate_verified_then_revoked_by_trainer(live_server, settings, tmp_path):
    # The offline command refreshes keys and status list over HTTP from SITE_URL: the site must really be served,
    # so the test is transactional (level_attained then fires on commit, as in production) and SITE_URL is live.
    settings.SITE_URL = live_server.url
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    cache.clear()  # a shared Redis may hold another run's status list, pages or rate-limit counters
    call_command("load_framework", "ictcft-v3", stdout=io.StringIO())
    demo_users_ensure()
    demo_assessments_ensure()

    # 1. The demo teacher passes the Level 1 exam without JavaScript.
    teacher = signed_in(TEACHER)
    assert "no certificates yet" in teacher.get("/me/certificates/").content.decode()
    results = take_exam_ka_with_plain_forms(teacher)
    assert "Results per competency" in results and "100 %" in results

    # 2. The certificate is in "My certificates"; its PDF names the teacher and carries the code.
    mine = teacher.get("/me/certificates/").content.decode()
    # The check symbol may be one of Crockford's * ~ $ = as well as a letter or digit.
    code = re.search(r'<dd class="code">([0-9A-Z*~$=-]+)</dd>', mine).group(1)
    assert "KA · Knowledge Acquisition" in mine and 'cert-badge--valid">Valid<' in mine
    pdf_url = href(mine, "Download PDF")
    assert pdf_url.endswith(".pdf")
    pdf = teacher.get(pdf_url)
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    pdf_bytes = body(pdf)
    assert pdf_bytes.startswith(b"%PDF")
    text = unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_bytes)).pages))
    assert TEACHER.legal_name in text and code in text
    pdf_path = tmp_path / f"certificate-{code}.pdf"
    pdf_path.write_bytes(pdf_bytes)
    credential = json.loads(body(teacher.get(href(mine, "Download credential (JSON)"))))
    status_url = credential["credentialStatus"]["statusListCredential"]
    assert re.fullmatch(re.escape(live_server.url) + r"/credentials/status/\d+\.json", status_url)
    position = int(credential["credentialStatus"]["statusListIndex"])

    # 3. An anonymous verifier sees VALID, the holder and the level.
    verifier = Client()
    page = verifier.get(f"/verify/{code}/").content.decode()
    assert ">VALID<" in page and TEACHER.legal_name in page and "KA · Knowledge Acquisition" in page

    def revoked_in_status_list() -> bool:
        published = json.loads(body(verifier.get(status_url.removeprefix(live_server.url))))
        return status_list_is_set(encoded=published["credentialSubject"]["encodedList"], index=position)

    assert revoked_in_status_list() is False
    assert offline_check(pdf_path).startswith(f"VALID: certificate {code}")

    # 5. A teacher sending the admin's revoke POST is turned away; the certificate stays valid.
    revoke_url = f"/admin/certificates/{Certificate.objects.get(code=code).pk}/revoke/"  # as the admin links it
    refused = teacher.post(revoke_url, {"reason": "I want a fresh start"})
    assert refused.status_code == 403 or "/login/" in refused.get("Location", "")
    assert ">VALID<" in verifier.get(f"/verify/{code}/").content.decode()
    assert revoked_in_status_list() is False

    # 4. The demo trainer, who trains the teacher's cohort, finds the certificate in the admin, opens "Ask to revoke"
    # and submits the form with a reason: nothing changes until another person approves.
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    cohort = cohort_create(name="Journey", trainer=User.objects.get(username=TRAINER.username))
    CohortMembership.objects.create(cohort=cohort, user=User.objects.get(username=TEACHER.username))
    office = signed_in(TRAINER, enforce_csrf_checks=True)
    listing = office.get("/admin/snippets/certificates/certificate/").content.decode()
    assert code in listing and revoke_url in listing
    form = office.get(revoke_url).content.decode()
    assert "Ask to revoke a certificate" in form and TEACHER.legal_name in form and 'name="reason"' in form
    done = office.post(revoke_url, {"csrfmiddlewaretoken": csrf_token(form), "reason": REASON}, follow=True)
    assert "Request sent to the certification officers for approval." in done.content.decode()
    assert ">VALID<" in verifier.get(f"/verify/{code}/").content.decode()
    assert revoked_in_status_list() is False

    # The demo certification officer reads the reason in the queue and approves.
    officer = signed_in(OFFICER, enforce_csrf_checks=True)
    queue = officer.get("/admin/certificate-requests/").content.decode()
    assert REASON in queue and code in queue
    approve_url = re.search(r'action="(/admin/certificate-requests/\d+/approve/)"', queue).group(1)
    approved = officer.post(approve_url, {"csrfmiddlewaretoken": csrf_token(queue)}, follow=True)
    assert f"Approved: certificate {code} is done." in approved.content.decode()

    page = verifier.get(f"/verify/{code}/").content.decode()
    assert ">REVOKED<" in page and REASON in page and ">VALID<" not in page
    assert revoked_in_status_list() is True
    assert 'cert-badge--revoked">Revoked<' in teacher.get("/me/certificates/").content.decode()
    with pytest.raises(CommandError, match=re.escape(f"REVOKED: certificate {code} of ")):
        offline_check(pdf_path)
    cache.clear()
