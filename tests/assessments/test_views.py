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
    assert "You have used the only attempt allowed for this assessment." in page
    refused = client.post("/assessments/once/start/", follow=True).content.decode()
    assert "You have used the only attempt allowed for this assessment." in refused
    assert Attempt.objects.count() == 1


def test_a_sequence_number_too_large_to_store_is_refused_with_a_reason(client, teacher, single_choice, make_assessment):
    make_assessment([single_choice(), single_choice(title="two")], slug="huge")
    attempt = _start(client, teacher, "huge")
    token = token_of(attempt.questions[0], "Right answer")
    autosave = client.post(
        f"/assessments/attempt/{attempt.uuid}/save/", {"position": 0, "seq": 2**63, "response": token}
    )
    assert autosave.status_code == 400 and autosave.json()["code"] == "seq"
    page = f"/assessments/attempt/{attempt.uuid}/q/1/"
    form = client.post(page, {"seq": 2**63, "action": "next", "response": token}, follow=True)
    assert form.status_code == 200 and "The sequence number is out of range." in form.content.decode()
    assert not Answer.objects.filter(attempt=attempt).exists()


def test_after_checking_an_answer_the_teacher_moves_on(client, teacher, single_choice, make_assessment):
    make_assessment([single_choice(), single_choice(title="two")], slug="onward", feedback_timing="immediately")
    attempt = _start(client, teacher, "onward")
    q = attempt.questions[0]
    page = f"/assessments/attempt/{attempt.uuid}/q/1/"
    client.post(page, {"seq": 1, "action": "check", "response": token_of(q, "Right answer")})
    # The checked answer's fields are disabled, so "Save & next" sends no response: it must still move on.
    moved = client.post(page, {"seq": 2, "action": "next"}, follow=True)
    assert moved.redirect_chain[-1][0].endswith("/q/2/")
    assert "A newer answer to this question was already saved" not in moved.content.decode()
    back = client.post(page, {"seq": 3, "action": "goto-2"}, follow=True)
    assert back.redirect_chain[-1][0].endswith("/q/2/")
    assert Answer.objects.get(attempt=attempt, position=0).response == token_of(q, "Right answer")


def test_trainer_pages_refuse_teachers_and_send_visitors_to_log_in(client, teacher, single_choice, make_assessment):
    make_assessment([single_choice()], slug="guarded")
    attempt = _start(client, teacher, "guarded")
    client.post(f"/assessments/attempt/{attempt.uuid}/submit/")
    answer = Answer.objects.get(attempt=attempt)
    trainer_pages = [
        "/assessments/review/",
        f"/assessments/review/{answer.pk}/",
        "/assessments/statistics/",
        "/assessments/statistics/guarded/",
        "/assessments/import/",
    ]
    for url in trainer_pages:
        assert client.get(url).status_code == 403, url
    client.logout()
    for url in [*trainer_pages, "/assessments/guarded/", attempt.get_absolute_url()]:
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response.url, url
    assert client.post("/assessments/guarded/start/").status_code == 302
    assert Attempt.objects.count() == 1


def test_feedback_never_shows_scores_but_neither_answers_nor_feedback(client, teacher, single_choice, make_assessment):
    make_assessment([single_choice()], slug="quiet", feedback_timing="never")
    make_assessment([single_choice(title="other")], slug="told", feedback_timing="after_submission")
    for slug in ("quiet", "told"):
        attempt = _start(client, teacher, slug)
        page = f"/assessments/attempt/{attempt.uuid}/q/1/"
        client.post(page, {"seq": 1, "action": "finish", "response": token_of(attempt.questions[0], "Wrong answer")})
        results = client.post(f"/assessments/attempt/{attempt.uuid}/submit/", follow=True).content.decode()
        assert "Results per competency" in results and "KA.1" in results
        shown = [s in results for s in ("Right answer", "FEEDBACK-WRONG", "GENERAL-FEEDBACK")]
        assert shown == ([False] * 3 if slug == "quiet" else [True] * 3), slug
