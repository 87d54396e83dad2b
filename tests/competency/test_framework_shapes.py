"""Frameworks of any shape (ADR 0180): DigCompEdu-shaped and UNESCO AI CFT-shaped frameworks import,
and evidence, mastery and level attainment work on them as on ICT-CFT; a Moodle tree records mastery."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from competency.interchange import framework_export, framework_import
from competency.models import CompetencyMastery, LevelAttainment
from competency.models.progress import MasteryStatus
from competency.services import EvidenceInput, evidence_record, evidence_record_many

from .shapes import AI_CFT_LEVELS, DIGCOMPEDU_LEVELS, ai_cft_shaped, digcompedu_shaped

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "moodle" / "example.csv"


def _master(user, competencies, source: str = "1") -> None:
    items = [EvidenceInput(competency=c, score=Decimal("90"), passed=True) for c in competencies]
    evidence_record_many(user=user, source_type="test", source_id=source, items=items)


@pytest.mark.django_db
def test_digcompedu_shape_areas_competences_and_a_six_step_scale(teacher):
    framework = framework_import(content=digcompedu_shaped(), fmt="case-json")
    assert [lv.code for lv in framework.levels.all()] == DIGCOMPEDU_LEVELS
    areas = framework.aspects.filter(parent=None)
    assert areas.count() == 6
    assert framework.aspects.filter(parent__isnull=False).count() == 22
    assert [a.children.count() for a in areas] == [3, 3, 3, 5, 3, 5]
    assert framework.competencies.count() == 22 * 6
    a1, a2 = framework.levels.get(code="A1"), framework.levels.get(code="A2")
    assert a1.competencies.count() == 22
    _master(teacher, list(a1.competencies.all()))
    assert LevelAttainment.objects.filter(user=teacher, level=a1).exists()
    assert not LevelAttainment.objects.filter(user=teacher, level=a2).exists()
    text = framework_export(framework=framework, fmt="case-json")
    again = framework_import(content=text, fmt="case-json")
    assert again.pk == framework.pk and framework_export(framework=again, fmt="case-json") == text
    groups = {i["humanCodingScheme"] for i in json.loads(text)["CFItems"] if i["CFItemType"] == "Aspect"}
    assert {"1", "1.1", "6.5"} <= groups
    moodle = framework_export(framework=framework, fmt="moodle-csv")
    assert "aspect:1,aspect:1.1," in moodle  # an area is its competences' parent row in Moodle too
    in_place = framework_import(content=moodle, fmt="moodle-csv")
    assert in_place.pk == framework.pk and framework_export(framework=in_place, fmt="moodle-csv") == moodle
    copy = framework_import(content=moodle, fmt="moodle-csv", slug="digcompedu-copy", version="via-moodle")
    assert copy.aspects.get(code="6.5").parent.code == "6" and copy.competencies.count() == 132


@pytest.mark.django_db
def test_ai_cft_shape_five_dimensions_three_levels_and_the_previous_level_rule(teacher):
    framework = framework_import(content=ai_cft_shaped(), fmt="case-json")
    assert [lv.name for lv in framework.levels.all()] == AI_CFT_LEVELS
    assert framework.aspects.count() == 5 and framework.competencies.count() == 15
    acquire, deepen = framework.levels.get(code="L1"), framework.levels.get(code="L2")
    _master(teacher, list(deepen.competencies.all()), source="deepen")
    assert not LevelAttainment.objects.filter(user=teacher).exists()  # Deepen needs Acquire first
    _master(teacher, list(acquire.competencies.all()), source="acquire")
    attained = set(LevelAttainment.objects.filter(user=teacher).values_list("level__code", flat=True))
    assert "L1" in attained
    assert framework_export(framework=framework, fmt="moodle-csv").count("\n") == 1 + 1 + 3 + 5 + 15


@pytest.mark.django_db
def test_evidence_on_a_moodle_tree_node_gives_mastery(teacher):
    framework = framework_import(content=EXAMPLE.read_text(encoding="utf-8"), fmt="moodle-csv")
    indicator = framework.competencies.get(code="DR-AT1")
    evidence_record(user=teacher, competency=indicator, source_type="test", source_id="1",
                    score=Decimal("85"), passed=True)  # fmt: skip
    assert CompetencyMastery.objects.get(user=teacher, competency=indicator).status == MasteryStatus.MASTERED
    assert not LevelAttainment.objects.filter(user=teacher).exists()  # a tree without a scale has no levels


@pytest.mark.django_db
def test_a_tree_frameworks_pages_show_its_nodes_and_the_grid_shows_only_aspects_holding_cells(client):
    tree = framework_import(content=EXAMPLE.read_text(encoding="utf-8"), fmt="moodle-csv")
    page = client.get(tree.get_absolute_url()).content.decode()
    assert 'data-competency="DR-AT1"' in page and "matrix-scroll" not in page
    node = client.get(tree.competencies.get(code="DR-AT1").get_absolute_url()).content.decode()
    assert "analytical-thinking" in node  # its parent, linked
    api = {c["code"]: c for c in client.get(f"/api/v1/frameworks/{tree.slug}").json()["competencies"]}
    assert (api["DR-AT1"]["parent"], api["DR-AT1"]["level"]) == ("analytical-thinking", None)
    grid = framework_import(content=digcompedu_shaped(), fmt="case-json")
    page = client.get(grid.get_absolute_url()).content.decode()
    assert page.count('<th scope="col">') == 1 + 22 and 'data-competency="6.5.C2"' in page


@pytest.mark.django_db
def test_a_cell_dropped_by_a_newer_file_is_retired_and_no_longer_asked_for_its_level(teacher, make_user):
    package = json.loads(ai_cft_shaped())
    framework = framework_import(content=json.dumps(package), fmt="case-json")
    dropped = framework.competencies.get(code="D5.L1")
    _master(make_user("early"), [dropped], source="early")  # someone's record points at it
    gone = {str(dropped.uuid)}
    package["CFItems"] = [i for i in package["CFItems"] if i["identifier"] not in gone]
    package["CFAssociations"] = [a for a in package["CFAssociations"] if a["originNodeURI"]["identifier"] not in gone]
    framework_import(content=json.dumps(package), fmt="case-json")
    dropped.refresh_from_db()
    assert dropped.retired
    acquire = framework.levels.get(code="L1")
    _master(teacher, list(acquire.competencies.filter(retired=False)))
    assert LevelAttainment.objects.filter(user=teacher, level=acquire).exists()
