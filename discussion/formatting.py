"""Plain text with light formatting, turned into a small safe HTML subset (ADR 0192).

What a member types is escaped first, so no HTML they write survives as markup. Then: a blank line starts a
paragraph, a line break stays one, **strong**, *emphasis*, and http(s) addresses become links. The result goes
through nh3 (the Ammonia sanitiser) with an allow-list of exactly those elements, `href` only on links, only the
http and https schemes, and rel="nofollow ugc noopener" on every link: even a bug above cannot let a script, an
event handler or a javascript: link through.
"""

import html
import re

import nh3

ALLOWED_TAGS = {"p", "br", "em", "strong", "a"}
LINK_REL = "nofollow ugc noopener"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")  # and stray bidi overrides
_PARAGRAPHS = re.compile(r"\n\s*\n")
_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}»”’"
# Bounded, non-nesting patterns: linear time whatever the input (no catastrophic backtracking).
_STRONG = re.compile(r"\*\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*\*")
_EM = re.compile(r"(?<![*\w])\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*(?![*\w])")
MENTION = re.compile(r"(?<![\w@/])@([\w.+-]{1,150})")


def text_normalise(text: str) -> str:
    """Line endings unified, control characters and bidi overrides dropped, spaces at the ends trimmed. Direction is
    left to the reader's browser (dir="auto" on each post), so Arabic and English mix as typed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def _inline(segment: str) -> str:
    escaped = html.escape(segment, quote=True)
    escaped = _STRONG.sub(r"<strong>\1</strong>", escaped)
    escaped = _EM.sub(r"<em>\1</em>", escaped)
    return escaped.replace("\n", "<br>")


def _linked(paragraph: str) -> str:
    out, last = [], 0
    for match in _URL.finditer(paragraph):
        url = match.group(0)
        trimmed = url.rstrip(_TRAILING)
        out.append(_inline(paragraph[last : match.start()]))
        href = html.escape(trimmed, quote=True)
        out.append(f'<a href="{href}">{href}</a>')
        last = match.start() + len(trimmed)
    out.append(_inline(paragraph[last:]))
    return "".join(out)


def render(text: str) -> str:
    """The post's HTML: safe to insert into a page as is."""
    paragraphs = [p for p in _PARAGRAPHS.split(text_normalise(text)) if p.strip()]
    raw = "".join(f"<p>{_linked(p.strip())}</p>" for p in paragraphs)
    return nh3.clean(
        raw,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https"},
        link_rel=LINK_REL,
        strip_comments=True,
    )


def mentioned_usernames(text: str, *, limit: int = 10) -> list[str]:
    """The @usernames in a text, in order, each once, at most `limit` (a post cannot page the whole cohort)."""
    seen: list[str] = []
    for name in MENTION.findall(text):
        name = name.rstrip(".-+")
        if name and name not in seen:
            seen.append(name)
        if len(seen) >= limit:
            break
    return seen


def reclean(stored_html: str) -> str:
    """The allow-list again over stored HTML (a row edited in the admin or the database shows no markup beyond it)."""
    return nh3.clean(
        stored_html or "",
        tags=ALLOWED_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https"},
        link_rel=LINK_REL,
        strip_comments=True,
    )
