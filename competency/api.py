"""Read-only framework API (django-ninja)."""

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Schema
from ninja.errors import HttpError

from . import selectors

router = Router(tags=["frameworks"])


class LevelOut(Schema):
    code: str
    name: str
    order: int
    summary: str


class AspectOut(Schema):
    code: str
    name: str
    order: int
    summary: str


class ObjectiveOut(Schema):
    code: str
    text: str


class CompetencyOut(Schema):
    code: str
    title: str
    description: str
    level: str
    aspect: str
    objectives: list[ObjectiveOut]


class FrameworkSummaryOut(Schema):
    slug: str
    name: str
    version: str
    publisher: str
    licence: str
    licence_url: str
    source_url: str
    is_current: bool


class FrameworkOut(FrameworkSummaryOut):
    attribution: str
    levels: list[LevelOut]
    aspects: list[AspectOut]
    competencies: list[CompetencyOut]


@router.get("/", response=list[FrameworkSummaryOut], summary="List frameworks")
def framework_list(request: HttpRequest):
    return selectors.framework_list()


class NotFoundOut(Schema):
    detail: str


@router.get(
    "/{slug}",
    response={200: FrameworkOut, 404: NotFoundOut},
    summary="A framework with its levels, aspects, competencies and objectives",
)
def framework_detail(request: HttpRequest, slug: str):
    fw = selectors.framework_get_detailed(slug=slug)
    if fw is None:
        raise HttpError(404, _("No framework with slug “%(slug)s”.") % {"slug": slug})
    return {
        **{f: getattr(fw, f) for f in FrameworkOut.model_fields if f not in ("levels", "aspects", "competencies")},
        "levels": list(fw.levels.all()),
        "aspects": list(fw.aspects.all()),
        "competencies": [
            {
                "code": c.code,
                "title": c.title,
                "description": c.description,
                "level": c.level.code,
                "aspect": c.aspect.code,
                "objectives": list(c.objectives.all()),
            }
            for c in fw.competencies.all()
        ],
    }
