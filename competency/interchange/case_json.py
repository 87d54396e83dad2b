"""1EdTech CASE 1.0 CFPackage (JSON), written from and read into the neutral dictionary.

Levels and aspects are CFItems that are children of the CFDocument (an aspect in a group isChildOf the
group); a competency isChildOf its level and isPartOf its aspect; an objective isChildOf its competency.
A framework of any other shape is a tree: a competency isChildOf its parent competency or the document,
and items of any other CFItemType are read as such tree nodes (their type kept).

Identifiers are persistent (docs/decisions/0181-lossless-framework-round-trips.md): a CASE identifier
that is a UUID becomes our uuid; any other, association identifiers we did not mint, the item types and
the document's lastChangeDateTime are kept in `source["case"]`, so an export writes back what came in.
"""

import json
import uuid

from django.utils.text import slugify
from django.utils.translation import gettext as _

from .common import InterchangeError, Where

# Namespace for identifiers we mint (item types, licences, associations) so re-exports are stable.
NAMESPACE = uuid.UUID("6b1f3c8e-2f6d-4c55-9a43-3c0b5f1d8e21")
ITEM_TYPES = {"level": "Level", "aspect": "Aspect", "competency": "Competency", "objective": "Objective"}
CHILD_OF, PART_OF = "isChildOf", "isPartOf"


def _urn(identifier: str) -> str:
    return f"urn:uuid:{identifier}"


def _link(title: str, identifier: str, uri: str | None = None) -> dict:
    return {"title": title, "identifier": identifier, "uri": uri or _urn(identifier)}


def _minted(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "|".join(parts)))


def _case(obj: dict) -> dict:
    return (obj.get("source") or {}).get("case") or {}


def as_identifier(identifier: str) -> tuple[str, dict]:
    """Our uuid for a CASE identifier, and what to keep so the identifier is written back as it came."""
    try:
        return str(uuid.UUID(identifier)), ({} if str(uuid.UUID(identifier)) == identifier else {"id": identifier})
    except ValueError:
        return _minted("identifier", identifier), {"id": identifier}


def data_to_case(data: dict) -> str:
    changed = _case(data).get("changed") or data.get("updated_at") or "1970-01-01T00:00:00+00:00"
    doc_id = _case(data).get("id") or data["uuid"]
    doc_link = _link(data["name"], doc_id)
    type_titles = dict(ITEM_TYPES)
    for c in data["competencies"]:
        if _case(c).get("type"):
            type_titles.setdefault("type:" + _case(c)["type"], _case(c)["type"])
    type_links = {kind: _link(title, _minted("item-type", title)) for kind, title in type_titles.items()}
    items, associations, titles, idents = [], [], {doc_id: data["name"]}, {}

    def item(kind: str, obj: dict, statement: str, abbreviated: str = "", notes: str = "", order=None) -> None:
        ident = _case(obj).get("id") or obj["uuid"]
        idents[obj["uuid"]] = ident
        entry = {
            "identifier": ident,
            "uri": _urn(ident),
            "CFDocumentURI": doc_link,
            "fullStatement": statement,
            "humanCodingScheme": obj["code"],
            "CFItemType": type_titles[kind],
            "CFItemTypeURI": type_links[kind],
            "lastChangeDateTime": changed,
        }
        if abbreviated:
            entry["abbreviatedStatement"] = abbreviated
        if notes:
            entry["notes"] = notes
        if order is not None:
            entry["listEnumeration"] = str(order)
        items.append(entry)
        titles[ident] = obj["code"]

    def associate(kind: str, obj: dict, destination: str, sequence: int | None) -> None:
        origin = idents[obj["uuid"]]
        destination = idents.get(destination, destination)
        assoc_id = (_case(obj).get("assoc") or {}).get(kind) or _minted(kind, origin, destination)
        entry = {
            "identifier": assoc_id,
            "uri": _urn(assoc_id),
            "associationType": kind,
            "CFDocumentURI": doc_link,
            "originNodeURI": _link(titles[origin], origin),
            "destinationNodeURI": _link(titles[destination], destination),
            "lastChangeDateTime": changed,
        }
        if sequence is not None:
            entry["sequenceNumber"] = sequence
        associations.append(entry)

    levels = {lv["code"]: lv["uuid"] for lv in data["levels"]}
    aspects = {a["code"]: a["uuid"] for a in data["aspects"]}
    comps = {c["code"]: c["uuid"] for c in data["competencies"]}
    for kind, plural in (("level", "levels"), ("aspect", "aspects")):
        for obj in data[plural]:
            item(kind, obj, obj["name"], notes=obj.get("summary", ""), order=obj["order"])
    for plural in ("levels", "aspects"):
        for obj in data[plural]:
            parent = aspects[obj["parent"]] if obj.get("parent") else doc_id
            associate(CHILD_OF, obj, parent, obj["order"])
    for comp in data["competencies"]:
        # The statement is the description when there is one; the short title rides in abbreviatedStatement.
        kind = "type:" + _case(comp)["type"] if _case(comp).get("type") else "competency"
        item(kind, comp, comp.get("description") or comp["title"], abbreviated=comp["title"])
        for order, obj in enumerate(comp["objectives"], start=1):
            # Notes say where a reconstructed wording comes from, so a CASE consumer never takes it for UNESCO's.
            item("objective", obj, obj["text"], notes=obj.get("note", ""), order=order)
    for seq, comp in enumerate(data["competencies"], start=1):
        if comp.get("level"):
            associate(CHILD_OF, comp, levels[comp["level"]], seq)
            associate(PART_OF, comp, aspects[comp["aspect"]], None)
        else:
            associate(CHILD_OF, comp, comps[comp["parent"]] if comp.get("parent") else doc_id, comp.get("order") or seq)
        for order, obj in enumerate(comp["objectives"], start=1):
            associate(CHILD_OF, obj, comp["uuid"], order)

    document = {
        "identifier": doc_id,
        "uri": _urn(doc_id),
        "creator": data.get("publisher") or data["name"],
        "title": data["name"],
        "lastChangeDateTime": changed,
        "version": data["version"],
        "humanCodingScheme": data["slug"],
        "language": "en",
        "adoptionStatus": "Adopted",
        "CFPackageURI": _link(data["name"], doc_id),
    }
    for key, field in (("publisher", "publisher"), ("description", "description"), ("officialSourceURL", "source_url"),
                       ("notes", "attribution")):  # fmt: skip
        if data.get(field):
            document[key] = data[field]
    definitions: dict = {
        "CFItemTypes": [
            {
                "identifier": link["identifier"],
                "uri": link["uri"],
                "title": link["title"],
                "description": link["title"],
                "hierarchyCode": str(i),
                "lastChangeDateTime": changed,
            }  # fmt: skip
            for i, link in enumerate(type_links.values(), start=1)
        ]
    }
    if data.get("licence"):
        licence_id = _minted("licence", data["licence"], data.get("licence_url", ""))
        licence_uri = data.get("licence_url") or _urn(licence_id)
        document["licenseURI"] = _link(data["licence"], licence_id, licence_uri)
        definitions["CFLicenses"] = [
            {
                "identifier": licence_id,
                "uri": licence_uri,
                "title": data["licence"],
                "licenseText": data.get("licence_url") or data["licence"],
                "lastChangeDateTime": changed,
            }  # fmt: skip
        ]
    package = {"CFDocument": document, "CFItems": items, "CFAssociations": associations, "CFDefinitions": definitions}
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"


def _text(obj: dict, key: str, where: Where) -> str:
    """A text property of a CASE object: a string (numbers are accepted as written), else the file is refused."""
    value = obj.get(key)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise where.fail(_("%(field)s must be text") % {"field": key})


def _kind_of(item: dict) -> str | None:
    type_uri = item.get("CFItemTypeURI")
    title = item.get("CFItemType") or (type_uri.get("title") if isinstance(type_uri, dict) else "") or ""
    return {v.lower(): k for k, v in ITEM_TYPES.items()}.get(str(title).strip().lower())


def _node_id(link, where: Where, field: str) -> str:
    if not isinstance(link, dict) or not link.get("identifier"):
        raise where.fail(_("%(field)s has no identifier") % {"field": field})
    return str(link["identifier"])


def case_to_data(text: str) -> tuple[dict, dict[int, Where]]:
    try:
        package = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            _("The file is not valid JSON (line %(line)d, column %(col)d: %(msg)s).")
            % {"line": exc.lineno, "col": exc.colno, "msg": exc.msg}
        ) from exc
    except RecursionError as exc:
        raise InterchangeError(_("The file is not a CASE package: its JSON is nested too deeply.")) from exc
    if not isinstance(package, dict) or not isinstance(package.get("CFDocument"), dict):
        raise InterchangeError(_("The file is not a CASE package: CFDocument is missing."))
    document = package["CFDocument"]
    doc_where = Where(_("CFDocument %(id)s") % {"id": document.get("identifier", "?")})
    if not document.get("identifier") or not document.get("title"):
        raise doc_where.fail(_("identifier and title are required"))
    doc_id = str(document["identifier"])
    raw_items, raw_assocs = package.get("CFItems", []), package.get("CFAssociations", [])
    if not isinstance(raw_items, list) or not isinstance(raw_assocs, list):
        raise InterchangeError(_("CFItems and CFAssociations must be lists."))

    items: dict[str, dict] = {}
    for position, raw in enumerate(raw_items, start=1):
        if not isinstance(raw, dict) or not raw.get("identifier"):
            raise InterchangeError(_("CFItem number %(n)d has no identifier.") % {"n": position})
        w = Where(_("CFItem %(id)s") % {"id": raw["identifier"]})
        ident = str(raw["identifier"])
        if ident in items or ident == doc_id:
            raise w.fail(_("the identifier is used twice"))
        # An item of another type (a Domain, a Standard…) is a node of a tree of any depth (ADR 0180).
        kind = _kind_of(raw) or "node"
        items[ident] = {
            "raw": raw, "kind": kind, "where": w, "position": position, "parents": {}, "seq": None, "assoc": {},
        }  # fmt: skip

    for raw in raw_assocs:
        if not isinstance(raw, dict):
            raise InterchangeError(_("A CFAssociation is not an object."))
        w = Where(_("CFAssociation %(id)s") % {"id": raw.get("identifier", "?")})
        kind = raw.get("associationType")
        if kind not in (CHILD_OF, PART_OF):
            continue  # Other associations (exactMatchOf, isRelatedTo…) carry nothing we store.
        origin = _node_id(raw.get("originNodeURI"), w, "originNodeURI")
        destination = _node_id(raw.get("destinationNodeURI"), w, "destinationNodeURI")
        if origin not in items:
            if origin == doc_id:
                raise w.fail(_("the document cannot be a child"))
            continue  # An association about an item of another package.
        node = items[origin]
        target_kind = "document" if destination == doc_id else items.get(destination, {}).get("kind")
        if target_kind is None:
            raise node["where"].fail(
                _("its %(type)s association points at %(dest)s, which is not in the package")
                % {"type": kind, "dest": destination}
            )
        if target_kind in node["parents"]:
            raise node["where"].fail(_("it has two parents of kind %(kind)s") % {"kind": target_kind})
        node["parents"][target_kind] = destination
        if raw.get("identifier") and str(raw["identifier"]) != _minted(kind, origin, destination):
            node["assoc"][kind] = str(raw["identifier"])
        if kind == CHILD_OF and raw.get("sequenceNumber") is not None:
            node["seq"] = raw["sequenceNumber"]
    return _build(document, items)


def _order_key(node: dict):
    raw = node["raw"]
    seq = node["seq"] if node["seq"] is not None else raw.get("listEnumeration")
    try:
        return (0, float(seq), node["position"])
    except (TypeError, ValueError):
        return (1, 0.0, node["position"])


def _build(document: dict, items: dict[str, dict]) -> tuple[dict, dict[int, Where]]:
    where: dict[int, Where] = {}
    doc_where = Where(_("CFDocument %(id)s") % {"id": document.get("identifier", "?")})
    licence = document.get("licenseURI") or {}
    if not isinstance(licence, dict):
        licence = {}
    doc_uuid, kept = as_identifier(str(document["identifier"]))
    changed = _text(document, "lastChangeDateTime", doc_where)
    data: dict = {
        "uuid": doc_uuid,
        "source": {"case": {**kept, **({"changed": changed} if changed else {})}},
        "slug": _text(document, "humanCodingScheme", doc_where) or slugify(document["title"])[:50].strip("-"),
        "name": _text(document, "title", doc_where),
        "version": _text(document, "version", doc_where),
        "publisher": _text(document, "publisher", doc_where),
        "description": _text(document, "description", doc_where),
        "source_url": _text(document, "officialSourceURL", doc_where),
        "attribution": _text(document, "notes", doc_where),
        "licence": _text(licence, "title", doc_where),
    }
    uri = _text(licence, "uri", doc_where)
    if uri.startswith(("http://", "https://")):
        data["licence_url"] = uri
    nodes = sorted(items.values(), key=_order_key)
    codes: dict[str, str] = {}
    for node in nodes:
        raw, w = node["raw"], node["where"]
        code = _text(raw, "humanCodingScheme", w).strip()
        if not code and node["kind"] == "node":
            code = str(raw["identifier"])[:100]  # a tree node of another framework may have no code
        if not code:
            raise w.fail(_("humanCodingScheme (the code) is required"))
        if not _text(raw, "fullStatement", w):
            raise w.fail(_("fullStatement is required"))
        for key in ("abbreviatedStatement", "notes"):
            _text(raw, key, w)
        codes[str(raw["identifier"])] = code
    levels, aspects, comps = [], [], {}
    for position, node in enumerate(nodes, start=1):
        raw, w, kind, parents = node["raw"], node["where"], node["kind"], node["parents"]
        ident, code = str(raw["identifier"]), codes[str(raw["identifier"])]
        our_uuid, kept = as_identifier(ident)
        if node["assoc"]:
            kept["assoc"] = node["assoc"]
        if kind == "node":
            kept["type"] = _text(raw, "CFItemType", w) or "Node"
        if kind in ("level", "aspect"):
            target = levels if kind == "level" else aspects
            entry = {"code": code, "name": _text(raw, "fullStatement", w), "summary": _text(raw, "notes", w),
                     "order": len(target) + 1}  # fmt: skip
            if kind == "aspect" and "aspect" in parents:
                entry["parent"] = codes[parents["aspect"]]
            target.append(entry)
        elif kind in ("competency", "node") and not ({"level", "aspect"} & set(parents)):
            if "competency" in parents and "node" in parents:
                raise w.fail(_("it has two parents"))
            parent = parents.get("competency") or parents.get("node")
            abbreviated = _text(raw, "abbreviatedStatement", w)
            statement = _text(raw, "fullStatement", w)
            entry = {
                "code": code,
                "parent": codes[parent] if parent else None,
                "order": position,
                "title": abbreviated or statement,
                "description": statement if abbreviated else "",
                "objectives": [],
            }
            comps[ident] = entry
        elif kind in ("competency", "node"):
            if "level" not in parents:
                raise w.fail(_("competency %(code)s isChildOf no level") % {"code": code})
            if "aspect" not in parents:
                raise w.fail(_("competency %(code)s isPartOf no aspect") % {"code": code})
            abbreviated = _text(raw, "abbreviatedStatement", w)
            statement = _text(raw, "fullStatement", w)
            entry = {
                "code": code,
                "level": codes[parents["level"]],
                "aspect": codes[parents["aspect"]],
                "title": abbreviated or statement,
                "description": statement if abbreviated else "",
                "objectives": [],
            }
            comps[ident] = entry
        else:
            if "competency" not in parents:
                raise w.fail(_("objective %(code)s isChildOf no competency") % {"code": code})
            entry = {"code": code, "text": _text(raw, "fullStatement", w), "note": _text(raw, "notes", w)}
            entry["_parent"] = parents["competency"]
        entry["uuid"] = our_uuid
        if kept:
            entry["source"] = {"case": kept}
        where[id(entry)] = w
        node["entry"] = entry
    for node in nodes:
        entry = node["entry"]
        if "_parent" in entry:
            comps[entry.pop("_parent")]["objectives"].append(entry)
    data.update(levels=levels, aspects=aspects, competencies=list(comps.values()))
    return data, where
