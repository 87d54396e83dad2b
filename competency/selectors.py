"""Reading frameworks and teachers' progress."""

from dataclasses import dataclass, field

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
    # Nodes of a tree framework (ADR 0180), depth-first with their depth from 0: the page indents them.
    tree: list[tuple[Competency, int]] = field(default_factory=list)


def framework_matrix(*, framework: Framework) -> FrameworkMatrix:
    """Levels × aspects, in three queries whatever the size of the framework."""
    levels = list(framework.levels.all())
    # Columns are the aspects holding cells: a group of aspects (DigCompEdu's areas) is not a column.
    groups = {a.parent_id for a in framework.aspects.all() if a.parent_id}
    aspects = [a for a in framework.aspects.all() if a.pk not in groups]
    current = list(framework.competencies.filter(retired=False))
    by_cell = {(c.level_id, c.aspect_id): c for c in current if c.level_id}
    rows = [MatrixRow(level=lv, cells=[by_cell.get((lv.pk, a.pk)) for a in aspects]) for lv in levels]
    return FrameworkMatrix(
        framework=framework, aspects=aspects, rows=rows, tree=_tree([c for c in current if not c.level_id])
    )


def _tree(nodes: list[Competency]) -> list[tuple[Competency, int]]:
    children: dict[int | None, list[Competency]] = {}
    known = {c.pk for c in nodes}
    for c in sorted(nodes, key=lambda c: (c.order, c.code)):
        children.setdefault(c.parent_id if c.parent_id in known else None, []).append(c)
    out: list[tuple[Competency, int]] = []
    stack = [(c, 0) for c in reversed(children.get(None, []))]
    while stack:
        node, depth = stack.pop()
        out.append((node, depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(node.pk, [])))
    return out


def framework_get_detailed(*, slug: str) -> Framework | None:
    return (
        Framework.objects.filter(slug=slug)
        .prefetch_related(
            "levels",
            "aspects",
            Prefetch(
                "competencies",
                queryset=Competency.objects.select_related("level", "aspect", "parent").prefetch_related("objectives"),
            ),
        )
        .first()
    )


def competency_get(*, framework_slug: str, code: str) -> Competency | None:
    return (
        Competency.objects.select_related("framework", "level", "aspect", "parent")
        .prefetch_related("objectives")
        .filter(framework__slug=framework_slug, code=code)
        .first()
    )


def level_get(*, framework_slug: str, code: str) -> Level | None:
    """A level with its competencies in aspect order (the page credentials name as their Achievement)."""
    return (
        Level.objects.select_related("framework")
        .prefetch_related(
            Prefetch(
                "competencies",
                Competency.objects.filter(retired=False).select_related("aspect").order_by("aspect__order"),
            )
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
