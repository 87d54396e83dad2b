"""Typed verification codes and scanned QR payloads: whatever comes in, the only failures are the modules' own
ValueErrors (CodeError; PayloadUnreadable / PayloadForged), which the pages turn into words for the verifier."""

from datetime import UTC, datetime

import cbor2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from certificates.codes import ALPHABET, CodeError, code_format, code_parse
from certificates.payload import (
    CONTENT_CERTIFICATE,
    CONTENT_STATUS_LIST,
    MAX_PAYLOAD_BYTES,
    MAX_STATUS_BYTES,
    PayloadForged,
    PayloadUnreadable,
    b64url_encode,
    certificate_payload_sign,
    certificate_payload_verify,
    cose_sign,
    cose_verify,
    payload_from_text,
    status_list_payload_verify,
)

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
OTHER = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
PUBLIC = [KEY.public_key()]

# --- codes -----------------------------------------------------------------------------------------------------

CODE_TEXT = st.text(alphabet=ALPHABET + "OIL*~$=U -\t\n\u00a0abcxyz0éß\u0130", max_size=30)


@settings(max_examples=300)
@given(st.text(max_size=40) | CODE_TEXT)
def test_code_parse_any_text(text):
    try:
        canonical = code_parse(text)
    except CodeError as exc:
        assert str(exc)
    else:
        assert code_parse(canonical) == canonical and len(canonical) == 24


@settings(max_examples=200)
@given(st.integers(0, 2**80 - 1), st.sampled_from(["lower", "spaces", "confusables"]))
def test_every_code_reads_back_however_it_is_typed(value, style):
    code = code_format(value)
    typed = {
        "lower": code.lower(),
        "spaces": code.replace("-", " "),
        "confusables": code.replace("0", "O").replace("1", "I"),
    }[style]
    assert code_parse(typed) == code


@settings(max_examples=200)
@given(st.integers(0, 2**80 - 1), st.integers(0, 16), st.sampled_from(ALPHABET))
def test_one_wrong_symbol_is_always_caught_by_the_check(value, position, symbol):
    body = code_format(value).replace("-", "")
    if body[position] == symbol:
        return
    typo = body[:position] + symbol + body[position + 1 :]
    try:
        code_parse(typo)
    except CodeError:
        return
    raise AssertionError(f"{typo} passed the check")


# --- payloads --------------------------------------------------------------------------------------------------

CBOR = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats()
    | st.text(max_size=8)
    | st.binary(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.integers(-2, 12), children, max_size=4),
    max_leaves=10,
)
CLAIMS = st.dictionaries(st.integers(0, 12), CBOR | st.integers(0, 2**41) | st.text(max_size=20), max_size=10)


def _refused_or_read(verify, data: bytes) -> None:
    try:
        verify(data=data, public_keys=PUBLIC)
    except (PayloadUnreadable, PayloadForged) as exc:
        assert str(exc)


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_payload_from_any_text(text):
    try:
        data = payload_from_text(text)
    except PayloadUnreadable:
        return
    _refused_or_read(certificate_payload_verify, data)


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_payload_any_bytes(data):
    _refused_or_read(certificate_payload_verify, data)
    _refused_or_read(status_list_payload_verify, data)


@settings(max_examples=300)
@given(CBOR)
def test_payload_any_cbor(value):
    try:
        data = cbor2.dumps(value)
    except (ValueError, TypeError, OverflowError):
        return
    _refused_or_read(certificate_payload_verify, data)
    _refused_or_read(certificate_payload_verify, cbor2.dumps(cbor2.CBORTag(18, [data, {}, data, b"x" * 64])))


@settings(max_examples=300)
@given(CLAIMS, st.sampled_from([CONTENT_CERTIFICATE, CONTENT_STATUS_LIST, "other"]), st.booleans())
def test_signed_claims_of_any_shape(claims, content_type, ours):
    """Claims really signed (with our key or another): whatever is inside, read or refused, never a crash."""
    data = cose_sign(claims=claims, private_key=KEY if ours else OTHER, content_type=content_type)
    _refused_or_read(certificate_payload_verify, data)
    _refused_or_read(status_list_payload_verify, data)
    if not ours:
        try:
            certificate_payload_verify(data=data, public_keys=PUBLIC)
        except PayloadForged:
            pass
        else:
            raise AssertionError("a payload signed with another key was accepted")


@settings(max_examples=100)
@given(st.integers(0, 5000), st.binary(min_size=1, max_size=1))
def test_a_flipped_byte_never_passes(position, byte):
    data = certificate_payload_sign(
        code="ABCD-EFGH-JKMN-PQRS-T",
        holder_name="Amina Diallo",
        framework="ictcft-v3",
        level_code="KA",
        level_name="Knowledge Acquisition",
        issued_at=datetime(2026, 1, 1, tzinfo=UTC),
        expires_at=None,
        status_index=7,
        language="fr",
        private_key=KEY,
    )
    position %= len(data)
    damaged = data[:position] + byte + data[position + 1 :]
    if damaged == data:
        return
    try:
        claims = certificate_payload_verify(data=damaged, public_keys=PUBLIC)
    except (PayloadUnreadable, PayloadForged):
        return
    # A change in the unprotected (unsigned) header bucket may still verify: the signed claims must be the same.
    assert claims.holder_name == "Amina Diallo" and claims.status_index == 7


def test_oversized_and_deeply_nested_inputs_are_unreadable():
    for data in (
        b"\x81" * (MAX_PAYLOAD_BYTES - 1) + b"\x00",  # 4095 nested one-element arrays
        b"\x9f" * 4000,
        b"\x00" * (MAX_PAYLOAD_BYTES + 1),
    ):
        _refused_or_read(certificate_payload_verify, data)
    with pytest.raises(PayloadUnreadable):
        cose_verify(data=b"\x00" * (MAX_STATUS_BYTES + 1), public_keys=PUBLIC, content_type="x", limit=MAX_STATUS_BYTES)
    assert payload_from_text("https://x/verify/C/#" + b64url_encode(b"\x81" * 3000))
