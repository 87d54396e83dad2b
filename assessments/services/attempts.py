"""Starting, saving, submitting and closing attempts."""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.availability import previous_level_required, start_blocked
from assessments.grading import graded_by_trainer
from assessments.models import Answer, Assessment, Attempt, AttemptStatus
from assessments.models.attempts import CloseReason

from .errors import AssessmentError
from .grading import attempt_grade, grade_one
from .lost_connection import once_more_if_the_connection_was_lost
from .responses import response_clean
from .snapshot import attempt_snapshot_build
from .uploads import essay_upload_check

MAX_SEQ = 2**63 - 1  # Answer.seq is a BigIntegerField


def attempt_expired(*, attempt: Attempt, now: datetime | None = None) -> bool:
    """Past the deadline and its grace period: saves no longer count."""
    if attempt.deadline_at is None:
        return False
    now = now or timezone.now()
    return now > attempt.deadline_at + timedelta(seconds=int(attempt.rules.get("grace_seconds", 0)))


def attempt_close_if_expired(*, attempt: Attempt, now: datetime | None = None) -> Attempt:
    if attempt.status == AttemptStatus.IN_PROGRESS and attempt_expired(attempt=attempt, now=now):
        return _close(attempt=attempt, reason=CloseReason.TIME_EXPIRED, now=now)
    return attempt


def attempt_can_start(*, user, assessment: Assessment, now: datetime | None = None) -> None:
    """Raise AssessmentError when the rules of assessments.availability forbid a new attempt now."""
    from competency.models import LevelAttainment

    now = now or timezone.now()
    previous = list(Attempt.objects.filter(user=user, assessment=assessment).order_by("-number")[:1])
    previous_level = previous_level_required(assessment=assessment)
    attained = (
        set(LevelAttainment.objects.filter(user=user, level=previous_level).values_list("level_id", flat=True))
        if previous_level is not None
        else set()
    )
    blocked = start_blocked(
        assessment=assessment, attempts=previous, previous_level=previous_level, attained_level_ids=attained, now=now
    )
    if blocked is not None:
        raise AssessmentError(blocked.message, code=blocked.code)


def _attempt_language(language: str) -> str:
    """One of the interface languages; anything else (or nothing) is the default language."""
    from django.conf import settings
    from django.utils import translation

    language = (language or translation.get_language() or "").lower()
    codes = [code for code, _name in settings.LANGUAGES]
    if language in codes:
        return language
    base = language.split("-")[0]
    return base if base in codes else settings.LANGUAGE_CODE


def attempt_start(*, user, assessment: Assessment, now: datetime | None = None, language: str = "") -> Attempt:
    """Resume the attempt in progress, or start one, freezing questions, rules and the teacher's language onto it.

    `language` defaults to the active language; a resumed attempt keeps the language it started in.
    """
    now = now or timezone.now()
    current = Attempt.objects.filter(user=user, assessment=assessment, status=AttemptStatus.IN_PROGRESS).first()
    if current:
        current = attempt_close_if_expired(attempt=current, now=now)
        if current.status == AttemptStatus.IN_PROGRESS:
            return current
    attempt_can_start(user=user, assessment=assessment, now=now)
    seed = secrets.randbits(62)
    language = _attempt_language(language)
    snapshot = attempt_snapshot_build(assessment=assessment, seed=seed, language=language)
    if not snapshot["questions"]:
        raise AssessmentError(_("This assessment has no questions yet."), code="empty")
    limit = assessment.time_limit_minutes
    number = (
        Attempt.objects.filter(user=user, assessment=assessment)
        .order_by("-number")
        .values_list("number", flat=True)
        .first()
        or 0
    ) + 1
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                user=user,
                assessment=assessment,
                number=number,
                seed=seed,
                language=language,
                snapshot=snapshot,
                started_at=now,
                deadline_at=now + timedelta(minutes=limit) if limit else None,
            )
    except IntegrityError:
        # A double click started it in another request: resume that one.
        return Attempt.objects.get(user=user, assessment=assessment, status=AttemptStatus.IN_PROGRESS)


@dataclass(frozen=True)
class SaveResult:
    saved: bool  # False when a newer (or the same) save was already stored, or the answer is locked
    seq: int  # the sequence number now stored
    feedback: dict | None = None  # immediate feedback, when the rules show it
    locked: bool = False  # checked with immediate feedback: the answer can no longer change


@once_more_if_the_connection_was_lost
def attempt_answer_save(
    *,
    attempt: Attempt,
    user,
    position: int,
    response,
    seq: int,
    upload=None,
    check: bool = False,
    now: datetime | None = None,
) -> SaveResult:
    """Store an answer unless a save with a higher (or equal) sequence number is already stored.

    Idempotent: repeating a save, or a late save arriving after a newer one, changes nothing; so a save whose database
    connection died under it is repeated once on a new one, and the teacher's answer is not lost.
    """
    now = now or timezone.now()
    if attempt.user_id != user.pk:
        raise AssessmentError(_("This is not your attempt."), code="forbidden")
    attempt = attempt_close_if_expired(attempt=attempt, now=now)
    if attempt.status != AttemptStatus.IN_PROGRESS:
        raise AssessmentError(_("This attempt is closed; your saved answers were graded."), code="closed")
    questions = attempt.questions
    if not 0 <= position < len(questions):
        raise AssessmentError(_("There is no such question in this attempt."), code="position")
    if seq > MAX_SEQ:
        raise AssessmentError(_("The sequence number is out of range."), code="seq")
    question = questions[position]
    cleaned = response_clean(question=question, response=response)
    if upload is not None:
        if not question.get("allow_file"):
            raise AssessmentError(_("This question does not take a file."), code="upload")
        essay_upload_check(upload=upload)
    immediate = attempt.rules.get("feedback_timing") == "immediately" and not graded_by_trainer(question)
    with transaction.atomic():
        # Under the attempt's row lock (which closing also takes), so a save racing a submit in another tab
        # either lands before grading or is refused: it never changes an attempt already graded.
        status = Attempt.objects.select_for_update().values_list("status", flat=True).get(pk=attempt.pk)
        if status != AttemptStatus.IN_PROGRESS:
            raise AssessmentError(_("This attempt is closed; your saved answers were graded."), code="closed")
        answer = Answer.objects.select_for_update().filter(attempt=attempt, position=position).first()
        if answer is None:
            try:
                with transaction.atomic():
                    answer = Answer.objects.create(attempt=attempt, position=position, seq=-1)
            except IntegrityError:
                answer = Answer.objects.select_for_update().get(attempt=attempt, position=position)
        if answer.seq >= seq or answer.locked:
            return SaveResult(
                saved=False,
                seq=answer.seq,
                feedback=_feedback(question, answer) if answer.locked else None,
                locked=answer.locked,
            )
        answer.response, answer.seq = cleaned, seq
        replaced = answer.file.name if upload is not None and answer.file else None
        if upload is not None:
            answer.file.save(upload.name, upload, save=False)
        if immediate and check:
            answer.score, answer.locked = grade_one(question, cleaned), True
        try:
            answer.save()
        except Exception:
            if upload is not None:  # the new file was written first: nothing will point to it
                answer.file.storage.delete(answer.file.name)
            raise
        if replaced and replaced != answer.file.name:
            # One file per answer: the one it replaces goes once the new one is committed.
            storage, name = answer.file.storage, replaced
            transaction.on_commit(lambda: storage.delete(name))
    return SaveResult(
        saved=True, seq=seq, feedback=_feedback(question, answer) if answer.locked else None, locked=answer.locked
    )


def _feedback(question: dict, answer: Answer) -> dict:
    return {"score": str(answer.score), "general": question["feedback"]["general"]}


def _close(*, attempt: Attempt, reason: str, now: datetime | None) -> Attempt:
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.status != AttemptStatus.IN_PROGRESS:
            return locked  # closed by a concurrent request: same result
        locked.closed_at = now or timezone.now()
        locked.close_reason = reason
        locked.status = AttemptStatus.AWAITING_REVIEW  # until graded just below, in the same transaction
        return attempt_grade(attempt=locked)


def attempt_submit(*, attempt: Attempt, user, now: datetime | None = None) -> Attempt:
    """Close and grade. Submitting again returns the same result."""
    if attempt.user_id != user.pk:
        raise AssessmentError(_("This is not your attempt."), code="forbidden")
    now = now or timezone.now()
    reason = CloseReason.TIME_EXPIRED if attempt_expired(attempt=attempt, now=now) else CloseReason.SUBMITTED
    return _close(attempt=attempt, reason=reason, now=now)


def attempts_close_expired(*, now: datetime | None = None) -> int:
    """Close every attempt whose time ran out (run periodically; pages also close them when opened)."""
    now = now or timezone.now()
    closed = 0
    for attempt in Attempt.objects.filter(status=AttemptStatus.IN_PROGRESS, deadline_at__isnull=False):
        if attempt_expired(attempt=attempt, now=now):
            _close(attempt=attempt, reason=CloseReason.TIME_EXPIRED, now=now)
            closed += 1
    return closed
