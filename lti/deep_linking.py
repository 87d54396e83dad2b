"""Deep linking: an instructor in the LMS picks modules, lessons or module assessments; we answer the platform with
a signed LtiDeepLinkingResponse carrying one ltiResourceLink per item (an assessment's with a line item for the
scores). The platform's request waits server-side under a one-time token (no cookie needed in the iframe)."""

import secrets

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Locale

from assessments.models import Assessment, AssessmentKind
from cms.models import LessonPage, ModulePage

from .keys import tool_sign
from .launch import DEEP_LINKING_SETTINGS, DEPLOYMENT_ID, Launch
from .selectors import CUSTOM_ASSESSMENT, CUSTOM_PAGE

PENDING_SECONDS = 1800  # an instructor may browse the list a while before choosing
SCORE_MAXIMUM = 100  # attempts are scored in percent


def request_remember(*, launch: Launch) -> str:
    claim = launch.claims.get(DEEP_LINKING_SETTINGS) or {}
    token = secrets.token_urlsafe(24)
    cache.set(
        f"lti:dl:{token}",
        {
            "issuer": launch.platform.issuer,
            "client_id": launch.platform.client_id,
            "deployment_id": launch.claims.get(DEPLOYMENT_ID),
            "return_url": claim.get("deep_link_return_url", ""),
            "data": claim.get("data"),
            "accept_multiple": claim.get("accept_multiple", True),
        },
        PENDING_SECONDS,
    )
    return token


def request_pending(*, token: str) -> dict | None:
    pending = cache.get(f"lti:dl:{token}")
    return pending if pending and pending.get("return_url") else None


def choices() -> dict:
    """What an instructor may add: the modules in the site's default language with their lessons, and the module
    assessments (their scores go back to the course)."""
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    modules = ModulePage.objects.live().public().order_by("path")
    lessons = list(LessonPage.objects.live().public().order_by("path"))
    if locale is not None:
        modules = modules.filter(locale=locale)
        lessons = [lesson for lesson in lessons if lesson.locale_id == locale.pk]
    return {
        "modules": [
            {
                "key": f"page:{module.pk}",
                "title": module.title,
                "lessons": [
                    {"key": f"page:{lesson.pk}", "title": lesson.title}
                    for lesson in lessons
                    if lesson.path.startswith(module.path)
                ],
            }
            for module in modules
        ],
        "assessments": [
            {"key": f"assessment:{a.slug}", "title": a.title}
            for a in Assessment.objects.filter(kind=AssessmentKind.MODULE).order_by("title", "pk")
        ],
    }


def content_items(*, keys: list[str], launch_url: str) -> list[dict]:
    """The chosen keys (checked against the offer: nothing else can be linked) as ltiResourceLink items."""
    offer = choices()
    offered = {a["key"]: (a["title"], a["key"].split(":", 1)[1]) for a in offer["assessments"]}
    for module in offer["modules"]:
        offered[module["key"]] = (module["title"], None)
        offered.update({lesson["key"]: (lesson["title"], None) for lesson in module["lessons"]})
    items = []
    for key in dict.fromkeys(keys):
        if key not in offered:
            continue
        title, assessment_slug = offered[key]
        item = {"type": "ltiResourceLink", "title": title, "url": launch_url}
        if assessment_slug:
            item["custom"] = {CUSTOM_ASSESSMENT: assessment_slug}
            item["lineItem"] = {"scoreMaximum": SCORE_MAXIMUM, "label": title, "resourceId": key}
        else:
            item["custom"] = {CUSTOM_PAGE: key.split(":", 1)[1]}
        items.append(item)
    return items


def response_jwt(*, token: str, items: list[dict]) -> str | None:
    """The signed answer to the platform; the pending request is used up."""
    pending = request_pending(token=token)
    if pending is None or not cache.delete(f"lti:dl:{token}"):
        return None
    if not pending.get("accept_multiple", True):
        items = items[:1]
    claims = {
        "iss": pending["client_id"],
        "aud": pending["issuer"],
        "nonce": secrets.token_urlsafe(16),
        "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiDeepLinkingResponse",
        "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
        DEPLOYMENT_ID: pending["deployment_id"],
        "https://purl.imsglobal.org/spec/lti-dl/claim/content_items": items,
    }
    if pending.get("data") is not None:
        claims["https://purl.imsglobal.org/spec/lti-dl/claim/data"] = pending["data"]
    return tool_sign(claims=claims)
