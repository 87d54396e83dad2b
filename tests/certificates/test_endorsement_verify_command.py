"""verify_certificate checks an endorsement's JSON offline, as it checks a certificate's (ADR 0206)."""

import io
import json

import pytest
from django.core.management import CommandError, call_command


def _run(path, *args) -> str:
    out = io.StringIO()
    call_command("verify_certificate", str(path), *args, stdout=out)
    return out.getvalue().strip()


@pytest.mark.django_db(transaction=True)
def test_an_endorsement_verifies_offline_and_its_withdrawal_shows_after_a_refresh(
    live_server, settings, tmp_path, make_user, framework_v3
):
    from django.core.cache import cache

    from certificates.services import certificate_issue, endorsement_issue, endorsement_revoke
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    from .conftest import attain

    cache.clear()
    settings.SITE_URL = live_server.url
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    teacher, trainer = make_user("teacher1"), make_user("trainer1", roles=("Teacher", "Trainer"))
    attain(teacher, framework_v3.levels.get(code="KA"))
    certificate = certificate_issue(user=teacher, level=framework_v3.levels.get(code="KA"))
    CohortMembership.objects.create(cohort=cohort_create(name="Riverside", trainer=trainer), user=teacher)
    endorsement = endorsement_issue(endorser=trainer, certificate=certificate, comment="Inspiring lessons.")
    path = tmp_path / "endorsement.json"
    path.write_text(endorsement.credential_json, encoding="utf-8")

    answer = _run(path, "--refresh")
    assert answer.startswith(f"VALID: “Trainer1 endorses certificate {certificate.code}”, issued ")
    assert answer.endswith(f"Check the certificate {certificate.code} itself too.")
    endorsement_revoke(endorsement=endorsement, by=trainer)
    assert _run(path).startswith("VALID: ")  # offline: the list saved before the withdrawal still says in force
    with pytest.raises(CommandError, match="^REVOKED: the endorsement “Trainer1 endorses certificate .*was withdrawn"):
        _run(path, "--refresh")  # the endorsements' status list was saved: a refresh fetches it again

    tampered = json.loads(endorsement.credential_json)
    tampered["credentialSubject"]["endorsementComment"] = "Never met her."
    path.write_text(json.dumps(tampered), encoding="utf-8")
    with pytest.raises(CommandError, match="^FORGED: the signature does not match"):
        _run(path)
    cache.clear()
