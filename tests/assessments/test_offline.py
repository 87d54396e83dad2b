"""Untimed assessments taken with no connection: graded once on sync, and only with the token the app was given."""

import json

import pytest
from django.core import signing
from django.utils import timezone

from assessments.models import Attempt, AttemptStatus, OfflineSubmission
from assessments.services.offline import SALT
from competency.models import CompetencyEvidence

from .conftest import token_of


@pytest.fixture
def untimed(single_choice, make_question, make_assessment):
    multiple = make_question(
        "multiple",
        options=[{"text": "A", "is_correct": True}, {"text": "B", "is_correct": True}, {"text": "C"}],
    )
    return make_assessment([single_choice(), multiple], slug="offline-ok")


def start_offline(client, teacher, slug="offline-ok"):
    client.force_login(teacher)
    response = client.post(f"/assessments/{slug}/offline/")
    attempt = Attempt.objects.get(user=teacher, assessment__slug=slug)
    assert response.status_code == 302 and response["Location"] == f"/assessments/attempt/{attempt.uuid}/offline/"
    page = client.get(response["Location"]).content.decode()
    token = page.split('data-token="')[1].split('"')[0]
    return attempt, token, page


def right_answers(attempt) -> list[dict]:
    at = timezone.now().isoformat()
    answers = []
    for position, q in enumerate(attempt.questions):  # questions come in the attempt's shuffled order
        picked = ["Right answer"] if q["type"] == "single" else ["A", "B"]
        answers.append({"position": position, "fields": {"response": [token_of(q, t) for t in picked]}, "at": at})
    return answers


def submit(client, attempt, body):
    return client.post(
        f"/assessments/attempt/{attempt.uuid}/offline/submit/", json.dumps(body), content_type="application/json"
    )


def test_the_offline_page_shows_every_question_and_no_answer_key(client, teacher, untimed):
    attempt, token, page = start_offline(client, teacher)
    assert page.count('class="offline-q attempt-form"') == 2 and "Right answer" in page
    assert "FEEDBACK-RIGHT" not in page and "is_correct" not in page
    assert signing.loads(token, salt=SALT)["a"] == str(attempt.uuid)
    assert 'src="/static/assessments/offline-attempt.js"' in page and "<script>" not in page


def test_answers_given_offline_are_graded_once_on_sync(client, teacher, untimed):
    attempt, token, _page = start_offline(client, teacher)
    first = submit(client, attempt, {"token": token, "answers": right_answers(attempt)})
    assert first.status_code == 200, first.content
    assert first.json()["status"] == "graded" and first.json()["passed"] is True
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED and attempt.score == 100
    graded_at = attempt.graded_at
    # The reply was lost: the device sends it again, and again with other answers. Nothing changes.
    again = submit(client, attempt, {"token": token, "answers": right_answers(attempt)[:1]})
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    attempt.refresh_from_db()
    assert attempt.graded_at == graded_at and attempt.score == 100
    assert OfflineSubmission.objects.filter(attempt=attempt).count() == 1
    assert CompetencyEvidence.objects.filter(user=teacher, source_id=str(attempt.pk)).count() == 1  # KA.1 once
    times = OfflineSubmission.objects.get().answer_times
    assert [t["position"] for t in times] == [0, 1]


def test_a_made_up_or_borrowed_token_is_refused(client, teacher, make_user, untimed):
    attempt, token, _page = start_offline(client, teacher)
    forged = signing.dumps({"a": str(attempt.uuid), "u": teacher.pk, "s": attempt.started_at.isoformat()}, salt="x")
    other_time = signing.dumps({"a": str(attempt.uuid), "u": teacher.pk, "s": "2020-01-01T00:00:00+00:00"}, salt=SALT)
    for bad in ("", "abc", token + "x", forged, other_time):
        response = submit(client, attempt, {"token": bad, "answers": right_answers(attempt)})
        assert response.status_code == 403 and response.json()["code"] == "bad_token", bad
    # Another teacher's token (for their own attempt) does not open this one.
    colleague = make_user("colleague")
    their_attempt, their_token, _ = start_offline(client, colleague)
    client.force_login(teacher)
    assert submit(client, attempt, {"token": their_token, "answers": []}).status_code == 403
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS and not OfflineSubmission.objects.exists()
    # Nor can the colleague send answers to the teacher's attempt, even with its token.
    client.force_login(colleague)
    assert submit(client, attempt, {"token": token, "answers": []}).status_code == 404
    assert their_attempt.status == AttemptStatus.IN_PROGRESS


def test_a_refused_answer_saves_nothing_and_names_the_question(client, teacher, untimed):
    attempt, token, _page = start_offline(client, teacher)
    answers = right_answers(attempt)
    answers[1]["fields"] = {"response": ["not-an-option"]}
    response = submit(client, attempt, {"token": token, "answers": answers})
    assert response.status_code == 400 and response.json()["error"].startswith("Question 2:"), response.json()
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS and not attempt.answers.exists()
    assert submit(client, attempt, {"token": token, "answers": right_answers(attempt)}).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"nope",
        b"[]",
        b'{"answers": []}',
        b'{"token": 5, "answers": []}',
        b'{"token": "t", "answers": {}}',
        b'{"token": "t", "answers": [1]}',
        b'{"token": "t", "answers": [{"position": "0", "fields": {}, "at": "2026-01-01T00:00:00Z"}]}',
        b'{"token": "t", "answers": [{"position": 0, "fields": {"response": "a"}, "at": "2026-01-01T00:00:00Z"}]}',
        b'{"token": "t", "answers": [{"position": 0, "fields": {"response": [1]}, "at": "2026-01-01T00:00:00Z"}]}',
        b'{"token": "t", "answers": [{"position": 0, "fields": {}, "at": "soon"}]}',
        b'{"token": "t", "answers": [{"position": 0, "fields": {}, "at": "2026-02-31T00:00:00Z"}]}',
    ],
)
def test_an_unreadable_submission_answers_400(client, teacher, untimed, body):
    attempt, _token, _page = start_offline(client, teacher)
    response = client.post(
        f"/assessments/attempt/{attempt.uuid}/offline/submit/", body, content_type="application/json"
    )
    assert response.status_code == 400 and response.json()["error"]


def test_an_answer_for_a_question_not_in_the_attempt_is_refused(client, teacher, untimed):
    attempt, token, _page = start_offline(client, teacher)
    at = timezone.now().isoformat()
    response = submit(client, attempt, {"token": token, "answers": [{"position": 7, "fields": {}, "at": at}]})
    assert response.status_code == 400 and not OfflineSubmission.objects.exists()


def test_signed_out_submission_answers_401_and_keeps_the_attempt_open(client, teacher, untimed):
    attempt, token, _page = start_offline(client, teacher)
    client.logout()
    response = submit(client, attempt, {"token": token, "answers": right_answers(attempt)})
    assert response.status_code == 401 and response.json()["code"] == "signed_out"
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS


def test_submitted_online_first_then_the_offline_copy_arrives(client, teacher, untimed):
    attempt, token, _page = start_offline(client, teacher)
    client.post(f"/assessments/attempt/{attempt.uuid}/submit/")
    response = submit(client, attempt, {"token": token, "answers": right_answers(attempt)})
    assert response.status_code == 409 and response.json()["code"] == "closed"
    attempt.refresh_from_db()
    assert attempt.score == 0 and not OfflineSubmission.objects.exists()


def test_a_timed_exam_cannot_be_taken_offline_and_says_it_needs_a_connection(
    client, teacher, single_choice, make_assessment
):
    make_assessment([single_choice()], slug="timed", time_limit_minutes=20)
    client.force_login(teacher)
    detail = client.get("/assessments/timed/").content.decode()
    assert "you need a connection to start it" in detail and "Take it offline" not in detail
    response = client.post("/assessments/timed/offline/", follow=True)
    assert "needs a connection" in response.content.decode() and not Attempt.objects.exists()
    client.post("/assessments/timed/start/")
    attempt = Attempt.objects.get()
    assert client.get(f"/assessments/attempt/{attempt.uuid}/offline/")["Location"].endswith(f"{attempt.uuid}/")
    from assessments.services.errors import AssessmentError
    from assessments.services.offline import attempt_offline_token

    with pytest.raises(AssessmentError):
        attempt_offline_token(attempt=attempt)


def test_the_untimed_detail_page_offers_to_take_it_offline(client, teacher, untimed):
    client.force_login(teacher)
    page = client.get("/assessments/offline-ok/").content.decode()
    assert "Take it offline" in page and 'action="/assessments/offline-ok/offline/"' in page


def test_the_offline_pages_need_a_teacher(client, untimed):
    assert client.post("/assessments/offline-ok/offline/")["Location"].startswith("/accounts/login/")
    assert not Attempt.objects.exists()


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"token": "t", "answers": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested deeper than 8 levels"),
        (b'{"token": "a", "answers": [], "token": "b"}', "The JSON has the key 'token' twice."),
        (b'{"token": "t", "answers": [], "x": 1e999}', "The JSON contains the number 1e999, which is too large."),
    ],
)
def test_a_hostile_submission_is_refused_400_with_the_reason(client, teacher, untimed, body, reason):
    attempt, _token, _page = start_offline(client, teacher)
    url = f"/assessments/attempt/{attempt.uuid}/offline/submit/"
    response = client.post(url, body, content_type="application/json")
    assert response.status_code == 400 and reason in response.json()["error"]
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS and not OfflineSubmission.objects.exists()


def test_an_answer_holding_nul_is_refused_400(client, teacher, untimed):
    attempt, token, _page = start_offline(client, teacher)
    answers = right_answers(attempt)
    answers[0]["fields"]["response"] = ["\u0000"]
    response = submit(client, attempt, {"token": token, "answers": answers})
    assert response.status_code == 400 and "NUL" in response.json()["error"]
