"""Read-only framework API (django-ninja)."""

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema
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
    source_note: str = Field(
        "",
        description="Empty when the text is the publisher's; otherwise where the wording comes from "
        "(paraphrased, reconstructed, unconfirmed).",
    )


class CompetencyOut(Schema):
    code: str
    title: str
    description: str
    level: str | None = Field(None, description="Empty for a node of a tree framework (no levels × aspects grid).")
    aspect: str | None = None
    parent: str | None = Field(None, description="The parent competency's code, in a tree framework.")
    retired: bool = Field(False, description="Left out of a newer version of the framework; kept for records.")
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
                "level": c.level.code if c.level else None,
                "aspect": c.aspect.code if c.aspect else None,
                "parent": c.parent.code if c.parent else None,
                "retired": c.retired,
                "objectives": list(c.objectives.all()),
            }
            for c in fw.competencies.all()
        ],
    }
