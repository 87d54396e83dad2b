"""Lossless round trips: Moodle CSV and CASE keep the source's identifiers, export → import → export is
identical, and a newer file of a framework updates it in place, keeping teachers' evidence and mastery.
"""

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command

from competency.interchange import framework_export, framework_import
from competency.models import Competency, CompetencyEvidence, CompetencyMastery, Framework
from competency.models.progress import MasteryStatus
from competency.services import evidence_record, framework_delete

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "moodle" / "example.csv"


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def write(table: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(table)
    return out.getvalue()


def depth(competency: Competency) -> int:
    n = 0
    while competency:
        n, competency = n + 1, competency.parent
    return n


@pytest.mark.django_db
def test_import_framework_takes_moodles_whole_example_csv():
    out = io.StringIO()
    call_command("import_framework", str(EXAMPLE), "--format", "moodle-csv", stdout=out)
    framework = Framework.objects.get()
    assert "64 competencies" in out.getvalue()
    assert (framework.slug, framework.name, framework.source["id"]) == ("oecd-core", "OECD", "OECD-CORE")
    roots = framework.competencies.filter(parent=None)
    assert sorted(c.code for c in roots) == ["competencies", "levels"]
    indicator = framework.competencies.get(code="DR-AT1")  # Moodle's own line 120, four deep
    assert depth(indicator) == 4 and indicator.parent.code == "analytical-thinking"
    assert indicator.title == "Distinguishes between critical and irrelevant pieces of information"
    assert indicator.description == "Distinguishes between critical and irrelevant\npieces of information"
    assert framework.competencies.get(code="level-1").parent.code == "levels"


@pytest.mark.django_db
def test_moodle_example_round_trip_keeps_id_numbers_and_is_byte_identical():
    first = framework_import(content=EXAMPLE.read_text(encoding="utf-8"), fmt="moodle-csv")
    exported = framework_export(framework=first, fmt="moodle-csv")
    original_ids = [r[1] for r in rows(EXAMPLE.read_text(encoding="utf-8"))[1:]]
    assert [r[1] for r in rows(exported)[1:]] == original_ids  # every ID number kept, in order
    level_1 = next(r for r in rows(exported) if r[1] == "level-1")
    assert level_1[10].startswith("S-DT-1,S-DT-2") and level_1[3].startswith("<p>Level 1")  # Moodle's cells
    again = framework_import(content=exported, fmt="moodle-csv")
    assert again.pk == first.pk and Framework.objects.count() == 1  # no new slug, no new version asked
    assert framework_export(framework=again, fmt="moodle-csv") == exported
    framework_delete(framework=again)
    fresh = framework_import(content=exported, fmt="moodle-csv")
    assert framework_export(framework=fresh, fmt="moodle-csv") == exported


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["moodle-csv", "case-json"])
def test_ictcft_export_import_export_is_identical_and_keeps_identifiers(framework_v3, fmt):
    exported = framework_export(framework=framework_v3, fmt=fmt)
    ka3_uuid = framework_v3.competencies.get(code="KA.3").uuid
    in_place = framework_import(content=exported, fmt=fmt)
    assert in_place.pk == framework_v3.pk
    assert framework_export(framework=in_place, fmt=fmt) == exported
    framework_delete(framework=in_place)
    fresh = framework_import(content=exported, fmt=fmt)
    fresh.refresh_from_db()
    assert fresh.uuid == framework_v3.uuid and fresh.competencies.get(code="KA.3").uuid == ka3_uuid
    assert framework_export(framework=fresh, fmt=fmt) == exported


def _foreign_package() -> dict:
    """A CASE package from elsewhere: identifiers that are not UUIDs, its own association identifiers."""
    doc = "https://case.example.org/ims/case/v1p0/CFDocuments/district-ict"
    items = [
        {"identifier": "district-ict-A", "CFItemType": "Domain", "humanCodingScheme": "A", "fullStatement": "Domain A"},
        {"identifier": "district-ict-A1", "CFItemType": "Standard", "humanCodingScheme": "A.1",
         "fullStatement": "Uses a spreadsheet to keep marks.", "abbreviatedStatement": "Spreadsheets"},
        {"identifier": "district-ict-A1a", "CFItemType": "Indicator", "humanCodingScheme": "A.1.a",
         "fullStatement": "Sorts a class list."},
    ]  # fmt: skip
    links = [("assoc-1", "district-ict-A", doc), ("assoc-2", "district-ict-A1", "district-ict-A"),
             ("assoc-3", "district-ict-A1a", "district-ict-A1")]  # fmt: skip
    assocs = [
        {"identifier": ident, "associationType": "isChildOf", "sequenceNumber": n,
         "originNodeURI": {"identifier": origin}, "destinationNodeURI": {"identifier": destination}}
        for n, (ident, origin, destination) in enumerate(links, start=1)
    ]  # fmt: skip
    document = {"identifier": doc, "title": "District ICT standards", "version": "2024",
                "lastChangeDateTime": "2024-05-01T10:00:00+00:00"}  # fmt: skip
    return {"CFDocument": document, "CFItems": items, "CFAssociations": assocs}


@pytest.mark.django_db
def test_a_foreign_case_packages_identifiers_and_types_are_written_back():
    package = _foreign_package()
    framework = framework_import(content=json.dumps(package), fmt="case-json")
    indicator = framework.competencies.get(code="A.1.a")
    assert depth(indicator) == 3 and framework.version == "2024"
    exported = json.loads(framework_export(framework=framework, fmt="case-json"))
    assert exported["CFDocument"]["identifier"] == package["CFDocument"]["identifier"]
    assert exported["CFDocument"]["lastChangeDateTime"] == "2024-05-01T10:00:00+00:00"
    assert [(i["identifier"], i["CFItemType"]) for i in exported["CFItems"]] == [
        (i["identifier"], i["CFItemType"]) for i in package["CFItems"]
    ]
    assert {a["identifier"] for a in exported["CFAssociations"]} == {"assoc-1", "assoc-2", "assoc-3"}
    text = framework_export(framework=framework, fmt="case-json")
    assert framework_export(framework=framework_import(content=text, fmt="case-json"), fmt="case-json") == text


def _evidence(user, competency) -> CompetencyEvidence:
    return evidence_record(user=user, competency=competency, source_type="test", source_id="1",
                           score=Decimal("95"), passed=True)  # fmt: skip


@pytest.mark.django_db
def test_a_newer_moodle_file_updates_in_place_keeping_evidence_and_mastery(teacher):
    framework = framework_import(content=EXAMPLE.read_text(encoding="utf-8"), fmt="moodle-csv")
    kept, dropped_with_record = framework.competencies.get(code="DR-AT1"), framework.competencies.get(code="I-N-3")
    evidence = _evidence(teacher, kept)
    _evidence(teacher, dropped_with_record)
    table = rows(framework_export(framework=framework, fmt="moodle-csv"))
    row = next(r for r in table if r[1] == "DR-AT1")
    row[2] = "Tells critical from irrelevant information"
    table = [r for r in table if r[1] not in ("I-N-3", "DR-AT-2")]
    table.append(["analytical-thinking", "DR-AT-3", "Checks sources", "", "2", "", "", "", "0", "null", "", "", "", ""])
    newer = framework_import(content=write(table), fmt="moodle-csv")
    assert newer.pk == framework.pk and newer.version == framework.version
    kept.refresh_from_db()
    assert kept.title == "Tells critical from irrelevant information"
    assert CompetencyEvidence.objects.get(pk=evidence.pk).competency_id == kept.pk
    assert CompetencyMastery.objects.get(user=teacher, competency=kept).status == MasteryStatus.MASTERED
    dropped_with_record.refresh_from_db()
    assert dropped_with_record.retired  # kept for the teacher's record, no longer exported
    assert not framework.competencies.filter(code="DR-AT-2").exists()
    assert framework.competencies.get(code="DR-AT-3").parent.code == "analytical-thinking"
    assert "I-N-3" not in [r[1] for r in rows(framework_export(framework=newer, fmt="moodle-csv"))]


@pytest.mark.django_db
def test_a_newer_case_file_updates_by_identifier_even_when_codes_change(framework_v3, teacher):
    ka1 = framework_v3.competencies.get(code="KA.1")
    _evidence(teacher, ka1)
    package = json.loads(framework_export(framework=framework_v3, fmt="case-json"))
    entry = next(i for i in package["CFItems"] if i["identifier"] == str(ka1.uuid))
    entry["humanCodingScheme"], entry["abbreviatedStatement"] = "KA-1", "Policy understanding (2025)"
    package["CFDocument"]["version"] = "3.1"
    newer = framework_import(content=json.dumps(package), fmt="case-json")
    assert newer.pk == framework_v3.pk and newer.version == "3.1"
    ka1.refresh_from_db()
    assert (ka1.code, ka1.title) == ("KA-1", "Policy understanding (2025)")
    assert CompetencyMastery.objects.get(user=teacher, competency=ka1).status == MasteryStatus.MASTERED
