import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command

from competency.interchange import InterchangeError, framework_export, framework_import
from competency.interchange.moodle_csv import HEADER
from competency.models import Aspect, Competency, Framework, Level, Objective

from .helpers import structure


def row_count() -> int:
    return sum(m.objects.count() for m in (Framework, Level, Aspect, Competency, Objective))


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def row_of(rows: list[list[str]], ident: str) -> int:
    """The index of the row with this ID number (objectives in the data shift competencies' rows)."""
    return next(i for i, r in enumerate(rows) if r[1] == ident)


def write_csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


@pytest.mark.django_db
class TestMoodleCsv:
    def test_export_has_moodles_header_and_tree(self, framework_v3):
        rows = csv_rows(framework_export(framework=framework_v3, fmt="moodle-csv"))
        assert rows[0] == HEADER
        fw_row = rows[1]
        assert fw_row[1] == "ictcft-v3" and fw_row[12] == "1"
        by_id = {r[1]: r for r in rows[2:]}
        assert by_id["KA"][0] == "" and by_id["KA"][13] == "level"
        assert by_id["aspect:3"][2] == "Pedagogy"
        assert by_id["KA.3"][0] == "KA" and by_id["KA.3"][10] == "aspect:3"
        assert by_id["KA.3.b"][0] == "KA.3"
        assert len(rows) == 2 + 3 + 6 + 18 + framework_v3.objectives.count()

    def test_round_trip_as_a_new_version_keeps_the_structure(self, framework_v3):
        text = framework_export(framework=framework_v3, fmt="moodle-csv")
        new = framework_import(content=text, fmt="moodle-csv", slug="ictcft-v3-1", version="3.1")
        assert new.pk != framework_v3.pk and new.version == "3.1" and new.name == framework_v3.name
        assert not new.is_current
        assert structure(new) == structure(framework_v3)
        assert new.competencies.count() == 18
        # New identifiers: the original framework is untouched.
        assert not set(new.competencies.values_list("uuid", flat=True)) & set(
            framework_v3.competencies.values_list("uuid", flat=True)
        )

    def test_a_trainers_objective_survives_the_round_trip(self, framework_v3):
        ka1 = framework_v3.competencies.get(code="KA.1")
        Objective.objects.create(competency=ka1, code="KA.1.z", text="Explain, with commas, the national ICT policy.")
        text = framework_export(framework=framework_v3, fmt="moodle-csv")
        new = framework_import(content=text, fmt="moodle-csv", slug="copy", version="3.1")
        assert new.objectives.get(code="KA.1.z").competency.code == "KA.1"
        assert structure(new) == structure(framework_v3)

    def test_bad_row_is_refused_with_its_line_and_nothing_is_written(self, framework_v3):
        rows = csv_rows(framework_export(framework=framework_v3, fmt="moodle-csv"))
        bad = next(i for i, r in enumerate(rows) if r[1] == "KD.2")
        rows[bad][10] = "aspect:9"  # no such aspect
        before = row_count()
        with pytest.raises(InterchangeError, match=rf"^line {bad + 1}: competency KD.2"):
            framework_import(content=write_csv(rows), fmt="moodle-csv", slug="broken", version="9")
        assert row_count() == before
        assert not Framework.objects.filter(slug="broken").exists()

    def test_late_error_still_writes_nothing(self, framework_v3):
        # The last row is the one that is wrong: every earlier row was fine and must not be kept.
        rows = csv_rows(framework_export(framework=framework_v3, fmt="moodle-csv"))
        rows.append(["KC.6", "KC.6.z", "", "", "2", "", "", "", "", "", "", "", "", "objective"])
        before = row_count()
        with pytest.raises(InterchangeError, match=rf"^line {len(rows)}: objective KC.6.z has no text"):
            framework_import(content=write_csv(rows), fmt="moodle-csv", slug="broken", version="9")
        assert row_count() == before

    @pytest.mark.parametrize(
        ("change", "message"),
        [
            (lambda rows: rows.append(list(rows[5])), "ID number aspect:1 is already used on line 6"),
            (lambda rows: rows[row_of(rows, "KA.2")].__setitem__(0, "ZZ"), "parent ID number ZZ is not in the file"),
            (lambda rows: rows[row_of(rows, "KA.3")].__setitem__(10, "aspect:1"), "same cell"),
            (lambda rows: rows[row_of(rows, "KA.2")].__setitem__(2, ""), "has no name"),
        ],
    )
    def test_each_kind_of_mistake_names_its_line(self, framework_v3, change, message):
        rows = csv_rows(framework_export(framework=framework_v3, fmt="moodle-csv"))
        change(rows)
        with pytest.raises(InterchangeError, match=r"^line \d+: ") as err:
            framework_import(content=write_csv(rows), fmt="moodle-csv", slug="broken", version="9")
        assert message in str(err.value)

    def test_semicolon_separated_file_from_a_spreadsheet(self, framework_v3):
        rows = csv_rows(framework_export(framework=framework_v3, fmt="moodle-csv"))
        out = io.StringIO()
        csv.writer(out, delimiter=";").writerows(rows)
        new = framework_import(content="\ufeff" + out.getvalue(), fmt="moodle-csv", slug="semi", version="3-semi")
        assert structure(new) == structure(framework_v3)

    def test_wrong_header_is_refused(self, framework_v3):
        text = framework_export(framework=framework_v3, fmt="moodle-csv").replace("Short name", "Name", 1)
        with pytest.raises(InterchangeError, match="line 1: column 3"):
            framework_import(content=text, fmt="moodle-csv", slug="x", version="1")

    def test_another_frameworks_file_cannot_take_an_existing_slug_or_name_and_version(self, framework_v3):
        rows = csv_rows(framework_export(framework=framework_v3, fmt="moodle-csv"))
        rows[1][1], rows[1][11] = "someone-elses", ""  # another framework's ID number, no uuid of ours
        with pytest.raises(InterchangeError, match="already exists"):
            framework_import(content=write_csv(rows), fmt="moodle-csv", slug="ictcft-v3", version="9")
        text = framework_export(framework=framework_v3, fmt="moodle-csv")
        with pytest.raises(InterchangeError, match="already exists"):
            framework_import(content=text, fmt="moodle-csv", slug="new", version="3")  # same name and version
        assert Framework.objects.count() == 1

    def test_a_moodle_made_file_without_kinds_is_read_by_depth(self, framework_v3):
        rows = csv_rows(framework_export(framework=framework_v3, fmt="moodle-csv"))
        for r in rows[2:]:
            r[13] = ""  # Moodle writes Taxonomy on the framework row only
        new = framework_import(content=write_csv(rows), fmt="moodle-csv", slug="from-moodle", version="3-moodle")
        assert structure(new) == structure(framework_v3)


@pytest.mark.django_db
class TestCaseJson:
    def test_export_is_a_cfpackage_identified_by_our_uuids(self, framework_v3):
        package = json.loads(framework_export(framework=framework_v3, fmt="case-json"))
        assert package["CFDocument"]["identifier"] == str(framework_v3.uuid)
        assert package["CFDocument"]["version"] == "3"
        items = {i["identifier"]: i for i in package["CFItems"]}
        ka3 = framework_v3.competencies.get(code="KA.3")
        assert items[str(ka3.uuid)]["humanCodingScheme"] == "KA.3"
        assert items[str(ka3.uuid)]["CFItemType"] == "Competency"
        assert len(items) == 3 + 6 + 18 + framework_v3.objectives.count()
        parents = {
            (a["originNodeURI"]["identifier"], a["associationType"]): a["destinationNodeURI"]["identifier"]
            for a in package["CFAssociations"]
        }
        assert parents[(str(ka3.uuid), "isChildOf")] == str(ka3.level.uuid)
        assert parents[(str(ka3.uuid), "isPartOf")] == str(ka3.aspect.uuid)
        assert parents[(str(ka3.level.uuid), "isChildOf")] == str(framework_v3.uuid)

    def test_round_trip_as_a_new_version_keeps_the_structure(self, framework_v3):
        text = framework_export(framework=framework_v3, fmt="case-json")
        new = framework_import(content=text, fmt="case-json", slug="ictcft-v3-case", version="3.2")
        assert structure(new) == structure(framework_v3)
        assert (new.publisher, new.licence, new.licence_url) == (
            framework_v3.publisher,
            framework_v3.licence,
            framework_v3.licence_url,
        )
        assert new.source_url == framework_v3.source_url and new.attribution == framework_v3.attribution

    def test_bad_item_is_named_and_nothing_is_written(self, framework_v3):
        package = json.loads(framework_export(framework=framework_v3, fmt="case-json"))
        kd2 = framework_v3.competencies.get(code="KD.2")
        package["CFAssociations"] = [
            a
            for a in package["CFAssociations"]
            if not (a["originNodeURI"]["identifier"] == str(kd2.uuid) and a["associationType"] == "isPartOf")
        ]
        before = row_count()
        with pytest.raises(InterchangeError, match=rf"^CFItem {kd2.uuid}: competency KD.2 isPartOf no aspect"):
            framework_import(content=json.dumps(package), fmt="case-json", slug="broken", version="9")
        assert row_count() == before

    def test_a_level_turned_into_another_type_leaves_its_cells_without_level_and_bad_json(self, framework_v3):
        package = json.loads(framework_export(framework=framework_v3, fmt="case-json"))
        package["CFItems"][0]["CFItemType"] = "Standard"  # another type is a tree node, not a level
        with pytest.raises(InterchangeError, match=r"competency KA\.1 isChildOf no level"):
            framework_import(content=json.dumps(package), fmt="case-json", slug="x", version="9")
        with pytest.raises(InterchangeError, match="not valid JSON \\(line 1"):
            framework_import(content="{nope", fmt="case-json", slug="x", version="9")


@pytest.mark.django_db
class TestCommands:
    def test_export_then_import(self, framework_v3, tmp_path):
        target = tmp_path / "v3.csv"
        call_command("export_framework", "ictcft-v3", "--format", "moodle-csv", "-o", str(target), stderr=io.StringIO())
        assert target.read_text(encoding="utf-8").splitlines()[0] == ",".join(HEADER)
        out = io.StringIO()
        call_command(
            "import_framework",
            str(target),
            "--format",
            "moodle-csv",
            "--slug",
            "v3-copy",
            "--version",
            "3.1",
            stdout=out,
        )
        assert "18 competencies" in out.getvalue()
        assert structure(Framework.objects.get(slug="v3-copy")) == structure(framework_v3)

    def test_export_to_stdout_as_case(self, framework_v3):
        out = io.StringIO()
        call_command("export_framework", "ictcft-v3", "--format", "case-json", stdout=out)
        assert json.loads(out.getvalue())["CFDocument"]["title"] == framework_v3.name

    def test_errors_exit_non_zero_with_the_message(self, framework_v3, tmp_path):
        bad = tmp_path / "bad.csv"
        bad.write_text(",".join(HEADER) + "\n,fw,Name,,2,,,,,,,,1,\n,KA,,,,,,,,,,,,level\n", encoding="utf-8")
        with pytest.raises(CommandError, match="line 3: level KA has no name"):
            call_command("import_framework", str(bad), "--format", "moodle-csv", "--slug", "bad", "--version", "1")
        with pytest.raises(CommandError, match="No framework with slug nope"):
            call_command("export_framework", "nope", "--format", "case-json")
        assert not Framework.objects.filter(slug="bad").exists()

    def test_command_exit_status(self, framework_v3, tmp_path):
        import subprocess
        import sys

        from django.conf import settings

        bad = tmp_path / "bad.json"
        bad.write_text("[]", encoding="utf-8")
        result = subprocess.run(
            [
                sys.executable,
                "manage.py",
                "import_framework",
                str(bad),
                "--format",
                "case-json",
                "--slug",
                "x",
                "--version",
                "1",
                "--settings",
                "config.settings.test",
            ],  # fmt: skip
            capture_output=True,
            text=True,
            cwd=settings.BASE_DIR,
        )
        assert result.returncode != 0
        assert "CFDocument is missing" in result.stderr


@pytest.mark.django_db
def test_export_takes_a_fixed_number_of_queries(framework_v3, django_assert_max_num_queries):
    for fmt in ("moodle-csv", "case-json"):
        with django_assert_max_num_queries(4):
            framework_export(framework=framework_v3, fmt=fmt)
