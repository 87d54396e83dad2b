"""What a certificate states, frozen at issue from competency's records (never from assessment tables)."""

import calendar
from datetime import datetime
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from common.languages import list_join
from competency.models import Level, LevelAttainment
from competency.selectors import mastery_for_user


def add_months(moment: datetime, months: int) -> datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def expiry_for(*, level: Level, issued_at: datetime) -> datetime | None:
    """The level's validity policy at issue time; None means the certificate never expires."""
    return add_months(issued_at, level.validity_months) if level.validity_months else None


def certificate_language(*, user) -> str:
    """The holder's chosen language if the interface speaks it, else the site's default (English)."""
    chosen = (getattr(user, "preferred_language", "") or "").lower()
    return chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def issuer_name_local(*, name: str, translations: dict | None, language: str) -> str:
    """The issuer's name as a certificate in `language` prints it: the admin's name for that language, else the
    catalogue's translation of the default name, else the name as configured."""
    from certificates.issuer import DEFAULT_ISSUER_NAME

    chosen = (translations or {}).get(language, "")
    if isinstance(chosen, str) and chosen.strip():
        return chosen.strip()
    if name == DEFAULT_ISSUER_NAME:
        with translation.override(language):
            return _("ICT-CFT Teacher Training")
    return name


def _competency_results(*, user, level: Level, attainment: LevelAttainment | None, language: str) -> list[dict]:
    competencies = list(level.competencies.order_by("aspect__order", "code"))
    recorded = attainment.competencies if attainment else {}
    mastery = {} if attainment else mastery_for_user(user=user, framework=level.framework)
    results = []
    for comp in competencies:
        if comp.code in recorded:
            item = recorded[comp.code]
            score, mastered_at = item.get("score"), item.get("mastered_at")
        else:
            decision = mastery.get(comp.pk)
            score = str(decision.score) if decision and decision.score is not None else None
            mastered_at = decision.mastered_at.isoformat() if decision and decision.mastered_at else None
        results.append(
            {
                "code": comp.code,
                "title": comp.title,
                "local_title": comp.name_in(language),
                "score": score,
                "mastered_at": mastered_at,
            }
        )
    return results


def _evidence_summary(*, results: list[dict], attainment: LevelAttainment | None, manual: bool) -> str:
    scores = []
    for item in results:
        try:
            scores.append(Decimal(item["score"]))
        except (TypeError, InvalidOperation):
            continue
    evidence = sum(len(v.get("evidence", [])) for v in (attainment.competencies.values() if attainment else []))
    mastered = sum(1 for item in results if item["mastered_at"])
    parts = [_("%(m)s of %(n)s competencies mastered") % {"m": mastered, "n": len(results)}]
    if scores:
        mean = (sum(scores) / len(scores)).quantize(Decimal("0.1"))
        parts.append(_("mean score %(mean)s %%") % {"mean": mean})
    if evidence:
        parts.append(_("%(count)s assessed pieces of evidence") % {"count": evidence})
    if manual:
        parts.append(_("issued by hand"))
    return list_join(parts, kind="clauses") + "."


def _summary_in(language: str, **kwargs) -> str:
    with translation.override(language):
        return _evidence_summary(**kwargs)


def snapshot_build(
    *,
    user,
    level: Level,
    attainment: LevelAttainment | None,
    issued_at: datetime,
    expires_at: datetime | None,
    issuer_name: str,
    manual: bool,
    issuer_name_translations: dict | None = None,
    replaces: str | None = None,
    signatory_name: str = "",
    signatory_title: str = "",
    language: str = "en",
    approval: dict | None = None,
) -> dict:
    """English names (the credential's) beside `local_*` names in the certificate's language (the PDF's)."""
    framework = level.framework
    results = _competency_results(user=user, level=level, attainment=attainment, language=language)
    snapshot = {
        "holder_name": user.get_full_name() or user.username,
        "user_id": user.pk,
        "framework": {
            "slug": framework.slug,
            "name": framework.name,
            "local_name": framework.name_in(language),
            "version": framework.version,
            "publisher": framework.publisher,
            "licence": framework.licence,
            "source_url": framework.source_url,
        },
        "level": {"code": level.code, "name": level.name, "local_name": level.name_in(language), "order": level.order},
        "language": language,
        "competencies": results,
        "issued_at": issued_at.isoformat(),
        "expires_at": expires_at.isoformat() if expires_at else None,
        "issuer_name": issuer_name,
        "local_issuer_name": issuer_name_local(
            name=issuer_name, translations=issuer_name_translations, language=language
        ),
        # Written in the certificate's language, as the PDF prints it.
        "evidence_summary": _summary_in(language, results=results, attainment=attainment, manual=manual),
        "manual": manual,
        "validity_months": level.validity_months,
        "attained_at": attainment.attained_at.isoformat() if attainment else None,
    }
    if signatory_name:
        # Who signs for the issuer (Wagtail site settings), printed under the signature as it was at issue.
        snapshot["signatory"] = {"name": signatory_name, "title": signatory_title}
    if replaces:
        snapshot["replaces"] = replaces
    if approval:
        # How a certificate issued by hand was allowed: when a certification officer approved and the request's
        # reason. No names of officers: the certificate is public, their identities stay in the audit log.
        snapshot["approval"] = {"approved_at": approval["approved_at"], "reason": approval["reason"]}
    return snapshot
