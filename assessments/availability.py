"""When a teacher may start an assessment: the one place the rules live (ADR 0139).

`attempt_can_start` (services) refuses with the reason this module finds; the pages that list assessments
(My learning, /assessments/) show the same reason through `assessment_availability_for_user` (selectors). The rules:
a level exam opens once the previous level is attained when the framework says level N requires level N-1; no more
attempts than allowed; a cooldown after each closed attempt.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import Assessment, AssessmentKind, Attempt, AttemptStatus


@dataclass(frozen=True)
class Blocked:
    code: str  # "previous_level" | "attempts_exhausted" | "cooldown"
    message: str
    available_at: datetime | None = None


def previous_level_required(*, assessment: Assessment):
    """The level a level exam's teacher must hold first, or None (module assessments, first level, rule off)."""
    if assessment.kind != AssessmentKind.LEVEL_EXAM:
        return None
    level = assessment.level
    if not level.framework.requires_previous_level:
        return None
    return level.framework.levels.filter(order__lt=level.order).order_by("-order").first()


def start_blocked(
    *,
    assessment: Assessment,
    attempts: list[Attempt],
    previous_level,
    attained_level_ids: set[int],
    now: datetime,
) -> Blocked | None:
    """Why a new attempt cannot start now, or None. Pure: callers load attempts (newest first) and attainments."""
    if previous_level is not None and previous_level.pk not in attained_level_ids:
        return Blocked(
            code="previous_level",
            message=_("This exam opens once you have attained the level %(level)s.")
            % {"level": previous_level.name_in()},
        )
    count = attempts[0].number if attempts else 0
    if assessment.max_attempts and count >= assessment.max_attempts:
        return Blocked(
            code="attempts_exhausted",
            message=ngettext(
                "You have used the only attempt allowed for this assessment.",
                "You have used all %(n)d attempts allowed for this assessment.",
                assessment.max_attempts,
            )
            % {"n": assessment.max_attempts},
        )
    if attempts and attempts[0].closed_at and assessment.cooldown_minutes:
        available = attempts[0].closed_at + timedelta(minutes=assessment.cooldown_minutes)
        if now < available:
            return Blocked(
                code="cooldown",
                message=_("You can try again from %(when)s.") % {"when": date_format(available, "DATETIME_FORMAT")},
                available_at=available,
            )
    return None


def attempt_state(attempts: list[Attempt]) -> tuple[str, Attempt | None]:
    """The teacher's state on an assessment from their attempts, and the attempt it points at."""
    current = next((t for t in attempts if t.status == AttemptStatus.IN_PROGRESS), None)
    passed = next((t for t in attempts if t.status == AttemptStatus.GRADED and t.passed), None)
    waiting = next((t for t in attempts if t.status == AttemptStatus.AWAITING_REVIEW), None)
    if current:
        return "in_progress", current
    if passed:
        return "passed", passed
    if waiting:
        return "awaiting_review", waiting
    if attempts:
        return "failed", attempts[0]
    return "not_started", None
