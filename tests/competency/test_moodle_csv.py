"""Moodle competency frameworks (admin/tool/lpimportcsv): we read Moodle's export, Moodle reads ours.

Fixtures in tests/fixtures/moodle/ (see its README for their sources and licence).
"""

import csv
import io
import json
from pathlib import Path

import pytest

from competency.interchange import InterchangeError, framework_export, framework_import
from competency.interchange.moodle_csv import HEADER

from .helpers import structure

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "moodle"
# tool_lpimportcsv's lang strings, in framework_importer::list_required_headers() order (current Moodle).
MOODLE_HEADER = [
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
MOODLE_RULES = {"core_competency\\competency_rule_all", "core_competency\\competency_rule_points"}


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def moodle_would_import(rows: list[list[str]]) -> list[str]:
    """What tool_lpimportcsv's framework_importer and core_competency would refuse or silently drop."""
    problems = []
    frameworks = [r for r in rows[1:] if r[12]]
    if len(frameworks) != 1:
        problems.append("exactly one framework row")
    fw = frameworks[0]
    config = json.loads(fw[6])
    if "scaleid" not in config[0] or not any(c.get("scaledefault") for c in config[1:]):
        problems.append("scale configuration")
    if not any(c.get("proficient") for c in config[1:]) or not fw[5]:
        problems.append("scale")
    ids = [r[1] for r in rows[1:] if not r[12]]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ID numbers")
    for r in rows[1:]:
        if r[12]:
            continue
        if not r[1] or not r[2] or len(r[1]) > 100 or len(r[2]) > 100:
            problems.append(f"{r[1]}: Moodle skips rows without an ID number and short name, and cuts them at 100")
        if r[0] and r[0] not in ids:
            problems.append(f"{r[1]}: parent {r[0]} missing (Moodle drops the branch)")
        if r[4] not in ("0", "1", "2", "4"):
            problems.append(f"{r[1]}: description format")
        if r[8] not in ("0", "1", "2", "3"):
            problems.append(f"{r[1]}: rule outcome")
        if r[7] and r[7] not in MOODLE_RULES:
            problems.append(f"{r[1]}: rule type")
        if r[7] == "core_competency\\competency_rule_all" and r[9] != "null":
            problems.append(f"{r[1]}: rule_all takes no config")
        if not r[7] and r[9] not in ("", "null"):
            problems.append(f"{r[1]}: a config without a rule")
        for related in r[10].split(","):
            if related and related.replace("%2C", ",") not in ids:
                problems.append(f"{r[1]}: related {related} missing")
    return problems


@pytest.mark.django_db
def test_our_export_is_what_moodle_imports(framework_v3):
    rows = _rows(framework_export(framework=framework_v3, fmt="moodle-csv"))
    assert rows[0] == MOODLE_HEADER == HEADER
    assert moodle_would_import(rows) == []
    by_id = {r[1]: r for r in rows[1:]}
    assert by_id["ictcft-v3"][7:10] == ["", "", ""]
    assert by_id["KA"][7:10] == ["core_competency\\competency_rule_all", "2", "null"]  # all complete → complete
    assert by_id["KA.1"][7:10] == ["", "0", "null"]


def _as_moodle_reexports(rows: list[list[str]]) -> list[list[str]]:
    """Our file after a trip through Moodle: its ids, HTML descriptions, no kinds, relations on both sides."""
    out = [rows[0]]
    related: dict[str, list[str]] = {}
    for r in rows[1:]:
        for other in filter(None, r[10].split(",")):
            related.setdefault(other, []).append(r[1])
    for n, r in enumerate(rows[1:], start=1):
        r = list(r)
        if not r[12]:
            r[3], r[4] = (f"<p>{r[3]}</p>" if r[3] else ""), "1"
            r[11], r[13] = str(100 + n), ""
            r[10] = ",".join(filter(None, r[10].split(",") + related.get(r[1], [])))
        out.append(r)
    return out


@pytest.mark.django_db
def test_a_round_trip_through_moodle_keeps_the_framework(framework_v3):
    rows = _as_moodle_reexports(_rows(framework_export(framework=framework_v3, fmt="moodle-csv")))
    new = framework_import(content=_csv(rows), fmt="moodle-csv", slug="back-from-moodle", version="3-moodle")
    assert structure(new) == structure(framework_v3)
    ka1, back = framework_v3.competencies.get(code="KA.1"), new.competencies.get(code="KA.1")
    assert back.description == ka1.description  # the <p> Moodle wrapped it in is gone


@pytest.mark.django_db
def test_moodles_export_of_a_framework_imports():
    text = (FIXTURES / "moodle_export_of_ictcft.csv").read_text(encoding="utf-8")
    new = framework_import(content=text, fmt="moodle-csv", version="1")
    assert new.slug == "ictcft-mini" and new.name == "ICT CFT (mini)"
    assert new.description == "Two levels & two aspects."
    assert [lv.code for lv in new.levels.all()] == ["KA", "KD"]
    assert new.aspects.get(code="2").summary == "Curriculum\nand assessment."
    assert {(c.code, c.level.code, c.aspect.code) for c in new.competencies.select_related("level", "aspect")} == {
        ("KA.1", "KA", "1"),
        ("KA.2", "KA", "2"),
        ("KD.1", "KD", "1"),
    }
    objective = new.objectives.get()
    assert (objective.code, objective.competency.code) == ("KA.1.a", "KA.1")
    assert objective.text == "Explain the national ICT policy, with commas."


@pytest.mark.django_db
def test_moodles_older_header_is_read_and_a_deep_tree_is_kept():
    text = (FIXTURES / "lpimportcsv_example_head.csv").read_text(encoding="utf-8")
    assert _rows(text)[0][2] == "Shortname"  # the spelling of older Moodle versions
    framework = framework_import(content=text, fmt="moodle-csv")
    leaf = framework.competencies.get(code="DR-AT1")
    path = []
    while leaf:
        path.append(leaf.code)
        leaf = leaf.parent
    assert path == ["DR-AT1", "analytical-thinking", "delivery", "competencies"]


def _fixture_rows() -> list[list[str]]:
    return _rows((FIXTURES / "moodle_export_of_ictcft.csv").read_text(encoding="utf-8"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("row", "column", "value", "message"),
    [
        (
            7,
            7,
            "core_competency\\competency_rule_points",
            "line 8: the rule core_competency\\competency_rule_points on KA.1",
        ),
        (
            2,
            7,
            "core_competency\\competency_rule_points",
            "line 3: the rule core_competency\\competency_rule_points on KA",
        ),
        (2, 7, "my_plugin\\rule", "line 3: unknown rule type my_plugin\\rule"),
        (3, 8, "7", "line 4: rule outcome 7 is not one of Moodle's"),
        (4, 4, "9", "line 5: description format 9"),
        (1, 6, "{not json", "line 2: the scale configuration is not JSON"),
        (
            1,
            6,
            '[{"scaleid":"1"},{"id":1,"scaledefault":1}]',
            "line 2: the scale configuration needs a default value and",
        ),
    ],
)
def test_moodle_columns_we_cannot_keep_are_refused_by_line(row, column, value, message):
    rows = _fixture_rows()
    rows[row][column] = value
    with pytest.raises(InterchangeError) as err:
        framework_import(content=_csv(rows), fmt="moodle-csv", version="1")
    assert str(err.value).startswith(message)
