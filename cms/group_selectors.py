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

    Four grouped queries whatever the number of teachers or modules.
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
    # A teacher counts once per module however many of its closing assessments they attempted. Every condition on
    # the attempts goes in one filter() call: separate calls would join the attempts table twice (Django's rule
    # for multi-valued relations) and count other teachers' attempts.
    tried = {"page_id__in": ids, "assessment__attempts__user__in": users}
    attempted = dict(
        ModuleAssessment.objects.filter(**tried)
        .order_by()
        .values("page_id")
        .annotate(n=Count("assessment__attempts__user", distinct=True))
        .values_list("page_id", "n")
    )
    passed = dict(
        ModuleAssessment.objects.filter(
            **tried, assessment__attempts__status="graded", assessment__attempts__passed=True
        )
        .order_by()
        .values("page_id")
        .annotate(n=Count("assessment__attempts__user", distinct=True))
        .values_list("page_id", "n")
    )
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
