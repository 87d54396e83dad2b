"""The mentor's notes on the teacher's competency page (cms renders the page; we render this part)."""

from django.template.loader import render_to_string

from .selectors import mentors_of, notes_about


def mentor_notes_section(request) -> str:
    user = request.user
    if not user.is_authenticated:
        return ""
    notes = notes_about(teacher=user)
    mentors = mentors_of(teacher=user)
    if not notes and not mentors:
        return ""  # no mentor: nothing to say, and no heading on the page
    return render_to_string(
        "portfolio/includes/mentor_notes.html", {"notes": notes, "mentors": mentors}, request=request
    )


def answer_artefacts(*, answer, user) -> list[tuple[str, str]]:
    """Artefacts submitted with an answer, for those grading it who may open them (assessments' review page)."""
    from django.utils.translation import gettext as _

    from .models import Artefact, Visibility
    from .permissions import artefact_readable

    found = Artefact.objects.filter(answer=answer, visibility=Visibility.SUBMITTED).select_related("owner")
    return [
        (_("Portfolio evidence: %(title)s") % {"title": a.title}, a.get_absolute_url())
        for a in found
        if artefact_readable(user=user, artefact=a)
    ]
