"""Learning progress over a group of teachers: module funnel counts and activity, computed by the database.

`users` is a queryset of user ids used as a subquery; every function costs a fixed number of queries.
"""

from dataclasses import dataclass

from django.db.models import Count, Exists, Max, Min, OuterRef, Q, QuerySet, Subquery

from .models import LessonCompletion, ModuleAssessment, ModuleEnrolment, ModulePage

FUNNEL_STAGES = ("enrolled", "started", "lessons_done", "attempted", "passed")


@dataclass(frozen=True)
class FunnelRow:
    module: ModulePage
    enrolled: int
    started: int
    lessons_done: int
    attempted: int
    passed: int

    def stages(self) -> list[int]:
        return [getattr(self, s) for s in FUNNEL_STAGES]


def modules_live(*, ids=None) -> list[ModulePage]:
    qs = ModulePage.objects.live().select_related("level").order_by("level__order", "path")
    if ids is not None:
        qs = qs.filter(pk__in=ids)
    return list(qs)


def modules_touched(*, users: QuerySet) -> list[int]:
    """Modules any of `users` enrolled in or completed a lesson of."""
    enrolled = ModuleEnrolment.objects.filter(user__in=users).values("module_id")
    completed = LessonCompletion.objects.filter(user__in=users).values("module_id")
    return list(ModulePage.objects.filter(Q(pk__in=enrolled) | Q(pk__in=completed)).values_list("pk", flat=True))


def module_funnel(*, users: QuerySet, modules: list[ModulePage]) -> list[FunnelRow]:
    """Per module: enrolled → started (a lesson done) → all lessons done → attempted a closing assessment → passed.

    Five queries whatever the number of teachers or modules.
    """
    ids = [m.pk for m in modules]
    enrolments = dict(
        ModuleEnrolment.objects.filter(user__in=users, module_id__in=ids)
        .order_by()
        .values("module_id")
        .annotate(n=Count("user_id", distinct=True))
        .values_list("module_id", "n")
    )
    done = dict(
        ModuleEnrolment.objects.filter(user__in=users, module_id__in=ids, completed_at__isnull=False)
        .order_by()
        .values("module_id")
        .annotate(n=Count("user_id", distinct=True))
        .values_list("module_id", "n")
    )
    started = dict(
        LessonCompletion.objects.filter(user__in=users, module_id__in=ids)
        .order_by()
        .values("module_id")
        .annotate(n=Count("user_id", distinct=True))
        .values_list("module_id", "n")
    )
    # A teacher counts once per module however many of its closing assessments they attempted: per module, the
    # teachers with an attempt of any of them (EXISTS on the attempts index), counted in one aggregate query.
    # (Joining module → assessment → attempts and counting distinct users made SQLite scan every attempt.)
    from django.contrib.auth import get_user_model

    from assessments import group_selectors as assessment_groups

    closing: dict[int, list[int]] = {}
    for page_id, assessment_id in ModuleAssessment.objects.filter(page_id__in=ids).values_list(
        "page_id", "assessment_id"
    ):
        closing.setdefault(page_id, []).append(assessment_id)
    aggregates = {}
    for page_id, assessment_ids in closing.items():
        for stage, passed in (("attempted", False), ("passed", True)):
            expression = assessment_groups.user_attempted_expression(assessment_ids=assessment_ids, passed=passed)
            aggregates[f"{stage}_{page_id}"] = Count("pk", filter=Q(expression))
    counts = get_user_model().objects.filter(pk__in=users).aggregate(**aggregates) if aggregates else {}
    attempted = {page_id: counts[f"attempted_{page_id}"] for page_id in closing}
    passed = {page_id: counts[f"passed_{page_id}"] for page_id in closing}
    return [
        FunnelRow(
            module=m,
            enrolled=enrolments.get(m.pk, 0),
            started=started.get(m.pk, 0),
            lessons_done=done.get(m.pk, 0),
            attempted=attempted.get(m.pk, 0),
            passed=passed.get(m.pk, 0),
        )
        for m in modules
    ]


def user_last_lesson_expression():
    return Subquery(
        LessonCompletion.objects.filter(user=OuterRef("pk"))
        .order_by()
        .values("user")
        .annotate(last=Max("completed_at"))
        .values("last")
    )


def user_first_lesson_for_competency_expression(*, user_ref: str = "user", competency_ref: str = "competency"):
    """For annotating masteries: the teacher's first completed lesson in a module that develops the competency."""
    return Subquery(
        LessonCompletion.objects.filter(user=OuterRef(user_ref), module__competencies=OuterRef(competency_ref))
        .order_by()
        .values("user")
        .annotate(first=Min("completed_at"))
        .values("first")
    )


def lesson_in_range_expression(*, start, end) -> Exists:
    return Exists(LessonCompletion.objects.filter(user=OuterRef("pk"), completed_at__gte=start, completed_at__lt=end))


def lesson_months(*, users: QuerySet, start, end, month_of) -> QuerySet:
    """(user_id, month) of each lesson `users` completed in [start, end); month_of(field) numbers the months."""
    return (
        LessonCompletion.objects.filter(user__in=users, completed_at__gte=start, completed_at__lt=end)
        .order_by()
        .annotate(month=month_of("completed_at"))
        .values("user_id", "month")
    )
