"""GIFT and Moodle XML parsers: whatever the text, the only failure is ImportFailed (the import page shows it).

Also: XML entity tricks (billion laughs, external entities, parameter entities) are refused before any expansion.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessments.importers import ImportFailed, parse_gift, parse_moodle_xml

# Text built from the characters each format gives meaning to, so the examples reach deep into the parsers.
GIFT_PIECES = st.sampled_from(
    [
        "::",
        "{",
        "}",
        "=",
        "~",
        "#",
        "->",
        "%",
        "%50%",
        "%-100%",
        ":",
        "..",
        "\\",
        "\\{",
        "\\=",
        "\n",
        "\n\n",
        "TRUE",
        "FALSE",
        "T",
        "F",
        "1",
        "2.5",
        "-3",
        "1e9",
        "NaN",
        "[html]",
        "[markdown]",
        "$CATEGORY: x",
        "//",
        " ",
        "Title",
        "text",
        "é",
        "\u202e",
        "{1:MULTICHOICE:=a~b}",
        "{#",
        "####",
    ]
)
XML_PIECES = st.sampled_from(
    [
        "<quiz>",
        "</quiz>",
        '<question type="multichoice">',
        '<question type="truefalse">',
        '<question type="shortanswer">',
        '<question type="numerical">',
        '<question type="matching">',
        '<question type="essay">',
        '<question type="ordering">',
        '<question type="cloze">',
        '<question type="category">',
        "</question>",
        "<name><text>N</text></name>",
        "<questiontext><text>Q {1:SHORTANSWER:=a}</text></questiontext>",
        '<answer fraction="100">',
        '<answer fraction="-50">',
        '<answer fraction="x">',
        '<answer fraction="33.33333">',
        "</answer>",
        "<text>",
        "</text>",
        "<subquestion>",
        "</subquestion>",
        "<single>true</single>",
        "<single>false</single>",
        "<tolerance>0.1</tolerance>",
        "<shuffleanswers>1</shuffleanswers>",
        "<feedback><text>f</text></feedback>",
        "&amp;",
        "&lt;",
        "&#0;",
        "&#x110000;",
        "&bogus;",
        "<![CDATA[<p>a</p>]]>",
        "<!-- c -->",
        "<?pi x?>",
        "\n",
        "a",
    ]
)


def _never_crashes(parse, text: str) -> None:
    try:
        drafts = parse(text)
    except ImportFailed as exc:
        assert exc.errors and all(isinstance(e, str) for e in exc.errors)
    else:
        assert isinstance(drafts, list)


@settings(max_examples=300)
@given(st.text())
def test_gift_any_text(text):
    _never_crashes(parse_gift, text)


@settings(max_examples=400)
@given(st.lists(GIFT_PIECES, max_size=40).map("".join))
def test_gift_text_made_of_its_syntax(text):
    _never_crashes(parse_gift, text)


@settings(max_examples=200)
@given(st.text())
def test_moodle_xml_any_text(text):
    _never_crashes(parse_moodle_xml, text)


@settings(max_examples=400)
@given(st.lists(XML_PIECES, max_size=40).map("".join))
def test_moodle_xml_text_made_of_its_syntax(text):
    _never_crashes(parse_moodle_xml, text)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE quiz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<quiz><question type="essay"><name><text>&lol9;</text></name></question></quiz>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="essay"><name><text>&secret;</text></name>
<questiontext><text>&secret;</text></questiontext></question></quiz>"""

PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<quiz></quiz>"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE quiz SYSTEM "http://127.0.0.1:9/quiz.dtd">
<quiz></quiz>"""

UNDECLARED_ENTITY = """<quiz><question type="essay"><name><text>&secret;</text></name></question></quiz>"""


@pytest.mark.parametrize(
    "document",
    [BILLION_LAUGHS, EXTERNAL_ENTITY, PARAMETER_ENTITY, EXTERNAL_DTD, UNDECLARED_ENTITY],
    ids=["billion-laughs", "external-entity", "parameter-entity", "external-dtd", "undeclared-entity"],
)
def test_entity_tricks_are_refused(document):
    with pytest.raises(ImportFailed) as refused:
        parse_moodle_xml(document)
    text = " ".join(refused.value.errors)
    assert "lol" not in text and "root:" not in text
