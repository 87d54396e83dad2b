"""GIFT and Moodle XML import: every supported type, all-or-nothing, errors naming the question and line."""

from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from assessments.importers import ImportFailed, parse_gift, parse_moodle_xml, questions_import
from assessments.models import Question

GIFT = """// ICT basics
$CATEGORY: ka3

::Spreadsheet::Which application computes averages? {
=A spreadsheet#Right: formulas recalculate.
~A presentation program#No.
~An image editor
####Spreadsheets are for calculations.}

::Inputs::Which are input devices? {
~%50%Keyboard
~%50%Microphone
~%-100%Printer#A printer outputs.
}

::CC::Material without a copyright notice is free to reuse.{F#It is protected by default.}

::UNESCO::Which agency publishes the ICT CFT? {=UNESCO =United Nations Educational*}

::Pi::Give pi to two decimals. {#3.14:0.005}

::Range::A number between 1 and 5. {#1..5}

::Licences::Match the licence elements. {
=BY -> Credit the creator
=SA -> Share alike
=NC -> Non-commercial
}

::Plan::Describe a lesson that uses ICT. {}

::Escaped::What does 1 \\= 1 mean\\: equality? {T}
"""

MOODLE = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/KA</text></category></question>
  <question type="multichoice">
    <name><text>Single</text></name>
    <questiontext format="html"><text><![CDATA[<p>Best tool for averages?</p>]]></text></questiontext>
    <generalfeedback><text>Use a spreadsheet.</text></generalfeedback>
    <single>true</single>
    <answer fraction="100"><text>Spreadsheet</text><feedback><text>Yes</text></feedback></answer>
    <answer fraction="0"><text>Slides</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Multi</text></name>
    <questiontext><text>Input devices?</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>Keyboard</text></answer>
    <answer fraction="50"><text>Scanner</text></answer>
    <answer fraction="-100"><text>Monitor</text></answer>
  </question>
  <question type="truefalse">
    <name><text>TF</text></name>
    <questiontext><text>OER may be adapted.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="shortanswer">
    <name><text>Short</text></name>
    <questiontext><text>Abbreviation of massive open online course?</text></questiontext>
    <usecase>1</usecase>
    <answer fraction="100"><text>MOOC</text></answer>
  </question>
  <question type="numerical">
    <name><text>Num</text></name>
    <questiontext><text>18 of 24 in percent?</text></questiontext>
    <answer fraction="100"><text>75</text><tolerance>0.5</tolerance></answer>
  </question>
  <question type="matching">
    <name><text>Match</text></name>
    <questiontext><text>Match the extensions.</text></questiontext>
    <subquestion><text>.docx</text><answer><text>Document</text></answer></subquestion>
    <subquestion><text>.xlsx</text><answer><text>Spreadsheet</text></answer></subquestion>
  </question>
  <question type="essay">
    <name><text>Essay</text></name>
    <questiontext><text>Upload a lesson plan.</text></questiontext>
    <attachments>1</attachments>
  </question>
  <question type="ordering">
    <name><text>Order</text></name>
    <questiontext><text>Order the levels.</text></questiontext>
    <answer fraction="1"><text>Knowledge Acquisition</text></answer>
    <answer fraction="2"><text>Knowledge Deepening</text></answer>
    <answer fraction="3"><text>Knowledge Creation</text></answer>
  </question>
</quiz>
"""


def test_gift_every_supported_type():
    drafts = parse_gift(GIFT)
    assert [d.type for d in drafts] == [
        "single",
        "multiple",
        "true_false",
        "short_text",
        "numeric",
        "numeric",
        "matching",
        "extended",
        "true_false",
    ]
    single, multiple, tf, short, num, rng, match, essay, escaped = drafts
    assert [(o.text, o.correct, o.feedback) for o in single.options][0] == (
        "A spreadsheet",
        True,
        "Right: formulas recalculate.",
    )
    assert single.general_feedback == "Spreadsheets are for calculations."
    # Moodle's -100% on the printer takes away both 50% shares: a penalty of two right picks.
    assert [o.correct for o in multiple.options] == [True, True, False] and multiple.penalty == 2
    assert tf.correct_boolean is False and tf.general_feedback == "It is protected by default."
    assert [o.text for o in short.options] == ["UNESCO", "United Nations Educational*"]
    assert (num.numeric_answer, num.numeric_tolerance) == (Decimal("3.14"), Decimal("0.005"))
    assert (rng.numeric_min, rng.numeric_max) == (1, 5)
    assert [(o.text, o.match) for o in match.options][1] == ("SA", "Share alike")
    assert essay.text == "Describe a lesson that uses ICT."
    assert escaped.text == "What does 1 = 1 mean: equality?" and escaped.correct_boolean is True
    assert single.line == 4 and multiple.line == 10


def test_moodle_xml_every_supported_type():
    drafts = parse_moodle_xml(MOODLE)
    assert [d.type for d in drafts] == [
        "single",
        "multiple",
        "true_false",
        "short_text",
        "numeric",
        "matching",
        "extended",
        "ordering",
    ]
    single, multiple, tf, short, num, match, essay, order = drafts
    assert single.text == "Best tool for averages?" and single.options[0].feedback == "Yes"
    assert [o.correct for o in multiple.options] == [True, True, False]
    assert tf.correct_boolean is True
    assert short.case_sensitive and short.options[0].text == "MOOC"
    assert (num.numeric_answer, num.numeric_tolerance) == (75, Decimal("0.5"))
    assert match.options[1].match == "Spreadsheet"
    assert essay.allow_file
    assert [o.text for o in order.options][0] == "Knowledge Acquisition"
    assert single.line == 4


def test_import_creates_questions_aligned_to_the_competency(framework_v3):
    created = questions_import(text=GIFT, fmt="gift", competency_code="KA.3")
    assert len(created) == 9
    assert set(Question.objects.values_list("alignments__competency__code", flat=True)) == {"KA.3"}


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        ("::Good::Fine? {T}\n\n::Broken::Missing brace {=a ~b\n", "gift", "Question “Broken” (line 3)"),
        ("::Desc::Just a description.\n", "gift", "unsupported question type"),
        ("::Bad number::How many? {#abc}\n", "gift", "(line 1)"),
        ("::Partial::Name it {=%50%half =%0%*}\n", "gift", "one short answer must earn full credit"),
        ("::Two right::Pick {=a =b ~c}\n", "gift", "exactly one right answer (=)"),
        (
            '<quiz>\n<question type="calculated"><name><text>Calc</text></name></question>\n</quiz>',
            "moodle-xml",
            "Question “Calc” (line 2): unsupported question type “calculated”",
        ),
        ('<quiz>\n<question type="multichoice">\n<name><text>Oops</text>\n</quiz>', "moodle-xml", "line 4"),
        ('<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY x "y">]>\n<quiz></quiz>', "moodle-xml", "line 2"),
        ("<notquiz/>", "moodle-xml", "<quiz>"),
        (
            '<quiz>\n<question type="shortanswer"><name><text>Near</text></name>'
            "<questiontext><text>Name it</text></questiontext>"
            '<answer fraction="50"><text>half</text></answer><answer fraction="0"><text>*</text></answer>'
            "</question>\n</quiz>",
            "moodle-xml",
            "Question “Near” (line 2): one short answer must earn full credit",
        ),
        (
            '<quiz>\n\n<question type="multichoice"><name><text>Halves</text></name>'
            "<questiontext><text>Pick</text></questiontext><single>true</single>"
            '<answer fraction="100"><text>a</text></answer><answer fraction="50"><text>b</text></answer>'
            "</question>\n</quiz>",
            "moodle-xml",
            "Question “Halves” (line 3): partial credit in a single-choice question",
        ),
        (
            '<quiz>\n<question type="multichoice"><name><text>No key</text></name>'
            "<questiontext><text>Pick</text></questiontext><single>true</single>"
            '<answer fraction="0"><text>a</text></answer><answer fraction="0"><text>b</text></answer>'
            "</question>\n</quiz>",
            "moodle-xml",
            "Question “No key” (line 2): a single-choice question needs",
        ),
    ],
)
def test_errors_name_the_question_and_line_and_write_nothing(framework_v3, text, fmt, expected):
    with pytest.raises(ImportFailed) as exc:
        questions_import(text=text, fmt=fmt, competency_code="KA.1")
    assert any(expected in e for e in exc.value.errors), exc.value.errors
    assert not Question.objects.exists()


def test_unknown_competency_is_refused(framework_v3):
    with pytest.raises(ImportFailed, match="Unknown competency"):
        questions_import(text=GIFT, fmt="gift", competency_code="ZZ.9")


def test_command_prints_count_and_fails_cleanly(framework_v3, tmp_path, capsys):
    good = tmp_path / "good.xml"
    good.write_text(MOODLE, encoding="utf-8")
    call_command("import_questions", str(good), "--format", "moodle-xml", "--competency", "KA.4")
    assert "Imported 8 questions." in capsys.readouterr().out
    bad = tmp_path / "bad.gift"
    text = GIFT + "\n::Broken::No end {=a\n"
    bad.write_text(text, encoding="utf-8")
    line = text.splitlines().index("::Broken::No end {=a") + 1
    with pytest.raises(CommandError):
        call_command("import_questions", str(bad), "--format", "gift", "--competency", "KA.4")
    assert f"Question “Broken” (line {line})" in capsys.readouterr().err
    assert Question.objects.count() == 8


def test_admin_import_page(framework_v3, client, trainer, teacher):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(teacher)
    assert client.get("/assessments/import/").status_code == 403
    client.force_login(trainer)
    upload = SimpleUploadedFile("q.gift", GIFT.encode(), content_type="text/plain")
    done = client.post("/assessments/import/", {"file": upload, "format": "gift", "competency": "KA.3"}, follow=True)
    assert "Imported 9 questions." in done.content.decode()
    bad = SimpleUploadedFile("q.gift", b"::X::Broken {=a\n", content_type="text/plain")
    page = client.post("/assessments/import/", {"file": bad, "format": "gift", "competency": "KA.3"})
    assert "line 1" in page.content.decode()
    assert Question.objects.count() == 9


@pytest.mark.parametrize("fmt", ["gift", "moodle-xml"])
def test_demo_bank_exports_and_reimports(framework_v3, fmt):
    from assessments.demo import demo_assessments_ensure
    from assessments.importers.export import questions_export

    demo_assessments_ensure()
    bank = list(Question.objects.filter(alignments__competency__code="KD.3").order_by("pk").prefetch_related("options"))
    exported = questions_export(questions=bank, fmt=fmt)
    drafts = (parse_gift if fmt == "gift" else parse_moodle_xml)(exported)
    kept = [q for q in bank if fmt == "moodle-xml" or q.type != "cloze"]  # GIFT carries ordering, not cloze
    assert [d.type for d in drafts] == [q.type for q in kept]
    assert [d.text for d in drafts] == [" ".join(q.text.split()) for q in kept]
    assert not [p for d in drafts for p in d.problems()]
    for draft, q in zip(drafts, kept, strict=True):
        if q.type in ("single", "multiple"):
            assert [o.correct for o in draft.options] == [o.is_correct for o in q.options.all()]
        if q.type == "numeric":
            assert draft.numeric_answer == q.numeric_answer
