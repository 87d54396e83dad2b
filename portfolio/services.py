"""Writes: artefacts, their sharing and light versions, mentor groups, thread messages and mentor's notes."""

import html
from datetime import timedelta

import nh3
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cohorts.models import Cohort, CohortMembership
from competency.models import Competency, LevelAttainment

from .models import Artefact, Kind, MentorGroup, MentorGroupMember, MentorNote, Message, RenditionStatus, Visibility
from .notify import notify
from .permissions import is_administrator, mentors_teacher, thread_writable
from .uploads import UploadRefused, upload_check


class PortfolioError(Exception):
    """A refusal to show the person as is: one sentence."""


def plain_text(value: str) -> str:
    """What survives of a post: its words. Tags go, a script's or style's content with them; entities become the
    characters they stand for (the page escapes them again when it shows the text)."""
    cleaned = nh3.clean(value or "", tags=set(), clean_content_tags={"script", "style"})
    return html.unescape(cleaned).strip()


def _throttle(*, count: int, limit: int, message: str) -> None:
    if count >= limit:
        raise PortfolioError(message)


# Artefacts


def artefact_create(
    *, owner, title: str, kind: str = "", text: str = "", upload=None, competencies=(), visibility: str = ""
) -> Artefact:
    """A new artefact, private unless said otherwise. A reflection may be text alone; other kinds need a file,
    whose kind is read from its content."""
    since = timezone.now() - timedelta(days=1)
    _throttle(
        count=Artefact.objects.filter(owner=owner, created_at__gte=since).count(),
        limit=settings.PORTFOLIO_ARTEFACTS_PER_DAY,
        message=_("You have added many artefacts today: please wait until tomorrow to add more."),
    )
    checked = None
    if upload is not None:
        try:
            checked = upload_check(upload=upload)
        except UploadRefused as exc:
            raise PortfolioError(str(exc)) from exc
    elif kind != Kind.REFLECTION:
        raise PortfolioError(_("Choose a file to add, or write a reflection."))
    if not kind:
        kind = checked.kind if checked else Kind.REFLECTION
    if kind not in Kind.values:
        raise PortfolioError(_("Choose what kind of evidence this is."))
    artefact = Artefact(
        owner=owner,
        kind=kind,
        title=plain_text(title)[:200] or _("Untitled"),
        text=plain_text(text),
        visibility=visibility if visibility in (Visibility.PRIVATE, Visibility.COHORT) else Visibility.PRIVATE,
    )
    if checked:
        artefact.content_type = checked.content_type
        artefact.size = upload.size
        # Photos, video and recordings get a light version for 2G (ADR 0200); documents are served as sent.
        artefact.rendition_status = (
            RenditionStatus.PENDING
            if checked.content_type.startswith(("image/", "video/", "audio/"))
            else RenditionStatus.NONE
        )
        artefact.file.save(upload.name.rsplit("/", 1)[-1][-80:], upload, save=False)
    try:
        with transaction.atomic():
            artefact.save()
            artefact.competencies.set(list(competencies))
    except Exception:
        if artefact.file:
            artefact.file.delete(save=False)  # a row that failed leaves no file behind
        raise
    if artefact.rendition_status == RenditionStatus.PENDING:
        transaction.on_commit(lambda: rendition_queue(artefact))
    return artefact


def rendition_queue(artefact: Artefact) -> None:
    from django_q.tasks import async_task

    options = {}
    if artefact.is_media:
        # ffmpeg's own limit, then a still and two probes: the worker gives the task that long (keep it under the
        # cluster's "retry", or the task would be handed out again while it runs).
        options["timeout"] = int(getattr(settings, "PORTFOLIO_TRANSCODE_SECONDS", 90)) + 30
    async_task(
        "portfolio.renditions.rendition_task", artefact.pk, task_name=f"portfolio-light-{artefact.uuid}", **options
    )


def artefact_share(*, artefact: Artefact, user, visibility: str, competencies=None) -> Artefact:
    """The owner chooses who sees it (private or cohort; "submitted" comes from artefact_submit) and its
    competencies."""
    if artefact.owner_id != user.pk:
        raise PortfolioError(_("Only the artefact's owner may change it."))
    if visibility not in (Visibility.PRIVATE, Visibility.COHORT):
        raise PortfolioError(_("Choose who sees this artefact."))
    with transaction.atomic():
        artefact.visibility = visibility
        artefact.answer = None
        artefact.save(update_fields=["visibility", "answer", "updated_at"])
        if competencies is not None:
            artefact.competencies.set(list(competencies))
    return artefact


def artefact_submit(*, artefact: Artefact, user, answer) -> Artefact:
    """Submit the artefact with one of the owner's extended-response answers: those who grade it may open it
    (ADR 0203)."""
    if artefact.owner_id != user.pk or answer.attempt.user_id != user.pk:
        raise PortfolioError(_("Only the artefact's owner may submit it with their own answer."))
    with transaction.atomic():
        artefact.visibility = Visibility.SUBMITTED
        artefact.answer = answer
        artefact.save(update_fields=["visibility", "answer", "updated_at"])
    return artefact


def artefact_delete(*, artefact: Artefact, user) -> None:
    if artefact.owner_id != user.pk:
        raise PortfolioError(_("Only the artefact's owner may delete it."))
    files = [f for f in (artefact.file, artefact.rendition, artefact.poster) if f]
    names = [(f.storage, f.name) for f in files]
    artefact.delete()
    transaction.on_commit(lambda: [storage.delete(name) for storage, name in names])


# Mentor groups


def mentor_eligible(*, cohort: Cohort, mentor) -> bool:
    """A trainer of the cohort, or a teacher who attained a level above the cohort's target level."""
    if not mentor.is_active:
        return False
    if cohort.trainers.filter(pk=mentor.pk).exists():
        return True
    target = cohort.target_level
    if target is None:
        return False
    return LevelAttainment.objects.filter(
        user=mentor, level__framework_id=target.framework_id, level__order__gt=target.order
    ).exists()


def mentor_group_create(*, cohort: Cohort, mentor, teachers, by) -> MentorGroup:
    """A mentor and up to MENTOR_GROUP_MAX teachers of the cohort; `by` trains the cohort or administers."""
    if not (is_administrator(by) or cohort.trainers.filter(pk=by.pk).exists()):
        raise PortfolioError(_("Only the cohort's trainers may set up its mentor groups."))
    if not mentor_eligible(cohort=cohort, mentor=mentor):
        raise PortfolioError(
            _("%(name)s cannot mentor this cohort: a mentor trains it or holds a level above its target level.")
            % {"name": mentor.display_name}
        )
    teachers = [t for t in teachers if t.pk != mentor.pk]
    if not teachers:
        raise PortfolioError(_("Choose at least one teacher of the cohort to mentor."))
    with transaction.atomic():
        group, _created = MentorGroup.objects.select_for_update().get_or_create(
            cohort=cohort, mentor=mentor, defaults={"created_by": by}
        )
        have = set(group.members.values_list("teacher_id", flat=True))
        wanted = {t.pk for t in teachers} - have
        if len(have) + len(wanted) > settings.MENTOR_GROUP_MAX:
            raise PortfolioError(_("A mentor group has at most %(n)d teachers.") % {"n": settings.MENTOR_GROUP_MAX})
        members = set(
            CohortMembership.objects.filter(cohort=cohort, user_id__in=wanted).values_list("user_id", flat=True)
        )
        if members != wanted:
            raise PortfolioError(_("Only teachers of the cohort may be in its mentor groups."))
        MentorGroupMember.objects.bulk_create(
            [MentorGroupMember(group=group, teacher_id=pk) for pk in sorted(wanted)], ignore_conflicts=True
        )
    return group


def mentor_group_member_remove(*, group: MentorGroup, teacher_id: int, by) -> None:
    if not (is_administrator(by) or group.cohort.trainers.filter(pk=by.pk).exists()):
        raise PortfolioError(_("Only the cohort's trainers may change its mentor groups."))
    MentorGroupMember.objects.filter(group=group, teacher_id=teacher_id).delete()


# Threads and notes


def message_post(*, artefact: Artefact, author, body: str, now=None) -> Message:
    """A post in the artefact's thread, from its owner or one of their mentors. Throttled per account."""
    if not thread_writable(user=author, artefact=artefact):
        raise PortfolioError(_("You cannot write in this thread."))
    text = plain_text(body)[:4000]
    if not text:
        raise PortfolioError(_("Write a message first."))
    now = now or timezone.now()
    mine = Message.objects.filter(author=author)
    _throttle(
        count=mine.filter(created_at__gte=now - timedelta(minutes=1)).count(),
        limit=settings.PORTFOLIO_MESSAGES_PER_MINUTE,
        message=_("You are sending messages quickly: wait a minute, then send this one again."),
    )
    _throttle(
        count=mine.filter(created_at__gte=now - timedelta(days=1)).count(),
        limit=settings.PORTFOLIO_MESSAGES_PER_DAY,
        message=_("You have sent many messages today: please continue tomorrow."),
    )
    message = Message.objects.create(artefact=artefact, author=author, body=text)
    if author.pk == artefact.owner_id:
        recipients = [g.mentor for g in MentorGroup.objects.filter(members__teacher=author).select_related("mentor")]
    else:
        recipients = [artefact.owner]
    url = artefact.get_absolute_url() + f"#message-{message.pk}"
    for recipient in {r.pk: r for r in recipients if r.pk != author.pk and r.is_active}.values():
        transaction.on_commit(
            lambda r=recipient: notify(
                recipient=r,
                kind="mentor.message",
                actor=author,
                url=url,
                params={"artefact": artefact.title},
                dedupe_key=f"mentor.message:{message.pk}:{r.pk}",
            )
        )
    return message


def mentor_note_save(*, mentor, teacher, body: str, competency: Competency | None = None) -> MentorNote | None:
    """The mentor's note on a teacher (overall, or on one competency); an empty note removes it."""
    if not mentors_teacher(mentor=mentor, teacher_id=teacher.pk):
        raise PortfolioError(_("Only a teacher's mentor may write a note about them."))
    text = plain_text(body)[:4000]
    notes = MentorNote.objects.filter(mentor=mentor, teacher=teacher, competency=competency)
    if not text:
        notes.delete()
        return None
    try:
        with transaction.atomic():
            note, _created = MentorNote.objects.update_or_create(
                mentor=mentor, teacher=teacher, competency=competency, defaults={"body": text}
            )
    except IntegrityError:  # two saves at once: the other one created it
        note = notes.get()
        note.body = text
        note.save(update_fields=["body", "updated_at"])
    return note
