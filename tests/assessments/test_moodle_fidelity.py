"""We read what Moodle writes, as Moodle means it, and write back what it reads: tests on Moodle's own fixtures
(tests/fixtures/moodle/, see its README for sources and licence)."""

from decimal import Decimal
from pathlib import Path

import pytest

from assessments.importers import ImportFailed, parse_gift, parse_moodle_xml, questions_import
from assessments.importers.export import questions_export
from assessments.models import Question

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "moodle"


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _fields(d) -> dict:
    """Every field of a parsed question that we keep, for comparing two parses."""
    return {
        "type": d.type,
        "title": d.title,
        "text": d.text,
        "general_feedback": d.general_feedback,
        "options": [(o.text, o.correct, o.fraction, o.feedback, o.match) for o in d.options],
        "scoring": (d.multiple_scoring, d.penalty),
        "boolean": d.correct_boolean,
        "numeric": (d.numeric_answer, d.numeric_tolerance, d.numeric_min, d.numeric_max),
        "case": d.case_sensitive,
        "file": d.allow_file,
    }


def test_moodle_gift_fixture_reads_as_moodle_means_it():
    drafts = {d.title: d for d in parse_gift(_read("questions.gift.txt"))}
    short = drafts["Shortanswer"]
    assert short.type == "short_text"
    assert [(o.text, o.fraction, o.correct, o.feedback) for o in short.options] == [
        ("Frog", Decimal(1), True, "Good!"),
        ("Cat", Decimal("0.5"), True, "What is it with Moodlers and cats?"),
        ("*", Decimal(0), False, "Completely wrong"),
    ]
    match = drafts["Moodle activities"]
    assert match.type == "matching" and not match.problems()
    assert match.options[-1].text == "" and match.options[-1].match == "Chat"  # the distractor
    assert drafts["colours"].type == "multiple" and drafts["Q8"].type == "extended"
    assert drafts["Q1"].correct_boolean is False and drafts["Q1"].general_feedback.startswith("This is, of course")


def test_gift_round_trip_keeps_every_field(framework_v3):
    first = parse_gift(_read("questions.gift.txt"))
    created = questions_import(text=_read("questions.gift.txt"), fmt="gift", competency_code="KA.1")
    exported = questions_export(questions=list(Question.objects.filter(pk__in=[q.pk for q in created])), fmt="gift")
    assert "=%50%Cat#What is it with Moodlers and cats?" in exported
    assert "=%0%*#Completely wrong" in exported and "= -> Chat" in exported
    again = parse_gift(exported)
    by_title = {q.pk: q.title for q in created}
    order = [by_title[q.pk] for q in Question.objects.filter(pk__in=by_title).order_by("title", "pk")]
    assert sorted(_fields(d)["title"] for d in again) == sorted(order)
    for before, after in zip(
        sorted(first, key=lambda d: (d.title, d.line)), sorted(again, key=lambda d: (d.title, d.line)), strict=True
    ):
        assert _fields(after) == _fields(before)


XML_FIXTURES = ["xmlformat_test_questions.xml", "multianswer.xml", "cloze_all_subtypes.xml"]


@pytest.mark.parametrize("name", XML_FIXTURES)
def test_moodle_xml_round_trip_keeps_every_field(framework_v3, name):
    first = parse_moodle_xml(_read(name))
    created = questions_import(text=_read(name), fmt="moodle-xml", competency_code="KA.1")
    bank = list(Question.objects.filter(pk__in=[q.pk for q in created]).order_by("pk"))
    exported = questions_export(questions=bank, fmt="moodle-xml")
    again = parse_moodle_xml(exported)
    assert [_fields(d) for d in again] == [_fields(d) for d in first]
    assert [d.points for d in again] == [q.points for q in bank]
    # And the round trip reaches the same bank again.
    assert not [p for d in again for p in d.problems()]


def test_moodle_xml_fixture_values(framework_v3):
    drafts = {d.title: d for d in parse_moodle_xml(_read("xmlformat_test_questions.xml"))}
    short = drafts["Short answer question"]
    assert [(o.text, o.fraction, o.feedback) for o in short.options] == [
        ("Beta", Decimal(1), "Well done!"),
        ("*", Decimal(0), "Doh!"),
    ]
    match = drafts["Matching question"]
    assert [(o.text, o.match) for o in match.options] == [("A", "a"), ("B", "b"), ("C", "c"), ("", "d")]
    assert drafts["Multiple choice question"].points == 2
    created = questions_import(text=_read("xmlformat_test_questions.xml"), fmt="moodle-xml", competency_code="KA.1")
    assert {q.title: q.points for q in created}["Multiple choice question"] == 2
    stored = Question.objects.get(title="Matching question").options.order_by("sort_order")
    assert [o.text for o in stored] == ["A", "B", "C", ""] and stored.last().match_text == "d"
    assert (
        'fraction="0" format="plain_text"><text>*</text><feedback format="plain_text"><text>Doh!</text>'
        in questions_export(questions=[Question.objects.get(title="Short answer question")], fmt="moodle-xml")
    )


def test_moodle_cloze_fixture_becomes_a_cloze_question(framework_v3):
    (created,) = questions_import(text=_read("multianswer.xml"), fmt="moodle-xml", competency_code="KA.1")
    assert created.type == "cloze" and created.points == 5  # five gaps of weight 1, as Moodle counts it
    assert "{1:SHORTANSWER:%100%Paris#Congratulations!" in created.text
    assert "<img" not in created.text and "California or Arizona" in created.text
    assert created.general_feedback == "This is a Moodle question"
    exported = questions_export(questions=[created], fmt="moodle-xml")
    assert '<question type="cloze">' in exported and "{1:MULTICHOICE:%0%California#Wrong~=Arizona#OK}" in exported
    gift = questions_export(questions=[created], fmt="gift")  # GIFT has no cloze: left out, and said so
    assert "{1:" not in gift and gift.startswith("// Left out 1 × Cloze")


def test_moodle_broken_cloze_fixture_is_refused_whole_naming_each_question(framework_v3):
    with pytest.raises(ImportFailed) as exc:
        questions_import(text=_read("broken_cloze_questions.xml"), fmt="moodle-xml", competency_code="KA.1")
    errors = exc.value.errors
    assert len(errors) == 5
    assert errors[0].startswith("Question “Multianswer question without subquestions” (line 4)")
    assert "Gap 1 ({1:MULTICHOICE…}): give the alternatives" in errors[1]
    assert "a choice gap needs at least two alternatives" in errors[2]
    assert "no alternative is fully right" in errors[3]
    assert "Gap 1 ({3:NUMERICAL…}): “zero” is not a number" in errors[4]
    assert not Question.objects.exists()


def test_cloze_gaps_of_every_type_are_read(framework_v3):
    from assessments.question_types.cloze_syntax import cloze_parse

    (d,) = parse_moodle_xml(_read("cloze_all_subtypes.xml"))
    gaps = cloze_parse(d.text).gaps
    assert [(g.kind, g.layout, g.shuffle, g.case_sensitive, g.weight) for g in gaps] == [
        ("shortanswer", "", False, False, 1),
        ("shortanswer", "", False, True, 2),
        ("numerical", "", False, False, 1),
        ("multichoice", "dropdown", False, False, 1),
        ("multichoice", "vertical", False, False, 1),
        ("multichoice", "horizontal", False, False, 1),
        ("multichoice", "dropdown", True, False, 1),
        ("multiresponse", "vertical", False, False, 2),
    ]
    numerical = gaps[2].answers
    assert [(a.text, a.tolerance, a.fraction) for a in numerical] == [
        ("2.5", Decimal("0.01"), 1),
        ("2.5", Decimal("0.5"), Decimal("0.5")),
        ("*", 0, 0),
    ]
    # MULTIRESPONSE without explicit weights: right picks share the credit, a wrong pick cancels one.
    assert [a.fraction for a in gaps[7].answers] == [Decimal("0.5"), Decimal("0.5"), Decimal("-0.5")]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE quiz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<quiz><question type="essay"><name><text>&lol3;</text></name></question></quiz>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="essay"><name><text>&secret;</text></name></question></quiz>"""


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_xml_entities_are_refused_before_expansion(framework_v3, text):
    with pytest.raises(ImportFailed) as exc:
        questions_import(text=text, fmt="moodle-xml", competency_code="KA.1")
    assert exc.value.errors == ["line 2: DOCTYPE and entity declarations are not allowed"]
    assert not Question.objects.exists()


def test_undeclared_entity_is_a_clear_error(framework_v3):
    with pytest.raises(ImportFailed, match=r"not well-formed XML: undefined entity \(line 1\)"):
        parse_moodle_xml("<quiz><question type='essay'><name><text>&x;</text></name></question></quiz>")
