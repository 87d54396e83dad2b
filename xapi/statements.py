"""Building xAPI 1.0.3 statements from our events: pure functions of the rows, no I/O but the reads they need.

Activity ids are our pages' stable addresses; names and verb displays are language maps in English and the
teacher's language; the ICT-CFT competencies, level and framework travel in context.contextActivities (ADR 0177).
"""

import uuid
from decimal import Decimal

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from .vocabulary import ACTIVITY_TYPES, OPEN_BADGES_RECIPE, VERBS, verb_iri

XAPI_VERSION = "1.0.3"


def statement_id(event_key: str) -> uuid.UUID:
    """UUID5 of "<account name>/<event>" under the site's namespace: two platforms sharing an LRS never collide."""
    return uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, settings.SITE_URL), event_key)


def _languages(user) -> list[str]:
    own = (getattr(user, "preferred_language", "") or "en").split("-")[0]
    return ["en"] if own == "en" else ["en", own]


def language_map(user, text_in) -> dict[str, str]:
    """{language: text_in(language)} for English and the teacher's language; text_in runs with it active."""
    result = {}
    for language in _languages(user):
        with translation.override(language):
            result[language] = str(text_in(language))
    return result


def verb(name: str, user) -> dict:
    return {"id": verb_iri(name), "display": language_map(user, lambda _lang: VERBS[name][1])}


def actor(*, user, account_name: str) -> dict:
    """An account on our home page by default; the e-mail only where the deployment asked for it (ADR 0176)."""
    if settings.XAPI_ACTOR_MBOX and user.email:
        return {"objectType": "Agent", "mbox": f"mailto:{user.email}"}
    return {"objectType": "Agent", "account": {"homePage": settings.SITE_URL, "name": account_name}}


def activity(*, url: str, kind: str, name: dict[str, str]) -> dict:
    iri = url if url.startswith(("http://", "https://")) else f"{settings.SITE_URL}{url}"
    return {"objectType": "Activity", "id": iri, "definition": {"type": ACTIVITY_TYPES[kind], "name": name}}


def competency_activity(competency, user) -> dict:
    return activity(url=competency.get_absolute_url(), kind="competency", name=language_map(user, competency.label_in))


def level_activity(level, user) -> dict:
    url = reverse("competency:level_detail", kwargs={"slug": level.framework.slug, "code": level.code})
    return activity(url=url, kind="level", name=language_map(user, level.label_in))


def framework_activity(framework, user) -> dict:
    iri = f"{settings.SITE_URL}{framework.get_absolute_url()}"
    return {"objectType": "Activity", "id": iri, "definition": {"name": language_map(user, framework.name_in)}}


def page_activity(page, *, kind: str, user) -> dict:
    """A Wagtail page by its translation key: one activity for the lesson in every language it is published in."""
    url = reverse("xapi:page", kwargs={"key": page.translation_key})
    names = {}
    for language in _languages(user):
        translated = page.get_translations(inclusive=True).filter(locale__language_code=language).first()
        names[language] = (translated or page).title
    return activity(url=url, kind=kind, name=names)


def score_result(score: Decimal | None, *, success: bool | None, completion: bool = True) -> dict:
    result: dict = {"completion": completion}
    if success is not None:
        result["success"] = success
    if score is not None:
        raw = float(Decimal(score))
        result["score"] = {"scaled": round(raw / 100, 4), "raw": raw, "min": 0, "max": 100}
    return result


def statement(
    *,
    user,
    account_name: str,
    verb_name: str,
    obj: dict,
    timestamp,
    context: dict,
    result: dict | None = None,
) -> dict:
    """The statement without its id, which the outbox gives it (statement_id of the learner's event key)."""
    body = {
        "actor": actor(user=user, account_name=account_name),
        "verb": verb(verb_name, user),
        "object": obj,
        "timestamp": timestamp.isoformat(),
        "context": {"platform": settings.XAPI_PLATFORM, "language": _languages(user)[-1], **context},
        "version": XAPI_VERSION,
    }
    if result:
        body["result"] = result
    return body


def context_activities(**lists: list[dict]) -> dict:
    return {"contextActivities": {key: value for key, value in lists.items() if value}}


def open_badges_category() -> dict:
    return {"objectType": "Activity", "id": OPEN_BADGES_RECIPE, "definition": {"type": ACTIVITY_TYPES["recipe"]}}
