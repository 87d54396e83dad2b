"""Reading JSON a stranger sent: bounded in size and depth, unambiguous, and safe to store.

`json.loads` alone recurses once per nesting level (a few thousand brackets raise RecursionError, a 500),
keeps the last of two equal keys (two readers of one credential could see different values), turns `NaN`
and `1e999` into floats no database or JSON encoder accepts, and decodes `"\\u0000"` and lone surrogates
into text PostgreSQL cannot store. Every limit here is checked without recursion, and every refusal is a
`JsonLimitError` whose message is a sentence a person can act on.
"""

import json
import math
import re

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

DEFAULT_MAX_DEPTH = 64
# What Django itself accepts in a request body (DATA_UPLOAD_MAX_MEMORY_SIZE's default): the JSON endpoints' cap.
REQUEST_BODY_MAX_BYTES = 2_621_440

# One token per JSON string (skipped whole, so brackets inside text are not counted) or per bracket. The string
# pattern is the "unrolled loop" form: linear time, no backtracking.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)
_SURROGATE = re.compile("[\ud800-\udfff]")


class JsonLimitError(ValueError):
    """The JSON is refused; str(error) says why, in the active language."""


class JsonTooLarge(JsonLimitError):
    """The body is over the size cap (413): refused from its declared length, before it is read."""


def _too_large(max_bytes: int) -> JsonTooLarge:
    return JsonTooLarge(_("The JSON is larger than %(limit)s.") % {"limit": filesizeformat(max_bytes)})


def json_depth_check(text: str, *, max_depth: int) -> None:
    """Refuse nesting deeper than max_depth, by counting brackets outside strings: a loop, never recursion."""
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                raise JsonLimitError(_("The JSON is nested deeper than %(depth)d levels.") % {"depth": max_depth})
        elif token in "]}":
            depth -= 1


def _pairs(pairs: list[tuple[str, object]]) -> dict:
    result = {}
    for key, value in pairs:
        if key in result:
            raise JsonLimitError(_("The JSON has the key %(key)s twice.") % {"key": _quoted(key)})
        result[key] = value
    return result


def _constant(name: str):
    raise JsonLimitError(_("The JSON contains %(name)s, which is not a number JSON allows.") % {"name": name})


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JsonLimitError(_("The JSON contains the number %(number)s, which is too large.") % {"number": text[:40]})
    return value


def _quoted(text: str) -> str:
    shown = text if len(text) <= 40 else text[:40] + "…"
    return json.dumps(shown, ensure_ascii=True)[1:-1].join("''")


def _text_check(value: str) -> None:
    if "\x00" in value:
        raise JsonLimitError(_("The JSON contains a NUL character (\\u0000) in a text."))
    if _SURROGATE.search(value):
        raise JsonLimitError(_("The JSON contains half of a UTF-16 surrogate pair (a \\ud800 to \\udfff escape)."))


def _texts_check(value: object) -> None:
    """Every key and string in the document, walked with a list as the stack (depth is already bounded)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            _text_check(item)
        elif isinstance(item, dict):
            for key, child in item.items():
                _text_check(key)
                stack.append(child)
        elif isinstance(item, list):
            stack.extend(item)


def json_loads_limited(data: bytes | str, *, max_bytes: int, max_depth: int = DEFAULT_MAX_DEPTH) -> object:
    """The parsed JSON, or JsonLimitError with the reason it is refused.

    Refused: more than max_bytes (UTF-8), bytes that are not UTF-8, nesting deeper than max_depth, a key twice in
    one object, NaN/Infinity or a number beyond the float range, NUL or a lone surrogate in any text, and anything
    that is not JSON.
    """
    size = len(data) if isinstance(data, bytes | bytearray) else len(data.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise _too_large(max_bytes)
    if isinstance(data, bytes | bytearray):
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise JsonLimitError(
                _("The JSON is not valid UTF-8 (byte %(position)d).") % {"position": exc.start}
            ) from exc
    else:
        text = data
    json_depth_check(text, max_depth=max_depth)
    try:
        value = json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant, parse_float=_float)
    except JsonLimitError:
        raise
    except json.JSONDecodeError as exc:
        raise JsonLimitError(
            _("This is not valid JSON: %(problem)s at line %(line)d, column %(column)d.")
            % {"problem": exc.msg, "line": exc.lineno, "column": exc.colno}
        ) from exc
    except (ValueError, RecursionError) as exc:  # an integer of more than 4300 digits; recursion cannot happen
        raise JsonLimitError(_("The JSON contains a number with too many digits.")) from exc
    _texts_check(value)
    return value


def request_body_limited(request, *, max_bytes: int) -> bytes:
    """The request's body, refused (JsonTooLarge) when it declares more than max_bytes, before reading any of it.

    Django reads a body whole on `request.body` and raises RequestDataTooBig past DATA_UPLOAD_MAX_MEMORY_SIZE,
    answered with a bare 400 page; a JSON client gets a sentence instead, and a cap of its endpoint's own.
    """
    from django.core.exceptions import RequestDataTooBig

    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > max_bytes:
        raise _too_large(max_bytes)
    try:
        body = request.body
    except RequestDataTooBig as exc:
        raise _too_large(max_bytes) from exc
    if len(body) > max_bytes:
        raise _too_large(max_bytes)
    return body
