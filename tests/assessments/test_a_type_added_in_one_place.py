"""A question type added in one place (ADR 0185): a class registered in the registry, nothing else touched.

Each type here is registered for one test only and reuses a shipped type's behaviour under a name no other module
knows, so it works only if grading, reviews, the attempt pages, pool draws, translations and imports ask the
registry what the type does instead of naming types.
"""

import re
from decimal import Decimal

import pytest

from assessments import services
from assessments.admin_forms import QuestionAdminForm
from assessments.importers import questions_import
from assessments.models import Answer, AssessmentDraw, QuestionTranslation
from assessments.question_types import question_kind, question_kinds, registry
from assessments.question_types.cloze import Cloze
from assessments.question_types.extended import Extended
from assessments.question_types.ordering import Ordering
from assessments.question_types.short_text import ShortText


class Oral(Extended):
    """Notes of a spoken answer, graded by a trainer."""

    name = "oral"
    moodle_type = "oral"
    template = "assessments/types/extended.html"


class Sequence(Ordering):
    name = "sequence"
    moodle_type = "sequence"
    template = "assessments/types/ordering.html"


class Gaps(Cloze):
    name = "gaps"
    moodle_type = "gapfill"


class Keywords(ShortText):
    name = "keywords"
    moodle_type = "keywords"
    template = "assessments/types/short_text.html"


@pytest.fixture
def register(monkeypatch):
    def add(kind_class):
        question_kinds()  # the shipped types first
        monkeypatch.setitem(registry._KINDS, kind_class.name, kind_class())
        return question_kind(kind_class.name)

    return add


def _start(client, teacher, slug):
    client.force_login(teacher)
    client.post(f"/assessments/{slug}/start/")
    return teacher.attempts.get(assessment__slug=slug)


def test_a_trainer_graded_type_is_reviewed_never_checked_on_the_spot(
    register, client, teacher, trainer, make_question, make_assessment, rubric
):
    register(Oral)
    spoken = make_question("oral", title="Spoken", rubric=rubric, allow_file=True)
    silent = make_question("oral", title="Silent")
    make_assessment([spoken, silent], slug="oral", shuffle_questions=False, feedback_timing="immediately")
    attempt = _start(client, teacher, "oral")
    page = f"/assessments/attempt/{attempt.uuid}/q/1/"
    html = client.get(page).content.decode()
    assert 'enctype="multipart/form-data"' in html and 'name="text"' in html and 'value="check"' not in html
    client.post(page, {"seq": 1, "action": "check", "text": "We would map water use."})
    saved = Answer.objects.get(attempt=attempt, position=0)
    assert saved.response == {"text": "We would map water use."} and not saved.locked

    graded = services.attempt_submit(attempt=attempt, user=teacher)
    assert graded.status == "awaiting_review"
    answered, blank = Answer.objects.filter(attempt=attempt).order_by("position")
    assert answered.needs_review and answered.score is None
    assert not blank.needs_review and blank.score == 0  # nothing written, nothing to review

    client.force_login(trainer)
    assert "We would map water use." in client.get(f"/assessments/review/{answered.pk}/").content.decode()
    rubric_frozen = graded.questions[0]["rubric"]
    top = max(rubric_frozen["levels"], key=lambda lv: Decimal(lv["points"]))["id"]
    services.review_record(
        answer=answered,
        reviewer=trainer,
        levels={str(c["id"]): str(top) for c in rubric_frozen["criteria"]},
        feedback="Clear and concrete.",
    )
    graded.refresh_from_db()
    assert graded.status == "graded" and graded.score == Decimal("50.00")
    client.force_login(teacher)
    assert "Clear and concrete." in client.get(f"/assessments/attempt/{attempt.uuid}/").content.decode()


def test_a_draw_of_auto_graded_questions_leaves_a_trainer_graded_type_out(
    register, make_question, make_assessment, competencies
):
    register(Oral)
    auto = [make_question("true_false", correct_boolean=True, title=f"tf{i}") for i in range(2)]
    for i in range(3):
        make_question("oral", title=f"oral{i}")
    assessment = make_assessment([])
    AssessmentDraw.objects.create(
        assessment=assessment, competency=competencies["KA.1"], count=5, max_difficulty=3, auto_graded_only=True
    )
    for seed in range(4):
        drawn = services.attempt_snapshot_build(assessment=assessment, seed=seed)["questions"]
        assert {q["id"] for q in drawn} == {q.pk for q in auto}


def test_an_auto_graded_type_is_shown_checked_and_graded_through_its_class(
    register, client, teacher, make_question, make_assessment
):
    register(Sequence)
    make_assessment(
        [make_question("sequence", options=["Plan", "Teach", "Reflect"])], slug="seq", feedback_timing="immediately"
    )
    attempt = _start(client, teacher, "seq")
    q = attempt.questions[0]
    page = f"/assessments/attempt/{attempt.uuid}/q/1/"
    html = client.get(page).content.decode()
    assert 'value="check"' in html and "enctype" not in html and html.count('name="rank-') == 3
    places = {f"rank-{token}": str(i) for i, token in enumerate(q["key"]["order"], 1)}
    client.post(page, {"seq": 1, "action": "check", **places})
    answer = Answer.objects.get(attempt=attempt, position=0)
    assert answer.locked and answer.score == 1
    shown = client.get(page).content.decode()
    assert "Plan → Teach → Reflect" in shown  # the correct answer, shown once checked
    for field, place in places.items():  # each item shows the place it was given
        select = re.search(rf'<select name="{field}".*?</select>', shown).group()
        assert re.findall(r'<option value="(\d)" selected>', select) == [place]
    assert services.attempt_submit(attempt=attempt, user=teacher).score == 100


XML_GAPS = """<?xml version="1.0"?>
<quiz>
  <question type="gapfill">
    <name><text>Capital</text></name>
    <questiontext><text>The capital is {2:SHORTANSWER:=Paris} at {1:NUMERICAL:=80:5} km.</text></questiontext>
  </question>
</quiz>
"""


def test_a_type_with_fields_in_its_text_is_imported_worth_its_gaps_and_shown_in_place(
    register, client, teacher, framework_v3, make_assessment
):
    register(Gaps)
    (imported,) = questions_import(text=XML_GAPS, fmt="moodle-xml", competency_code="KA.1")
    assert imported.type == "gaps" and imported.points == 3  # the gap weights, as for cloze
    make_assessment([imported], slug="gaps")
    attempt = _start(client, teacher, "gaps")
    html = client.get(f"/assessments/attempt/{attempt.uuid}/q/1/").content.decode()
    assert "Fill in the 2 gaps." in html and 'name="gap-1"' in html and 'name="gap-2"' in html
    services.attempt_answer_save(attempt=attempt, user=teacher, position=0, seq=1, response={"1": "Paris", "2": "82"})
    assert services.attempt_submit(attempt=attempt, user=teacher).score == 100


def test_a_type_whose_translation_lines_are_accepted_answers(register, teacher, make_question, make_assessment):
    register(Keywords)
    q = make_question("keywords", text="Name the device.", options=[{"text": "projector", "is_correct": True}])
    QuestionTranslation.objects.create(
        question=q, language="fr", text="Nommez l'appareil.", options="vidéoprojecteur\nprojecteur"
    )
    attempt = services.attempt_start(user=teacher, assessment=make_assessment([q]), language="fr")
    services.attempt_answer_save(attempt=attempt, user=teacher, position=0, seq=1, response="vidéoprojecteur")
    assert services.attempt_submit(attempt=attempt, user=teacher).score == 100
    # The admin form asks the type too: two accepted answers for one option is no mismatch (it is for a choice).
    form = QuestionAdminForm.__new__(QuestionAdminForm)
    form._translations = lambda: [{"language": "fr", "options": "vidéoprojecteur\nprojecteur"}]
    assert form._translation_problem("keywords", [{"text": "projector"}]) is None
    assert "2 option lines" in form._translation_problem("single", [{"text": "projector"}])
