"""Hostile input never comes out as markup: scripts, javascript: links, event handlers, huge and deeply nested
posts (ADR 0192)."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discussion.formatting import mentioned_usernames, render

TAG = re.compile(r"<(/?)([a-zA-Z0-9]+)([^>]*)>")


def _tags(html: str) -> set[str]:
    return {m.group(2).lower() for m in TAG.finditer(html)}


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        '<a href="javascript:alert(1)">click</a>',
        "[click](javascript:alert(1))",
        "javascript:alert(1)",
        "<svg><script>alert(1)</script></svg>",
        '"><iframe src="https://evil.example"></iframe>',
        "<<script>script>alert(1)<</script>/script>",
        "<style>body{display:none}</style>",
        'https://ex.org/"onmouseover="alert(1)',
        "data:text/html;base64,PHNjcmlwdD4=",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
    ],
)
def test_no_html_or_script_survives(hostile):
    html = render(f"Before {hostile} after")
    assert _tags(html) <= {"p", "br", "em", "strong", "a"}
    assert "<script" not in html
    for attributes in (m.group(3) for m in TAG.finditer(html) if m.group(2) == "a" and not m.group(1)):
        assert re.fullmatch(r' href="https?://[^"]*" rel="nofollow ugc noopener"', attributes), attributes


def test_light_formatting_and_safe_links():
    html = render("Hello **there**, *see* https://example.org/a?b=1&c=2.\nNext line\n\nSecond paragraph")
    assert html == (
        '<p>Hello <strong>there</strong>, <em>see</em> <a href="https://example.org/a?b=1&amp;c=2" '
        'rel="nofollow ugc noopener">https://example.org/a?b=1&amp;c=2</a>.<br>Next line</p><p>Second paragraph</p>'
    )


def test_any_script_and_direction_is_kept_as_typed():
    assert render("مرحبا **بكم** في النقاش") == "<p>مرحبا <strong>بكم</strong> في النقاش</p>"
    assert "\u202e" not in render("abc\u202eevil")  # a bidi override cannot turn the rest of the page around


def test_deep_nesting_and_huge_input_render_quickly_and_flat():
    nested = "<div>" * 5000 + "x" + "</div>" * 5000
    html = render(nested)
    assert _tags(html) == {"p"}
    stars = "*" * 20000 + "a" + "*" * 20000
    assert _tags(render(stars)) <= {"p", "em", "strong"}
    huge = ("word " * 20000).strip()
    assert render(huge).startswith("<p>word word")


def test_mentions_are_found_once_and_bounded():
    assert mentioned_usernames("hi @ana and @bob, @ana again; mail me at x@y.org") == ["ana", "bob"]
    assert len(mentioned_usernames(" ".join(f"@u{i}" for i in range(50)))) == 10


@given(st.text(max_size=400))
def test_whatever_is_typed_only_the_allowed_tags_come_out(text):
    html = render(text)
    assert _tags(html) <= {"p", "br", "em", "strong", "a"}
    assert "javascript:" not in "".join(m.group(3) for m in TAG.finditer(html)).lower()
