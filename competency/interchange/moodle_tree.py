"""Moodle competency frameworks of any shape: every row a competency in a tree of any depth.

A Moodle file that is not our levels × aspects grid (no `aspect:` rows, no kinds in Taxonomy), such as
Moodle's own example.csv (OECD: clusters → competencies → indicators, with levels as a sibling branch), is
read as a tree (docs/decisions/0180-frameworks-of-any-shape.md). Each row's cells are kept as read in the
item's `source`, and written back unchanged while what we show of the row (parent, ID number, short name,
description) is unchanged, so Moodle's scales, rules, cross-references and HTML survive a round trip.
"""

import uuid

from django.utils.translation import gettext as _

from .common import Where

COLUMNS = 14
(PARENT, IDNUMBER, SHORTNAME, DESCRIPTION, DESCFORMAT) = range(5)
(RULETYPE, RULEOUTCOME, RULECONFIG, RELATED, EXPORTID, ISFRAMEWORK, TAXONOMY) = range(7, 14)
RULES = {"core_competency\\competency_rule_all", "core_competency\\competency_rule_points"}
OUTCOMES = {"", "0", "1", "2", "3"}


def as_uuid(value: str) -> str | None:
    """Our own exports carry our uuid in "Exported ID"; Moodle's carry its database ids, which are not kept."""
    try:
        return str(uuid.UUID(value.strip()))
    except (ValueError, AttributeError):
        return None


def _check_rule(node: dict) -> None:
    # Moodle's rules are kept for the round trip; mastery here comes from evidence (ADR 0180).
    ruletype, outcome, config = node["rule"]
    if outcome not in OUTCOMES:
        raise node["where"].fail(_("rule outcome %(value)s is not one of Moodle's (0, 1, 2 or 3)") % {"value": outcome})
    if ruletype and ruletype not in RULES:
        raise node["where"].fail(_("unknown rule type %(rule)s") % {"rule": ruletype})


def build_tree(framework: dict, nodes: dict, order: list[dict], slug: str) -> tuple[dict, dict[int, Where]]:
    where: dict[int, Where] = {}
    data = {
        "slug": slug,
        "name": framework["short"],
        "description": framework["description"],
        "source": {"id": framework["id"], "moodle": framework["raw"]},
        "levels": [],
        "aspects": [],
        "competencies": [],
    }
    if as_uuid(framework["raw"][EXPORTID]):
        data["uuid"] = as_uuid(framework["raw"][EXPORTID])
    for position, node in enumerate(order, start=1):
        _check_rule(node)
        if node["parent"] and node["parent"] not in nodes:
            raise node["where"].fail(_("parent ID number %(id)s is not in the file") % {"id": node["parent"]})
        if not node["short"]:
            raise node["where"].fail(_("competency %(code)s has no name") % {"code": node["id"]})
        item = {
            "code": node["id"],
            "title": node["short"],
            "description": node["description"],
            "parent": node["parent"] or None,
            "order": position,
            "source": {"moodle": node["raw"]},
            "objectives": [],
        }
        if as_uuid(node["raw"][EXPORTID]):
            item["uuid"] = as_uuid(node["raw"][EXPORTID])
        where[id(item)] = node["where"]
        data["competencies"].append(item)
    return data, where


def _unchanged(raw, parent: str, idnumber: str, short: str, description: str, plain) -> bool:
    return (
        isinstance(raw, list)
        and len(raw) == COLUMNS
        and raw[PARENT].strip() == parent
        and raw[IDNUMBER].strip() == idnumber
        and raw[SHORTNAME].strip() == short
        and plain(raw[DESCRIPTION].strip(), raw[DESCFORMAT].strip()) == description
    )


def tree_rows(data: dict, fresh_row, plain) -> list[list[str]]:
    """The rows of a tree framework: the cells as read while unchanged, else freshly written ones."""
    source = data.get("source") or {}
    fw_id = source.get("id") or data["slug"]
    raw = source.get("moodle")
    if _unchanged(raw, "", fw_id, data["name"], data.get("description", ""), plain):
        rows = [raw]
    else:
        rows = [fresh_row(idnumber=fw_id, shortname=data["name"], description=data.get("description", ""),
                          exportid=data.get("uuid", ""), fw=True)]  # fmt: skip
    for c in data["competencies"]:
        raw = (c.get("source") or {}).get("moodle")
        if _unchanged(raw, c.get("parent") or "", c["code"], c["title"], c.get("description", ""), plain):
            rows.append(raw)
        else:
            kept_related = raw[RELATED] if isinstance(raw, list) and len(raw) == COLUMNS else ""
            rows.append(
                fresh_row(parent=c.get("parent") or "", idnumber=c["code"], shortname=c["title"],
                          description=c.get("description", ""), related=kept_related, exportid=c.get("uuid", ""))
            )  # fmt: skip
    return rows
