"""Evidence → mastery → level attainment, under the framework's rule (threshold, previous level, best/latest)."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from competency.models import Competency, CompetencyEvidence, CompetencyMastery, LevelAttainment
from competency.services import EvidenceInput, evidence_record, evidence_record_many
from competency.signals import level_attained


@pytest.fixture
def comps(framework_v3):
    return {c.code: c for c in Competency.objects.filter(framework=framework_v3).select_related("level", "framework")}


def _pass_level(user, comps, prefix, *, score="90", source="s", when=None):
    items = [EvidenceInput(competency=comps[f"{prefix}.{n}"], score=Decimal(score), passed=True) for n in range(1, 7)]
    return evidence_record_many(
        user=user, source_type="test", source_id=f"{source}-{prefix}", items=items, observed_at=when
    )


def test_level_attained_when_every_competency_is_mastered(teacher, comps, django_capture_on_commit_callbacks):
    heard = []
    receiver = lambda sender, attainment, user, level, **kw: heard.append((sender, attainment.pk, level.code))  # noqa: E731
    level_attained.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            items = [EvidenceInput(competency=comps[f"KA.{n}"], score=Decimal("90"), passed=True) for n in range(1, 6)]
            evidence_record_many(user=teacher, source_type="test", source_id="1", items=items)
            assert not LevelAttainment.objects.exists()
            evidence_record(
                user=teacher,
                competency=comps["KA.6"],
                source_type="test",
                source_id="2",
                score=Decimal("85"),
                passed=True,
            )
    finally:
        level_attained.disconnect(receiver)
    attainment = LevelAttainment.objects.get(user=teacher)
    assert heard == [(LevelAttainment, attainment.pk, "KA")]
    assert attainment.rule == {
        "framework": "ictcft-v3",
        "mastery_threshold": "80.00",
        "requires_previous_level": True,
        "evidence_policy": "best",
    }
    assert attainment.competencies["KA.6"]["score"] == "85.00"


def test_requires_previous_level(teacher, comps):
    _pass_level(teacher, comps, "KD")
    assert not LevelAttainment.objects.filter(level__code="KD").exists()
    assert CompetencyMastery.objects.filter(user=teacher, status="mastered").count() == 6
    _pass_level(teacher, comps, "KA")
    # Attaining KA re-evaluates KD, whose competencies were already mastered.
    assert set(LevelAttainment.objects.values_list("level__code", flat=True)) == {"KA", "KD"}


def test_without_the_previous_level_rule(teacher, comps, framework_v3):
    framework_v3.requires_previous_level = False
    framework_v3.save()
    _pass_level(teacher, comps, "KD")
    attainment = LevelAttainment.objects.get(level__code="KD")
    assert attainment.rule["requires_previous_level"] is False


def test_threshold_is_the_frameworks(teacher, comps, framework_v3):
    evidence_record(
        user=teacher, competency=comps["KA.1"], source_type="test", source_id="1", score=Decimal("79.99"), passed=True
    )
    assert CompetencyMastery.objects.get(user=teacher).status == "in_progress"
    framework_v3.mastery_threshold = Decimal("75")
    framework_v3.save()
    evidence_record(
        user=teacher, competency=comps["KA.1"], source_type="test", source_id="1", score=Decimal("79.99"), passed=True
    )
    mastery = CompetencyMastery.objects.get(user=teacher)
    assert mastery.status == "mastered" and mastery.rule["mastery_threshold"] == "75.00"


def test_best_evidence_counts(teacher, comps):
    now = timezone.now()
    evidence_record(
        user=teacher,
        competency=comps["KA.1"],
        source_type="test",
        source_id="1",
        score=Decimal("95"),
        passed=True,
        observed_at=now - timedelta(days=1),
    )
    evidence_record(
        user=teacher,
        competency=comps["KA.1"],
        source_type="test",
        source_id="2",
        score=Decimal("40"),
        passed=False,
        observed_at=now,
    )
    mastery = CompetencyMastery.objects.get(user=teacher)
    assert (mastery.status, mastery.score) == ("mastered", Decimal("95"))
    assert mastery.evidence.count() == 2
    assert mastery.rule["chosen_evidence"] == CompetencyEvidence.objects.get(source_id="1").pk


def test_latest_evidence_counts(teacher, comps, framework_v3):
    framework_v3.evidence_policy = "latest"
    framework_v3.save()
    now = timezone.now()
    _pass_level(teacher, comps, "KA", when=now - timedelta(days=1))
    assert LevelAttainment.objects.filter(user=teacher).exists()
    evidence_record(
        user=teacher,
        competency=comps["KA.1"],
        source_type="test",
        source_id="late",
        score=Decimal("40"),
        passed=False,
        observed_at=now,
    )
    mastery = CompetencyMastery.objects.get(user=teacher, competency=comps["KA.1"])
    assert (mastery.status, mastery.score, mastery.mastered_at) == ("in_progress", Decimal("40"), None)
    assert mastery.rule["evidence_policy"] == "latest"
    # An attainment is a historical fact: it is not withdrawn.
    assert LevelAttainment.objects.filter(user=teacher).exists()


def test_recording_the_same_source_again_replaces_it(teacher, comps):
    for score in ("50", "90"):
        evidence_record(
            user=teacher,
            competency=comps["KA.2"],
            source_type="assessment_attempt",
            source_id="7",
            score=Decimal(score),
            passed=score == "90",
        )
    assert CompetencyEvidence.objects.get(user=teacher).score == 90
    assert CompetencyMastery.objects.get(user=teacher).status == "mastered"


def test_a_failed_attempt_is_not_mastery_even_above_threshold(teacher, comps):
    evidence_record(
        user=teacher, competency=comps["KA.3"], source_type="test", source_id="1", score=Decimal("85"), passed=False
    )
    assert CompetencyMastery.objects.get(user=teacher).status == "in_progress"
