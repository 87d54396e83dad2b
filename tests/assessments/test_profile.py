"""“My competencies”: matrix states, level bars, next module, evidence trail, in bounded queries."""

from decimal import Decimal

import pytest
from wagtail.models import Page

from competency.models import Competency, Level
from competency.services import EvidenceInput, evidence_record_many


@pytest.fixture
def module_for(framework_v3):
    from cms.models import ModulePage

    def make(code: str, slug: str):
        root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
        module = ModulePage(
            title=f"Module for {code}",
            slug=slug,
            summary="A module.",
            level=Level.objects.get(framework=framework_v3, code=code.split(".")[0]),
        )
        module.competencies = [Competency.objects.get(framework=framework_v3, code=code)]
        root.add_child(instance=module)
        module.save_revision().publish()
        return module

    return make


def _evidence(user, framework, code, score, passed, source):
    c = Competency.objects.get(framework=framework, code=code)
    evidence_record_many(
        user=user,
        source_type="assessment_attempt",
        source_id=source,
        items=[EvidenceInput(competency=c, score=Decimal(score), passed=passed, detail={"questions": [1, 2]})],
    )


def test_profile_shows_states_next_modules_and_evidence(client, teacher, framework_v3, module_for):
    module_for("KA.2", "ka2-module")
    _evidence(teacher, framework_v3, "KA.1", "90", True, "1")
    _evidence(teacher, framework_v3, "KA.2", "40", False, "2")
    client.force_login(teacher)
    page = client.get("/me/competencies/").content.decode()
    assert "1 of 6 mastered" in page
    assert page.count("✓ Mastered") == 1 and page.count("◐ In progress") == 1
    assert "Module for KA.2" in page  # the next module for the unmastered competency
    assert 'id="trail-ka1"' in page and "counts for the decision" in page
    assert "90 %" in page and "40 %" in page


def test_profile_needs_login_and_bounded_queries(client, teacher, framework_v3, django_assert_max_num_queries):
    assert client.get("/me/competencies/").status_code == 302
    for n in range(1, 7):
        for attempt in range(5):
            _evidence(teacher, framework_v3, f"KA.{n}", "85", True, f"{n}-{attempt}")
    client.force_login(teacher)
    with django_assert_max_num_queries(15):
        page = client.get("/me/competencies/")
    assert "Level attained on" in page.content.decode()
