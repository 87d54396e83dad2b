"""Verb and activity-type IRIs, each from a published vocabulary or profile (ADR 0177).

ADL's verbs (http://adlnet.gov/expapi/verbs/), the Open Badges xAPI recipe's "earned", and the ADL TLA profile
(https://w3id.org/xapi/tla) for "qualified" and the competency and credential activity types. No published profile
has a verb for taking a credential back: "revoked" is ours, under the platform's own address.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

ADL = "http://adlnet.gov/expapi/verbs/"
TLA = "https://w3id.org/xapi/tla/"
OPEN_BADGES_EARNED = "http://specification.openbadges.org/xapi/verbs/earned.json"
OPEN_BADGES_RECIPE = "http://specification.openbadges.org/xapi/recipe/base/0"

# name -> (IRI, English display). The display in the teacher's language comes from gettext of the same word.
VERBS: dict[str, tuple[str, object]] = {
    "completed": (f"{ADL}completed", _("completed")),
    "attempted": (f"{ADL}attempted", _("attempted")),
    "passed": (f"{ADL}passed", _("passed")),
    "failed": (f"{ADL}failed", _("failed")),
    "mastered": (f"{ADL}mastered", _("mastered")),
    # "meets all the requirements for a badge, but hasn't been awarded the badge yet": a level, before its certificate.
    "qualified": (f"{TLA}verbs/qualified", _("attained")),
    "earned": (OPEN_BADGES_EARNED, _("earned")),
    "revoked": ("", _("was withdrawn")),  # the IRI depends on SITE_URL: verb_iri()
}

ACTIVITY_TYPES = {
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "module": "http://adlnet.gov/expapi/activities/module",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
    "competency": f"{TLA}activity-types/competency",
    "level": "http://adlnet.gov/expapi/activities/objective",
    "framework": "http://adlnet.gov/expapi/activities/profile",
    "credential": f"{TLA}activity-types/credential",
    "recipe": "http://id.tincanapi.com/activitytype/recipe",
}


def verb_iri(name: str) -> str:
    iri = VERBS[name][0]
    return iri or f"{settings.SITE_URL}/xapi/verbs/{name}"
