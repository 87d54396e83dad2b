"""`{% cohort_assignments %}` on My learning: the one place another app's template shows cohorts (ADR 0090)."""

from django import template

from ..selectors.teacher import assignments_for_teacher

register = template.Library()


@register.inclusion_tag("cohorts/_assignments.html", takes_context=True)
def cohort_assignments(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    return {"assignments": assignments_for_teacher(user=user) if user else []}
