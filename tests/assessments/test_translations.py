"""Questions in the teacher's language: the attempt records it, the frozen words follow it, grading ignores it."""

import pytest

from assessments import services
from assessments.models import QuestionTranslation

from .conftest import token_of

FR_OPTIONS = "Bonne réponse | RETOUR-JUSTE\nMauvaise réponse | RETOUR-FAUX"


@pytest.fixture
def french_single(single_choice):
    q = single_choice(text="Which is right?")
    QuestionTranslation.objects.create(
        question=q,
        language="fr",
        text="Laquelle est juste ?",
        options=FR_OPTIONS,
        general_feedback="RETOUR-GENERAL",
    )
    return q


def _start_in(client, teacher, language: str, slug: str = "a1"):
    client.force_login(teacher)
    client.cookies["django_language"] = language
    client.post(f"/assessments/{slug}/start/")
    return teacher.attempts.get(assessment__slug=slug)


def test_a_french_teacher_sees_the_french_question_and_the_attempt_records_it(
    client, teacher, french_single, make_assessment
):
    make_assessment([french_single])
    attempt = _start_in(client, teacher, "fr")
    assert attempt.language == "fr"
    html = client.get(f"/assessments/attempt/{attempt.uuid}/q/1/").content.decode()
    assert "Laquelle est juste" in html and "Bonne réponse" in html and "Mauvaise réponse" in html
    assert "Which is right?" not in html and "Right answer" not in html


def test_grading_follows_the_option_not_its_words(client, teacher, french_single, make_assessment):
    make_assessment([french_single], feedback_timing="immediate")
    attempt = _start_in(client, teacher, "fr")
    q = attempt.questions[0]
    services.attempt_answer_save(
        attempt=attempt, user=teacher, position=0, seq=1, response=token_of(q, "Bonne réponse")
    )
    graded = services.attempt_submit(attempt=attempt, user=teacher)
    assert graded.score == 100
    assert q["feedback"]["general"] == "RETOUR-GENERAL"
    assert set(q["feedback"]["options"].values()) == {"RETOUR-JUSTE", "RETOUR-FAUX"}
    assert list(q["key"]["labels"].values()) == ["Bonne réponse"]


def test_a_question_without_a_french_translation_shows_the_original(client, teacher, single_choice, make_assessment):
    make_assessment([single_choice(text="Which is right?")])
    attempt = _start_in(client, teacher, "fr")
    assert attempt.language == "fr"
    html = client.get(f"/assessments/attempt/{attempt.uuid}/q/1/").content.decode()
    assert "Which is right?" in html and "Right answer" in html


def test_an_english_teacher_gets_the_original_and_a_resumed_attempt_keeps_its_language(
    client, teacher, french_single, make_assessment
):
    make_assessment([french_single])
    attempt = _start_in(client, teacher, "en")
    assert attempt.language == "en" and attempt.questions[0]["text"] == "Which is right?"
    client.cookies["django_language"] = "fr"
    client.post("/assessments/a1/start/")  # resumes: the frozen words do not change mid-attempt
    attempt.refresh_from_db()
    assert attempt.language == "en" and attempt.questions[0]["text"] == "Which is right?"


def test_short_text_accepts_answers_in_the_attempt_language_and_the_original(teacher, make_question, make_assessment):
    q = make_question("short_text", text="Name the device.", options=[{"text": "projector", "is_correct": True}])
    QuestionTranslation.objects.create(question=q, language="fr", text="Nommez l'appareil.", options="vidéoprojecteur")
    assessment = make_assessment([q])
    for word, language in (("vidéoprojecteur", "fr"), ("projector", "fr")):
        attempt = services.attempt_start(user=teacher, assessment=assessment, language=language)
        assert attempt.questions[0]["text"] == "Nommez l'appareil."
        services.attempt_answer_save(attempt=attempt, user=teacher, position=0, seq=1, response=word)
        assert services.attempt_submit(attempt=attempt, user=teacher).score == 100
        attempt.delete()


def test_matching_shows_translated_pairs_and_grades_by_identity(teacher, make_question, make_assessment):
    q = make_question(
        "matching",
        options=[{"text": "Mouse", "match_text": "Input"}, {"text": "Screen", "match_text": "Output"}],
    )
    QuestionTranslation.objects.create(
        question=q, language="fr", text="Associez.", options="Souris | Entrée\nÉcran | Sortie"
    )
    attempt = services.attempt_start(user=teacher, assessment=make_assessment([q]), language="fr")
    frozen = attempt.questions[0]
    assert {o["text"] for o in frozen["options"]} == {"Souris", "Écran"}
    assert {c["text"] for c in frozen["choices"]} == {"Entrée", "Sortie"}
    choice = {c["text"]: c["token"] for c in frozen["choices"]}
    response = {token_of(frozen, "Souris"): choice["Entrée"], token_of(frozen, "Écran"): choice["Sortie"]}
    services.attempt_answer_save(attempt=attempt, user=teacher, position=0, seq=1, response=response)
    assert services.attempt_submit(attempt=attempt, user=teacher).score == 100


def test_an_unknown_language_falls_back_to_english(teacher, french_single, make_assessment):
    attempt = services.attempt_start(user=teacher, assessment=make_assessment([french_single]), language="de")
    assert attempt.language == "en" and attempt.questions[0]["text"] == "Which is right?"


def _admin_data(competency, **translation) -> dict:
    data = {
        "title": "Pick one",
        "type": "single",
        "text": "Which is right?",
        "difficulty": "1",
        "points": "1",
        "is_active": "on",
        "general_feedback": "",
        "multiple_scoring": "all_or_nothing",
        "wrong_pick_penalty": "1",
        "numeric_tolerance": "0",
        "ignore_accents": "on",
        "whitespace": "collapse",
        "alignments-TOTAL_FORMS": "1",
        "alignments-INITIAL_FORMS": "0",
        "alignments-MIN_NUM_FORMS": "1",
        "alignments-MAX_NUM_FORMS": "1000",
        "alignments-0-competency": str(competency.pk),
        "alignments-0-weight": "1",
        "alignments-0-ORDER": "1",
        "options-TOTAL_FORMS": "2",
        "options-INITIAL_FORMS": "0",
        "options-MIN_NUM_FORMS": "0",
        "options-MAX_NUM_FORMS": "1000",
        "options-0-text": "Right",
        "options-0-is_correct": "on",
        "options-0-ORDER": "1",
        "options-0-fraction": "1",
        "options-1-text": "Wrong",
        "options-1-ORDER": "2",
        "options-1-fraction": "1",
        "translations-TOTAL_FORMS": "1",
        "translations-INITIAL_FORMS": "0",
        "translations-MIN_NUM_FORMS": "0",
        "translations-MAX_NUM_FORMS": "1000",
        "translations-0-language": "fr",
        "translations-0-text": "Laquelle est juste ?",
        "translations-0-options": "Juste\nFaux",
        "translations-0-general_feedback": "",
        "translations-0-ORDER": "1",
    }
    data.update({f"translations-0-{k}": v for k, v in translation.items()})
    return data


def test_a_trainer_adds_a_translation_in_the_question_form(client, trainer, competencies):
    from assessments.models import Question

    client.force_login(trainer)
    response = client.post("/admin/snippets/assessments/question/add/", _admin_data(competencies["KA.1"]))
    assert response.status_code == 302, response.content.decode()[:2000]
    translation = Question.objects.get(title="Pick one").translations.get()
    assert translation.language == "fr" and translation.option_lines() == ["Juste", "Faux"]


def test_the_question_form_refuses_a_translation_with_the_wrong_number_of_options(client, trainer, competencies):
    from assessments.models import Question

    client.force_login(trainer)
    response = client.post(
        "/admin/snippets/assessments/question/add/", _admin_data(competencies["KA.1"], options="Juste")
    )
    assert response.status_code == 200
    assert "1 option lines; the question has 2 options" in response.content.decode()
    assert not Question.objects.filter(title="Pick one").exists()
