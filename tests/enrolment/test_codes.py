"""One-time sign-in codes: single use, expiring, stored hashed; then a password or more codes."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from enrolment.models import CodeChannel, SignInCode
from enrolment.services import code_issue, code_redeem

pytestmark = pytest.mark.django_db


@pytest.fixture
def newcomer(make_user):
    user = make_user("t-newcomer", email="", phone="+254712000111")
    user.set_unusable_password()
    user.save()
    return user


def test_a_code_works_once(newcomer):
    code = code_issue(user=newcomer, channel=CodeChannel.SHEET)
    assert code_redeem(code=code.lower().replace("-", " ")) == newcomer  # typed loosely: still the code
    assert code_redeem(code=code) is None


def test_a_code_expires(newcomer):
    code = code_issue(user=newcomer, channel=CodeChannel.SHEET)
    later = timezone.now() + timedelta(days=31)
    assert code_redeem(code=code, now=later) is None
    assert code_redeem(code=code) == newcomer  # a failed late try did not spend it


def test_only_a_keyed_hash_is_stored(newcomer):
    code = code_issue(user=newcomer, channel=CodeChannel.SHEET)
    stored = SignInCode.objects.get(user=newcomer)
    assert code.replace("-", "") not in stored.digest and len(stored.digest) == 64


def test_a_new_code_replaces_the_unused_one(newcomer):
    first = code_issue(user=newcomer, channel=CodeChannel.SHEET)
    second = code_issue(user=newcomer, channel=CodeChannel.SHEET)
    assert code_redeem(code=first) is None and code_redeem(code=second) == newcomer


def test_sign_in_with_a_code_then_choose_a_password(client, newcomer):
    code_issue(user=newcomer, channel=CodeChannel.EMAIL)  # another way in, voided once a password is chosen
    code = code_issue(user=newcomer, channel=CodeChannel.SHEET)
    page = client.get(f"/enrolment/code/?code={code}")
    assert page.status_code == 200 and code in page.content.decode()  # a link fills the form; GET spends nothing
    response = client.post("/enrolment/code/", {"code": code})
    assert response.status_code == 302 and response["Location"] == "/enrolment/welcome/"
    welcome = client.get("/enrolment/welcome/")
    assert "t-newcomer" in welcome.content.decode()
    response = client.post(
        "/enrolment/welcome/", {"new_password1": "a long pass phrase 42", "new_password2": "a long pass phrase 42"}
    )
    assert response.status_code == 302
    newcomer.refresh_from_db()
    assert newcomer.check_password("a long pass phrase 42")
    assert not SignInCode.objects.filter(user=newcomer, used_at__isnull=True).exists()
    assert client.get("/enrolment/invitations/").status_code == 200  # still signed in


def test_keep_using_codes_sets_no_password(client, newcomer):
    client.post("/enrolment/code/", {"code": code_issue(user=newcomer, channel=CodeChannel.SHEET)})
    response = client.post("/enrolment/welcome/", {"keep_codes": "1"})
    assert response.status_code == 302
    newcomer.refresh_from_db()
    assert not newcomer.has_usable_password()


def test_a_wrong_code_says_the_same_for_every_reason(client, newcomer):
    code = code_issue(user=newcomer, channel=CodeChannel.SHEET)
    client.post("/enrolment/code/", {"code": code})
    client.logout()
    spent = client.post("/enrolment/code/", {"code": code})
    wrong = client.post("/enrolment/code/", {"code": "AAAA-BBBB-CCCC"})
    assert spent.status_code == wrong.status_code == 400

    def page(response, typed):
        html = response.content.decode().replace(typed, "TYPED")
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)

    assert page(spent, code) == page(wrong, "AAAA-BBBB-CCCC")


def test_an_emailed_code_proves_the_address(client, make_user):
    from allauth.account.models import EmailAddress

    user = make_user("t-mail", email="mail@example.org")
    user.set_unusable_password()
    user.save()
    EmailAddress.objects.create(user=user, email="mail@example.org", primary=True, verified=False)
    client.post("/enrolment/code/", {"code": code_issue(user=user, channel=CodeChannel.EMAIL)})
    assert EmailAddress.objects.get(user=user).verified
