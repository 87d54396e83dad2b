"""common/strict_json: what it refuses, with which reason, and that it never fails any other way."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from common.strict_json import JsonLimitError, JsonTooLarge, json_loads_limited

MB = 1024 * 1024
# Text a database can store: no NUL, no lone surrogate.
SAFE_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | SAFE_TEXT,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(SAFE_TEXT, children, max_size=4),
    max_leaves=25,
)


def depth(value) -> int:
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    return 0


def refusal(data, **limits) -> str:
    with pytest.raises(JsonLimitError) as caught:
        json_loads_limited(data, **{"max_bytes": MB, **limits})
    return str(caught.value)


def test_a_hundred_thousand_brackets_are_refused_with_the_depth_not_a_recursion_error():
    assert refusal("[" * 100_000 + "]" * 100_000) == "The JSON is nested deeper than 64 levels."
    assert refusal('{"a":' * 100_000 + "1" + "}" * 100_000) == "The JSON is nested deeper than 64 levels."
    # Unclosed too: the depth is counted before the text is parsed.
    assert refusal("[" * 100_000) == "The JSON is nested deeper than 64 levels."
    assert json_loads_limited("[" * 64 + "]" * 64, max_bytes=MB) is not None


def test_brackets_inside_strings_do_not_count():
    text = json.dumps({"note": "[[[[{{{{" * 100, "quote": 'she said "[[[["\\', "list": [[["ok"]]]})
    assert json_loads_limited(text, max_bytes=MB, max_depth=4)["list"] == [[["ok"]]]  # the object and 3 lists


def test_a_key_given_twice_is_refused_and_named():
    assert refusal('{"id": "A", "name": "x", "id": "B"}') == "The JSON has the key 'id' twice."
    assert refusal('[{"a": {"b": 1, "b": 2}}]') == "The JSON has the key 'b' twice."
    # The same key in two different objects is fine.
    assert json_loads_limited('[{"a": 1}, {"a": 2}]', max_bytes=MB) == [{"a": 1}, {"a": 2}]


def test_a_key_shown_in_a_reason_is_short_and_printable():
    key = json.dumps("\u202e" + "k" * 100)
    reason = refusal(f"{{{key}: 1, {key}: 2}}")
    assert "\\u202e" in reason and "\u202e" not in reason and len(reason) < 100


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("NaN", "The JSON contains NaN, which is not a number JSON allows."),
        ('{"score": -Infinity}', "The JSON contains -Infinity, which is not a number JSON allows."),
        ("[1e999]", "The JSON contains the number 1e999, which is too large."),
        ('{"t": "a\\u0000b"}', "The JSON contains a NUL character (\\u0000) in a text."),
        ('{"a\\u0000": 1}', "The JSON contains a NUL character (\\u0000) in a text."),
        ('["\\udc00"]', "The JSON contains half of a UTF-16 surrogate pair (a \\ud800 to \\udfff escape)."),
        ("1" * 5000, "The JSON contains a number with too many digits."),
        ("{", "This is not valid JSON: Expecting property name enclosed in double quotes at line 1, column 2."),
        ("", "This is not valid JSON: Expecting value at line 1, column 1."),
    ],
)
def test_each_refusal_says_why(text, reason):
    assert refusal(text) == reason


def test_a_surrogate_pair_is_one_character_and_welcome():
    assert json_loads_limited('"\\ud83d\\ude00"', max_bytes=MB) == "\U0001f600"


def test_size_is_counted_in_utf8_bytes():
    assert refusal(b"[" + b"1," * 600 + b"1]", max_bytes=1000) == "The JSON is larger than 1000\xa0bytes."
    with pytest.raises(JsonTooLarge):
        json_loads_limited('"' + "é" * 600 + '"', max_bytes=1000)  # 602 characters, 1202 bytes
    assert json_loads_limited('"' + "e" * 600 + '"', max_bytes=1000) == "e" * 600


def test_bytes_must_be_utf8():
    assert refusal(b'{"name": "\xff"}') == "The JSON is not valid UTF-8 (byte 10)."
    assert refusal('{"a": 1}'.encode("utf-16")).startswith("The JSON is not valid UTF-8")


@settings(max_examples=200, deadline=None)
@given(JSON_VALUES, st.integers(min_value=1, max_value=8))
def test_any_json_within_the_limits_reads_back_as_written(value, max_depth):
    text = json.dumps(value, ensure_ascii=False)
    if depth(value) <= max_depth:
        assert json_loads_limited(text, max_bytes=MB, max_depth=max_depth) == value
        assert json_loads_limited(text.encode(), max_bytes=MB, max_depth=max_depth) == value
    else:
        assert refusal(text, max_depth=max_depth) == f"The JSON is nested deeper than {max_depth} levels."


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.binary(max_size=200)))
def test_anything_at_all_is_either_json_or_a_refusal_with_a_reason(data):
    try:
        json_loads_limited(data, max_bytes=150, max_depth=4)
    except JsonLimitError as exc:
        assert str(exc).startswith(("The JSON ", "This is not valid JSON"))


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(SAFE_TEXT, JSON_VALUES, min_size=1, max_size=4), st.data())
def test_a_repeated_key_is_refused_wherever_it_is(value, data):
    key = data.draw(st.sampled_from(sorted(value)))
    text = json.dumps(value)[:-1] + ", " + json.dumps(key) + ": null}"
    with pytest.raises(JsonLimitError, match="twice"):
        json_loads_limited("[" + text + "]", max_bytes=MB)
