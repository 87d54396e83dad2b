"""Turning evidence into mastery and level attainment, under the framework's rule."""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from competency.models import Competency, CompetencyEvidence, CompetencyMastery, Framework, Level, LevelAttainment
from competency.models.framework import EvidencePolicy
from competency.models.progress import MasteryStatus
from competency.signals import level_attained


@dataclass(frozen=True)
class EvidenceInput:
    competency: Competency
    score: Decimal
    passed: bool
    detail: dict = field(default_factory=dict)


def evidence_record(
    *,
    user,
    competency: Competency,
    source_type: str,
    source_id: str,
    score: Decimal,
    passed: bool,
    detail: dict | None = None,
    observed_at: datetime | None = None,
) -> CompetencyEvidence:
    """Record (or replace) one piece of evidence, then re-decide mastery and levels."""
    return evidence_record_many(
        user=user,
        source_type=source_type,
        source_id=source_id,
        items=[EvidenceInput(competency=competency, score=score, passed=passed, detail=detail or {})],
        observed_at=observed_at,
    )[0]


@transaction.atomic
def evidence_record_many(
    *,
    user,
    source_type: str,
    source_id: str,
    items: list[EvidenceInput],
    observed_at: datetime | None = None,
) -> list[CompetencyEvidence]:
    """Record the evidence one source (an attempt) gives for several competencies.

    Keyed by (user, competency, source), so a retried or re-graded source replaces its evidence.
    Queries grow with the number of competencies, never with the number of questions behind them.
    """
    observed_at = observed_at or timezone.now()
    # The rule is read fresh: a Competency handed in may carry a framework loaded before the rule changed.
    frameworks = {f.pk: f for f in Framework.objects.filter(pk__in={i.competency.framework_id for i in items})}
    recorded = []
    for item in items:
        ev, _created = CompetencyEvidence.objects.update_or_create(
            user=user,
            competency=item.competency,
            source_type=source_type,
            source_id=str(source_id),
            defaults={
                "score": Decimal(item.score).quantize(Decimal("0.01")),
                "passed": item.passed,
                "detail": item.detail,
                "observed_at": observed_at,
            },
        )
        recorded.append(ev)
    level_ids = set()
    for item in items:
        mastery_recompute(user=user, competency=item.competency, framework=frameworks[item.competency.framework_id])
        level_ids.add(item.competency.level_id)
    for level in Level.objects.filter(pk__in=level_ids).select_related("framework").order_by("order"):
        level_evaluate(user=user, level=level)
    return recorded


def _chosen_evidence(evidence: list[CompetencyEvidence], policy: str) -> CompetencyEvidence | None:
    if not evidence:
        return None
    if policy == EvidencePolicy.LATEST:
        return max(evidence, key=lambda e: (e.observed_at, e.pk))
    return max(evidence, key=lambda e: (e.passed, e.score, e.observed_at, e.pk))


@transaction.atomic
def mastery_recompute(*, user, competency: Competency, framework: Framework | None = None) -> CompetencyMastery:
    framework = framework or Framework.objects.get(pk=competency.framework_id)
    rule = framework.rule_snapshot()
    evidence = list(CompetencyEvidence.objects.filter(user=user, competency=competency))
    chosen = _chosen_evidence(evidence, framework.evidence_policy)
    mastery = CompetencyMastery.objects.select_for_update().filter(user=user, competency=competency).first()
    if mastery is None:
        mastery = CompetencyMastery(user=user, competency=competency)
    if chosen is None:
        mastery.status, mastery.score, mastery.mastered_at = MasteryStatus.NOT_STARTED, None, None
    else:
        is_mastered = chosen.passed and chosen.score >= framework.mastery_threshold
        mastery.score = chosen.score
        if is_mastered:
            if mastery.status != MasteryStatus.MASTERED:
                mastery.mastered_at = chosen.observed_at
            mastery.status = MasteryStatus.MASTERED
        else:
            mastery.status, mastery.mastered_at = MasteryStatus.IN_PROGRESS, None
    mastery.rule = {**rule, "chosen_evidence": chosen.pk if chosen else None}
    mastery.save()
    mastery.evidence.set(evidence)
    return mastery


@transaction.atomic
def level_evaluate(*, user, level: Level) -> LevelAttainment | None:
    """Attain the level when every competency of it is mastered (and the previous level, if the rule says).

    An attainment is a historical fact: once made it is not withdrawn, and certificates rely on it.
    """
    existing = LevelAttainment.objects.filter(user=user, level=level).first()
    if existing:
        return existing
    framework = Framework.objects.get(pk=level.framework_id)
    # A retired competency (dropped by a newer file of the framework) is no longer asked for.
    competencies = list(level.competencies.filter(retired=False))
    if not competencies:
        return None
    masteries = {
        m.competency_id: m
        for m in CompetencyMastery.objects.filter(
            user=user, competency__in=competencies, status=MasteryStatus.MASTERED
        ).prefetch_related("evidence")
    }
    if len(masteries) < len(competencies):
        return None
    if framework.requires_previous_level:
        previous = framework.levels.filter(order__lt=level.order).order_by("-order").first()
        if previous and not LevelAttainment.objects.filter(user=user, level=previous).exists():
            return None
    results = {
        c.code: {
            "title": c.title,
            "score": str(masteries[c.pk].score),
            "mastered_at": masteries[c.pk].mastered_at.isoformat(),
            "evidence": sorted(e.pk for e in masteries[c.pk].evidence.all()),
        }
        for c in competencies
    }
    attainment, created = LevelAttainment.objects.get_or_create(
        user=user,
        level=level,
        defaults={"attained_at": timezone.now(), "rule": framework.rule_snapshot(), "competencies": results},
    )
    if created:
        transaction.on_commit(
            lambda: level_attained.send(sender=LevelAttainment, attainment=attainment, user=user, level=level)
        )
        following = framework.levels.filter(order__gt=level.order).order_by("order").first()
        if following:
            level_evaluate(user=user, level=following)
    return attainment
