"""The neutral form every interchange format is read into and written from.

It is the same dictionary as the bundled data files (competency/data/*.json), so an import ends in
`framework_load` and every format shares one validation that names the offending line or item.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from competency.models import Framework

# Field lengths of the models, checked here so a too-long cell is reported with its line.
MAX_CODE = {"level": 20, "aspect": 20, "competency": 100, "objective": 100}
MAX_NAME = {"level": 200, "aspect": 200, "competency": 255}
KINDS = ("level", "aspect", "competency", "objective")


class InterchangeError(Exception):
    """A file cannot be imported (or a framework exported); nothing was written."""


@dataclass(frozen=True)
class Where:
    """Where an item came from, e.g. "line 7" or "CFItem 0b1e…", for error messages."""

    label: str

    def fail(self, message: str) -> InterchangeError:
        return InterchangeError(f"{self.label}: {message}")


def framework_to_data(*, framework: Framework) -> dict:
    """A framework as the neutral dictionary, with the uuids and source identifiers formats write back.

    Retired competencies (left out of a newer file, kept for teachers' records) are not exported.
    """
    levels = list(framework.levels.all())
    aspects = list(framework.aspects.all())
    level_codes = {lv.pk: lv.code for lv in levels}
    aspect_codes = {a.pk: a.code for a in aspects}
    competencies = list(framework.competencies.filter(retired=False).prefetch_related("objectives"))
    codes = {c.pk: c.code for c in competencies}
    # Grid cells in level/aspect order (as the matrix reads), then tree nodes in their file order.
    competencies.sort(key=lambda c: (c.level_id is None, c.order if c.level_id is None else 0))
    return {
        "slug": framework.slug,
        "uuid": str(framework.uuid),
        "source": framework.source,
        "name": framework.name,
        "version": framework.version,
        "publisher": framework.publisher,
        "year": framework.year,
        "licence": framework.licence,
        "licence_url": framework.licence_url,
        "source_url": framework.source_url,
        "description": framework.description,
        "attribution": framework.attribution,
        "updated_at": framework.updated_at.isoformat() if framework.updated_at else None,
        "levels": [_ordered(lv) for lv in levels],
        "aspects": [
            {**_ordered(a), "parent": aspect_codes.get(a.parent_id)} if a.parent_id else _ordered(a) for a in aspects
        ],
        "competencies": [
            {
                "uuid": str(c.uuid),
                "code": c.code,
                "level": level_codes.get(c.level_id),
                "aspect": aspect_codes.get(c.aspect_id),
                "parent": codes.get(c.parent_id),
                "order": c.order,
                "title": c.title,
                "description": c.description,
                "source": c.source,
                "objectives": [
                    {"uuid": str(o.uuid), "code": o.code, "text": o.text, "note": o.source_note, "source": o.source}
                    for o in sorted(c.objectives.all(), key=lambda o: (o.order, o.code))
                ],
            }
            for c in competencies
        ],
    }


def _ordered(obj) -> dict:
    return {
        "uuid": str(obj.uuid),
        "code": obj.code,
        "name": obj.name,
        "order": obj.order,
        "summary": obj.summary,
        "source": obj.source,
    }


def _check_text(where: Where, kind: str, code: str, name: str | None) -> None:
    if not code:
        raise where.fail(_("the %(kind)s has no code") % {"kind": kind})
    if len(code) > MAX_CODE[kind]:
        raise where.fail(_("code %(code)s is longer than %(max)d characters") % {"code": code, "max": MAX_CODE[kind]})
    if kind in MAX_NAME:
        if not name:
            raise where.fail(_("%(kind)s %(code)s has no name") % {"kind": kind, "code": code})
        if len(name) > MAX_NAME[kind]:
            raise where.fail(
                _("the name of %(code)s is longer than %(max)d characters") % {"code": code, "max": MAX_NAME[kind]}
            )


def data_validate(data: dict, *, where: dict[int, Where]) -> None:
    """Check what the database would refuse, before anything is written.

    `where` maps id(item) to its origin so each error names the line or item that caused it.
    """

    def at(item) -> Where:
        return where.get(id(item), Where(_("file")))

    for kind, plural in (("level", "levels"), ("aspect", "aspects")):
        seen: dict[str, Where] = {}
        for item in data.get(plural, []):
            _check_text(at(item), kind, item.get("code", ""), item.get("name"))
            if item["code"] in seen:
                raise at(item).fail(
                    _("%(kind)s code %(code)s is already used (%(first)s)")
                    % {"kind": kind, "code": item["code"], "first": seen[item["code"]].label}
                )
            seen[item["code"]] = at(item)
    levels = {lv["code"] for lv in data.get("levels", [])}
    aspects = {a["code"] for a in data.get("aspects", [])}
    for a in data.get("aspects", []):
        if a.get("parent") and a["parent"] not in aspects:
            raise at(a).fail(_("aspect %(code)s is in an unknown group") % {"code": a["code"]})
    in_grid = any(c.get("level") or c.get("aspect") for c in data.get("competencies", []))
    # A tree framework needs neither; a grid needs both (docs/decisions/0180-frameworks-of-any-shape.md).
    if in_grid and not levels:
        raise InterchangeError(_("The file defines no levels."))
    if in_grid and not aspects:
        raise InterchangeError(_("The file defines no aspects."))
    codes: dict[str, Where] = {}
    cells: dict[tuple[str, str], tuple[str, Where]] = {}
    objective_codes: dict[str, Where] = {}
    for comp in data.get("competencies", []):
        w = at(comp)
        _check_text(w, "competency", comp.get("code", ""), comp.get("title"))
        code = comp["code"]
        if code in codes:
            raise w.fail(
                _("competency code %(code)s is already used (%(first)s)") % {"code": code, "first": codes[code].label}
            )
        codes[code] = w
        if not comp.get("level") and not comp.get("aspect"):
            pass  # A node of a tree: its parent is checked below, once every code is known.
        elif comp.get("level") not in levels:
            raise w.fail(_("competency %(code)s is not under a known level") % {"code": code})
        elif comp.get("aspect") not in aspects:
            raise w.fail(_("competency %(code)s has no known aspect") % {"code": code})
        cell = (comp.get("level"), comp.get("aspect"))
        if not cell[0]:
            pass
        elif cell in cells:
            other, other_where = cells[cell]
            raise w.fail(
                _(
                    "competency %(code)s is in the same cell (level %(level)s, aspect %(aspect)s) "
                    "as %(other)s (%(first)s)"
                )
                % {"code": code, "level": cell[0], "aspect": cell[1], "other": other, "first": other_where.label}
            )
        cells[cell] = (code, w)
        for obj in comp.get("objectives", []):
            ow = at(obj)
            _check_text(ow, "objective", obj.get("code", ""), None)
            if not obj.get("text"):
                raise ow.fail(_("objective %(code)s has no text") % {"code": obj["code"]})
            if obj["code"] in objective_codes:
                raise ow.fail(
                    _("objective code %(code)s is already used (%(first)s)")
                    % {"code": obj["code"], "first": objective_codes[obj["code"]].label}
                )
            objective_codes[obj["code"]] = ow
    if not codes:
        raise InterchangeError(_("The file defines no competencies."))
    parents = {c["code"]: c.get("parent") for c in data.get("competencies", [])}
    for comp in data.get("competencies", []):
        seen_codes, node = {comp["code"]}, comp.get("parent")
        while node:
            if node not in parents:
                raise at(comp).fail(_("the parent %(parent)s is not in the file") % {"parent": node})
            if node in seen_codes:
                raise at(comp).fail(_("the parents form a loop"))
            seen_codes.add(node)
            node = parents[node]
