"""What the portfolio holds about a person, for the privacy export and erasure (privacy.registry, ADR 0151)."""

from pathlib import PurePosixPath

from .models import Artefact, ArtefactReport, MentorGroup, MentorGroupMember, MentorNote, Message, MessageReport


def export(*, user) -> dict[str, list[dict]]:
    artefacts = Artefact.objects.filter(owner=user).order_by("created_at", "pk")
    return {
        "artefacts": [
            {
                "uuid": str(a.uuid),
                "kind": a.kind,
                "title": a.title,
                "text": a.text,
                "file": PurePosixPath(a.file.name).name if a.file else "",
                "content_type": a.content_type,
                "size": a.size,
                "visibility": a.visibility,
                "competencies": sorted(c.code for c in a.competencies.all()),
                "created_at": a.created_at,
            }
            for a in artefacts.prefetch_related("competencies")
        ],
        "portfolio_messages": list(
            Message.objects.filter(author=user)
            .order_by("created_at", "pk")
            .values("artefact__uuid", "body", "created_at")
        ),
        "mentor_notes_about_me": list(
            MentorNote.objects.filter(teacher=user).order_by("pk").values("competency__code", "body", "updated_at")
        ),
        "mentor_notes_i_wrote": list(
            MentorNote.objects.filter(mentor=user)
            .order_by("pk")
            .values("teacher__username", "competency__code", "body", "updated_at")
        ),
        "mentor_groups": list(
            MentorGroupMember.objects.filter(teacher=user).order_by("pk").values("group__cohort__name", "added_at")
        ),
        "mentor_groups_i_lead": list(MentorGroup.objects.filter(mentor=user).order_by("pk").values("cohort__name")),
        # What the person reported (issue 18).
        "portfolio_artefact_reports": list(
            ArtefactReport.objects.filter(reporter=user)
            .order_by("pk")
            .values("artefact__uuid", "note", "created_at", "resolved_at", "hidden")
        ),
        "portfolio_message_reports": list(
            MessageReport.objects.filter(reporter=user)
            .order_by("pk")
            .values("message_id", "note", "created_at", "resolved_at", "hidden")
        ),
    }


def files(*, user) -> list:
    return [
        (f"portfolio/{a.uuid}/{PurePosixPath(a.file.name).name}", a.file)
        for a in Artefact.objects.filter(owner=user).exclude(file="")
    ]


def erase(*, user) -> dict[str, int]:
    """Artefacts go, files and threads with them. What the person wrote in others' threads, and notes written for
    others, stay for those who read them, shown as "a former member" (the account is a pseudonym now)."""
    artefacts = list(Artefact.objects.filter(owner=user))
    for artefact in artefacts:
        for field in (artefact.file, artefact.rendition, artefact.poster):
            if field:
                field.delete(save=False)
        artefact.delete()
    notes = MentorNote.objects.filter(teacher=user).delete()[0]
    memberships = MentorGroupMember.objects.filter(teacher=user).delete()[0]
    groups = MentorGroup.objects.filter(mentor=user).delete()[0]
    # As discussion's reports: the free-text notes of the person's reports are blanked.
    report_notes = ArtefactReport.objects.filter(reporter=user).exclude(note="").update(note="")
    report_notes += MessageReport.objects.filter(reporter=user).exclude(note="").update(note="")
    return {
        "artefacts": len(artefacts),
        "mentor_notes": notes,
        "mentee_seats": memberships,
        "mentor_groups": groups,
        "portfolio_report_notes_blanked": report_notes,
    }
