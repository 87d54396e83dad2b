"""Reading frameworks and teachers' progress."""

from dataclasses import dataclass

from django.db.models import Prefetch

from competency.models import Aspect, Competency, CompetencyMastery, Framework, Level, LevelAttainment


def framework_get_current() -> Framework | None:
    return Framework.objects.filter(is_current=True).first() or Framework.objects.order_by("-year", "slug").first()


def framework_list() -> list[Framework]:
    return list(Framework.objects.all())


@dataclass
class MatrixRow:
    level: Level
    cells: list[Competency | None]


@dataclass
class FrameworkMatrix:
    framework: Framework
    aspects: list[Aspect]
    rows: list[MatrixRow]


def framework_matrix(*, framework: Framework) -> FrameworkMatrix:
    """Levels × aspects, in three queries whatever the size of the framework."""
    levels = list(framework.levels.all())
    aspects = list(framework.aspects.all())
    by_cell = {(c.level_id, c.aspect_id): c for c in framework.competencies.all()}
    rows = [MatrixRow(level=lv, cells=[by_cell.get((lv.pk, a.pk)) for a in aspects]) for lv in levels]
    return FrameworkMatrix(framework=framework, aspects=aspects, rows=rows)


def framework_get_detailed(*, slug: str) -> Framework | None:
    return (
        Framework.objects.filter(slug=slug)
        .prefetch_related(
            "levels",
            "aspects",
            Prefetch(
                "competencies",
                queryset=Competency.objects.select_related("level", "aspect").prefetch_related("objectives"),
            ),
        )
        .first()
    )


def competency_get(*, framework_slug: str, code: str) -> Competency | None:
    return (
        Competency.objects.select_related("framework", "level", "aspect")
        .prefetch_related("objectives")
        .filter(framework__slug=framework_slug, code=code)
        .first()
    )


def level_get(*, framework_slug: str, code: str) -> Level | None:
    """A level with its competencies in aspect order (the page credentials name as their Achievement)."""
    return (
        Level.objects.select_related("framework")
        .prefetch_related(
            Prefetch("competencies", Competency.objects.select_related("aspect").order_by("aspect__order"))
        )
        .filter(framework__slug=framework_slug, code=code)
        .first()
    )


def mastery_for_user(*, user, framework: Framework) -> dict[int, CompetencyMastery]:
    """competency id -> mastery decision, for one teacher and one framework."""
    return {m.competency_id: m for m in CompetencyMastery.objects.filter(user=user, competency__framework=framework)}


def attainments_for_user(*, user, framework: Framework | None = None) -> list[LevelAttainment]:
    qs = LevelAttainment.objects.filter(user=user).select_related("level", "level__framework")
    if framework is not None:
        qs = qs.filter(level__framework=framework)
    return list(qs)
