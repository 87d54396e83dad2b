"""Parsing JSON that a stranger supplied (a file to verify, a document fetched from a site) with limits.

Stand-in until common/strict_json.py lands: the lead swaps `json_parse_untrusted` for it (same contract)."""

import json

MAX_BYTES = 2 * 1024 * 1024  # a credential is a few kilobytes, a status list credential ~20 kB
MAX_DEPTH = 64  # our credentials nest 7 levels deep


class UntrustedJsonError(ValueError):
    """The data is not JSON we accept; the message says why, in a sentence."""


def _refuse_duplicates(pairs: list[tuple[str, object]]) -> dict:
    result = {}
    for key, value in pairs:
        if key in result:
            # Two readers of a document with a repeated key may each take another value: refuse, do not guess.
            raise UntrustedJsonError(f'the key "{key}" appears twice in one object')
        result[key] = value
    return result


def _depth(value) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


def json_parse_untrusted(data: bytes, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH):
    """The JSON value in `data`; UntrustedJsonError for more than `max_bytes`, invalid UTF-8 or JSON, a key repeated in
    one object, or nesting deeper than `max_depth`."""
    if len(data) > max_bytes:
        raise UntrustedJsonError(f"it is larger than {max_bytes // 1024} kB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UntrustedJsonError("it is not UTF-8 text") from error
    try:
        value = json.loads(text, object_pairs_hook=_refuse_duplicates)
    except RecursionError as error:
        raise UntrustedJsonError(f"it is nested more than {max_depth} levels deep") from error
    except json.JSONDecodeError as error:
        raise UntrustedJsonError(f"it is not JSON ({error.msg} at line {error.lineno})") from error
    if _depth(value) > max_depth:
        raise UntrustedJsonError(f"it is nested more than {max_depth} levels deep")
    return value
