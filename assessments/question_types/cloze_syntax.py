"""Cloze questions in Moodle's "embedded answers" (multianswer) syntax, read and written.

A gap is `{weight:TYPE:alternatives}` inside the text, e.g. `{2:SHORTANSWER:=Paris#Right~%50%Lyon#Close}`.
Alternatives are separated by `~`; each may start with `=` (full credit) or `%n%` (n percent, may be
negative or decimal), then the answer, then `#feedback`. `\\}`, `\\#`, `\\~` and `\\\\` escape those characters.
Types, as Moodle's qtype_multianswer reads them (short aliases in brackets):

* SHORTANSWER (SA, MW), SHORTANSWER_C (SAC, MWC: case matters) → a text field
* NUMERICAL (NM): alternatives `answer:tolerance`, or `*` for any other number → a number field
* MULTICHOICE (MC) drop-down, MULTICHOICE_V (MCV) vertical radios, MULTICHOICE_H (MCH) horizontal radios,
  and their shuffled forms MULTICHOICE_S / _VS / _HS (MCS, MCVS, MCHS)
* MULTIRESPONSE (MR) vertical, MULTIRESPONSE_H (MRH) horizontal checkboxes, shuffled MULTIRESPONSE_S / _HS

Pure functions: no database, so the admin form, the importers, the snapshot and the exporter share them.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

# Moodle keyword (and aliases) -> (kind, layout, shuffle, case sensitive).
_SPECS = [
    (("NUMERICAL", "NM"), ("numerical", "", False, False)),
    (("SHORTANSWER", "SA", "MW"), ("shortanswer", "", False, False)),
    (("SHORTANSWER_C", "SAC", "MWC"), ("shortanswer", "", False, True)),
    (("MULTICHOICE", "MC"), ("multichoice", "dropdown", False, False)),
    (("MULTICHOICE_V", "MCV"), ("multichoice", "vertical", False, False)),
    (("MULTICHOICE_H", "MCH"), ("multichoice", "horizontal", False, False)),
    (("MULTICHOICE_S", "MCS"), ("multichoice", "dropdown", True, False)),
    (("MULTICHOICE_VS", "MCVS"), ("multichoice", "vertical", True, False)),
    (("MULTICHOICE_HS", "MCHS"), ("multichoice", "horizontal", True, False)),
    (("MULTIRESPONSE", "MR"), ("multiresponse", "vertical", False, False)),
    (("MULTIRESPONSE_H", "MRH"), ("multiresponse", "horizontal", False, False)),
    (("MULTIRESPONSE_S", "MRS"), ("multiresponse", "vertical", True, False)),
    (("MULTIRESPONSE_HS", "MRHS"), ("multiresponse", "horizontal", True, False)),
]
_TYPES = {name: spec for names, spec in _SPECS for name in names}
_KEYWORD = {spec: names[0] for names, spec in _SPECS}

_START = re.compile(r"\{(\d*):([A-Z_]+):")
_CANDIDATE = re.compile(r"\{\d*:[A-Za-z_]+(?::|\})")
_NUMBER = r"-?(?:\d+[.,]?\d*|[.,]\d+)(?:[eE][-+]?\d+)?"
_NUMERICAL = re.compile(rf"^({_NUMBER})(?::({_NUMBER}))?$")
_FRACTION = re.compile(r"^%(-?\d+(?:[.,]\d*)?)%")


class ClozeError(ValueError):
    """The cloze text cannot be read; the message names the gap."""


@dataclass
class ClozeAnswer:
    text: str
    fraction: Decimal
    feedback: str = ""
    tolerance: Decimal = Decimal("0")


@dataclass
class ClozeGap:
    number: int
    kind: str  # shortanswer | numerical | multichoice | multiresponse
    weight: int = 1
    layout: str = ""  # dropdown | vertical | horizontal (choices only)
    shuffle: bool = False
    case_sensitive: bool = False
    answers: list[ClozeAnswer] = field(default_factory=list)

    @property
    def keyword(self) -> str:
        return _KEYWORD[(self.kind, self.layout, self.shuffle, self.case_sensitive)]


@dataclass
class Cloze:
    """The text as pieces: str for plain text, ClozeGap for a gap, in reading order."""

    parts: list
    gaps: list[ClozeGap]

    @property
    def total_weight(self) -> int:
        return sum(g.weight for g in self.gaps)


def _unescape(s: str) -> str:
    return re.sub(r"\\([}#~\\])", r"\1", s)


def _split_unescaped(s: str, sep: str) -> list[str]:
    out, current, i = [], [], 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            current.append(s[i : i + 2])
            i += 2
            continue
        if ch == sep:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    out.append("".join(current))
    return out


def _body_end(text: str, start: int) -> int:
    """Index of the unescaped "}" closing the gap whose body starts at `start`, or -1."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "}":
            return i
        i += 1
    return -1


def _decimal(value: str) -> Decimal:
    return Decimal(value.replace(",", "."))


def _alternative(raw: str, gap: ClozeGap, where: str) -> ClozeAnswer:
    raw = raw.strip()
    fraction = Decimal(0)
    if raw.startswith("="):
        fraction, raw = Decimal(1), raw[1:]
    else:
        m = _FRACTION.match(raw)
        if m:
            fraction, raw = _decimal(m.group(1)) / 100, raw[m.end() :]
    pieces = _split_unescaped(raw, "#")
    answer = pieces[0]
    feedback = "#".join(pieces[1:])
    answer, feedback = " ".join(_unescape(answer).split()), " ".join(_unescape(feedback).split())
    if not answer:
        raise ClozeError(f"{where}: " + _("an alternative has no answer"))
    if not -1 <= fraction <= 1:
        raise ClozeError(f"{where}: " + _("a credit must be between -100% and 100%"))
    result = ClozeAnswer(text=answer, fraction=fraction, feedback=feedback)
    if gap.kind == "numerical" and answer != "*":
        m = _NUMERICAL.match(answer)
        if not m:
            raise ClozeError(
                f"{where}: "
                + _("“%(answer)s” is not a number (write 5 or 5:0.1, or * for any other)") % {"answer": answer}
            )
        result.text = str(_decimal(m.group(1)).normalize())
        result.tolerance = abs(_decimal(m.group(2))) if m.group(2) else Decimal(0)
    return result


def _check(gap: ClozeGap, where: str) -> None:
    if gap.kind in ("multichoice", "multiresponse") and len(gap.answers) < 2:
        raise ClozeError(f"{where}: " + _("a choice gap needs at least two alternatives"))
    if not gap.answers:
        raise ClozeError(f"{where}: " + _("the gap has no answer"))
    if gap.kind == "multiresponse":
        if not any(a.fraction > 0 for a in gap.answers):
            raise ClozeError(f"{where}: " + _("at least one alternative must earn credit"))
    elif not any(a.fraction == 1 for a in gap.answers):
        raise ClozeError(f"{where}: " + _("no alternative is fully right (start one with = or %100%)"))


def _multiresponse_fractions(gap: ClozeGap, specific: bool) -> None:
    # As Moodle does: right picks share the credit; without explicit weights each wrong pick cancels one right one.
    total = sum((a.fraction for a in gap.answers if a.fraction > 0), Decimal(0))
    if not total:
        return
    for a in gap.answers:
        if a.fraction > 0:
            a.fraction = a.fraction / total
        elif not specific:
            a.fraction = -1 / total


def cloze_parse(text: str) -> Cloze:
    """Read a cloze text; a gap that cannot be read raises ClozeError naming it ("Gap 2 …")."""
    parts: list = []
    gaps: list[ClozeGap] = []
    position = 0
    for candidate in _CANDIDATE.finditer(text):
        if candidate.start() < position:
            continue
        number = len(gaps) + 1
        m = _START.match(text, candidate.start())
        label = candidate.group(0).rstrip(":}")[1:]
        where = _("Gap %(n)d (%(gap)s)") % {"n": number, "gap": "{" + label + "…}"}
        keyword = label.split(":", 1)[-1]
        if keyword in _TYPES and candidate.group(0).endswith("}"):
            raise ClozeError(
                f"{where}: "
                + _("give the alternatives after a colon, e.g. {1:%(type)s:=right~wrong}") % {"type": keyword}
            )
        if m is None or m.group(2) not in _TYPES:
            raise ClozeError(
                f"{where}: "
                + _("unknown type “%(type)s”; use SHORTANSWER, SHORTANSWER_C, NUMERICAL, MULTICHOICE(_V/_H/_S…)")
                % {"type": keyword}
            )
        end = _body_end(text, m.end())
        if end < 0:
            raise ClozeError(f"{where}: " + _("the gap is not closed with “}”"))
        kind, layout, shuffle, case = _TYPES[m.group(2)]
        gap = ClozeGap(
            number=number,
            kind=kind,
            weight=int(m.group(1)) if m.group(1) else 1,
            layout=layout,
            shuffle=shuffle,
            case_sensitive=case,
        )
        body = text[m.end() : end]
        specific = bool(re.search(r"(^|~)\s*%", body))
        gap.answers = [_alternative(raw, gap, where) for raw in _split_unescaped(body, "~") if raw.strip()]
        _check(gap, where)
        if kind == "multiresponse":
            _multiresponse_fractions(gap, specific)
        if candidate.start() > position:
            parts.append(text[position : candidate.start()])
        parts.append(gap)
        gaps.append(gap)
        position = end + 1
    if position < len(text):
        parts.append(text[position:])
    if not gaps:
        raise ClozeError(_("The text has no gap: write one as {1:SHORTANSWER:=answer}."))
    if not sum(g.weight for g in gaps):
        raise ClozeError(_("Every gap has weight 0: give at least one gap a weight, e.g. {1:…}."))
    return Cloze(parts=parts, gaps=gaps)
