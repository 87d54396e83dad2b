"""The demo cohort for `load_demo`: ~30 teachers of one district with varied, plausible progress.

Idempotent: once the cohort exists nothing is added again. Progress goes through the platform's own services
(attempts are answered and graded, evidence decides mastery, certificates are issued and one revoked), then
dates are moved into the past so the reports show weeks of history.
"""

import random
from datetime import timedelta

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.roles import Role

from .models import Cohort, CohortMembership, JoinMethod

DEMO_COHORT = "Riverside district · 2026 intake"
TRAINER = "trainer"
SCHOOLS = [
    ("Kenya", "Nairobi", "Riverside Primary"),
    ("Kenya", "Nairobi", "Riverside Primary"),
    ("Kenya", "Nairobi", "Westlands Secondary"),
    ("Kenya", "Kisumu", "Lakeview Girls' School"),
    ("Kenya", "Kisumu", "Lakeview Girls' School"),
    ("Kenya", "Kisumu", "Nyanza Hill School"),
]
NAMES = [
    "Achieng Otieno",
    "Brian Mwangi",
    "Chebet Kiprono",
    "David Kamau",
    "Esther Wanjiru",
    "Faith Njeri",
    "George Odhiambo",
    "Halima Abdi",
    "Isaac Mutua",
    "Joy Akinyi",
    "Kevin Ochieng",
    "Lucy Wambui",
    "Moses Kiptoo",
    "Nancy Atieno",
    "Omar Hassan",
    "Purity Chepkoech",
    "Quincy Owino",
    "Rose Nyambura",
    "Samuel Kariuki",
    "Tabitha Moraa",
    "Umar Farah",
    "Violet Adhiambo",
    "Walter Onyango",
    "Ximena Wafula",
    "Yusuf Mohamed",
    "Zawadi Mumbi",
    "Agnes Kerubo",
    "Benson Kibet",
    "Caroline Auma",
    "Dennis Macharia",
]
# How far each teacher got: mastered (level KA attained), progressing, stalled, new.
PROFILES = ["mastered"] * 6 + ["progressing"] * 10 + ["stalled"] * 8 + ["new"] * 6


def _teacher(i: int, name: str) -> User:
    from allauth.account.models import EmailAddress

    country, region, school = SCHOOLS[i % len(SCHOOLS)]
    username = f"demo-teacher-{i + 1:02d}"
    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@example.org",
            "legal_name": name,
            "country": country,
            "region": region,
            "school": school,
        },
    )
    if created:
        user.set_unusable_password()
        user.save()
        user.groups.add(Group.objects.get_or_create(name=Role.TEACHER.value)[0])
        EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
    return user


def _answer_all(*, attempt, user, rng: random.Random, skill: float, when) -> None:
    from assessments.services import attempt_answer_save, attempt_submit

    for position, q in enumerate(attempt.questions):
        key, t = q.get("key", {}), q["type"]
        right = rng.random() < skill
        if t in ("single", "multiple"):
            options = [o["token"] for o in q.get("options", [])]
            wrong = [o for o in options if o not in (key["correct"] if t == "multiple" else [key["correct"]])]
            response = key["correct"] if right or not wrong else ([wrong[0]] if t == "multiple" else wrong[0])
        elif t == "true_false":
            response = "true" if bool(key["correct"]) == right else "false"
        elif t == "numeric":
            response = str(key.get("answer") or key["min"]) if right else "999999"
        elif t == "short_text":
            response = key["accepted"][0].replace("*", "x") if right else "not sure"
        elif t == "ordering":
            response = key["order"] if right else list(reversed(key["order"]))
        elif t == "matching":
            response = key["pairs"] if right else {}
        else:
            response = {"text": "In my class the learners used the school's two tablets in groups of five."}
        attempt_answer_save(
            attempt=attempt, user=user, position=position, response=response, seq=position + 1, now=when
        )
    attempt_submit(attempt=attempt, user=user, now=when)


def _backdate(*, user, days_ago: int, module_ids: list[int]) -> None:
    from cms.models import LessonCompletion, ModuleEnrolment

    start = timezone.now() - timedelta(days=days_ago)
    ModuleEnrolment.objects.filter(user=user, module_id__in=module_ids).update(started_at=start)
    for n, pk in enumerate(LessonCompletion.objects.filter(user=user).order_by("id").values_list("pk", flat=True)):
        LessonCompletion.objects.filter(pk=pk).update(completed_at=start + timedelta(days=2 * n + 1))
    User.objects.filter(pk=user.pk).update(date_joined=start - timedelta(days=3))


def _learn(*, user, modules: list, lessons_per_module: dict, how_many: int) -> None:
    from cms import services as learning

    for module in modules:
        learning.module_start(user=user, module=module)
        for lesson in lessons_per_module[module.pk][:how_many]:
            learning.lesson_complete(user=user, lesson=lesson, method="marked")


@transaction.atomic
def demo_cohort_ensure() -> Cohort | None:
    """The demo trainer's cohort; nothing happens if it exists or the demo trainer or modules are missing."""
    from certificates.models import Certificate
    from certificates.services import certificate_issue, certificate_revoke
    from cms.models import LessonPage, ModuleAssessment, ModulePage
    from competency.models import Framework
    from competency.services import EvidenceInput, evidence_record_many

    existing = Cohort.objects.filter(name=DEMO_COHORT).first()
    if existing:
        return existing
    trainer = User.objects.filter(username=TRAINER).first()
    framework = Framework.objects.filter(slug="ictcft-v3").first()
    modules = list(ModulePage.objects.live().filter(level__code="KA").order_by("path")[:3])
    if trainer is None or framework is None or not modules:
        return None
    ka = framework.levels.get(code="KA")
    cohort = Cohort.objects.create(
        name=DEMO_COHORT,
        description="Primary and secondary teachers of Riverside district, first intake.",
        target_level=ka,
        due_date=(timezone.now() + timedelta(days=60)).date(),
        created_by=trainer,
    )
    cohort.trainers.add(trainer)
    cohort.modules.set(modules)
    lessons = {m.pk: list(LessonPage.objects.live().child_of(m).order_by("path")) for m in modules}
    closing = {
        link.page_id: link.assessment
        for link in ModuleAssessment.objects.filter(page__in=modules).select_related("assessment")
    }
    ka_competencies = list(ka.competencies.all())
    rng = random.Random(2026)
    certified = []
    for i, (name, profile) in enumerate(zip(NAMES, PROFILES, strict=True)):
        user = _teacher(i, name)
        CohortMembership.objects.get_or_create(cohort=cohort, user=user, defaults={"method": JoinMethod.CODE})
        if profile == "new":
            continue
        from assessments.services import attempt_start

        days_ago = {"mastered": 80, "progressing": 45, "stalled": 70}[profile] + rng.randint(0, 10)
        taken = modules if profile != "stalled" else modules[:1]
        _learn(user=user, modules=taken, lessons_per_module=lessons, how_many=99 if profile != "stalled" else 1)
        _backdate(user=user, days_ago=days_ago, module_ids=[m.pk for m in taken])
        if profile == "stalled":
            continue
        skill = 0.95 if profile == "mastered" else rng.uniform(0.35, 0.85)
        for module in taken[: 3 if profile == "mastered" else rng.randint(1, 2)]:
            assessment = closing.get(module.pk)
            if assessment is None:
                continue
            when = timezone.now() - timedelta(days=rng.randint(3, 20))
            attempt = attempt_start(user=user, assessment=assessment, now=when)
            _answer_all(attempt=attempt, user=user, rng=rng, skill=skill, when=when)
        if profile == "mastered":
            # A portfolio reviewed by the trainer completes level KA for the strongest teachers.
            evidence_record_many(
                user=user,
                source_type="demo-portfolio",
                source_id=str(user.pk),
                items=[EvidenceInput(competency=c, score=90, passed=True) for c in ka_competencies],
                observed_at=timezone.now() - timedelta(days=rng.randint(2, 12)),
            )
            certified.append(certificate_issue(user=user, level=ka))
    if len(certified) >= 2:
        certificate_revoke(certificate=certified[0], reason="Demo: the portfolio was found to be copied.", by=trainer)
        # One certificate ends within the month, so the teacher table and reminders have something to show.
        Certificate.objects.filter(pk=certified[1].pk).update(expires_at=timezone.now() + timedelta(days=20))
    return cohort
