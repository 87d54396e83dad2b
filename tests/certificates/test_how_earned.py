"""How a certificate was earned, everywhere it is checked: the verify page (with its history both ways, cheaply),
the QR payload's claim 10 and the offline command (ADR 0113)."""

import io

import cbor2
import pytest
from django.core.cache import cache
from django.core.management import call_command

from certificates.keys import keys_all
from certificates.models import RequestKind
from certificates.payload import (
    C_EARNED,
    b64url_decode,
    certificate_payload_sign,
    certificate_payload_verify,
    payload_from_text,
)
from certificates.services import certificate_request_approve, certificate_request_create

REASON = "Recognised prior training: national ICT diploma 2024."


def _ours():
    return [key.ed25519_public for key in keys_all()]


@pytest.fixture
def by_hand(make_user, level_ka, administrator, certification_officer):
    request = certificate_request_create(
        requester=administrator, kind=RequestKind.ISSUE, teacher=make_user("given"), level=level_ka, reason=REASON
    )
    return certificate_request_approve(request_id=request.pk, approver=certification_officer).result


def test_the_verify_page_shows_the_whole_claim_and_how_it_was_earned(client, certificate, by_hand):
    earned = client.get(certificate.get_absolute_url()).content.decode()
    assert "How it was earned" in earned and "Assessments." in earned and "Issued by hand" not in earned
    page = client.get(by_hand.get_absolute_url()).content.decode()
    snapshot = by_hand.snapshot
    for fact in (
        snapshot["holder_name"],
        "KA · Knowledge Acquisition",
        snapshot["framework"]["name"],
        snapshot["issuer_name"],
        snapshot["competencies"][0]["title"],
        "Issued by hand, approved by a certification officer.",
        REASON,
    ):
        assert fact in page, fact
    assert "Issued" in page and "Valid until" in page
    assert "officer1" not in page and "admin1" not in page, "officers' identities stay in the audit log"


def test_the_verify_page_reads_the_certificate_and_its_history_in_few_queries(
    client,
    by_hand,
    django_assert_max_num_queries,
    administrator,
    certification_officer,
    make_user,
    django_capture_on_commit_callbacks,
):
    # A re-issued certificate with history both ways. Once the re-issue commits, both pages' content is rendered
    # (ADR 0210), so each page costs one query; before, the lookup read the history too (ADR 0130) and the replaced
    # one's page also looked up the certificate now in force.
    request = certificate_request_create(
        requester=administrator,
        kind=RequestKind.REISSUE,
        teacher=by_hand.user,
        level=by_hand.level,
        certificate=by_hand,
        reason="Legal name corrected",
    )
    with django_capture_on_commit_callbacks(execute=True):
        new = certificate_request_approve(request_id=request.pk, approver=certification_officer).result
    for certificate in (by_hand, new):
        cache.clear()
        with django_assert_max_num_queries(1):
            response = client.get(certificate.get_absolute_url())
        assert response.status_code == 200
    page = response.content.decode()
    assert f"Replaces certificate {by_hand.code}" in page and by_hand.get_absolute_url() in page
    # The re-issue keeps saying how the attested level was earned.
    assert "Issued by hand, approved by a certification officer." in page


def test_the_qr_payload_says_how_it_was_earned(certificate, by_hand):
    earned = certificate_payload_verify(data=payload_from_text(certificate.offline_verify_url), public_keys=_ours())
    manual = certificate_payload_verify(data=payload_from_text(by_hand.offline_verify_url), public_keys=_ours())
    assert earned.issued_by_hand is False and manual.issued_by_hand is True
    claims = cbor2.loads(cbor2.loads(b64url_decode(by_hand.offline_payload)).value[2])
    assert claims[C_EARNED] == 1


def test_a_payload_signed_before_claim_10_still_verifies(certificate):
    from datetime import UTC, datetime

    from certificates.keys import key_current

    data = certificate_payload_sign(
        code=certificate.code,
        holder_name="Old Holder",
        framework="ictcft-v3",
        level_code="KA",
        level_name="Knowledge Acquisition",
        issued_at=datetime(2025, 1, 1, tzinfo=UTC),
        expires_at=None,
        status_index=certificate.status_list_index,
        language="en",
        private_key=key_current().ed25519_private,
    )
    protected, unprotected, payload, _signature = cbor2.loads(data).value
    old_claims = cbor2.loads(payload)
    del old_claims[C_EARNED]
    # Signed again without claim 10, as the issuer did before it existed.
    from certificates.payload import CONTENT_CERTIFICATE, cose_sign

    old = cose_sign(claims=old_claims, private_key=key_current().ed25519_private, content_type=CONTENT_CERTIFICATE)
    claims = certificate_payload_verify(data=old, public_keys=_ours())
    assert claims.holder_name == "Old Holder" and claims.issued_by_hand is None
    # A claim 10 that is neither 0 nor 1 is refused.
    bad = cose_sign(
        claims={**old_claims, C_EARNED: 7}, private_key=key_current().ed25519_private, content_type=CONTENT_CERTIFICATE
    )
    from certificates.payload import PayloadForged

    with pytest.raises(PayloadForged):
        certificate_payload_verify(data=bad, public_keys=_ours())


@pytest.mark.django_db(transaction=True)
def test_verify_certificate_command_prints_issued_by_hand(live_server, settings, tmp_path, make_user, framework_v3):
    settings.SITE_URL = live_server.url
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    cache.clear()
    teacher = make_user("holder")
    asker = make_user("asker", roles=("Administrator",))
    officer = make_user("officer9", roles=("Teacher", "Certification officer"))
    request = certificate_request_create(
        requester=asker,
        kind=RequestKind.ISSUE,
        teacher=teacher,
        level=framework_v3.levels.get(code="KA"),
        reason=REASON,
    )
    certificate = certificate_request_approve(request_id=request.pk, approver=officer).result
    out = io.StringIO()
    call_command("verify_certificate", certificate.offline_verify_url, "--refresh", stdout=out)
    assert (
        out.getvalue().startswith("VALID") and "issued by hand, approved by a certification officer" in out.getvalue()
    )
    cache.clear()
