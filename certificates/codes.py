"""Verification codes: 80 random bits in Crockford base32 with a mod-37 check symbol.

Written ``XXXX-XXXX-XXXX-XXXX-C`` so it can be read aloud; typed input is forgiving (case, spaces,
hyphens, O/I/L) and the check symbol rejects a typo before anything touches the database.
"""

import hashlib
import secrets

from django.utils.translation import gettext_lazy as _

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# Crockford's extra check symbols for the values 32..36.
CHECK_ALPHABET = ALPHABET + "*~$=U"
BITS = 80
SYMBOLS = BITS // 5  # 16
GROUP = 4
_DECODE = {c: i for i, c in enumerate(ALPHABET)} | {"O": 0, "I": 1, "L": 1}
_CHECK_DECODE = {c: i for i, c in enumerate(CHECK_ALPHABET)} | {"O": 0, "I": 1, "L": 1}


class CodeError(ValueError):
    """The text is not a well-formed verification code; the message says why, in words a person follows."""


def _check_symbol(value: int) -> str:
    return CHECK_ALPHABET[value % 37]


def code_format(value: int) -> str:
    body = "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(SYMBOLS)))
    groups = [body[i : i + GROUP] for i in range(0, SYMBOLS, GROUP)]
    return "-".join([*groups, _check_symbol(value)])


def code_generate() -> str:
    return code_format(secrets.randbits(BITS))


def code_parse(raw: str) -> str:
    """The canonical form of a typed code, or CodeError. Pure: no database."""
    text = "".join(ch for ch in (raw or "").upper() if ch not in " -\t\n\r\u00a0")
    if len(text) != SYMBOLS + 1:
        raise CodeError(
            _("A verification code has %(n)s letters and digits, like ABCD-EFGH-JKMN-PQRS-T.") % {"n": SYMBOLS + 1}
        )
    value = 0
    for ch in text[:SYMBOLS]:
        if ch not in _DECODE:
            raise CodeError(_("“%(ch)s” cannot appear in a verification code.") % {"ch": ch})
        value = (value << 5) | _DECODE[ch]
    check = _CHECK_DECODE.get(text[-1])
    if check is None or check != value % 37:
        raise CodeError(_("This code contains a typing mistake: please check each character again."))
    return code_format(value)


def code_digest(code: str) -> str:
    """The lookup key stored in the database index.

    Looking up a hash rather than the code means index comparisons leak nothing about codes that
    share a prefix with the one typed (see ADR 0056).
    """
    return hashlib.sha256(code.encode("ascii")).hexdigest()
