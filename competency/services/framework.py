"""Writing frameworks: idempotent loads that never renumber or delete what records depend on."""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from competency.models import Aspect, Competency, CrosswalkLink, Framework, Level, Objective


class FrameworkLoadError(Exception):
    """The data cannot be loaded; nothing was written."""


@dataclass
class FrameworkLoadResult:
    framework: Framework
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        parts = []
        for kind in ("levels", "aspects", "competencies", "objectives", "crosswalk"):
            parts.append(
                f"{kind}: +{self.created.get(kind, 0)} ~{self.updated.get(kind, 0)} -{self.deleted.get(kind, 0)}"
            )
        return "; ".join(parts)


def _dependent_relations(model) -> list:
    """Reverse relations from tables outside the framework structure (evidence, modules, certificates...)."""
    structural = {Level, Aspect, Competency, Objective, CrosswalkLink}
    return [
        rel
        for rel in model._meta.related_objects
        if rel.related_model not in structural and (rel.one_to_many or rel.one_to_one or rel.many_to_many)
    ]


def _has_dependents(model, pks) -> bool:
    pks = list(pks)
    if not pks:
        return False
    for rel in _dependent_relations(model):
        accessor = rel.field.name
        if rel.related_model._default_manager.filter(**{f"{accessor}__in": pks}).exists():
            return True
    return False


def framework_has_dependents(*, framework: Framework) -> bool:
    """True when any record outside the framework itself (evidence, attainment, a module...) points into it."""
    return (
        _has_dependents(Framework, [framework.pk])
        or _has_dependents(Level, framework.levels.values_list("pk", flat=True))
        or _has_dependents(Aspect, framework.aspects.values_list("pk", flat=True))
        or _has_dependents(Competency, framework.competencies.values_list("pk", flat=True))
        or _has_dependents(Objective, framework.objectives.values_list("pk", flat=True))
    )


@transaction.atomic
def framework_delete(*, framework: Framework) -> None:
    if framework_has_dependents(framework=framework):
        raise FrameworkLoadError(
            _("Framework %(slug)s cannot be deleted: teachers' records, modules or certificates depend on it.")
            % {"slug": framework.slug}
        )
    CrosswalkLink.objects.filter(source__framework=framework).delete()
    CrosswalkLink.objects.filter(target__framework=framework).delete()
    framework.objectives.all().delete()
    framework.competencies.update(parent=None)  # a tree's nodes protect their parents
    framework.aspects.update(parent=None)
    framework.competencies.all().delete()
    framework.levels.all().delete()
    framework.aspects.all().delete()
    framework.delete()


def _require(item: dict, keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if item.get(k) in (None, "")]
    if missing:
        raise FrameworkLoadError(_("%(where)s: missing %(keys)s") % {"where": where, "keys": ", ".join(missing)})


FRAMEWORK_FIELDS = ("name", "version", "publisher", "year", "licence", "licence_url", "source_url", "attribution")


def _matched(existing: dict, by_uuid: dict, item: dict):
    """The stored item a file's item is: by identifier first (a renamed code keeps its records), then by code."""
    return by_uuid.get(str(item.get("uuid") or "")) or existing.get(str(item["code"]))


@transaction.atomic
def framework_load(*, data: dict, retire_removed: bool = False) -> FrameworkLoadResult:
    """Create or update a framework from its data file. Running it twice changes nothing.

    Texts are updated in place. A change that would renumber (move a level, an aspect or a
    competency to another cell) is refused once records depend on the framework; so is removing a
    competency, unless `retire_removed` (a newer file of the framework): then a competency teachers'
    records point at is retired, kept for them, and the others are deleted.
    """
    _require(data, ("slug", "name", "version"), _("framework"))
    defaults = {k: data[k] for k in FRAMEWORK_FIELDS if k in data and data[k] is not None}
    if "description" in data:
        defaults["description"] = data["description"]
    if "source" in data:
        defaults["source"] = data["source"] or {}
    framework = Framework.objects.select_for_update().filter(slug=data["slug"]).first()
    result = FrameworkLoadResult(framework=framework)  # type: ignore[arg-type]
    if framework is None:
        if data.get("uuid"):
            defaults["uuid"] = data["uuid"]
        framework = Framework.objects.create(slug=data["slug"], **defaults)
        result.framework = framework
        locked = False
    else:
        # What one format said survives an import from the other (Moodle cells, CASE identifiers).
        defaults["source"] = {**framework.source, **defaults.get("source", {})}
        for k, v in defaults.items():
            setattr(framework, k, v)
        framework.save()
        locked = framework_has_dependents(framework=framework)
    if data.get("is_current") and not framework.is_current:
        Framework.objects.filter(is_current=True).exclude(pk=framework.pk).update(is_current=False)
        framework.is_current = True
        framework.save(update_fields=["is_current"])

    def refuse(what: str) -> None:
        raise FrameworkLoadError(
            _("Refusing to %(what)s in %(slug)s: teachers' records, modules or certificates depend on it.")
            % {"what": what, "slug": framework.slug}
        )

    levels = _sync_ordered(framework, Level, data.get("levels", []), "levels", result, locked, refuse)
    aspects = _sync_ordered(framework, Aspect, data.get("aspects", []), "aspects", result, locked, refuse)

    existing = {c.code: c for c in framework.competencies.all()}
    by_uuid = {str(c.uuid): c for c in existing.values()}
    seen: set[str] = set()
    moves: list = []
    pending: list = []
    for i, item in enumerate(data.get("competencies", []), start=1):
        where = _("competency %(n)s") % {"n": i}
        _require(item, ("code", "title"), where)
        in_grid = bool(item.get("level") or item.get("aspect"))
        if in_grid and (item.get("level") not in levels or item.get("aspect") not in aspects):
            raise FrameworkLoadError(
                _("%(where)s (%(code)s): unknown level or aspect") % {"where": where, "code": item["code"]}
            )
        level, aspect = (levels[item["level"]], aspects[item["aspect"]]) if in_grid else (None, None)
        comp = _matched(existing, by_uuid, item)
        fields = {
            "code": item["code"],
            "title": item["title"],
            "description": item.get("description", ""),
            "order": item.get("order") or 0,
            "source": item.get("source") or {},
            "retired": False,
        }
        if comp is None:
            # Created after the moves below: its cell may be the one another competency leaves.
            extra = {"uuid": item["uuid"]} if item.get("uuid") else {}
            comp = Competency(framework=framework, level=level, aspect=aspect, **extra, **fields)
            result.created["competencies"] = result.created.get("competencies", 0) + 1
        else:
            fields["source"] = {**comp.source, **fields["source"]}
            if (comp.level_id, comp.aspect_id) != (level and level.pk, aspect and aspect.pk):
                if locked:
                    refuse(_("move competency %(code)s to another cell") % {"code": comp.code})
                if level is None:
                    fields.update(level=None, aspect=None)  # out of the grid into the tree
                else:
                    moves.append((comp, level, aspect))
            if any(getattr(comp, k) != v for k, v in fields.items()):
                for k, v in fields.items():
                    setattr(comp, k, v)
                comp.save(update_fields=list(fields))
                result.updated["competencies"] = result.updated.get("competencies", 0) + 1
        seen.add(str(comp.uuid))
        pending.append((comp, item))
    removed = [c for c in existing.values() if str(c.uuid) not in seen]
    if removed and data.get("competencies") is not None:
        if locked and not retire_removed:
            refuse(_("remove competencies %(codes)s") % {"codes": ", ".join(c.code for c in removed)})
        _remove_competencies(removed, result)
    _apply_moves(moves, result)
    for comp, _item in pending:
        if comp.pk is None:
            comp.save()
    _link_parents(framework, pending, result)
    for comp, item in pending:
        _sync_objectives(framework, comp, item.get("objectives", []), result)

    if "crosswalk" in data:
        _sync_crosswalk(framework, data["crosswalk"], result)
    return result


def _remove_competencies(removed: list, result) -> None:
    """Retire what teachers' records (or a kept child) point at; delete the rest, children first."""
    keep = {c.pk for c in removed if _has_dependents(Competency, [c.pk])}
    by_pk = {c.pk: c for c in removed}
    for pk in list(keep):
        parent = by_pk[pk].parent_id
        while parent in by_pk and parent not in keep:
            keep.add(parent)
            parent = by_pk[parent].parent_id
    retire = [c.pk for c in removed if c.pk in keep]
    Competency.objects.filter(pk__in=retire).update(retired=True)
    doomed = [c.pk for c in removed if c.pk not in keep]
    Competency.objects.filter(pk__in=doomed).update(parent=None)
    Competency.objects.filter(parent_id__in=doomed).update(parent=None)
    Competency.objects.filter(pk__in=doomed).delete()
    if retire:
        result.updated["retired"] = len(retire)
    if doomed:
        result.deleted["competencies"] = len(doomed)


def _link_parents(framework, pending: list, result) -> None:
    codes = {c.code: c for c, _item in pending}
    for comp, item in pending:
        parent = codes.get(item.get("parent") or "")
        if parent is None and item.get("parent"):
            raise FrameworkLoadError(
                _("competency %(code)s: unknown parent %(parent)s") % {"code": comp.code, "parent": item["parent"]}
            )
        if comp.parent_id != (parent.pk if parent else None):
            comp.parent = parent
            comp.save(update_fields=["parent"])


def _sync_ordered(framework, model, items, kind, result, locked, refuse) -> dict:
    existing = {o.code: o for o in model.objects.filter(framework=framework)}
    by_uuid = {str(o.uuid): o for o in existing.values()}
    by_code = {}
    reordered, created = [], []
    for i, item in enumerate(items, start=1):
        _require(item, ("code", "name", "order"), f"{kind} {i}")
        obj = _matched(existing, by_uuid, item)
        fields = {"code": str(item["code"]), "name": item["name"], "summary": item.get("summary", "")}
        fields["source"] = item.get("source") or {}
        if obj is None:
            created.append((item, fields))
            continue
        fields["source"] = {**obj.source, **fields["source"]}
        texts_changed = any(getattr(obj, k) != v for k, v in fields.items())
        if texts_changed:
            for k, v in fields.items():
                setattr(obj, k, v)
            obj.save(update_fields=list(fields))
        if obj.order != item["order"]:
            if locked:
                refuse(_("renumber %(code)s") % {"code": obj.code})
            reordered.append((obj, item["order"]))
        if texts_changed or obj.order != item["order"]:
            result.updated[kind] = result.updated.get(kind, 0) + 1
        by_code[obj.code] = obj
    # Orders are unique per framework, so a swap (KA↔KD) parks the moving rows on free numbers first.
    parking = model.objects.filter(framework=framework).order_by("-order").values_list("order", flat=True).first() or 0
    for n, (obj, _order) in enumerate(reordered, start=1):
        model.objects.filter(pk=obj.pk).update(order=parking + len(items) + n)
    for obj, order in reordered:
        obj.order = order
        obj.save(update_fields=["order"])
    for item, fields in created:
        extra = {"uuid": item["uuid"]} if item.get("uuid") else {}
        obj = model.objects.create(framework=framework, order=item["order"], **extra, **fields)
        result.created[kind] = result.created.get(kind, 0) + 1
        by_code[obj.code] = obj
    if model is Aspect:
        # Groups of aspects (DigCompEdu's areas): linked once every aspect exists.
        for item in items:
            obj, parent = by_code[str(item["code"])], by_code.get(str(item.get("parent") or ""))
            if obj.parent_id != (parent.pk if parent else None):
                obj.parent = parent
                obj.save(update_fields=["parent"])
    return by_code


def _apply_moves(moves: list, result) -> None:
    """Move competencies to new cells. One cell holds one competency, so vacate before filling;
    a swap parks one competency on a throw-away aspect inside the transaction."""
    todo, parking = list(moves), []
    while todo:
        occupied = set(
            Competency.objects.filter(
                level_id__in={lv.pk for _c, lv, _a in todo}, aspect_id__in={a.pk for _c, _l, a in todo}
            ).values_list("level_id", "aspect_id")
        )
        ready = [m for m in todo if (m[1].pk, m[2].pk) not in occupied]
        if not ready:
            comp = todo[0][0]
            top = Aspect.objects.filter(framework_id=comp.framework_id).order_by("-order").first()
            spare = Aspect.objects.create(
                framework_id=comp.framework_id, code=f"~{len(parking)}", name="~", order=(top.order if top else 0) + 1
            )
            parking.append(spare)
            comp.aspect = spare
            comp.save(update_fields=["aspect"])
            continue
        for comp, level, aspect in ready:
            comp.level, comp.aspect = level, aspect
            comp.save(update_fields=["level", "aspect"])
            result.updated["competencies"] = result.updated.get("competencies", 0) + 1
        todo = [m for m in todo if m not in ready]
    for spare in parking:
        spare.delete()


def _sync_objectives(framework, comp, items, result) -> None:
    # Objectives added by trainers in the admin are kept: the reference data is incomplete.
    existing = {o.code: o for o in comp.objectives.all()}
    by_uuid = {str(o.uuid): o for o in existing.values()}
    for order, item in enumerate(items, start=1):
        _require(item, ("code", "text"), _("objective of %(code)s") % {"code": comp.code})
        fields = {"code": item["code"], "text": item["text"], "source_note": item.get("note") or ""}
        fields["source"] = item.get("source") or {}
        obj = _matched(existing, by_uuid, item)
        if obj is None:
            extra = {"uuid": item["uuid"]} if item.get("uuid") else {}
            Objective.objects.create(framework=framework, competency=comp, order=order, **extra, **fields)
            result.created["objectives"] = result.created.get("objectives", 0) + 1
            continue
        fields["source"] = {**obj.source, **fields["source"]}
        if any(getattr(obj, k) != v for k, v in fields.items()):
            for k, v in fields.items():
                setattr(obj, k, v)
            obj.save(update_fields=list(fields))
            result.updated["objectives"] = result.updated.get("objectives", 0) + 1


def _sync_crosswalk(framework, crosswalk: dict, result) -> None:
    target = Framework.objects.filter(slug=crosswalk.get("target")).first()
    if target is None:
        # The successor is loaded later; its crosswalk is made when this framework is loaded again.
        return
    sources = {c.code: c for c in framework.competencies.all()}
    targets = {c.code: c for c in target.competencies.all()}
    for link in crosswalk.get("links", []):
        src, dst = sources.get(link["source"]), targets.get(link["target"])
        if src is None or dst is None:
            raise FrameworkLoadError(
                _("crosswalk %(source)s → %(target)s: unknown competency")
                % {"source": link["source"], "target": link["target"]}
            )
        _link, created = CrosswalkLink.objects.get_or_create(source=src, target=dst)
        if created:
            result.created["crosswalk"] = result.created.get("crosswalk", 0) + 1
