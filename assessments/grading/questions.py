"""One pure grading function per question type."""

import re
import unicodedata
from decimal import Decimal, InvalidOperation

ZERO = Decimal("0")
ONE = Decimal("1")
_PLACES = Decimal("0.000001")


def _clamp(value: Decimal) -> Decimal:
    return min(ONE, max(ZERO, value)).quantize(_PLACES)


def _as_list(response) -> list:
    if isinstance(response, list):
        return [str(r) for r in response]
    if isinstance(response, str) and response:
        return [response]
    return []


def grade_single(key: dict, response) -> Decimal:
    return ONE if isinstance(response, str) and response == key["correct"] else ZERO


def grade_multiple(key: dict, response) -> Decimal:
    correct = set(key["correct"])
    picked = set(_as_list(response))
    if not picked or not correct:
        return ZERO
    if key.get("scoring") == "proportional":
        hits = len(picked & correct)
        wrong = len(picked - correct)
        return _clamp((Decimal(hits) - Decimal(key.get("penalty", "1")) * wrong) / len(correct))
    return ONE if picked == correct else ZERO


def grade_true_false(key: dict, response) -> Decimal:
    value = {"true": True, "false": False}.get(str(response).strip().lower()) if response is not None else None
    return ONE if value is not None and value == key["correct"] else ZERO


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


def grade_numeric(key: dict, response) -> Decimal:
    value = parse_number(response)
    if value is None:
        return ZERO
    if key.get("min") is not None and key.get("max") is not None:
        return ONE if Decimal(key["min"]) <= value <= Decimal(key["max"]) else ZERO
    answer, tolerance = Decimal(key["answer"]), abs(Decimal(key.get("tolerance") or "0"))
    return ONE if abs(value - answer) <= tolerance else ZERO


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


def grade_short_text(key: dict, response) -> Decimal:
    _index, fraction = text_match(short_text_answers(key), response, text_flags(key))
    return _clamp(fraction)


def grade_ordering(key: dict, response) -> Decimal:
    return ONE if _as_list(response) == list(key["order"]) and key["order"] else ZERO


def grade_matching(key: dict, response) -> Decimal:
    # Distractors are among the choices but never a pair's target, so picking one is simply wrong.
    pairs: dict = key["pairs"]
    if not isinstance(response, dict) or not pairs:
        return ZERO
    right = sum(1 for left, target in pairs.items() if response.get(left) == target)
    return _clamp(Decimal(right) / len(pairs))


GRADERS = {
    "single": grade_single,
    "multiple": grade_multiple,
    "true_false": grade_true_false,
    "numeric": grade_numeric,
    "short_text": grade_short_text,
    "ordering": grade_ordering,
    "matching": grade_matching,
}


def _grade_cloze(key: dict, response) -> Decimal:
    from .cloze import grade_cloze  # a sibling module that itself uses the helpers above

    return grade_cloze(key, response)


GRADERS["cloze"] = _grade_cloze


def grade_response(question: dict, response) -> Decimal | None:
    """The fraction earned for one frozen question; None when a trainer must grade it (extended response)."""
    if question["type"] == "extended":
        return None
    return GRADERS[question["type"]](question["key"], response)
