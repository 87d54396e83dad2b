import io

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction

from competency.models import Aspect, Competency, CrosswalkLink, Framework, Level, Objective
from competency.services import FrameworkLoadError, framework_delete, framework_load

from .helpers import bundled, give_evidence


def counts(fw) -> tuple[int, int, int, int]:
    return fw.levels.count(), fw.aspects.count(), fw.competencies.count(), fw.objectives.count()


def shipped_objectives(slug: str) -> int:
    # The bundled file grows as objectives are filled in; the load must keep exactly what it ships.
    return sum(len(c["objectives"]) for c in bundled(slug)["competencies"])


@pytest.mark.django_db
def test_loading_twice_gives_the_same_framework(framework_v3):
    before = counts(framework_v3)
    uuids = set(framework_v3.competencies.values_list("uuid", flat=True))
    out = io.StringIO()
    call_command("load_framework", "ictcft-v3", stdout=out)
    fw = Framework.objects.get(slug="ictcft-v3")
    assert before == counts(fw) == (3, 6, 18, shipped_objectives("ictcft-v3"))
    assert set(fw.competencies.values_list("uuid", flat=True)) == uuids
    assert "+0" in out.getvalue() and "+1" not in out.getvalue()
    assert Framework.objects.count() == 1


@pytest.mark.django_db
def test_reloading_updates_texts_in_place(framework_v3):
    data = bundled("ictcft-v3")
    data["competencies"][0]["title"] = "Policy Understanding (revised)"
    data["levels"][0]["summary"] = "A new summary."
    ka3b = next(o for o in data["competencies"][2]["objectives"] if o["code"] == "KA.3.b")
    ka3b["text"] = "Revised objective text."
    ka1 = framework_v3.competencies.get(code="KA.1")
    result = framework_load(data=data)
    assert result.updated["competencies"] == 1
    ka1.refresh_from_db()
    assert ka1.title == "Policy Understanding (revised)"
    assert Level.objects.get(framework=framework_v3, code="KA").summary == "A new summary."
    assert Objective.objects.get(framework=framework_v3, code="KA.3.b").text == "Revised objective text."
    assert counts(framework_v3) == (3, 6, 18, shipped_objectives("ictcft-v3"))


@pytest.mark.django_db
def test_v2_and_v3_coexist_with_an_18_link_crosswalk(framework_v3):
    call_command("load_framework", "ictcft-v2", stdout=io.StringIO())
    v2 = Framework.objects.get(slug="ictcft-v2")
    assert counts(v2)[:3] == (3, 6, 18)
    links = CrosswalkLink.objects.filter(source__framework=v2, target__framework=framework_v3)
    assert links.count() == 18
    assert links.filter(source__code="TL.1", target__code="KA.1").exists()
    # v3 stays the current framework.
    assert Framework.objects.get(is_current=True) == framework_v3


@pytest.mark.django_db
def test_crosswalk_is_made_whichever_version_is_loaded_first():
    call_command("load_framework", "ictcft-v2", stdout=io.StringIO())
    assert CrosswalkLink.objects.count() == 0
    call_command("load_framework", "ictcft-v3", stdout=io.StringIO())
    assert CrosswalkLink.objects.count() == 18


@pytest.mark.django_db
class TestConstraints:
    def test_duplicate_competency_code(self, framework_v3):
        ka1 = framework_v3.competencies.get(code="KA.1")
        free_level = Level.objects.create(framework=framework_v3, code="XX", name="Extra", order=9)
        with pytest.raises(IntegrityError), transaction.atomic():
            Competency.objects.create(
                framework=framework_v3, level=free_level, aspect=ka1.aspect, code="KA.1", title="Dup"
            )

    def test_second_competency_in_one_cell(self, framework_v3):
        ka1 = framework_v3.competencies.get(code="KA.1")
        with pytest.raises(IntegrityError), transaction.atomic():
            Competency.objects.create(
                framework=framework_v3, level=ka1.level, aspect=ka1.aspect, code="KA.1b", title="Two"
            )

    def test_duplicate_objective_code(self, framework_v3):
        ka1 = framework_v3.competencies.get(code="KA.1")
        with pytest.raises(IntegrityError), transaction.atomic():
            Objective.objects.create(competency=ka1, code="KA.3.b", text="Same code as an existing objective")

    def test_duplicate_level_and_aspect_codes(self, framework_v3):
        with pytest.raises(IntegrityError), transaction.atomic():
            Level.objects.create(framework=framework_v3, code="KA", name="Again", order=7)
        with pytest.raises(IntegrityError), transaction.atomic():
            Aspect.objects.create(framework=framework_v3, code="1", name="Again", order=8)

    def test_crosswalk_to_self(self, framework_v3):
        ka1 = framework_v3.competencies.get(code="KA.1")
        with pytest.raises(IntegrityError), transaction.atomic():
            CrosswalkLink.objects.create(source=ka1, target=ka1)

    def test_only_one_current_framework(self, framework_v3):
        with pytest.raises(IntegrityError), transaction.atomic():
            Framework.objects.create(slug="other", name="Other", version="1", is_current=True)


@pytest.mark.django_db
class TestRecordsFreezeTheStructure:
    def test_renumbering_a_level_is_refused(self, framework_v3, teacher):
        give_evidence(teacher, framework_v3.competencies.get(code="KA.3"))
        data = bundled("ictcft-v3")
        data["levels"][0]["order"], data["levels"][1]["order"] = 5, 6
        with pytest.raises(FrameworkLoadError, match="renumber KA"):
            framework_load(data=data)
        assert Level.objects.get(framework=framework_v3, code="KA").order == 1

    def test_moving_a_competency_to_another_cell_is_refused(self, framework_v3, teacher):
        give_evidence(teacher, framework_v3.competencies.get(code="KA.3"))
        data = bundled("ictcft-v3")
        data["competencies"][0]["aspect"], data["competencies"][1]["aspect"] = "2", "1"
        with pytest.raises(FrameworkLoadError, match="move competency KA.1"):
            framework_load(data=data)
        assert framework_v3.competencies.get(code="KA.1").aspect.code == "1"

    def test_removing_a_competency_is_refused(self, framework_v3, teacher):
        give_evidence(teacher, framework_v3.competencies.get(code="KA.3"))
        data = bundled("ictcft-v3")
        data["competencies"] = [c for c in data["competencies"] if c["code"] != "KC.6"]
        with pytest.raises(FrameworkLoadError, match="remove competencies KC.6"):
            framework_load(data=data)
        assert framework_v3.competencies.count() == 18

    def test_texts_can_still_change(self, framework_v3, teacher):
        give_evidence(teacher, framework_v3.competencies.get(code="KA.3"))
        data = bundled("ictcft-v3")
        data["competencies"][2]["title"] = "Pedagogy, revised"
        framework_load(data=data)
        assert framework_v3.competencies.get(code="KA.3").title == "Pedagogy, revised"

    def test_deleting_is_refused(self, framework_v3, teacher):
        give_evidence(teacher, framework_v3.competencies.get(code="KA.3"))
        with pytest.raises(FrameworkLoadError, match="cannot be deleted"):
            framework_delete(framework=framework_v3)
        assert Framework.objects.filter(slug="ictcft-v3").exists()
        assert framework_v3.competencies.count() == 18

    def test_without_records_renumbering_and_deleting_work(self, framework_v3):
        data = bundled("ictcft-v3")
        data["competencies"] = [c for c in data["competencies"] if c["code"] != "KC.6"]
        framework_load(data=data)
        assert framework_v3.competencies.count() == 17
        framework_delete(framework=framework_v3)
        assert not Framework.objects.exists() and not Competency.objects.exists()


@pytest.mark.django_db
class TestRestructuringWithoutRecords:
    """Before any teacher depends on a framework, its matrix may still be rearranged."""

    def test_swapping_two_levels(self, framework_v3):
        data = bundled("ictcft-v3")
        data["levels"][0]["order"], data["levels"][1]["order"] = 2, 1
        framework_load(data=data)
        assert [lv.code for lv in framework_v3.levels.all()] == ["KD", "KA", "KC"]

    def test_moving_a_competency_to_a_free_cell_within_its_level(self, framework_v3):
        data = bundled("ictcft-v3")
        data["aspects"].append({"code": "7", "name": "Seventh", "order": 7})
        data["competencies"][0]["aspect"] = "7"
        result = framework_load(data=data)
        assert framework_v3.competencies.get(code="KA.1").aspect.code == "7"
        assert result.updated["competencies"] == 1

    def test_swapping_two_competencies_cells(self, framework_v3):
        data = bundled("ictcft-v3")
        data["competencies"][0]["aspect"], data["competencies"][1]["aspect"] = "2", "1"
        framework_load(data=data)
        assert framework_v3.competencies.get(code="KA.1").aspect.code == "2"
        assert framework_v3.competencies.get(code="KA.2").aspect.code == "1"
        assert framework_v3.aspects.count() == 6  # the temporary parking aspect is gone
