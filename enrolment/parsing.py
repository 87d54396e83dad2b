"""Reading a teacher list: columns, encodings, and every line checked, each fault named by line and column.

Pure text work; looking cohorts up is passed in (services/imports.py), so the rules read top to bottom here.
"""

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MAX_BYTES = 5_000_000
# Column name in the file -> field. English, French and Arabic headers, as ministries write them.
HEADERS = {
    "name": "name",
    "full name": "name",
    "legal name": "name",
    "nom": "name",
    "nom complet": "name",
    "الاسم": "name",
    "email": "email",
    "e-mail": "email",
    "mail": "email",
    "courriel": "email",
    "البريد الإلكتروني": "email",
    "phone": "phone",
    "telephone": "phone",
    "téléphone": "phone",
    "mobile": "phone",
    "الهاتف": "phone",
    "school": "school",
    "école": "school",
    "ecole": "school",
    "المدرسة": "school",
    "region": "region",
    "région": "region",
    "المنطقة": "region",
    "cohort": "cohort",
    "cohorte": "cohort",
    "الفوج": "cohort",
    "language": "language",
    "langue": "language",
    "اللغة": "language",
}
COLUMNS = ["name", "email", "phone", "school", "region", "cohort", "language"]
MAX_LENGTH = {"name": 200, "email": 254, "school": 200, "region": 100, "cohort": 200}
_PHONE_NOISE = re.compile(r"[\s\-.()/]")
_PHONE = re.compile(r"^\+[0-9]{7,15}$")


class ImportRefused(Exception):
    """The file cannot be imported; `errors` says why, line by line. Nothing was written."""

    def __init__(self, errors: list["LineError"]):
        super().__init__("; ".join(e.message for e in errors[:5]))
        self.errors = errors


@dataclass(frozen=True)
class LineError:
    line: int | None
    column: str
    message: str


@dataclass
class Row:
    line: int
    name: str
    email: str  # lower-cased, "" when absent
    phone: str  # normalised "+<digits>", "" when absent
    school: str
    region: str
    cohort_id: int
    language: str
    errors: list[LineError] = field(default_factory=list)

    @property
    def contact(self) -> str:
        return self.email or self.phone


def max_rows() -> int:
    return getattr(settings, "ENROLMENT_MAX_ROWS", 5000)


def phone_normalise(value: str) -> str | None:
    """ "+254 712-345 678", "00254712345678" -> "+254712345678". A local number (leading 0) takes the calling code
    of ENROLMENT_DEFAULT_CALLING_CODE when the site sets one. None when it is not a phone number."""
    digits = _PHONE_NOISE.sub("", value)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    calling = getattr(settings, "ENROLMENT_DEFAULT_CALLING_CODE", "")
    if not digits.startswith("+") and digits.startswith("0") and calling:
        digits = calling + digits[1:]
    return digits if _PHONE.match(digits) else None


def decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise ImportRefused([LineError(None, "", _("The file is larger than 5 MB: split it and import the parts."))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(
            [LineError(None, "", _("The file is not UTF-8 text: save it as “CSV UTF-8” and try again."))]
        ) from None
    if "\x00" in text:
        # PostgreSQL stores no NUL in text, and no spreadsheet writes one into a CSV: a binary file renamed .csv.
        raise ImportRefused([LineError(None, "", _("The file is not a CSV text file: save it as “CSV UTF-8”."))])
    if not text.strip():
        raise ImportRefused([LineError(None, "", _("The file is empty: fill in the template and try again."))])
    return text


def _dialect(text: str) -> str:
    first = text.splitlines()[0] if text else ""
    return ";" if first.count(";") > first.count(",") else ","


def _header(cells: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = HEADERS.get(" ".join(cell.strip().casefold().split()))
        if key and key not in found:
            found[key] = index
    missing = [c for c in ("name", "cohort") if c not in found]
    if missing or not ({"email", "phone"} & found.keys()):
        column = missing[0] if missing else "email"
        raise ImportRefused(
            [
                LineError(
                    1,
                    column,
                    _(
                        "The first line must name the columns (name, email or phone, school, region, cohort, "
                        "language); the column “%(column)s” is missing: download the template and copy its first line."
                    )
                    % {"column": column},
                )
            ]
        )
    return found


def _error(row_errors: list[LineError], line: int, column: str, message: str, **values) -> None:
    row_errors.append(LineError(line, column, message % {"line": line, "column": column, **values}))


CohortLookup = Callable[[str], tuple[int | None, str | None]]


def parse(*, text: str, cohort_lookup: CohortLookup) -> list[Row]:
    """Every line checked; ImportRefused lists every fault when there is one. `cohort_lookup(value)` returns
    (cohort id, None) or (None, the sentence to show)."""
    reader = csv.reader(io.StringIO(text), delimiter=_dialect(text))
    try:
        lines = [(number, [c.strip() for c in cells]) for number, cells in enumerate(reader, start=1)]
    except csv.Error:
        # An unclosed quote runs to the end of the file and past the field size limit: say where the reader stopped.
        message = _('Line %(line)d: a quote (") opens a value that never closes; close it or remove it.')
        raise ImportRefused([LineError(reader.line_num, "", message % {"line": reader.line_num})]) from None
    columns = _header(lines[0][1])
    body = [(n, cells) for n, cells in lines[1:] if any(cells)]
    if len(body) > max_rows():
        message = ngettext(
            "The file lists %(count)d teachers; at most %(max)d can be imported at once: split it into parts.",
            "The file lists %(count)d teachers; at most %(max)d can be imported at once: split it into parts.",
            max_rows(),
        ) % {"count": len(body), "max": max_rows()}
        raise ImportRefused([LineError(None, "", message)])
    if not body:
        raise ImportRefused([LineError(None, "", _("The file lists no teachers under its first line."))])
    languages = dict(settings.LANGUAGES)
    rows: list[Row] = []
    errors: list[LineError] = []
    seen: dict[tuple[str, int], int] = {}
    for number, cells in body:
        values = {key: (cells[index] if index < len(cells) else "") for key, index in columns.items()}
        row_errors: list[LineError] = []
        for key, limit in MAX_LENGTH.items():
            if len(values.get(key, "")) > limit:
                _error(
                    row_errors,
                    number,
                    key,
                    _("Line %(line)d, column “%(column)s”: the value is longer than %(max)d characters; shorten it."),
                    max=limit,
                )
        name = " ".join(values.get("name", "").split())
        if not name:
            _error(row_errors, number, "name", _("Line %(line)d, column “%(column)s”: type the teacher's name."))
        email = values.get("email", "").lower()
        if email:
            try:
                validate_email(email)
            except ValidationError:
                _error(
                    row_errors,
                    number,
                    "email",
                    _("Line %(line)d, column “%(column)s”: “%(value)s” is not an e-mail address; correct it."),
                    value=values["email"],
                )
        phone = ""
        if values.get("phone"):
            phone = phone_normalise(values["phone"]) or ""
            if not phone:
                _error(
                    row_errors,
                    number,
                    "phone",
                    _(
                        "Line %(line)d, column “%(column)s”: “%(value)s” is not a phone number; write it with the "
                        "country code, for example +254 712 345 678."
                    ),
                    value=values["phone"],
                )
        if not values.get("email") and not values.get("phone"):
            _error(
                row_errors,
                number,
                "email",
                _("Line %(line)d, column “%(column)s”: give the teacher's e-mail address or phone number."),
            )
        language = values.get("language", "").strip().lower() or settings.LANGUAGE_CODE
        if language not in languages:
            _error(
                row_errors,
                number,
                "language",
                _(
                    "Line %(line)d, column “%(column)s”: “%(value)s” is not a language of the site; "
                    "use one of %(codes)s."
                ),
                value=values.get("language", ""),
                codes=", ".join(languages),
            )
        cohort_id = None
        if not values.get("cohort"):
            _error(row_errors, number, "cohort", _("Line %(line)d, column “%(column)s”: name the cohort to fill."))
        else:
            cohort_id, problem = cohort_lookup(values["cohort"])
            if problem:
                _error(row_errors, number, "cohort", problem, value=values["cohort"])
        contact = email or phone
        if contact and cohort_id and not row_errors:
            first = seen.setdefault((contact, cohort_id), number)
            if first != number:
                _error(
                    row_errors,
                    number,
                    "email" if email else "phone",
                    _(
                        "Line %(line)d, column “%(column)s”: this teacher and cohort are already on line %(first)d; "
                        "delete one of the two lines."
                    ),
                    first=first,
                )
        errors.extend(row_errors)
        rows.append(
            Row(
                line=number,
                name=name,
                email=email,
                phone=phone,
                school=values.get("school", ""),
                region=values.get("region", ""),
                cohort_id=cohort_id or 0,
                language=language,
            )
        )
    if errors:
        raise ImportRefused(errors)
    return rows


@dataclass(frozen=True)
class Stripped:
    text: str
    removed: int  # lines that went
    blanked: int  # phone cells emptied on other people's lines
    left: int  # lines still listing a teacher


def lines_without(text: str, *, emails: set[str], phones: set[str]) -> Stripped:
    """A checked file without one person's lines (their account is erased, ADR 0151). A line is theirs when its
    e-mail is one of `emails` (lower-cased), or when it has no e-mail and its phone is one of `phones` (normalised):
    that is how an import matches a line to an account. On another person's line, matched by its e-mail, a phone of
    theirs is blanked. The other lines keep their cells; the text is unchanged when nothing is theirs."""
    delimiter = _dialect(text)
    try:
        lines = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        lines = []
    if not lines:
        return Stripped(text, 0, 0, 0)
    try:
        columns = _header(lines[0])
    except ImportRefused:
        columns = {}  # not a file this app checked: any cell naming them takes its line away

    def is_email(cell: str) -> bool:
        return cell.strip().lower() in emails

    def is_phone(cell: str) -> bool:
        return bool(cell.strip()) and phone_normalise(cell.strip()) in phones

    def cell(cells: list[str], key: str) -> str:
        index = columns.get(key)
        return cells[index] if index is not None and index < len(cells) else ""

    kept, removed, blanked = [lines[0]], 0, 0
    for cells in lines[1:]:
        if not any(c.strip() for c in cells):
            continue
        if columns:
            email = cell(cells, "email")
            theirs = is_email(email) or (not email.strip() and is_phone(cell(cells, "phone")))
        else:
            theirs = any(is_email(c) or is_phone(c) for c in cells)
        if theirs:
            removed += 1
            continue
        if is_phone(cell(cells, "phone")):
            cells = list(cells)
            cells[columns["phone"]] = ""
            blanked += 1
        kept.append(cells)
    if not removed and not blanked:
        return Stripped(text, 0, 0, len(kept) - 1)
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(kept)
    return Stripped(out.getvalue(), removed, blanked, len(kept) - 1)


def template_csv() -> bytes:
    """The downloadable template: the header and two example lines (one with e-mail, one with a phone only)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerow(["Amina Njoroge", "amina@example.org", "", "Riverside Primary", "Nairobi", "Riverside 2027", "en"])
    writer.writerow(["Karim Haddad", "", "+216 20 123 456", "École Ibn Khaldoun", "Sfax", "Riverside 2027", "ar"])
    return ("\ufeff" + out.getvalue()).encode()
