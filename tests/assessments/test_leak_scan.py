"""Answer keys and scoring data never reach the browser before grading: scan every response of an attempt."""

import json

from assessments.models import Attempt

from .helpers import form_data

SECRETS = [
    "GENERAL-FEEDBACK",
    "FEEDBACK-RIGHT",
    "FEEDBACK-WRONG",
    "SECRET-ACCEPTED",
    "987.654",
    "0.321",
    "MATCH-FEEDBACK",
    "is_correct",
    '"key"',
    "proportional",
    "penalty",
    "tolerance",
]


def _all_types(make_question, single_choice):
    return [
        single_choice(),
        make_question(
            "multiple",
            options=[
                {"text": "m1", "is_correct": True, "feedback": "FEEDBACK-RIGHT"},
                {"text": "m2", "is_correct": True},
                {"text": "m3"},
            ],
            multiple_scoring="proportional",
            general_feedback="GENERAL-FEEDBACK",
        ),
        make_question("true_false", correct_boolean=True, general_feedback="GENERAL-FEEDBACK"),
        make_question("numeric", numeric_answer="987.654", numeric_tolerance="0.321"),
        make_question("short_text", options=[{"text": "SECRET-ACCEPTED", "is_correct": True}]),
        make_question("ordering", options=["first item", "second item", "third item", "fourth item"]),
        make_question(
            "matching",
            options=[
                {"text": "left A", "match_text": "right A", "feedback": "MATCH-FEEDBACK"},
                {"text": "left B", "match_text": "right B"},
            ],
        ),
    ]


def test_no_response_of_an_attempt_carries_the_answer_key(
    client, teacher, make_question, single_choice, make_assessment
):
    assessment = make_assessment(_all_types(make_question, single_choice), slug="leaky", shuffle_options=False)
    client.force_login(teacher)
    bodies = []

    def fetch(method, url, data=None):
        response = getattr(client, method)(url, data or {})
        assert response.status_code < 500
        bodies.append((url, response.content.decode()))
        return response

    fetch("get", "/assessments/leaky/")
    start = fetch("post", "/assessments/leaky/start/")
    attempt = Attempt.objects.get(user=teacher)
    fetch("get", start.url)
    # Wrong answers throughout, so a page showing the teacher's own answer cannot contain the key.
    for i, q in enumerate(attempt.questions, start=1):
        page = f"/assessments/attempt/{attempt.uuid}/q/{i}/"
        fetch("get", page)
        fetch(
            "post",
            f"/assessments/attempt/{attempt.uuid}/save/",
            {"position": i - 1, "seq": 1, **form_data(q, right=False)},
        )
        fetch("post", page, {"seq": 2, "action": "next", **form_data(q, right=False)})
        fetch("get", page)  # the page again, now showing the saved answer
    fetch("get", f"/assessments/attempt/{attempt.uuid}/submit/")
    fetch("get", f"/assessments/{assessment.slug}/")
    for url, body in bodies:
        for secret in SECRETS:
            assert secret not in body, f"{secret!r} leaked in {url}"
    # The ordering question is never shown in its right order.
    ordering = next(q for q in attempt.questions if q["type"] == "ordering")
    page = next(body for url, body in bodies if url.endswith(f"/q/{attempt.questions.index(ordering) + 1}/"))
    positions = [page.index(text) for text in ordering["key"]["labels"]]
    assert positions != sorted(positions)
    # After submission, the results may explain.
    results = client.post(f"/assessments/attempt/{attempt.uuid}/submit/", follow=True).content.decode()
    assert "GENERAL-FEEDBACK" in results
    assert (
        json.loads(client.post(f"/assessments/attempt/{attempt.uuid}/save/", {"position": 0, "seq": 9}).content)["code"]
        == "closed"
    )
