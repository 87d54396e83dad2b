"""Reads for the assessment engine. cms calls assessment_states_for_user to show state on module pages."""

import math
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .availability import Blocked, attempt_state, start_blocked
from .models import Answer, Assessment, AssessmentKind, Attempt, AttemptStatus, Review


@dataclass(frozen=True)
class AssessmentState:
    assessment: Assessment
    status: str  # "not_started" | "in_progress" | "awaiting_review" | "passed" | "failed"
    url: str


def assessment_states_for_user(*, user, assessments: list[Assessment]) -> list[AssessmentState]:
    """The teacher's state for each assessment, in one query whatever their number."""
    by_assessment: dict[int, list[Attempt]] = {}
    if user is not None and user.is_authenticated and assessments:
        attempts = (
            Attempt.objects.filter(user=user, assessment__in=[a.pk for a in assessments])
            .only("uuid", "assessment_id", "status", "passed", "number")
            .order_by("-number")
        )
        for attempt in attempts:
            by_assessment.setdefault(attempt.assessment_id, []).append(attempt)
    states = []
    for a in assessments:
        status, attempt = attempt_state(by_assessment.get(a.pk, []))
        if attempt is not None and status != "failed":
            url = reverse("assessments:attempt", kwargs={"attempt": attempt.uuid})
        else:
            url = reverse("assessments:detail", kwargs={"slug": a.slug})
        states.append(AssessmentState(assessment=a, status=status, url=url))
    return states


@dataclass(frozen=True)
class AssessmentAvailability:
    """A teacher's state on an assessment and whether (and why not) a new attempt may start now."""

    assessment: Assessment
    status: str  # as AssessmentState.status
    url: str  # the assessment's page (start, resume, results and attempts are all reached from it)
    attempts_used: int
    blocked: Blocked | None

    @property
    def can_start(self) -> bool:
        return self.blocked is None and self.status != "in_progress"


def assessment_availability_for_user(
    *, user, assessments: list[Assessment], now: datetime | None = None
) -> list[AssessmentAvailability]:
    """Status and start rules for each assessment, in three queries whatever their number (ADR 0139)."""
    from competency.models import Level, LevelAttainment

    now = now or timezone.now()
    by_assessment: dict[int, list[Attempt]] = {}
    if assessments:
        for attempt in (
            Attempt.objects.filter(user=user, assessment__in=[a.pk for a in assessments])
            .only("uuid", "assessment_id", "status", "passed", "number", "closed_at")
            .order_by("-number")
        ):
            by_assessment.setdefault(attempt.assessment_id, []).append(attempt)
    attained = set(LevelAttainment.objects.filter(user=user).values_list("level_id", flat=True))
    exams = [a for a in assessments if a.kind == AssessmentKind.LEVEL_EXAM]
    levels_by_framework: dict[int, list] = {}
    if exams:
        framework_ids = {a.level.framework_id for a in exams}
        for level in Level.objects.filter(framework_id__in=framework_ids).select_related("framework").order_by("order"):
            levels_by_framework.setdefault(level.framework_id, []).append(level)
    out = []
    for a in assessments:
        previous = None
        if a.kind == AssessmentKind.LEVEL_EXAM:
            levels = levels_by_framework.get(a.level.framework_id, [])
            before = [lv for lv in levels if lv.order < a.level.order]
            if before and before[-1].framework.requires_previous_level:
                previous = before[-1]
        attempts = by_assessment.get(a.pk, [])
        status, _attempt = attempt_state(attempts)
        blocked = None
        if status != "in_progress":
            blocked = start_blocked(
                assessment=a, attempts=attempts, previous_level=previous, attained_level_ids=attained, now=now
            )
        out.append(
            AssessmentAvailability(
                assessment=a,
                status=status,
                url=reverse("assessments:detail", kwargs={"slug": a.slug}),
                attempts_used=attempts[0].number if attempts else 0,
                blocked=blocked,
            )
        )
    return out


def assessment_get(*, slug: str) -> Assessment | None:
    return Assessment.objects.select_related("level").prefetch_related("competencies").filter(slug=slug).first()


def assessment_list() -> QuerySet[Assessment]:
    return Assessment.objects.select_related("level").prefetch_related("competencies")


def attempts_for_user(*, user, assessment: Assessment) -> list[Attempt]:
    return list(Attempt.objects.filter(user=user, assessment=assessment).order_by("-number"))


def attempt_get(*, attempt_uuid) -> Attempt | None:
    return Attempt.objects.select_related("assessment", "user").filter(uuid=attempt_uuid).first()


def answers_by_position(*, attempt: Attempt) -> dict[int, Answer]:
    return {a.position: a for a in Answer.objects.filter(attempt=attempt)}


def review_queue() -> list[Answer]:
    """Extended responses waiting for a trainer, oldest first."""
    return list(
        Answer.objects.filter(needs_review=True)
        .select_related("attempt", "attempt__assessment", "attempt__user")
        .order_by("attempt__closed_at", "position")
    )


def reviews_recent(*, limit: int = 20) -> list[Review]:
    return list(
        Review.objects.select_related("reviewer", "answer__attempt__assessment", "answer__attempt__user").order_by(
            "-created_at"
        )[:limit]
    )


def reviews_for_answer(*, answer: Answer) -> list[Review]:
    return list(Review.objects.filter(answer=answer).select_related("reviewer").order_by("created_at", "id"))


def reviews_by_answer(*, answers: list[Answer]) -> dict[int, list[Review]]:
    """answer id -> its reviews, oldest first, with the review that replaced each: one query for all the answers."""
    by_answer: dict[int, list[Review]] = {}
    if not answers:
        return by_answer
    reviews = (
        Review.objects.filter(answer__in=answers).select_related("reviewer", "replaced_by").order_by("created_at", "id")
    )
    for review in reviews:
        by_answer.setdefault(review.answer_id, []).append(review)
    return by_answer


DISCRIMINATION_LOW = Decimal("0.2")
FACILITY_LOW = Decimal("0.2")
FACILITY_HIGH = Decimal("0.95")


@dataclass
class ItemStatistics:
    question_id: int
    title: str
    type: str
    attempts: int
    facility: Decimal | None  # mean score, 0..1
    discrimination: Decimal | None  # correlation of the item score with the rest of the test

    @property
    def warnings(self) -> list[str]:
        """Why a trainer should look at this question again, in words (not only a colour)."""
        found = []
        if self.discrimination is not None and self.discrimination < DISCRIMINATION_LOW:
            found.append(_("Weak or negative discrimination: stronger teachers do not do better on it."))
        if self.attempts >= 2 and self.facility is not None:
            if self.facility <= FACILITY_LOW:
                found.append(_("Very hard: almost nobody gets it right. Check the key."))
            elif self.facility >= FACILITY_HIGH:
                found.append(_("Very easy: almost everybody gets it right."))
        return found


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / math.sqrt(sxx * syy)


def item_statistics(*, assessment: Assessment, users: QuerySet | None = None) -> list[ItemStatistics]:
    """Per question over graded attempts: count, facility and discrimination (item-rest correlation).

    Two queries. A question drawn from a pool is counted in the attempts that drew it. `users` (a queryset of
    user ids) limits the attempts to a group, e.g. a cohort.
    """
    graded = Attempt.objects.filter(assessment=assessment, status=AttemptStatus.GRADED)
    if users is not None:
        graded = graded.filter(user__in=users)
    attempts = list(graded.only("id", "snapshot"))
    scores: dict[int, dict[int, float]] = {}  # attempt -> question id -> fraction
    meta: dict[int, tuple[str, str, float]] = {}
    positions = {t.pk: dict(enumerate(t.questions)) for t in attempts}
    for answer in Answer.objects.filter(attempt__in=[t.pk for t in attempts]).only("attempt_id", "position", "score"):
        q = positions[answer.attempt_id].get(answer.position)
        if q is None:
            continue
        points = float(q["points"])
        meta[q["id"]] = (q["title"], q["type"], points)
        scores.setdefault(answer.attempt_id, {})[q["id"]] = float(answer.score or 0)
    stats = []
    for qid, (title, qtype, _points) in sorted(meta.items(), key=lambda kv: kv[1][0]):
        item, rest = [], []
        for by_q in scores.values():
            if qid not in by_q:
                continue
            item.append(by_q[qid])
            rest.append(sum(s * meta[other][2] for other, s in by_q.items() if other != qid))
        r = _pearson(item, rest)
        stats.append(
            ItemStatistics(
                question_id=qid,
                title=title,
                type=qtype,
                attempts=len(item),
                facility=Decimal(sum(item) / len(item)).quantize(Decimal("0.01")) if item else None,
                discrimination=Decimal(r).quantize(Decimal("0.01")) if r is not None else None,
            )
        )
    return stats
