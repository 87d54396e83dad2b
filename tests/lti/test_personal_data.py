"""The (issuer, subject) links are personal data: the download carries them; erasure removes them, so the platform's
person no longer opens the erased (pseudonymised) account."""

from accounts.models import User
from lti.models import AccountLink
from lti.services import platform_register
from privacy.services.erasure import account_erase
from privacy.services.exports import personal_data_collect


def _linked(make_user):
    teacher = make_user("amina")
    platform = platform_register(
        name="LMS",
        issuer="https://lms.example",
        client_id="tool",
        auth_login_url="https://lms.example/auth",
        auth_token_url="https://lms.example/token",
        keyset_url="https://lms.example/jwks",
        deployment_ids=["1"],
    )
    AccountLink.objects.create(issuer=platform.issuer, subject="sub-42", user=teacher, platform=platform)
    return teacher


def test_the_download_has_the_platform_links(db, make_user):
    teacher = _linked(make_user)
    links = personal_data_collect(user=teacher)["lti"]["lti_account_links"]
    assert [(link["issuer"], link["subject"]) for link in links] == [("https://lms.example", "sub-42")]


def test_erasure_removes_the_platform_links(db, make_user):
    teacher = _linked(make_user)
    account_erase(user=teacher)
    assert User.objects.filter(pk=teacher.pk).exists()
    assert not AccountLink.objects.filter(subject="sub-42").exists()


def test_the_download_and_erasure_cover_the_roster_record(db, make_user):
    from lti.models import Context, RosterMember

    teacher = _linked(make_user)
    context = Context.objects.create(platform=AccountLink.objects.get().platform, context_id="c1", title="ICT 101")
    RosterMember.objects.create(context=context, user=teacher)
    rows = personal_data_collect(user=teacher)["lti"]["lti_added_by_course_roster"]
    assert [row["context__title"] for row in rows] == ["ICT 101"]
    account_erase(user=teacher)
    assert not RosterMember.objects.exists()
