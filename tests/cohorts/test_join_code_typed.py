"""A join code is accepted however it was typed: spaces, dashes, lower case, full-width or Arabic-Indic digits."""

import pytest

from cohorts.models import join_code_normalise
from cohorts.services import CohortError, cohort_create, cohort_join

pytestmark = pytest.mark.django_db

CODE = "ABCD2345"


def _typed_variants() -> list[str]:
    arabic_digits = CODE.translate(str.maketrans("2345", "٢٣٤٥"))
    return [
        "ABCD 2345",
        " abcd 2345 ",
        "abcd-2345",
        "AB-CD-23-45",
        "ab\u00a0cd\u20112345",  # no-break space, non-breaking hyphen (phones put these in)
        "abcd\u20132345",  # en dash
        "ＡＢＣＤ２３４５",  # full-width
        arabic_digits.lower(),
        "a b c d 2 3 4 5 ",
    ]


@pytest.mark.parametrize("typed", _typed_variants())
def test_a_code_typed_with_spaces_dashes_or_lower_case_is_accepted(client, trainer, teacher, typed):
    cohort = cohort_create(name="Westlands", trainer=trainer)
    cohort.join_code = CODE
    cohort.save(update_fields=["join_code"])
    assert join_code_normalise(typed) == CODE
    client.force_login(teacher)
    response = client.post("/cohorts/join/", {"code": typed})
    assert response.status_code == 302, response.content.decode()[:400]
    assert cohort.memberships.filter(user=teacher).exists()


def test_the_join_link_with_a_lower_case_or_dashed_code_finds_the_cohort(client, trainer, teacher):
    cohort = cohort_create(name="Westlands", trainer=trainer)
    cohort.join_code = CODE
    cohort.save(update_fields=["join_code"])
    client.force_login(teacher)
    page = client.get("/cohorts/join/abcd-2345/")
    assert page.status_code == 200 and "Westlands" in page.content.decode()


@pytest.mark.parametrize("typed", ["ABCD2346", "ABCD 234", "ABCD2345X", ""])
def test_another_code_is_still_refused_with_a_reason(trainer, teacher, typed):
    cohort = cohort_create(name="Westlands", trainer=trainer)
    cohort.join_code = CODE
    cohort.save(update_fields=["join_code"])
    with pytest.raises(CohortError, match="not valid"):
        cohort_join(code=typed, user=teacher)


def test_the_form_says_what_is_wrong_and_keeps_what_was_typed(client, trainer, teacher):
    cohort_create(name="Westlands", trainer=trainer)
    client.force_login(teacher)
    response = client.post("/cohorts/join/", {"code": "zzzz-9999"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "This join code is not valid" in page and 'value="zzzz-9999"' in page
