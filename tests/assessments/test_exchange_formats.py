"""GIFT and Moodle XML as other tools and teachers read them: plain decimals, every element Moodle writes, nothing
left out silently, and grades or answers Moodle would refuse are refused with their line. Round trips: export,
import, export again gives the same file for every type each format can express."""

from decimal import Decimal

import pytest

from assessments.importers import ImportFailed, parse_gift, parse_moodle_xml, questions_import
from assessments.importers.export import questions_export, questions_export_result
from assessments.models import Question

CLOZE = "Capital: {1:SHORTANSWER:=Paris#Yes~%50%Lyon} and {2:NUMERICAL:=80:5}."


@pytest.fixture
def every_type(make_question, rubric):
    """One question of each type, with the numbers that used to come out as 8E+1, 2.4E+2 and 1E+2."""
    return [
        make_question("single", title="S", options=[{"text": "Yes", "is_correct": True, "feedback": "Good"}, "No"]),
        make_question(
            "multiple",
            title="M",
            multiple_scoring="proportional",
            wrong_pick_penalty=Decimal("1"),
            options=[{"text": "A", "is_correct": True}, {"text": "B", "is_correct": True}, "C"],
        ),
        make_question("true_false", title="TF", correct_boolean=True, general_feedback="Indeed"),
        make_question("numeric", title="N", numeric_answer=Decimal("80"), numeric_tolerance=Decimal("0")),
        make_question("numeric", title="R", numeric_min=Decimal("100"), numeric_max=Decimal("240")),
        make_question(
            "short_text",
            title="ST",
            options=[
                {"text": "Frog", "is_correct": True, "fraction": Decimal("1")},
                {"text": "Cat", "is_correct": True, "fraction": Decimal("0.5"), "feedback": "Half"},
            ],
        ),
        make_question("ordering", title="O", options=["First", "Second", "Third"]),
        make_question(
            "matching",
            title="MA",
            options=[
                {"text": "A", "match_text": "a"},
                {"text": "B", "match_text": "b"},
                {"text": "", "match_text": "d"},
            ],
        ),
        make_question("extended", title="E", allow_file=True, rubric=rubric),
        make_question("cloze", title="C", text=CLOZE, points="2"),
    ]


def _bank(pks) -> list[Question]:
    return list(Question.objects.filter(pk__in=pks).order_by("pk").prefetch_related("options"))


def test_numbers_are_plain_decimals(every_type):
    gift = questions_export(questions=every_type, fmt="gift")
    xml = questions_export(questions=every_type, fmt="moodle-xml")
    assert "E+" not in gift and "E+" not in xml
    assert "{#80:0}" in gift and "{#100..240}" in gift
    # A range travels to Moodle as its middle and half its width (it used to be exported as 0).
    assert "<text>170</text><feedback" in xml and "<tolerance>70</tolerance>" in xml
    assert "<text>80</text>" in xml and "<defaultgrade>2</defaultgrade>" in xml


def test_gift_names_what_it_cannot_express_and_keeps_ordering(every_type):
    result = questions_export_result(questions=every_type, fmt="gift")
    assert list(result.left_out.values()) == [["C"]]
    assert result.text.startswith("// Left out 1 × Cloze")
    assert result.text.splitlines()[0].endswith(": C")
    assert "::O::Text of ordering? {>3 ALL VERTICAL ALL_OR_NOTHING SHOW\nFirst\nSecond\nThird\n}" in result.text
    titles = [d.title for d in parse_gift(result.text)]
    assert titles == [q.title for q in every_type if q.type != "cloze"]


def test_export_command_names_what_it_left_out(every_type, capsys):
    from django.core.management import call_command

    call_command("export_questions", format="gift", competency="KA.1")
    out = capsys.readouterr()
    assert "{>3 ALL" in out.out and "Left out 1 × Cloze" in out.err and ": C" in out.err


def test_moodle_xml_carries_the_elements_moodle_writes(every_type):
    xml = questions_export(questions=every_type, fmt="moodle-xml")
    questions = xml.split("<question ")[1:]
    assert len(questions) == len(every_type)
    for q in questions:
        assert "<penalty>" in q and "<hidden>0</hidden>" in q and "<idnumber>" in q and "<generalfeedback" in q
    by_type = {q.split('"')[1] + ("-single" if "<single>true" in q else ""): q for q in questions}
    for element in ("shuffleanswers", "answernumbering", "showstandardinstruction", "correctfeedback"):
        assert f"<{element}" in by_type["multichoice"] and f"<{element}" in by_type["multichoice-single"]
    for element in ("layouttype>VERTICAL", "selecttype>ALL", "selectcount>3", "gradingtype>ALL_OR_NOTHING"):
        assert f"<{element}<" in by_type["ordering"]
    # In qtype_ordering's export_to_xml order: numberingstyle after showgrading, before the combined feedback.
    assert "<showgrading>SHOW</showgrading><numberingstyle>none</numberingstyle><correctfeedback" in by_type["ordering"]
    for element in ("responseformat", "responsefieldlines", "attachments>1", "graderinfo", "responsetemplate"):
        assert f"<{element}" in by_type["essay"]
    assert "<shuffleanswers>" in by_type["matching"] and "<unitgradingtype>" in by_type["numerical"]


def test_hidden_question_travels_as_hidden(framework_v3, make_question):
    q = make_question("true_false", correct_boolean=False, is_active=False)
    xml = questions_export(questions=[q], fmt="moodle-xml")
    assert "<hidden>1</hidden>" in xml
    (again,) = questions_import(text=xml, fmt="moodle-xml", competency_code="KA.1")
    assert again.is_active is False


@pytest.mark.parametrize("fmt", ["gift", "moodle-xml"])
def test_round_trip_is_identical_for_every_type_the_format_expresses(every_type, fmt):
    first = questions_export(questions=every_type, fmt=fmt)
    created = questions_import(text=first, fmt=fmt, competency_code="KA.1")
    expressed = [q for q in every_type if fmt == "moodle-xml" or q.type != "cloze"]
    assert [q.type for q in created] == [q.type for q in expressed]
    second = questions_export(questions=_bank([q.pk for q in created]), fmt=fmt)
    assert second == questions_export(questions=expressed, fmt=fmt)
    if fmt == "moodle-xml":
        assert second == first


XML_GRADE = """<?xml version="1.0"?>
<quiz>
  <question type="multichoice">
    <name><text>Thirds</text></name>
    <questiontext><text>Pick</text></questiontext>
    <single>false</single>
    <answer fraction="33"><text>A</text></answer>
    <answer fraction="33"><text>B</text></answer>
    <answer fraction="-50"><text>C</text></answer>
  </question>
</quiz>
"""


def test_a_grade_moodle_refuses_is_refused_with_its_line(framework_v3):
    with pytest.raises(ImportFailed) as exc:
        questions_import(text=XML_GRADE, fmt="moodle-xml", competency_code="KA.1")
    assert exc.value.errors == [
        "Question “Thirds” (line 3): line 7: the grade 33% is not one Moodle accepts (100, 90, 83.33333, 80, 75, 70, "
        "66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0, or the same below 0)"
    ]
    gift = "::Thirds::Pick {\n~%33%A\n~%33.33333%B\n~%-50%C\n}"
    with pytest.raises(ImportFailed) as exc:
        parse_gift(gift)
    assert "(line 1): line 2: the grade 33% is not one Moodle accepts" in exc.value.errors[0]
    # Moodle's own thirds are fine.
    (d,) = parse_gift(gift.replace("%33%", "%33.33333%"))
    assert d.type == "multiple"
    assert not Question.objects.exists()


XML_EMPTY = """<?xml version="1.0"?>
<quiz>
  <question type="multichoice">
    <name><text>Picture</text></name>
    <questiontext><text>Which one?</text></questiontext>
    <single>true</single>
    <answer fraction="100"><text><![CDATA[<img src="@@PLUGINFILE@@/a.png">]]></text></answer>
    <answer fraction="0"><text>B</text></answer>
  </question>
  <question type="matching">
    <name><text>Pairs</text></name>
    <questiontext><text>Match</text></questiontext>
    <subquestion><text>A</text><answer><text>a</text></answer></subquestion>
    <subquestion><text>B</text><answer><text>b</text></answer></subquestion>
    <subquestion><text><![CDATA[<p><img src="c.png"></p>]]></text><answer><text>c</text></answer></subquestion>
  </question>
</quiz>
"""


def test_an_answer_that_sanitises_to_empty_is_refused_with_its_line(framework_v3):
    with pytest.raises(ImportFailed) as exc:
        questions_import(text=XML_EMPTY, fmt="moodle-xml", competency_code="KA.1")
    assert exc.value.errors == [
        "Question “Pairs” (line 10): line 15: an answer is empty (once its HTML is removed, nothing is left)"
    ]
    one = XML_EMPTY.split('  <question type="matching">')[0] + "</quiz>"
    with pytest.raises(ImportFailed) as exc:
        questions_import(text=one, fmt="moodle-xml", competency_code="KA.1")
    assert exc.value.errors == [
        "Question “Picture” (line 3): line 7: an answer is empty (once its HTML is removed, nothing is left)"
    ]
    with pytest.raises(ImportFailed) as exc:
        questions_import(text="::Blank::Pick {\n=\n~B\n}", fmt="gift", competency_code="KA.1")
    assert "(line 1): line 2: an answer is empty" in exc.value.errors[0]
    assert not Question.objects.exists()


def test_moodle_ordering_gift_is_read(framework_v3):
    (d,) = parse_gift("::Steps::Put in order {>4 ALL VERTICAL ALL_OR_NOTHING SHOW\nOpen\nWrite\nSave\nClose\n}")
    assert d.type == "ordering" and [o.text for o in d.options] == ["Open", "Write", "Save", "Close"]
    assert (
        not d.problems()
        and parse_moodle_xml(
            questions_export(
                questions=questions_import(text="::S::T {>2 ALL\nA\nB\n}", fmt="gift", competency_code="KA.1"),
                fmt="moodle-xml",
            )
        )[0].type
        == "ordering"
    )


XML_ORDERING = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="ordering">
    <name><text>Steps</text></name>
    <questiontext format="html"><text>Put in order</text></questiontext>
    <layouttype>VERTICAL</layouttype>
    <selecttype>ALL</selecttype>
    <selectcount>3</selectcount>
    <gradingtype>ALL_OR_NOTHING</gradingtype>
    <showgrading>SHOW</showgrading>
    {numbering}
    <answer fraction="1" format="moodle_auto_format"><text>Open</text></answer>
    <answer fraction="2" format="moodle_auto_format"><text>Write</text></answer>
    <answer fraction="3" format="moodle_auto_format"><text>Save</text></answer>
  </question>
</quiz>
"""


@pytest.mark.parametrize(
    "numbering", ["<numberingstyle>none</numberingstyle>", "<numberingstyle>abc</numberingstyle>", ""]
)
def test_moodle_ordering_numbering_style_is_accepted_and_written_back(framework_v3, numbering):
    """Moodle writes <numberingstyle> (none, 123, abc, ABCD, iii, IIII; older files have none): each is read, and
    written back as "none", how the items are shown here; from then on the round trip is identical."""
    (imported,) = questions_import(
        text=XML_ORDERING.format(numbering=numbering), fmt="moodle-xml", competency_code="KA.1"
    )
    assert imported.type == "ordering" and [o.text for o in imported.options.all()] == ["Open", "Write", "Save"]
    first = questions_export(questions=[imported], fmt="moodle-xml")
    assert first.count("<numberingstyle>none</numberingstyle>") == 1
    (again,) = questions_import(text=first, fmt="moodle-xml", competency_code="KA.1")
    assert questions_export(questions=_bank([again.pk]), fmt="moodle-xml") == first
