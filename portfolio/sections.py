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


def answer_artefacts_anonymous(*, answer, user) -> list[dict]:
    """Artefacts submitted with an answer, for a peer assigned to review it (ADR 0209): what the work shows (kind,
    text, the light version, the file) and nothing that could name its owner (no title, owner, date or file name).
    An original keeps its metadata (GPS, camera), so the peer gets the light version whenever there is one, and a
    photo's only."""
    from django.urls import reverse

    from assessments.attachments import answer_read_anonymously

    from .models import Artefact, RenditionStatus, Visibility
    from .templatetags.portfolio import on_2g

    found = list(Artefact.objects.filter(answer=answer, visibility=Visibility.SUBMITTED).order_by("created_at", "id"))
    if not found or not answer_read_anonymously(user=user, answer_id=answer.pk):
        return []
    items = []
    for a in found:
        args = {"artefact": a.uuid}
        media = "image" if a.is_image else a.content_type.split("/", 1)[0] if a.is_media else ""
        light = bool(a.rendition) and a.rendition_status == RenditionStatus.READY
        original = bool(a.file) and media != "image" and not (media and light)
        items.append(
            {
                "kind": a.get_kind_display(),
                "text": a.text,
                "media": media,
                "file_url": reverse("portfolio:file", kwargs=args) if original else "",
                "file_size": on_2g(a.size) if original else "",
                "light_url": reverse("portfolio:light", kwargs=args) if light else "",
                "light_size": a.rendition_size,
                "light_size_2g": on_2g(a.rendition_size) if light else "",
                # A video's still frame, where the portfolio makes one.
                "poster_url": reverse("portfolio:poster", kwargs=args) if getattr(a, "poster", None) else "",
                "rendition": a.rendition_status,
                "rendition_label": a.get_rendition_status_display(),
            }
        )
    return items
