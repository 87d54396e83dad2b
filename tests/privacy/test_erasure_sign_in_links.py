"""Erasure also removes what single sign-on and bulk enrolment hold: the links to identity-provider accounts (so the
ministry account no longer opens the pseudonym), the national teacher ID, the phone, sign-in codes and pending
invitations; and the download carries them."""

from datetime import timedelta

from allauth.socialaccount.models import SocialAccount
from django.utils import timezone

from accounts.models import User
from cohorts.models import Cohort
from enrolment.models import CohortInvitation, InvitationStatus, SignInCode
from privacy.services.erasure import account_erase
from privacy.services.exports import personal_data_collect


def _linked_teacher(make_user, trainer):
    teacher = make_user("amina", national_teacher_id="SN-0042", phone="+221770000001")
    SocialAccount.objects.create(user=teacher, provider="ministry", uid="sub-42", extra_data={"email": "a@example.sn"})
    SignInCode.objects.create(
        user=teacher, digest="d" * 64, channel="sheet", expires_at=timezone.now() + timedelta(days=3)
    )
    cohorts = [Cohort.objects.create(name=f"Dakar {i}", created_by=trainer) for i in range(2)]
    CohortInvitation.objects.create(cohort=cohorts[0], user=teacher, invited_as="+221770000001", name_given="Amina D.")
    CohortInvitation.objects.create(
        cohort=cohorts[1], user=teacher, invited_as="amina@example.sn", status=InvitationStatus.ACCEPTED
    )
    return teacher


def test_the_download_has_the_identity_provider_links_codes_and_invitations(db, make_user, trainer):
    teacher = _linked_teacher(make_user, trainer)
    parts = personal_data_collect(user=teacher)
    assert parts["sso"]["identity_provider_accounts"][0]["uid"] == "sub-42"
    assert {i["invited_as"] for i in parts["enrolment"]["cohort_invitations"]} == {"+221770000001", "amina@example.sn"}
    assert parts["enrolment"]["sign_in_codes"][0]["channel"] == "sheet"
    assert "digest" not in parts["enrolment"]["sign_in_codes"][0]
    assert parts["accounts"]["profile"][0]["national_teacher_id"] == "SN-0042"


def test_erasure_unlinks_the_ministry_account_and_forgets_codes_ids_and_what_trainers_typed(db, make_user, trainer):
    teacher = _linked_teacher(make_user, trainer)
    account_erase(user=teacher)
    erased = User.objects.get(pk=teacher.pk)
    assert erased.national_teacher_id is None and erased.phone == ""
    assert not SocialAccount.objects.filter(user=erased).exists()
    assert not SignInCode.objects.filter(user=erased).exists()
    remaining = list(CohortInvitation.objects.filter(user=erased).values_list("status", "invited_as", "name_given"))
    assert remaining == [(InvitationStatus.ACCEPTED, "", "")]
