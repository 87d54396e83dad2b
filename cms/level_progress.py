"""My learning, per level of the current framework: competencies mastered, modules done / in progress / not
started, and the level exam with whether (and why not) it can be taken now (assessments' own rules, ADR 0139)."""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from wagtail.models import Page

from competency import selectors as competency_selectors
from competency.models import Level, LevelAttainment
from competency.models.progress import MasteryStatus

from .locales import default_content_language
from .models import CatalogPage, LessonCompletion, LessonPage, ModuleEnrolment, ModulePage
from .translations import retitle

STEPLEN = Page.steplen


@dataclass
class LevelProgress:
    level: Level
    mastered: int
    total: int
    still_to_master: list = field(default_factory=list)  # competency codes, in aspect order
    done: list = field(default_factory=list)  # modules
    in_progress: list = field(default_factory=list)
    not_started: list = field(default_factory=list)
    exams: list = field(default_factory=list)  # assessments.selectors.AssessmentAvailability
    attainment: LevelAttainment | None = None


def _module_states(*, user, modules: list[ModulePage]) -> dict[int, str]:
    """module id -> "done" | "in_progress" | "not_started", in three queries for all the modules."""
    if not modules:
        return {}
    q = Q()
    for m in modules:
        q |= Q(path__startswith=m.path, depth=m.depth + 1)
    totals: dict[str, int] = {}
    for path in Page.objects.live().type(LessonPage).filter(q).values_list("path", flat=True):
        totals[path[:-STEPLEN]] = totals.get(path[:-STEPLEN], 0) + 1
    done = dict(
        LessonCompletion.objects.filter(user=user, module__in=modules, lesson__live=True)
        .order_by()
        .values_list("module_id")
        .annotate(n=Count("lesson_id", distinct=True))
        .values_list("module_id", "n")
    )
    started = set(ModuleEnrolment.objects.filter(user=user, module__in=modules).values_list("module_id", flat=True))
    states = {}
    for m in modules:
        total, finished = totals.get(m.path, 0), done.get(m.pk, 0)
        if total and finished >= total:
            states[m.pk] = "done"
        elif finished or m.pk in started:
            states[m.pk] = "in_progress"
        else:
            states[m.pk] = "not_started"
    return states


def learning_levels(*, user, language: str = "") -> list[LevelProgress]:
    """One entry per level of the current framework, in order; empty when no framework is loaded."""
    from assessments.models import AssessmentKind
    from assessments.selectors import assessment_availability_for_user, assessment_list

    framework = competency_selectors.framework_get_current()
    if framework is None:
        return []
    matrix = competency_selectors.framework_matrix(framework=framework)
    mastery = competency_selectors.mastery_for_user(user=user, framework=framework)
    attained = {a.level_id: a for a in competency_selectors.attainments_for_user(user=user, framework=framework)}
    catalog = CatalogPage.objects.live().order_by("path").first()
    modules = ModulePage.objects.live().filter(level__framework=framework)
    modules = list((modules.descendant_of(catalog) if catalog else modules).order_by("path"))
    retitle(
        model=ModulePage,
        pages=modules,
        language=language or default_content_language(),
        originals={m.pk: m.language for m in modules},
    )
    states = _module_states(user=user, modules=modules)
    exams = list(assessment_list().filter(kind=AssessmentKind.LEVEL_EXAM, level__framework=framework))
    exam_states = assessment_availability_for_user(user=user, assessments=exams)
    levels = []
    for row in matrix.rows:
        competencies = [c for c in row.cells if c is not None]
        mastered = [c for c in competencies if getattr(mastery.get(c.pk), "status", "") == MasteryStatus.MASTERED]
        entry = LevelProgress(
            level=row.level,
            mastered=len(mastered),
            total=len(competencies),
            still_to_master=[c.code for c in competencies if c not in mastered],
            exams=[s for s in exam_states if s.assessment.level_id == row.level.pk],
            attainment=attained.get(row.level.pk),
        )
        for m in modules:
            if m.level_id == row.level.pk:
                getattr(entry, states[m.pk]).append(m)
        levels.append(entry)
    return levels
