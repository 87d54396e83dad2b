import random
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from tests.cms.conftest import catalog, make_module  # noqa: F401  (fixtures)

PASSWORD = "pw-for-tests-1"


@pytest.fixture
def officer(make_user):
    return make_user("officer1", roles=("Regional officer",), scope_country="Kenya")


@pytest.fixture
def other_trainer(make_user):
    return make_user("trainer2", roles=("Teacher", "Trainer"))


@pytest.fixture
def closing_assessment(framework_v3):
    from assessments.models import Assessment

    level = framework_v3.levels.get(code="KA")
    return Assessment.objects.create(title="KA closing", slug="ka-closing", level=level)


@pytest.fixture
def modules(make_module, closing_assessment):  # noqa: F811
    from cms.models import ModuleAssessment

    first = make_module("m-one", code="KA.1", lessons=2)
    second = make_module("m-two", code="KA.2", lessons=3)
    ModuleAssessment.objects.create(page=first, assessment=closing_assessment)
    return [first, second]


def _certificate(user, level, n, **fields):
    from certificates.models import Certificate

    return Certificate(
        code=f"TEST-{user.pk}-{n}",
        code_digest=f"{user.pk:032d}{n:032d}",
        user=user,
        level=level,
        framework_slug="ictcft-v3",
        framework_version="3",
        **fields,
    )


def seed_progress(*, users, modules, assessment, framework, rng: random.Random) -> None:
    """Random but realistic raw rows for `users`: mastery, attainments, lessons, attempts, certificates."""
    from assessments.models import Answer, Attempt
    from certificates.models import Certificate
    from cms.models import LessonCompletion, LessonPage, ModuleEnrolment
    from competency.models import CompetencyMastery, LevelAttainment

    now = timezone.now()
    competencies = list(framework.competencies.select_related("level"))
    levels = list(framework.levels.order_by("order"))
    lessons = {m.pk: list(LessonPage.objects.child_of(m).order_by("path")) for m in modules}
    masteries, enrolments, completions, attempts, answers, attainments, certificates = [], [], [], [], [], [], []
    questions = [{"id": 900 + q, "title": f"Q{q}", "type": "single", "points": "1"} for q in range(3)]
    for user in users:
        for c in competencies:
            roll = rng.random()
            if roll < 0.35:
                masteries.append(
                    CompetencyMastery(
                        user=user,
                        competency=c,
                        status="mastered",
                        score=90,
                        mastered_at=now - timedelta(days=rng.randint(1, 40)),
                    )
                )
            elif roll < 0.6:
                masteries.append(CompetencyMastery(user=user, competency=c, status="in_progress", score=50))
        for m in modules:
            if rng.random() < 0.7:
                done_all = rng.random() < 0.5
                enrolments.append(ModuleEnrolment(user=user, module=m, completed_at=now if done_all else None))
                for lesson in lessons[m.pk][: len(lessons[m.pk]) if done_all else rng.randint(0, 1)]:
                    completions.append(LessonCompletion(user=user, lesson=lesson, module=m, method="marked"))
        for number in range(1, rng.randint(0, 3) + 1):
            passed = rng.random() < 0.5
            attempts.append(
                Attempt(
                    assessment=assessment,
                    user=user,
                    number=number,
                    status="graded",
                    seed=1,
                    snapshot={"questions": questions},
                    started_at=now - timedelta(days=number),
                    closed_at=now,
                    score=80 if passed else 40,
                    passed=passed,
                )
            )
        if rng.random() < 0.4:
            attainments.append(LevelAttainment(user=user, level=levels[0], attained_at=now - timedelta(days=5)))
            kind = rng.choice(["valid", "expiring", "expired", "revoked"])
            fields = {"issued_at": now - timedelta(days=30)}
            if kind == "expiring":
                fields["expires_at"] = now + timedelta(days=10)
            elif kind == "expired":
                fields["expires_at"] = now - timedelta(days=1)
            elif kind == "revoked":
                fields.update(revoked_at=now, is_current=False)
            else:
                fields["expires_at"] = now + timedelta(days=400)
            certificates.append(_certificate(user, levels[0], 1, **fields))
    CompetencyMastery.objects.bulk_create(masteries)
    ModuleEnrolment.objects.bulk_create(enrolments)
    LessonCompletion.objects.bulk_create(completions)
    Attempt.objects.bulk_create(attempts)
    LevelAttainment.objects.bulk_create(attainments)
    Certificate.objects.bulk_create(certificates)
    for attempt in Attempt.objects.filter(user__in=users, assessment=assessment):
        for position in range(3):
            answers.append(
                Answer(
                    attempt=attempt,
                    position=position,
                    score=Decimal(rng.choice(["0", "1"])),
                    needs_review=position == 2 and rng.random() < 0.2,
                )
            )
    Answer.objects.bulk_create(answers)


@pytest.fixture
def make_teachers(make_user):
    def make(prefix: str, n: int, **fields):
        return [make_user(f"{prefix}{i:03d}", **fields) for i in range(n)]

    return make


@pytest.fixture
def world(framework_v3, modules, closing_assessment, trainer, other_trainer, make_teachers):
    """Two trainers, each with a cohort of teachers with random progress; some teachers outside any cohort."""
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    rng = random.Random(7)
    mine = make_teachers("t", 12, country="Kenya", region="Nairobi", school="Riverside")
    theirs = make_teachers("u", 6, country="Kenya", region="Kisumu", school="Lakeview")
    outside = make_teachers("v", 4, country="Ghana", region="Accra", school="Osu")
    cohort = cohort_create(name="Riverside", trainer=trainer, modules=modules)
    other = cohort_create(name="Lakeview", trainer=other_trainer)
    CohortMembership.objects.bulk_create([CohortMembership(cohort=cohort, user=u) for u in mine])
    CohortMembership.objects.bulk_create([CohortMembership(cohort=other, user=u) for u in theirs])
    seed_progress(
        users=mine + theirs + outside, modules=modules, assessment=closing_assessment, framework=framework_v3, rng=rng
    )
    return {"cohort": cohort, "other": other, "mine": mine, "theirs": theirs, "outside": outside}
