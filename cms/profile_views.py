"""“My competencies”: the teacher's ICT-CFT matrix, level progress, next modules and the evidence trail.

Server-rendered, no JavaScript. Lives in cms because it links to modules (pages); it reads the competency
core through its selectors and models, and never reads assessment tables.
"""

from dataclasses import dataclass, field

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from cms.profile_sections import profile_sections_render
from competency import selectors as competency_selectors
from competency.models import Competency, CompetencyEvidence, CompetencyMastery
from competency.models.progress import MasteryStatus


@dataclass
class Cell:
    competency: Competency
    status: str = MasteryStatus.NOT_STARTED
    mastery: CompetencyMastery | None = None
    evidence: list = field(default_factory=list)
    next_module: object | None = None

    @property
    def last_date(self):
        if self.mastery and self.mastery.mastered_at:
            return self.mastery.mastered_at
        return self.evidence[0].observed_at if self.evidence else None


def _next_modules(unmastered: list[Competency], request: HttpRequest) -> dict[int, object]:
    """competency id -> the first live module (in site order) that develops it."""
    if not unmastered:
        return {}
    try:
        from cms.models import ModulePage
    except ImportError:  # cms models not ready: the profile still renders without suggestions
        return {}
    wanted = {c.pk for c in unmastered}
    found: dict[int, object] = {}
    pages = ModulePage.objects.live().filter(competencies__in=wanted).distinct().order_by("path")
    for page in pages.prefetch_related("competencies"):
        for c in page.competencies.all():
            if c.pk in wanted and c.pk not in found:
                found[c.pk] = page
    return found


@require_GET
@login_required
def my_competencies(request: HttpRequest) -> HttpResponse:
    framework = competency_selectors.framework_get_current()
    if framework is None:
        raise Http404("No framework is loaded yet.")
    matrix = competency_selectors.framework_matrix(framework=framework)
    mastery = competency_selectors.mastery_for_user(user=request.user, framework=framework)
    attained = {
        a.level_id: a for a in competency_selectors.attainments_for_user(user=request.user, framework=framework)
    }
    evidence: dict[int, list[CompetencyEvidence]] = {}
    for ev in CompetencyEvidence.objects.filter(user=request.user, competency__framework=framework).order_by(
        "-observed_at", "-id"
    ):
        evidence.setdefault(ev.competency_id, []).append(ev)
    cells: dict[int, Cell] = {}
    for row in matrix.rows:
        for competency in row.cells:
            if competency is None:
                continue
            m = mastery.get(competency.pk)
            cells[competency.pk] = Cell(
                competency=competency,
                status=m.status if m else MasteryStatus.NOT_STARTED,
                mastery=m,
                evidence=evidence.get(competency.pk, []),
            )
    unmastered = [c.competency for c in cells.values() if c.status != MasteryStatus.MASTERED]
    for competency_id, page in _next_modules(unmastered, request).items():
        cells[competency_id].next_module = page
    levels = []
    for row in matrix.rows:
        row_cells = [cells.get(c.pk) if c else None for c in row.cells]
        present = [c for c in row_cells if c]
        done = sum(c.status == MasteryStatus.MASTERED for c in present)
        levels.append(
            {
                "level": row.level,
                "cells": row_cells,
                "mastered": done,
                "total": len(present),
                "percent": round(100 * done / len(present)) if present else 0,
                "attainment": attained.get(row.level.pk),
            }
        )
    return render(
        request,
        "cms/profile/competencies.html",
        {
            "framework": framework,
            "aspects": matrix.aspects,
            "levels": levels,
            "todo": [cells[c.pk] for c in unmastered],
            "trail": [c for c in cells.values() if c.evidence],
            "sections": profile_sections_render(request),  # e.g. a mentor's notes (portfolio)
        },
    )
