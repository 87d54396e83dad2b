"""The attempt pages as a teacher uses them: immediate feedback, stale saves, uploads, errors."""

from django.core.files.uploadedfile import SimpleUploadedFile

from assessments.models import Answer, Attempt

from .conftest import token_of


def _start(client, teacher, slug):
    client.force_login(teacher)
    client.post(f"/assessments/{slug}/start/")
    return Attempt.objects.get(user=teacher, assessment__slug=slug)


def test_immediate_feedback_locks_the_checked_answer(client, teacher, single_choice, make_assessment):
    make_assessment([single_choice(), single_choice(title="two")], slug="now", feedback_timing="immediately")
    attempt = _start(client, teacher, "now")
    q = attempt.questions[0]
    page = f"/assessments/attempt/{attempt.uuid}/q/1/"
    assert "GENERAL-FEEDBACK" not in client.get(page).content.decode()
    client.post(page, {"seq": 1, "action": "check", "response": token_of(q, "Wrong answer")})
    shown = client.get(page).content.decode()
    assert "Not correct" in shown and "FEEDBACK-WRONG" in shown and "GENERAL-FEEDBACK" in shown
    # Once checked, the answer cannot be changed.
    client.post(page, {"seq": 2, "action": "check", "response": token_of(q, "Right answer")})
    assert Answer.objects.get(attempt=attempt, position=0).response == token_of(q, "Wrong answer")


def test_a_stale_form_does_not_overwrite_and_says_so(client, teacher, single_choice, make_assessment):
    make_assessment([single_choice(), single_choice(title="two")], slug="stale")
    attempt = _start(client, teacher, "stale")
    q = attempt.questions[0]
    page = f"/assessments/attempt/{attempt.uuid}/q/1/"
    client.post(page, {"seq": 5, "action": "next", "response": token_of(q, "Right answer")})
    back = client.post(page, {"seq": 4, "action": "next", "response": token_of(q, "Wrong answer")}, follow=True)
    assert "A newer answer to this question was already saved" in back.content.decode()
    assert Answer.objects.get(attempt=attempt, position=0).response == token_of(q, "Right answer")


def test_autosave_answers_with_json_and_reasons(client, teacher, single_choice, make_assessment):
    make_assessment([single_choice()], slug="auto")
    attempt = _start(client, teacher, "auto")
    url = f"/assessments/attempt/{attempt.uuid}/save/"
    ok = client.post(url, {"position": 0, "seq": 1, "response": token_of(attempt.questions[0], "Right answer")})
    assert ok.json() == {"saved": True, "seq": 1}
    assert client.post(url, {"position": 0, "seq": 1}).json() == {"saved": False, "seq": 1}
    bad = client.post(url, {"position": "x", "seq": 1})
    assert bad.status_code == 400 and "error" in bad.json()
    forged = client.post(url, {"position": 0, "seq": 2, "response": "forged"})
    assert forged.status_code == 400


def test_essay_with_an_uploaded_file(client, teacher, make_question, make_assessment, rubric):
    make_assessment([make_question("extended", code="KD.3", rubric=rubric, allow_file=True)], slug="up", code="KD.3")
    attempt = _start(client, teacher, "up")
    page = f"/assessments/attempt/{attempt.uuid}/q/1/"
    assert 'enctype="multipart/form-data"' in client.get(page).content.decode()
    upload = SimpleUploadedFile("plan.txt", b"My lesson plan", content_type="text/plain")
    client.post(page, {"seq": 1, "action": "finish", "text": "See the file.", "file": upload})
    answer = Answer.objects.get(attempt=attempt)
    assert answer.file.read() == b"My lesson plan"
    client.post(f"/assessments/attempt/{attempt.uuid}/submit/")
    attempt.refresh_from_db()
    assert attempt.status == "awaiting_review"
    assert "A trainer is reviewing" in client.get(attempt.get_absolute_url()).content.decode()


def test_another_teacher_cannot_see_an_attempt(client, teacher, make_user, single_choice, make_assessment):
    make_assessment([single_choice()], slug="mine")
    attempt = _start(client, teacher, "mine")
    client.force_login(make_user("other"))
    assert client.get(attempt.get_absolute_url()).status_code == 404
    assert client.get(f"/assessments/attempt/{attempt.uuid}/q/1/").status_code == 404
    assert client.post(f"/assessments/attempt/{attempt.uuid}/save/", {"position": 0, "seq": 1}).status_code == 404


def test_assessment_page_tells_why_no_new_attempt(client, teacher, single_choice, make_assessment):
    make_assessment([single_choice()], slug="once", max_attempts=1)
    attempt = _start(client, teacher, "once")
    client.post(f"/assessments/attempt/{attempt.uuid}/submit/")
    page = client.get("/assessments/once/").content.decode()
    assert "You have used all 1 attempts" in page
    refused = client.post("/assessments/once/start/", follow=True).content.decode()
    assert "You have used all 1 attempts" in refused
    assert Attempt.objects.count() == 1
