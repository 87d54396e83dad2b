"""Untimed assessments taken with no connection: started online, answered on the device, graded on sync.

The server freezes the attempt as usual at start and hands the device a signed token binding the attempt, the
teacher and the start time. The submission must carry that token: an attempt cannot be made up outside the app
(or moved to another account), and a submission resent after a lost reply grades nothing a second time.
"""

from dataclasses import dataclass
from datetime import datetime

from django.core import signing
from django.db import IntegrityError, transaction
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.models import Answer, Attempt, AttemptStatus, OfflineSubmission
from assessments.models.attempts import CloseReason

from .attempts import MAX_SEQ, _close, attempt_answer_save
from .errors import AssessmentError

SALT = "assessments.offline-attempt"


@dataclass(frozen=True)
class OfflineAnswer:
    position: int
    fields: dict[str, list[str]]  # the question's form fields, as the page's inputs would post them
    at: datetime


def attempt_offline_token(*, attempt: Attempt) -> str:
    if attempt.deadline_at is not None:
        raise AssessmentError(_("A timed assessment needs a connection from start to finish."), code="timed")
    payload = {"a": str(attempt.uuid), "u": attempt.user_id, "s": attempt.started_at.isoformat()}
    return signing.dumps(payload, salt=SALT, compress=True)


def attempt_offline_token_check(*, attempt: Attempt, user, token: str) -> None:
    try:
        payload = signing.loads(token, salt=SALT)
    except signing.BadSignature as exc:
        raise AssessmentError(
            _("This submission was not started from the app: its token is not valid."), code="bad_token"
        ) from exc
    expected = {"a": str(attempt.uuid), "u": user.pk, "s": attempt.started_at.isoformat()}
    if not isinstance(payload, dict) or any(payload.get(k) != v for k, v in expected.items()):
        raise AssessmentError(_("This token belongs to another attempt or another account."), code="bad_token")


def attempt_offline_submit(*, attempt: Attempt, user, token: str, answers: list[OfflineAnswer]) -> tuple[Attempt, bool]:
    """Save the device's answers and grade the attempt, exactly once. Returns (attempt, graded_now).

    All or nothing: an answer the frozen question refuses leaves the attempt as it was, so the device keeps its
    copy. Resent after success, it returns the graded attempt and changes nothing.
    """
    from assessments.forms import response_from_form

    if attempt.user_id != user.pk:
        raise AssessmentError(_("This is not your attempt."), code="forbidden")
    attempt_offline_token_check(attempt=attempt, user=user, token=token)
    now = timezone.now()
    try:
        with transaction.atomic():
            locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
            if OfflineSubmission.objects.filter(attempt=locked).exists():
                return locked, False
            if locked.status != AttemptStatus.IN_PROGRESS:
                raise AssessmentError(
                    _("This attempt was already submitted from another device; its result stands."), code="closed"
                )
            questions = locked.questions
            for answer in sorted(answers, key=lambda a: (a.at, a.position)):
                if not 0 <= answer.position < len(questions):
                    raise AssessmentError(_("There is no such question in this attempt."), code="position")
                form = QueryDict(mutable=True)
                for name, values in answer.fields.items():
                    form.setlist(name, values)
                try:
                    response = response_from_form(questions[answer.position], form)
                except AssessmentError as exc:
                    raise AssessmentError(
                        _("Question %(n)d: %(reason)s") % {"n": answer.position + 1, "reason": exc.message},
                        code=exc.code,
                    ) from exc
                # Above any sequence number an online page could have used for this question: the offline answer is
                # the teacher's last word on it.
                current = Answer.objects.filter(attempt=locked, position=answer.position).values_list("seq", flat=True)
                seq = min(max([0, *current]) + 1, MAX_SEQ)
                try:
                    attempt_answer_save(
                        attempt=locked, user=user, position=answer.position, response=response, seq=seq, now=now
                    )
                except AssessmentError as exc:
                    raise AssessmentError(
                        _("Question %(n)d: %(reason)s") % {"n": answer.position + 1, "reason": exc.message},
                        code=exc.code,
                    ) from exc
            OfflineSubmission.objects.create(
                attempt=locked,
                answer_times=[{"position": a.position, "at": a.at.isoformat()} for a in answers],
            )
            return _close(attempt=locked, reason=CloseReason.SUBMITTED, now=now), True
    except IntegrityError:  # the same submission, racing in another request, got there first
        return Attempt.objects.get(pk=attempt.pk), False
