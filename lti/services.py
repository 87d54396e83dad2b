"""Writes of the LTI tool: registering a platform by hand, the account a launch opens, the links and grade targets
it records (ADR 0171)."""

import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from accounts.roles import Role
from accounts.services import user_language_set
from audit.services import audit_record

from .launch import AGS_ENDPOINT, CONTEXT, LAUNCH_PRESENTATION, NRPS, RESOURCE_LINK, Launch
from .models import AccountLink, Context, Deployment, GradeTarget, Platform, ResourceLink

SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"


@transaction.atomic
def platform_register(
    *,
    name: str,
    issuer: str,
    client_id: str,
    auth_login_url: str,
    auth_token_url: str,
    keyset_url: str,
    deployment_ids: list[str],
    instructors_are_trainers: bool = False,
) -> Platform:
    """Register (or update) a platform by hand with the values its administrator reads from the LMS."""
    platform, _ = Platform.objects.update_or_create(
        issuer=issuer,
        client_id=client_id,
        defaults={
            "name": name,
            "auth_login_url": auth_login_url,
            "auth_token_url": auth_token_url,
            "keyset_url": keyset_url,
            "instructors_are_trainers": instructors_are_trainers,
            "is_active": True,
        },
    )
    for deployment_id in deployment_ids:
        Deployment.objects.get_or_create(platform=platform, deployment_id=deployment_id)
    return platform


def platform_frame_origin(*, platform: Platform) -> str:
    if platform.frame_origin:
        return platform.frame_origin
    parts = urlsplit(platform.auth_login_url)
    return f"{parts.scheme}://{parts.netloc}"


def _language_of(claims: dict) -> str | None:
    locale = (claims.get("locale") or (claims.get(LAUNCH_PRESENTATION) or {}).get("locale") or "").lower()
    base = locale.replace("_", "-").split("-")[0]
    return base if base in dict(settings.LANGUAGES) else None


def _username_new(claims: dict) -> str:
    User = get_user_model()
    stem = slugify(claims.get("preferred_username") or (claims.get("email") or "").split("@")[0]) or "lti"
    stem = stem[:30]
    candidate = stem
    while User.objects.filter(username__iexact=candidate).exists():
        candidate = f"{stem}-{secrets.token_hex(3)}"
    return candidate


def account_new(*, claims: dict, issuer: str):
    """A new account from the name and email claims: no password (it opens from the platform only)."""
    User = get_user_model()
    user = User(
        username=_username_new(claims),
        first_name=(claims.get("given_name") or "")[:150],
        last_name=(claims.get("family_name") or "")[:150],
        email=claims.get("email") or "",
        legal_name=(claims.get("name") or "")[:200],
        preferred_language=_language_of(claims) or "en",
    )
    user.set_unusable_password()
    user.save()
    user.groups.add(Group.objects.get_or_create(name=Role.TEACHER.value)[0])
    audit_record(actor=None, action="lti.account.created", target=user, reason=f"LTI launch from {issuer}", data={})
    return user


@transaction.atomic
def account_link_for_launch(*, launch: Launch):
    """The account this platform's person opens: found by (issuer, subject), else made from the claims."""
    claims, platform = launch.claims, launch.platform
    link = AccountLink.objects.select_for_update().filter(issuer=platform.issuer, subject=claims["sub"]).first()
    if link is None:
        try:
            with transaction.atomic():
                user = account_new(claims=claims, issuer=platform.issuer)
                link = AccountLink.objects.create(
                    issuer=platform.issuer, subject=claims["sub"], user=user, platform=platform
                )
        except IntegrityError:  # the same person's second launch won the race: use its account
            link = AccountLink.objects.get(issuer=platform.issuer, subject=claims["sub"])
    user = link.user
    language = _language_of(claims)
    if language:
        user_language_set(user=user, language=language)
    if launch.is_instructor and platform.instructors_are_trainers:
        user.groups.add(Group.objects.get_or_create(name=Role.TRAINER.value)[0])
    link.last_launch_at = timezone.now()
    link.save(update_fields=["last_launch_at"])
    return link


def context_record(*, launch: Launch) -> Context | None:
    claim = launch.claims.get(CONTEXT) or {}
    if not claim.get("id"):
        return None
    context, _ = Context.objects.get_or_create(platform=launch.platform, context_id=str(claim["id"]))
    fields = {"title": (claim.get("title") or claim.get("label") or "")[:255]}
    memberships_url = (launch.claims.get(NRPS) or {}).get("context_memberships_url")
    if memberships_url:
        fields["memberships_url"] = memberships_url
    changed = [name for name, value in fields.items() if value and getattr(context, name) != value]
    for name in changed:
        setattr(context, name, fields[name])
    if changed:
        context.save(update_fields=changed)
    return context


def resource_link_record(*, launch: Launch, link: AccountLink, context: Context | None, assessment) -> ResourceLink:
    """Remember the placement and, when the platform lets us post scores to its line item, that this person's
    graded attempts on its assessment go there."""
    claim = launch.claims.get(RESOURCE_LINK) or {}
    ags = launch.claims.get(AGS_ENDPOINT) or {}
    resource, _ = ResourceLink.objects.update_or_create(
        platform=launch.platform,
        resource_link_id=str(claim.get("id", "")),
        defaults={
            "context": context,
            "assessment": assessment,
            "lineitem_url": ags.get("lineitem") or "",
            "can_score": SCORE_SCOPE in (ags.get("scope") or []),
        },
    )
    if resource.assessment_id and resource.can_score and resource.lineitem_url:
        GradeTarget.objects.get_or_create(link=link, resource_link=resource)
    return resource
