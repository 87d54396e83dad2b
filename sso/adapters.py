"""allauth's social-account adapter: what a ministry identity provider's sign-in does to our accounts (ADR 0154).

First sign-in: the account is found by the national teacher ID claim, then by an e-mail address the provider marks
verified (`email_verified` true); otherwise a new account is made from the claims (legal name, language, national
ID). An unverified address never links. Every sign-in: the roles the provider's mapping can grant follow its claim.
"""

from allauth.account.adapter import get_adapter as get_account_adapter
from allauth.account.models import EmailAddress
from allauth.core import context
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from .claims import claim_text, claim_true, claim_values, claims_of, language_from, legal_name_from
from .selectors import user_by_email, user_by_national_id
from .services import sso_email_link_prepare, sso_link_record, sso_national_id_store, sso_roles_apply


def _settings(sociallogin) -> dict:
    app = getattr(sociallogin.provider, "app", None)
    return dict(getattr(app, "settings", None) or {})


def _claims(sociallogin) -> dict:
    return claims_of(provider_type=sociallogin.provider.id, extra_data=sociallogin.account.extra_data)


def _national_id(sociallogin) -> str:
    return claim_text(_claims(sociallogin), _settings(sociallogin).get("national_id_claim"))[:64]


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def populate_user(self, request, sociallogin, data):
        user = super().populate_user(request, sociallogin, data)
        claims = _claims(sociallogin)
        config = _settings(sociallogin)
        # allauth takes any truthy `email_verified` ("false" included) for verified: only a true claim counts, or a
        # provider the administrator declared verifying (`verified_email` in the app's settings).
        verified = claim_true(claims.get("email_verified"))
        for address in sociallogin.email_addresses:
            address.verified = verified or self.is_email_verified(sociallogin.provider, address.email)
        user.legal_name = legal_name_from(claims) or " ".join(p for p in (user.first_name, user.last_name) if p)
        language = language_from(claim_text(claims, config.get("locale_claim", "locale")))
        if language is None and request is not None:
            language = language_from(getattr(request, "LANGUAGE_CODE", ""))
        user.preferred_language = language or settings.LANGUAGE_CODE
        national_id = _national_id(sociallogin)
        if national_id and not get_user_model().objects.filter(national_teacher_id=national_id).exists():
            user.national_teacher_id = national_id
        return user

    def pre_social_login(self, request, sociallogin):
        provider = sociallogin.account.provider
        if not sociallogin.is_existing:
            self._link_or_prepare_new(request, sociallogin, provider=provider)
        if sociallogin.is_existing:
            user = sociallogin.user
            sso_national_id_store(user=user, national_id=_national_id(sociallogin))
            if not user.legal_name and (name := legal_name_from(_claims(sociallogin))):
                get_user_model().objects.filter(pk=user.pk, legal_name="").update(legal_name=name)
                user.legal_name = name
            self._roles(sociallogin, new_account=False)

    def save_user(self, request, sociallogin, form=None):
        with transaction.atomic():
            user = super().save_user(request, sociallogin, form=form)
            self._roles(sociallogin, new_account=True)
        return user

    def is_auto_signup_allowed(self, request, sociallogin):
        # The provider vouched for the person; the form would only ask for what the claims already gave.
        return True

    def _link_or_prepare_new(self, request, sociallogin, *, provider: str) -> None:
        national_id = _national_id(sociallogin)
        user = user_by_national_id(national_id=national_id)
        if user is not None:
            with transaction.atomic():
                sociallogin.connect(request, user)
                sso_link_record(user=user, provider=provider, by="national_id", password_wiped=False)
            return
        verified = [a.email for a in sociallogin.email_addresses if a.verified]
        for email in verified:
            found = user_by_email(email=email)
            if found is None:
                continue
            user, verified_locally = found
            if national_id and user.national_teacher_id and user.national_teacher_id != national_id:
                # The address is shared, the teacher is not: another ministry identity owns that account.
                continue
            with transaction.atomic():
                wiped = sso_email_link_prepare(user=user, email=email, verified_locally=verified_locally)
                sociallogin.connect(request, user)
                sso_link_record(user=user, provider=provider, by="email", password_wiped=wiped)
            return
        # A new account. An address another account holds (unverified here, or that account is someone else's)
        # is left out: the new account must not claim it, and the sign-up form must not open to ask for another.
        kept = [a for a in sociallogin.email_addresses if user_by_email(email=a.email) is None]
        if len(kept) != len(sociallogin.email_addresses):
            sociallogin.email_addresses = kept
            sociallogin.user.email = kept[0].email if kept else ""

    def _roles(self, sociallogin, *, new_account: bool) -> None:
        config = _settings(sociallogin)
        claim = config.get("roles_claim", "roles")
        sso_roles_apply(
            user=sociallogin.user,
            provider=sociallogin.account.provider,
            values=claim_values(_claims(sociallogin), claim),
            roles_map=config.get("roles_map") or {},
            new_account=new_account,
        )

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        if template_prefix != "socialaccount/email/account_connected":
            return super().send_notification_mail(template_prefix, user, context=context, email=email)
        # Always sent, whatever ACCOUNT_EMAIL_NOTIFICATIONS says: the owner of an account that a ministry identity
        # now signs into must hear of it, in case the link was not theirs to make.
        address = email or EmailAddress.objects.get_primary_email(user) or user.email
        if not address:
            return
        adapter = get_account_adapter(_request())
        request = _request()
        adapter.send_mail(
            template_prefix,
            address,
            {
                "timestamp": timezone.now(),
                "ip": adapter.get_client_ip(request) if request is not None else "",
                "user_agent": (request.headers.get("user-agent", "") if request is not None else "")[:200],
                **(context or {}),
            },
        )


def _request():
    return getattr(context, "request", None)
