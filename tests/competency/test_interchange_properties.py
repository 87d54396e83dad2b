"""Framework files (Moodle CSV, CASE JSON): whatever the bytes, reading them fails only with InterchangeError,
which the import page and `import_framework` show to the person. Nothing here touches the database: parsing and
validation happen before anything is written."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from competency.interchange import InterchangeError, decode_upload
from competency.interchange.case_json import case_to_data
from competency.interchange.common import data_validate
from competency.interchange.moodle_csv import HEADER, csv_to_data


def _read(parse, text: str) -> None:
    try:
        data, where = parse(text)
        data_validate(data, where=where)
    except InterchangeError as exc:
        assert str(exc)


@settings(max_examples=200)
@given(st.binary(max_size=300))
def test_decode_upload_any_bytes(raw):
    try:
        assert isinstance(decode_upload(raw), str)
    except InterchangeError as exc:
        assert "line" in str(exc)


# --- Moodle CSV ------------------------------------------------------------------------------------------------

CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            "0",
            "1",
            "2",
            "4",
            "9",
            "ka",
            "KA",
            "KA.1",
            "aspect:A1",
            "domain",
            "competency",
            "outcome",
            "level",
            "Not yet mastered,Mastered",
            '[{"scaleid":"0"},{"id":1,"scaledefault":1,"proficient":0}]',
            "[",
            "{}",
            '[{"scaleid":"x"}]',
            "core_competency\\competency_rule_all",
            "core_competency\\competency_rule_points",
            '{"base":{"points":2},"competencies":[]}',
            "not json",
            "a%2Cb,c",
            "<p>x</p>",
            "x" * 300,
        ]
    ),
    st.text(max_size=12),
)
ROWS = st.lists(st.lists(CELLS, min_size=0, max_size=len(HEADER) + 2), max_size=12)
DELIMITERS = st.sampled_from([",", ";", "\t"])


def _csv(rows, delimiter) -> str:
    def cell(c: str) -> str:
        return '"' + c.replace('"', '""') + '"' if any(ch in c for ch in f'"\n\r{delimiter}') else c

    return "\n".join(delimiter.join(cell(c) for c in r) for r in [HEADER, *rows])


@settings(max_examples=150)
@given(st.text(max_size=400))
def test_moodle_csv_any_text(text):
    _read(csv_to_data, text)


@settings(max_examples=400)
@given(ROWS, DELIMITERS)
def test_moodle_csv_rows_with_the_right_header(rows, delimiter):
    _read(csv_to_data, _csv(rows, delimiter))


# --- CASE JSON -------------------------------------------------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)
IDS = st.sampled_from(["doc", "l1", "a1", "c1", "o1", "x"])
ANY = JSON | IDS


def _shaped(required: dict, optional: dict) -> st.SearchStrategy:
    """Dictionaries with the required keys (likely values) and some optional keys (likely values or any JSON)."""
    return st.fixed_dictionaries(required, optional={k: v | JSON for k, v in optional.items()})


TEXT = st.text(max_size=10)
ITEM = _shaped(
    {
        "identifier": IDS,
        "CFItemType": st.sampled_from(["Level", "Aspect", "Competency", "Objective", "Other"]),
        "humanCodingScheme": st.sampled_from(["KA", "A1", "KA.1", "KA.1.a", "", "X" * 40]),
    },
    {
        "CFItemTypeURI": st.fixed_dictionaries({"title": st.sampled_from(["Level", "Competency"])}),
        "fullStatement": TEXT,
        "abbreviatedStatement": TEXT,
        "listEnumeration": st.sampled_from(["1", "2", "x", "nan", "inf"]),
        "notes": TEXT,
    },
)
LINK = _shaped({"identifier": IDS}, {"uri": TEXT, "title": TEXT})
ASSOCIATION = _shaped(
    {
        "associationType": st.sampled_from(["isChildOf", "isPartOf", "exactMatchOf"]),
        "originNodeURI": LINK,
        "destinationNodeURI": LINK,
    },
    {"identifier": IDS, "sequenceNumber": st.integers(-2, 5) | st.text(max_size=3)},
)
DOCUMENT = _shaped(
    {"identifier": st.just("doc"), "title": st.text(min_size=1, max_size=10)},
    {
        "humanCodingScheme": st.sampled_from(["fw", "Not A Slug", ""]),
        "version": st.sampled_from(["1", "3.0", ""]),
        "licenseURI": _shaped({}, {"title": TEXT, "uri": st.sampled_from(["https://x", "ftp://y"])}),
        "publisher": TEXT,
        "description": TEXT,
    },
)
PACKAGE = st.fixed_dictionaries(
    {"CFDocument": DOCUMENT, "CFItems": st.lists(ITEM, max_size=6), "CFAssociations": st.lists(ASSOCIATION, max_size=8)}
)


@settings(max_examples=150)
@given(st.text(max_size=200))
def test_case_any_text(text):
    _read(case_to_data, text)


@settings(max_examples=150)
@given(JSON)
def test_case_any_json(value):
    _read(case_to_data, json.dumps(value))


@settings(max_examples=200)
@given(PACKAGE)
def test_case_packages_with_the_right_shape(package):
    _read(case_to_data, json.dumps(package))


def test_case_deeply_nested_json_is_refused_not_a_crash():
    for text in ("[" * 200_000 + "]" * 200_000, '{"CFDocument":' * 100_000 + "{}" + "}" * 100_000):
        _read(case_to_data, text)


def test_case_non_text_properties_are_refused_naming_them():
    package = {
        "CFDocument": {"identifier": "doc", "title": "T", "licenseURI": {"uri": 5}},
        "CFItems": [{"identifier": "l1", "CFItemType": "Level", "humanCodingScheme": "KA", "fullStatement": ["x"]}],
    }
    try:
        case_to_data(json.dumps(package))
    except InterchangeError as exc:
        assert "CFItem l1: fullStatement must be text" in str(exc)
    else:
        raise AssertionError("a list as fullStatement was accepted")
    package["CFItems"] = [{"identifier": "l1", "CFItemTypeURI": "Level"}]
    try:
        case_to_data(json.dumps(package))
    except InterchangeError as exc:
        # An item of an unknown type is a tree node (ADR 0180), but still needs its statement.
        assert "CFItem l1: fullStatement is required" in str(exc)
