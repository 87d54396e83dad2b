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

from .models import (
    Artefact,
    ArtefactReport,
    Kind,
    MentorGroup,
    MentorGroupMember,
    MentorNote,
    Message,
    MessageReport,
    RenditionStatus,
    Visibility,
)
from .notify import notify
from .permissions import (
    artefact_moderatable,
    artefact_reportable,
    is_administrator,
    mentors_teacher,
    message_reportable,
    thread_writable,
)
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


def artefact_report(*, user, artefact: Artefact, note: str = "") -> ArtefactReport | None:
    """A cohort member reports an artefact shared with the cohort: hidden from the cohort at once (the owner still
    sees it, marked), until a trainer of the cohort decides. Once per person and artefact (issue 18)."""
    from django.core.exceptions import PermissionDenied

    from audit.services import audit_record

    if not artefact_reportable(user=user, artefact=artefact):
        raise PermissionDenied
    note = " ".join((note or "").split())[:500]
    try:
        with transaction.atomic():
            report = ArtefactReport.objects.create(artefact=artefact, reporter=user, note=note)
            locked = Artefact.objects.select_for_update().get(pk=artefact.pk)
            if locked.reported_hidden_at is None:
                locked.reported_hidden_at = timezone.now()
                Artefact.objects.filter(pk=locked.pk).update(reported_hidden_at=locked.reported_hidden_at)
            audit_record(actor=user, action="portfolio.artefact.reported", target=locked, reason=note)
    except IntegrityError:
        return None
    artefact.reported_hidden_at = locked.reported_hidden_at
    from django.urls import reverse

    for cohort in Cohort.objects.filter(memberships__user_id=artefact.owner_id).prefetch_related("trainers"):
        for trainer in cohort.trainers.all():
            notify(
                recipient=trainer,
                kind="portfolio.reported",
                url=reverse("portfolio:cohort", args=[cohort.pk]),
                params={"title": artefact.title},
                dedupe_key=f"artefact-report:{artefact.pk}",
            )
    return report


def artefact_moderate(*, moderator, artefact: Artefact, hide: bool, reason: str = "") -> Artefact:
    """Keep a reported artefact hidden from the cohort (or hide it) or show it again; every open report on it is
    resolved with that decision, audited as discussion's hiding is."""
    from django.core.exceptions import PermissionDenied

    from audit.services import audit_record

    if not artefact_moderatable(user=moderator, artefact=artefact):
        raise PermissionDenied
    with transaction.atomic():
        locked = Artefact.objects.select_for_update().get(pk=artefact.pk)
        now = timezone.now()
        if hide and locked.reported_hidden_at is None:
            locked.reported_hidden_at = now
        elif not hide:
            locked.reported_hidden_at = None
        Artefact.objects.filter(pk=locked.pk).update(reported_hidden_at=locked.reported_hidden_at)
        ArtefactReport.objects.filter(artefact=locked, resolved_at__isnull=True).update(
            resolved_at=now, resolved_by=moderator, hidden=hide
        )
        audit_record(
            actor=moderator,
            action="portfolio.artefact.hidden" if hide else "portfolio.artefact.restored",
            target=locked,
            reason=reason,
        )
    return locked


def message_report(*, user, message: Message, note: str = "") -> MessageReport | None:
    """The other side of a mentor thread reports a message: hidden in the thread at once; the trainers of the
    owner's cohorts are told and decide. Once per person and message."""
    from django.core.exceptions import PermissionDenied
    from django.urls import reverse

    from audit.services import audit_record

    if not message_reportable(user=user, message=message):
        raise PermissionDenied
    note = " ".join((note or "").split())[:500]
    try:
        with transaction.atomic():
            report = MessageReport.objects.create(message=message, reporter=user, note=note)
            if message.hidden_at is None:
                message.hidden_at = timezone.now()
                Message.objects.filter(pk=message.pk).update(hidden_at=message.hidden_at)
            audit_record(actor=user, action="portfolio.message.reported", target=message, reason=note)
    except IntegrityError:
        return None
    owner_id = message.artefact.owner_id
    for cohort in Cohort.objects.filter(memberships__user_id=owner_id).prefetch_related("trainers"):
        for trainer in cohort.trainers.all():
            notify(
                recipient=trainer,
                kind="portfolio.message_reported",
                url=reverse("portfolio:cohort", args=[cohort.pk]),
                params={"title": message.artefact.title},
                dedupe_key=f"message-report:{message.pk}",
            )
    return report


def message_moderate(*, moderator, message: Message, hide: bool, reason: str = "") -> Message:
    """A trainer of the owner's cohort (or an administrator) keeps a reported message hidden or shows it again,
    resolving every open report on it; audited."""
    from django.core.exceptions import PermissionDenied

    from audit.services import audit_record

    if not artefact_moderatable(user=moderator, artefact=message.artefact):
        raise PermissionDenied
    with transaction.atomic():
        # Locked as an artefact's decision is: two trainers deciding at once take turns, each reading the other's.
        locked = Message.objects.select_for_update().get(pk=message.pk)
        now = timezone.now()
        if hide and locked.hidden_at is None:
            locked.hidden_at = now
        elif not hide:
            locked.hidden_at = None
        Message.objects.filter(pk=locked.pk).update(hidden_at=locked.hidden_at)
        MessageReport.objects.filter(message=locked, resolved_at__isnull=True).update(
            resolved_at=now, resolved_by=moderator, hidden=hide
        )
        audit_record(
            actor=moderator,
            action="portfolio.message.hidden" if hide else "portfolio.message.restored",
            target=locked,
            reason=reason,
        )
    message.hidden_at = locked.hidden_at
    return locked
