"""An ordering question answered with a place given twice: every choice stays on the page, the repeats are named."""

import re

import pytest

from assessments.models import Answer, Attempt

pytestmark = pytest.mark.django_db

ITEMS = ["Plan", "Teach", "Assess", "Reflect", "Improve"]


@pytest.fixture
def ordering_attempt(client, teacher, make_question, make_assessment):
    q = make_question("ordering", options=ITEMS)
    make_assessment([q, make_question("true_false", correct_boolean=True)], slug="order", shuffle_options=False)
    client.force_login(teacher)
    client.post("/assessments/order/start/")
    attempt = Attempt.objects.get(user=teacher)
    position = next(i for i, question in enumerate(attempt.questions) if question["type"] == "ordering")
    return attempt, position


def _tokens(attempt, position) -> dict[str, str]:
    """item text -> the option token the page uses."""
    return {o["text"]: o["token"] for o in attempt.questions[position]["options"]}


def _selected(page: str, token: str) -> str:
    select = re.search(rf'<select name="rank-{token}"[^>]*>(.*?)</select>', page, re.S).group(0)
    chosen = re.search(r'<option value="(\d*)" selected>', select)
    return chosen.group(1) if chosen else ""


def test_a_repeated_place_keeps_every_choice_and_names_the_place(client, ordering_attempt):
    attempt, position = ordering_attempt
    tokens = _tokens(attempt, position)
    chosen = {"Plan": "1", "Teach": "2", "Assess": "2", "Reflect": "4", "Improve": "5"}
    data = {"seq": 1, "action": "next", **{f"rank-{tokens[t]}": place for t, place in chosen.items()}}
    response = client.post(f"/assessments/attempt/{attempt.uuid}/q/{position + 1}/", data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Place 2 is given to more than one item" in page
    for text, place in chosen.items():
        assert _selected(page, tokens[text]) == place, f"{text} keeps place {place}"
    invalid = re.findall(r'<select name="rank-(\w+)" aria-invalid="true"', page)
    assert sorted(invalid) == sorted([tokens["Teach"], tokens["Assess"]]), "the two items sharing place 2 are marked"
    assert not Answer.objects.filter(attempt=attempt, position=position).exclude(response=None).exists()


def test_two_repeated_places_are_both_named(client, ordering_attempt):
    attempt, position = ordering_attempt
    tokens = _tokens(attempt, position)
    chosen = {"Plan": "1", "Teach": "1", "Assess": "3", "Reflect": "3", "Improve": ""}
    data = {"seq": 1, "action": "next", **{f"rank-{tokens[t]}": place for t, place in chosen.items()}}
    page = client.post(f"/assessments/attempt/{attempt.uuid}/q/{position + 1}/", data).content.decode()
    assert "Places 1, 3 are each given to more than one item" in page
    assert _selected(page, tokens["Improve"]) == ""
    assert _selected(page, tokens["Reflect"]) == "3"


def test_a_missing_place_keeps_the_others(client, ordering_attempt):
    attempt, position = ordering_attempt
    tokens = _tokens(attempt, position)
    chosen = {"Plan": "1", "Teach": "2", "Assess": "", "Reflect": "4", "Improve": "5"}
    data = {"seq": 1, "action": "next", **{f"rank-{tokens[t]}": place for t, place in chosen.items()}}
    response = client.post(f"/assessments/attempt/{attempt.uuid}/q/{position + 1}/", data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Give every item a place, from 1 to 5" in page
    assert [_selected(page, tokens[t]) for t in ITEMS] == ["1", "2", "", "4", "5"]


def test_a_right_order_is_saved_and_moves_on(client, ordering_attempt):
    attempt, position = ordering_attempt
    tokens = _tokens(attempt, position)
    data = {"seq": 1, "action": "next", **{f"rank-{tokens[t]}": str(i) for i, t in enumerate(ITEMS, start=1)}}
    response = client.post(f"/assessments/attempt/{attempt.uuid}/q/{position + 1}/", data)
    assert response.status_code == 302
    assert Answer.objects.get(attempt=attempt, position=position).response == [tokens[t] for t in ITEMS]


def test_autosave_names_the_repeated_place_too(client, ordering_attempt):
    attempt, position = ordering_attempt
    tokens = _tokens(attempt, position)
    data = {"seq": 1, "position": position, **{f"rank-{tokens[t]}": "1" for t in ITEMS}}
    response = client.post(f"/assessments/attempt/{attempt.uuid}/save/", data)
    assert response.status_code == 400
    assert "Place 1 is given to more than one item" in response.json()["error"]
