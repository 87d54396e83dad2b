"""What several question types share: clamping a score, reading a number as people type it, matching text.

Pure functions, no imports from the app: question types (and cloze gaps) build on them, never on each other.
"""

import re
import unicodedata
from decimal import Decimal, InvalidOperation

ZERO = Decimal("0")
ONE = Decimal("1")
_PLACES = Decimal("0.000001")


def clamp(value: Decimal) -> Decimal:
    return min(ONE, max(ZERO, value)).quantize(_PLACES)


def as_list(response) -> list:
    if isinstance(response, list):
        return [str(r) for r in response]
    if isinstance(response, str) and response:
        return [response]
    return []


def parse_number(text) -> Decimal | None:
    """Read a number as people type it: spaces, a comma decimal mark, a Unicode minus."""
    if text is None:
        return None
    s = unicodedata.normalize("NFKC", str(text)).strip().replace("\u2212", "-")
    s = re.sub(r"[\s\u00a0\u202f']", "", s)
    if "," in s and "." not in s:
        s = s.replace(",", ".")
    if not s:
        return None
    try:
        value = Decimal(s)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def normalise_text(text: str, *, case_sensitive: bool, ignore_accents: bool, whitespace: str = "collapse") -> str:
    """Unicode-normalised text; spaces as the `whitespace` option says:

    "collapse" ignores spaces at the ends and counts a run of spaces as one; "ignore" drops every space
    ("e mail" = "email"); "exact" ignores only the spaces at the ends.
    """
    s = unicodedata.normalize("NFKC", text)
    if whitespace == "ignore":
        s = "".join(s.split())
    elif whitespace == "exact":
        s = s.strip()
    else:
        s = " ".join(s.split())
    if not case_sensitive:
        s = s.casefold()
    if ignore_accents:
        s = "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")
        s = unicodedata.normalize("NFC", s)
    return s


def _pattern(accepted: str, **flags) -> re.Pattern:
    # As Moodle means it: "*" stands for any run of characters (a run of them counts once), "\\*" is a
    # literal asterisk, everything else is literal.
    bits = re.split(r"(?<!\\)\*+", accepted)
    parts = [re.escape(normalise_text(b.replace("\\*", "*"), **flags)) if b.strip() else "" for b in bits]
    return re.compile(".*".join(parts), re.DOTALL)


def text_flags(key: dict) -> dict:
    return {
        "case_sensitive": bool(key.get("case_sensitive")),
        "ignore_accents": bool(key.get("ignore_accents")),
        "whitespace": key.get("whitespace", "collapse"),
    }


def short_text_answers(key: dict) -> list[tuple[str, Decimal]]:
    """(answer, fraction) pairs of a frozen short-text key; snapshots before fractions accepted at full credit."""
    if "answers" in key:
        return [(a["text"], Decimal(a["fraction"])) for a in key["answers"]]
    return [(a, ONE) for a in key["accepted"]]


def text_match(answers: list[tuple[str, Decimal]], response, flags: dict) -> tuple[int | None, Decimal]:
    """The best-scoring answer the response matches (the first of equals): its index and fraction."""
    if not isinstance(response, str):
        return None, ZERO
    given = normalise_text(response, **flags)
    if not given:
        return None, ZERO
    best, best_fraction = None, ZERO
    for i, (accepted, fraction) in enumerate(answers):
        if (best is None or fraction > best_fraction) and _pattern(accepted, **flags).fullmatch(given):
            best, best_fraction = i, fraction
    return best, best_fraction
