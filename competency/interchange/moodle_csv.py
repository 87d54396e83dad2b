"""Moodle competency-framework CSV (admin/tool/lpimportcsv), read and written as the neutral dictionary.

Tree (see docs/decisions/0010-framework-interchange.md): the framework row, then level rows ("KA"),
aspect rows ("aspect:1"), competencies under their level ("KA.1", cross-referencing their aspect row)
and objectives under their competency ("KA.1.a"). Moodle reads "Taxonomy" only on the framework row,
so on the other rows it carries the kind of node, which lets a round trip restore the matrix exactly.

Rule columns are written as Moodle's exporter writes them: each level row carries Moodle's "all children
complete" rule with outcome "complete" (a level is attained when all its competencies are mastered, as here),
other rows no rule (`0`, `null`). On import, a rule Moodle could hold but we cannot honour is refused by line.
"""

import csv
import html
import io
import json
import re

from django.utils.text import slugify
from django.utils.translation import gettext as _

from .common import InterchangeError, Where
from .moodle_tree import as_uuid, build_tree, tree_rows

HEADER = [
    "Parent ID number",
    "ID number",
    "Short name",
    "Description",
    "Description format",
    "Scale values",
    "Scale configuration",
    "Rule type (optional)",
    "Rule outcome (optional)",
    "Rule config (optional)",
    "Cross-referenced competency ID numbers",
    "Exported ID (optional)",
    "Is framework",
    "Taxonomy",
]
(PARENT, IDNUMBER, SHORTNAME, DESCRIPTION, DESCFORMAT, SCALEVALUES, SCALECONFIG) = range(7)
(RULETYPE, RULEOUTCOME, RULECONFIG, RELATED, EXPORTID, ISFRAMEWORK, TAXONOMY) = range(7, 14)

ASPECT_PREFIX = "aspect:"
KINDS = ("level", "aspect", "competency", "objective")
FORMAT_PLAIN = "2"  # Moodle's FORMAT_PLAIN: our texts are plain, never HTML.
# Moodle needs a scale on the framework; ours is binary (mastered or not), the threshold lives in our rule.
SCALE_VALUES = "Not yet mastered,Mastered"
SCALE_CONFIG = json.dumps(
    [{"scaleid": "0"}, {"id": 1, "scaledefault": 1, "proficient": 0}, {"id": 2, "scaledefault": 0, "proficient": 1}],
    separators=(",", ":"),
)
# Moodle taxonomy terms per depth; depth 1 holds both levels and aspects, hence "domain".
FRAMEWORK_TAXONOMY = "domain,competency,outcome"
MOODLE_SHORTNAME_MAX = 100
# core_competency\competency: the rule classes and outcomes Moodle accepts.
RULE_ALL = "core_competency\\competency_rule_all"
RULE_POINTS = "core_competency\\competency_rule_points"
OUTCOME_NONE, OUTCOME_COMPLETE = "0", "2"
OUTCOMES = {"0", "1", "2", "3"}  # none, evidence, complete, recommend
# Moodle's FORMAT_* constants: 0 Moodle auto-format, 1 HTML, 2 plain text, 4 Markdown.
DESCRIPTION_FORMATS = {"", "0", "1", "2", "4"}
_BREAKS = re.compile(r"<br\s*/?>|</p>|</div>|</li>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")


def _norm(header: str) -> str:
    # Moodle versions spell the headers differently: "Short name" / "Shortname", "Cross-referenced" /
    # "Cross referenced", "Exported ID (optional)" / "Exported id (optional)".
    return re.sub(r"[\s\-]", "", header.lower().replace("(optional)", ""))


def _plain(text: str, fmt: str) -> str:
    """A description as our plain text: Moodle writes HTML (format 1) or auto-format (0) text."""
    if fmt not in ("0", "1"):
        return text
    text = html.unescape(_TAGS.sub("", _BREAKS.sub("\n", text)))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def data_to_csv(data: dict) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)

    def row(parent="", idnumber="", shortname="", description="", related="", exportid="", kind="", fw=False):
        writer.writerow(cells_of(parent, idnumber, shortname, description, related, exportid, kind, fw))

    def cells_of(parent="", idnumber="", shortname="", description="", related="", exportid="", kind="", fw=False):
        cells = [""] * len(HEADER)
        cells[PARENT], cells[IDNUMBER], cells[SHORTNAME] = parent, idnumber, shortname
        cells[DESCRIPTION], cells[DESCFORMAT] = description, FORMAT_PLAIN
        cells[RELATED], cells[EXPORTID] = related, exportid
        cells[ISFRAMEWORK] = "1" if fw else ""
        cells[TAXONOMY] = FRAMEWORK_TAXONOMY if fw else kind
        if fw:
            cells[SCALEVALUES], cells[SCALECONFIG] = SCALE_VALUES, SCALE_CONFIG
        else:
            # As Moodle's exporter: no rule is outcome 0 and config "null".
            rule = kind == "level"
            cells[RULETYPE] = RULE_ALL if rule else ""
            cells[RULEOUTCOME] = OUTCOME_COMPLETE if rule else OUTCOME_NONE
            cells[RULECONFIG] = "null"
        return cells

    if not data["levels"] and not data["aspects"]:
        writer.writerows(tree_rows(data, cells_of, _plain))
        return out.getvalue()
    fw_id = (data.get("source") or {}).get("id") or data["slug"]
    row(idnumber=fw_id, shortname=data["name"], description=data.get("description", ""),
        exportid=data.get("uuid", ""), fw=True)  # fmt: skip
    for lv in data["levels"]:
        row(idnumber=lv["code"], shortname=lv["name"], description=lv.get("summary", ""),
            exportid=lv.get("uuid", ""), kind="level")  # fmt: skip
    for a in data["aspects"]:
        # A group of aspects (DigCompEdu's areas) is the parent row of its aspects.
        group = ASPECT_PREFIX + a["parent"] if a.get("parent") else ""
        row(parent=group, idnumber=ASPECT_PREFIX + a["code"], shortname=a["name"],
            description=a.get("summary", ""), exportid=a.get("uuid", ""), kind="aspect")  # fmt: skip
    for c in data["competencies"]:
        row(parent=c["level"], idnumber=c["code"], shortname=c["title"], description=c.get("description", ""),
            related=_escape(ASPECT_PREFIX + c["aspect"]), exportid=c.get("uuid", ""), kind="competency")  # fmt: skip
        for o in c["objectives"]:
            # Moodle cuts short names at 100 characters, so the full text travels in the description.
            short = o["text"] if len(o["text"]) <= MOODLE_SHORTNAME_MAX else o["text"][: MOODLE_SHORTNAME_MAX - 1] + "…"
            row(parent=c["code"], idnumber=o["code"], shortname=short, description=o["text"],
                exportid=o.get("uuid", ""), kind="objective")  # fmt: skip
    return out.getvalue()


def _escape(idnumber: str) -> str:
    return idnumber.replace(",", "%2C")


def _records(text: str):
    """(line number where the record starts, cells) for each non-empty record."""
    # Moodle lets the user pick the delimiter, and spreadsheets in many locales save with ";".
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    start = 1
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                yield start, cells
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InterchangeError(_("line %(n)d: %(error)s") % {"n": start, "error": exc}) from exc


def csv_to_data(text: str) -> tuple[dict, dict[int, Where]]:
    """Parse a Moodle framework CSV; returns the neutral dictionary and where each item came from."""
    text = text.lstrip("\ufeff")
    records = list(_records(text))
    if not records:
        raise InterchangeError(_("The file is empty."))
    header_line, header = records[0]
    for i, expected in enumerate(HEADER):
        found = header[i] if i < len(header) else ""
        if _norm(found) != _norm(expected):
            raise InterchangeError(
                _("line %(n)d: column %(col)d should be “%(expected)s”, found “%(found)s”")
                % {"n": header_line, "col": i + 1, "expected": expected, "found": found}
            )
    nodes: dict[str, dict] = {}
    framework: dict | None = None
    order: list[dict] = []
    for line, cells in records[1:]:
        raw = (cells + [""] * len(HEADER))[: len(HEADER)]
        cells = [c.strip() for c in cells] + [""] * (len(HEADER) - len(cells))
        w = Where(_("line %(n)d") % {"n": line})
        if cells[DESCFORMAT] not in DESCRIPTION_FORMATS:
            raise w.fail(
                _("description format %(fmt)s is not one of Moodle's (0, 1, 2 or 4)") % {"fmt": cells[DESCFORMAT]}
            )
        node = {
            "line": line,
            "where": w,
            "parent": cells[PARENT],
            "id": cells[IDNUMBER],
            "short": cells[SHORTNAME],
            "description": _plain(cells[DESCRIPTION], cells[DESCFORMAT]),
            "related": [r.replace("%2C", ",") for r in cells[RELATED].split(",") if r.strip()],
            "kind": cells[TAXONOMY].lower(),
            "rule": (cells[RULETYPE], cells[RULEOUTCOME], cells[RULECONFIG]),
            "raw": raw,
            "uuid": as_uuid(cells[EXPORTID]),
        }
        _check_scale(w, cells)
        if cells[ISFRAMEWORK] not in ("", "0"):
            if framework is not None:
                raise w.fail(_("a second framework row (the first is %(first)s)") % {"first": framework["where"].label})
            framework = node
            continue
        if not node["id"]:
            raise w.fail(_("the ID number is empty"))
        if node["id"] in nodes:
            raise w.fail(
                _("ID number %(id)s is already used on %(first)s")
                % {"id": node["id"], "first": nodes[node["id"]]["where"].label}
            )
        nodes[node["id"]] = node
        order.append(node)
    if framework is None:
        raise InterchangeError(_("The file has no framework row (“Is framework” = 1)."))
    if not framework["short"]:
        raise framework["where"].fail(_("the framework has no short name"))
    fid = framework["id"]
    slug = fid if slugify(fid) == fid and len(fid) <= 50 else slugify(fid)[:50].strip("-")
    # Our grid says so (kinds in Taxonomy, aspect rows); any other file is a tree of any depth.
    if not any(n["kind"] in KINDS or n["id"].startswith(ASPECT_PREFIX) for n in order):
        return build_tree(framework, nodes, order, slug)
    data, where = _build(framework, nodes, order)
    data["slug"] = slug
    data["source"] = {"id": fid}
    if framework["uuid"]:
        data["uuid"] = framework["uuid"]
    return data, where


def _check_scale(w: Where, cells: list[str]) -> None:
    # Our mastery is binary and the threshold is our own rule, so the scale is not kept; but a scale
    # configuration Moodle itself would refuse means the file is damaged.
    config = cells[SCALECONFIG]
    if not config:
        return
    try:
        items = json.loads(config)
    except ValueError as exc:
        raise w.fail(_("the scale configuration is not JSON: %(error)s") % {"error": exc}) from exc
    if not (isinstance(items, list) and items and isinstance(items[0], dict) and "scaleid" in items[0]):
        raise w.fail(_('the scale configuration must be a list starting with {"scaleid": …}, as Moodle writes it'))
    rest = [i for i in items[1:] if isinstance(i, dict)]
    if not any(i.get("scaledefault") for i in rest) or not any(i.get("proficient") for i in rest):
        raise w.fail(_("the scale configuration needs a default value and a proficient value"))


def _check_rule(node: dict, kind: str) -> None:
    """Moodle's rule columns: a level's "all complete" rule is ours; any other rule cannot be kept."""
    ruletype, outcome, config = node["rule"]
    w = node["where"]
    if outcome not in OUTCOMES | {""}:
        raise w.fail(_("rule outcome %(value)s is not one of Moodle's (0, 1, 2 or 3)") % {"value": outcome})
    if config not in ("", "null") and not ruletype:
        raise w.fail(_("a rule config is given without a rule type"))
    if not ruletype:
        return
    if ruletype not in (RULE_ALL, RULE_POINTS):
        raise w.fail(_("unknown rule type %(rule)s") % {"rule": ruletype})
    if ruletype != RULE_ALL or kind != "level":
        raise w.fail(
            _(
                "the rule %(rule)s on %(id)s cannot be kept here: a level is attained when all its competencies "
                "are mastered, and competencies are mastered from evidence; clear the three rule columns"
            )
            % {"rule": ruletype, "id": node["id"]}
        )


def _depth(node: dict, nodes: dict) -> int:
    depth, seen = 1, {node["id"]}
    while node["parent"]:
        parent = nodes.get(node["parent"])
        if parent is None:
            raise node["where"].fail(_("parent ID number %(id)s is not in the file") % {"id": node["parent"]})
        if parent["id"] in seen:
            raise node["where"].fail(_("the parent ID numbers form a loop"))
        seen.add(parent["id"])
        node, depth = parent, depth + 1
    return depth


def _kind(node: dict, nodes: dict) -> str:
    if node["kind"] in ("level", "aspect", "competency", "objective"):
        return node["kind"]
    # A file made by Moodle itself has no kinds: the tree depth says what a node is.
    depth = _depth(node, nodes)
    if depth == 1:
        return "aspect" if node["id"].startswith(ASPECT_PREFIX) else "level"
    if depth == 2:
        return "competency"
    if depth == 3:
        return "objective"
    raise node["where"].fail(_("the tree is deeper than level → competency → objective"))


def _build(framework: dict, nodes: dict, order: list[dict]) -> tuple[dict, dict[int, Where]]:
    where: dict[int, Where] = {}
    data = {"slug": framework["id"], "name": framework["short"], "description": framework["description"]}
    levels, aspects, comps = [], [], {}
    kinds = {n["id"]: _kind(n, nodes) for n in order}
    for node in order:
        kind, w = kinds[node["id"]], node["where"]
        _check_rule(node, kind)
        parent_kind = kinds.get(node["parent"]) if node["parent"] else None
        if node["parent"] and node["parent"] not in nodes:
            raise w.fail(_("parent ID number %(id)s is not in the file") % {"id": node["parent"]})
        if kind in ("level", "aspect"):
            grouped = kind == "aspect" and parent_kind == "aspect"
            if node["parent"] and not grouped:
                raise w.fail(_("a %(kind)s must be at the top of the tree, without a parent") % {"kind": kind})
            code = node["id"].removeprefix(ASPECT_PREFIX) if kind == "aspect" else node["id"]
            target = levels if kind == "level" else aspects
            item = {"code": code, "name": node["short"], "summary": node["description"], "order": len(target) + 1}
            if grouped:
                item["parent"] = node["parent"].removeprefix(ASPECT_PREFIX)
            target.append(item)
        elif kind == "competency":
            if parent_kind != "level":
                raise w.fail(_("competency %(id)s must have a level as its parent") % {"id": node["id"]})
            aspect_refs = [r for r in node["related"] if kinds.get(r) == "aspect"]
            if len(aspect_refs) != 1:
                raise w.fail(
                    _("competency %(id)s must cross-reference exactly one aspect row, e.g. %(example)s")
                    % {"id": node["id"], "example": ASPECT_PREFIX + "1"}
                )
            item = {
                "code": node["id"],
                "level": node["parent"],
                "aspect": aspect_refs[0].removeprefix(ASPECT_PREFIX),
                "title": node["short"],
                "description": node["description"],
                "objectives": [],
            }
            comps[node["id"]] = item
        else:
            if parent_kind != "competency":
                raise w.fail(_("objective %(id)s must have a competency as its parent") % {"id": node["id"]})
            item = {"code": node["id"], "text": node["description"] or node["short"]}
            # Parents may come after children in a hand-made file; attach once all rows are read.
            item["_parent"] = node["parent"]
        if node["uuid"]:
            item["uuid"] = node["uuid"]
        where[id(item)] = w
        node["item"] = item
    for node in order:
        item = node["item"]
        if "_parent" in item:
            comps[item.pop("_parent")]["objectives"].append(item)
    data.update(levels=levels, aspects=aspects, competencies=list(comps.values()))
    return data, where
