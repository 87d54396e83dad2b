"""Loading the names of a framework's parts in other languages from `<slug>.i18n.json` (all or nothing)."""

from django.db import transaction
from django.utils.translation import gettext as _

from competency.models import Framework

from .framework import FrameworkLoadError

_PARTS = (("levels", "levels"), ("aspects", "aspects"), ("competencies", "competencies"))


def _entries(value, where: str) -> dict:
    """{"fr": {"name": "…", "unofficial": bool}} checked: every language has a non-empty name."""
    if not isinstance(value, dict):
        raise FrameworkLoadError(_("%(where)s: expected an object of languages") % {"where": where})
    clean = {}
    for language, entry in value.items():
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(language, str) or not language or not isinstance(name, str) or not name.strip():
            raise FrameworkLoadError(
                _("%(where)s: language %(language)s has no name") % {"where": where, "language": language}
            )
        clean[language.lower()] = {"name": name.strip()}
        if entry.get("unofficial"):
            clean[language.lower()]["unofficial"] = True
    return clean


@transaction.atomic
def framework_translations_load(*, data: dict) -> Framework:
    """Store the translated names in `data` on the framework named by data["slug"].

    Every code must exist in the framework, or nothing is written and the error names the first unknown one.
    Loading the same file twice changes nothing; only the `translations` columns are written.
    """
    framework = Framework.objects.select_for_update().filter(slug=data.get("slug")).first()
    if framework is None:
        raise FrameworkLoadError(_("Translations for unknown framework %(slug)s") % {"slug": data.get("slug")})
    updates = []
    if "framework" in data:
        framework.translations = _entries(data["framework"], "framework")
        updates.append(framework)
    for key, relation in _PARTS:
        rows = {row.code: row for row in getattr(framework, relation).all()}
        for code, value in (data.get(key) or {}).items():
            if code not in rows:
                raise FrameworkLoadError(
                    _("%(part)s %(code)s is not in %(slug)s") % {"part": key, "code": code, "slug": framework.slug}
                )
            rows[code].translations = _entries(value, f"{key} {code}")
            updates.append(rows[code])
    for row in updates:
        row.save(update_fields=["translations"])
    return framework
