"""Fixtures for the certificate tests: a teacher who attained KA, and that teacher's certificate."""

from decimal import Decimal

import pytest
from django.utils import timezone


def attain(user, level, *, score: str = "92.5"):
    """Record passing evidence for every competency of `level`: competency decides the level is attained."""
    from competency.services import EvidenceInput, evidence_record_many

    evidence_record_many(
        user=user,
        source_type="test-exam",
        source_id=f"{user.pk}-{level.code}",
        items=[EvidenceInput(competency=c, score=Decimal(score), passed=True) for c in level.competencies.all()],
        observed_at=timezone.now(),
    )
    from competency.models import LevelAttainment

    return LevelAttainment.objects.get(user=user, level=level)


@pytest.fixture
def level_ka(framework_v3):
    return framework_v3.levels.get(code="KA")


@pytest.fixture
def level_kd(framework_v3):
    return framework_v3.levels.get(code="KD")


@pytest.fixture
def attained_teacher(teacher, level_ka):
    attain(teacher, level_ka)
    return teacher


@pytest.fixture
def certificate(attained_teacher, level_ka):
    from certificates.services import certificate_issue
    from certificates.services.page_content import verify_content_render

    issued = certificate_issue(user=attained_teacher, level=level_ka)
    # What follows the issuing transaction's commit: the verification page's content is rendered (ADR 0210).
    verify_content_render(code=issued.code)
    return issued
