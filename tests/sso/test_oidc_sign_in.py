"""Signing in with a ministry account through a real OpenID provider (ADR 0154)."""

from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount

from accounts.models import User
from audit.models import AuditEvent
from sso.services import AUDIT_LINKED, AUDIT_ROLES
from tests.sso.conftest import PROVIDER_ID, ministry_sign_in


def _roles(user) -> set[str]:
    return set(user.groups.values_list("name", flat=True))


def test_first_sign_in_creates_the_account_from_the_claims(client, sso):
    response = ministry_sign_in(client, sso, "amina")

    assert response.status_code == 302, response.content[:800]
    user = User.objects.get(socialaccount__provider=PROVIDER_ID)
    assert user.legal_name == "Amina Benali Haddad"
    assert user.preferred_language == "fr"
    assert user.national_teacher_id == "MA-T-1001"
    assert user.email == "amina.benali@moe.example"
    assert EmailAddress.objects.get(user=user).verified
    # "inspecteur-inconnu" maps to nothing and is ignored.
    assert _roles(user) == {"Teacher", "Trainer"}
    assert not user.has_usable_password()
    # Signed in, in the claims' language.
    assert int(client.session["_auth_user_id"]) == user.pk
    assert response.cookies["django_language"].value == "fr"
    event = AuditEvent.objects.get(action=AUDIT_ROLES, target_id=str(user.pk))
    assert event.data["added"] == ["Teacher", "Trainer"]
    assert event.data["removed"] == []
    # That one record is the whole story: the per-role record of other role changes is not written a second time.
    assert not AuditEvent.objects.filter(action__startswith="account.role.", target_id=str(user.pk)).exists()


def test_a_second_sign_in_finds_the_same_account(client, sso):
    ministry_sign_in(client, sso, "amina")
    first = User.objects.get(socialaccount__provider=PROVIDER_ID)
    client.post("/accounts/logout/")

    response = ministry_sign_in(client, sso, "amina")

    assert response.status_code == 302
    assert User.objects.filter(legal_name="Amina Benali Haddad").count() == 1
    assert int(client.session["_auth_user_id"]) == first.pk
    # Nothing changed, so nothing more in the audit log.
    assert AuditEvent.objects.filter(action=AUDIT_ROLES, target_id=str(first.pk)).count() == 1


def test_an_existing_account_with_the_same_verified_email_is_linked(client, sso, make_user, mailoutbox):
    ravi = make_user("ravi", email="Ravi.Kumar@school.example", legal_name="Ravi Kumar")
    EmailAddress.objects.create(user=ravi, email=ravi.email, verified=True, primary=True)

    response = ministry_sign_in(client, sso, "ravi")

    assert response.status_code == 302
    assert User.objects.filter(email__iexact="ravi.kumar@school.example").count() == 1
    assert SocialAccount.objects.get(provider=PROVIDER_ID).user == ravi
    assert int(client.session["_auth_user_id"]) == ravi.pk
    ravi.refresh_from_db()
    assert ravi.has_usable_password()  # they had verified the address: their password stays theirs
    assert ravi.preferred_language == "en"  # an existing account keeps its own settings
    event = AuditEvent.objects.get(action=AUDIT_LINKED)
    assert (event.target_id, event.data["matched_by"]) == (str(ravi.pk), "email")
    # The owner is told that a ministry account now signs into theirs.
    assert [m.to for m in mailoutbox] == [[ravi.email]]


def test_an_account_that_never_verified_the_address_is_linked_and_loses_its_password(client, sso, make_user):
    # Someone signed up with Ravi's address and never confirmed it: the ministry vouches for Ravi, so the account
    # becomes his and whoever chose its password is locked out.
    squatter = make_user("ravi-k", email="ravi.kumar@school.example")
    EmailAddress.objects.create(user=squatter, email=squatter.email, verified=False, primary=True)

    ministry_sign_in(client, sso, "ravi")

    squatter.refresh_from_db()
    assert SocialAccount.objects.get(provider=PROVIDER_ID).user == squatter
    assert not squatter.has_usable_password()
    assert EmailAddress.objects.get(user=squatter).verified
    assert AuditEvent.objects.get(action=AUDIT_LINKED).data["password_wiped"] is True


def test_an_unverified_email_is_never_linked(client, sso, make_user):
    victim = make_user("victim", email="victim@school.example", legal_name="Victim Person")
    EmailAddress.objects.create(user=victim, email=victim.email, verified=True, primary=True)

    response = ministry_sign_in(client, sso, "mallory")

    # A new account of its own, without the address another account holds.
    assert response.status_code == 302
    mallory = User.objects.get(socialaccount__provider=PROVIDER_ID)
    assert mallory != victim
    assert mallory.email == ""
    assert not EmailAddress.objects.filter(user=mallory).exists()
    assert mallory.legal_name == "Mallory Example"
    assert mallory.preferred_language == "ar"
    assert int(client.session["_auth_user_id"]) == mallory.pk
    assert not SocialAccount.objects.filter(user=victim).exists()
    victim.refresh_from_db()
    assert victim.has_usable_password()
    assert not AuditEvent.objects.filter(action=AUDIT_LINKED).exists()


def test_the_national_teacher_id_links_whatever_the_email(client, sso, make_user):
    lena = make_user("lena", email="lena@home.example", national_teacher_id="NG-T-2002", legal_name="Lena O.")

    response = ministry_sign_in(client, sso, "lena")

    assert response.status_code == 302
    assert SocialAccount.objects.get(provider=PROVIDER_ID).user == lena
    assert int(client.session["_auth_user_id"]) == lena.pk
    assert User.objects.count() == 1
    assert AuditEvent.objects.get(action=AUDIT_LINKED).data["matched_by"] == "national_id"


def test_roles_follow_the_claim_at_each_sign_in_and_changes_are_audited(client, sso, make_user):
    ministry_sign_in(client, sso, "kofi")
    kofi = User.objects.get(socialaccount__provider=PROVIDER_ID)
    assert _roles(kofi) == {"Teacher", "Trainer"}
    assert kofi.preferred_language == "en"  # pt-BR is not a language of the site: the page's language is kept
    # An administrator grants a role the ministry's mapping does not speak about.
    from django.contrib.auth.models import Group

    kofi.groups.add(Group.objects.get(name="Certification officer"))
    client.post("/accounts/logout/")

    sso.claims_set("kofi", roles=["enseignant", "relecteur"])
    ministry_sign_in(client, sso, "kofi")

    assert _roles(kofi) == {"Teacher", "Reviewer", "Certification officer"}
    change = AuditEvent.objects.filter(action=AUDIT_ROLES, target_id=str(kofi.pk)).first()  # newest first
    assert (change.data["added"], change.data["removed"]) == (["Reviewer"], ["Trainer"])
    assert change.actor_id is None and change.reason == f"sign-in with {PROVIDER_ID}"


def test_a_claim_that_is_absent_changes_no_role(client, sso):
    ministry_sign_in(client, sso, "kofi")
    kofi = User.objects.get(socialaccount__provider=PROVIDER_ID)
    client.post("/accounts/logout/")
    users = sso.users()
    del users["kofi"]["claims"]["roles"]
    sso.users_file.write_text(__import__("json").dumps(users), encoding="utf-8")

    ministry_sign_in(client, sso, "kofi")

    assert _roles(kofi) == {"Teacher", "Trainer"}


def test_a_provider_added_in_the_admin_works_the_same(client, sso, settings):
    from allauth.socialaccount.models import SocialApp

    from tests.sso.conftest import provider_entry

    entry = provider_entry(sso)
    settings.SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": []}, "saml": {"APPS": []}}
    SocialApp.objects.create(
        provider="openid_connect",
        provider_id=PROVIDER_ID,
        name=entry["name"],
        client_id=entry["client_id"],
        secret=entry["secret"],
        settings={key: entry[key] for key in ("scope", "national_id_claim", "roles_claim", "roles_map")}
        | {"server_url": entry["server_url"]},
    )

    response = ministry_sign_in(client, sso, "lena")

    assert response.status_code == 302
    lena = User.objects.get(socialaccount__provider=PROVIDER_ID)
    assert (lena.legal_name, lena.national_teacher_id, lena.preferred_language) == ("Lena Okafor", "NG-T-2002", "en")
    assert _roles(lena) == {"Teacher"}  # "enseignant" sent as one string


def test_a_deactivated_account_stays_shut_and_no_new_one_is_made(client, sso, make_user):
    lena = make_user("lena", email="lena@home.example", national_teacher_id="NG-T-2002", is_active=False)

    response = ministry_sign_in(client, sso, "lena")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/inactive/"
    assert list(User.objects.all()) == [lena]
    assert "_auth_user_id" not in client.session
