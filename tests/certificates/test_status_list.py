"""W3C Bitstring Status List v1.0: bit order, size, encoding, and the signed list credential."""

import base64
import copy
import gzip
import random

import pytest

from certificates.credentials import (
    StatusListError,
    credential_build,
    credential_sign,
    credential_verify,
    status_list_credential_build,
    status_list_decode,
    status_list_encode,
    status_list_is_set,
    status_list_revoked,
    undefined_terms,
)

LIST_URL = "http://testserver/credentials/status/1.json"


@pytest.fixture
def key_dir(settings, tmp_path):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    return settings.CERTIFICATE_KEY_DIR


def _bits(indices):
    return status_list_decode(encoded=status_list_encode(revoked_indices=indices))


def test_index_0_is_the_most_significant_bit_of_byte_0():
    assert _bits([0])[:2] == bytes([0b1000_0000, 0])


def test_index_7_is_the_least_significant_bit_of_byte_0():
    assert _bits([7])[:2] == bytes([0b0000_0001, 0])


def test_index_8_is_the_most_significant_bit_of_byte_1():
    assert _bits([8])[:2] == bytes([0, 0b1000_0000])


def test_last_index_is_the_least_significant_bit_of_the_last_byte():
    bits = _bits([131071])
    assert bits[-1] == 1
    assert not any(bits[:-1])


def test_round_trip():
    revoked = set(random.Random(5).sample(range(131072), 500)) | {0, 131071}
    encoded = status_list_encode(revoked_indices=revoked)
    bits = status_list_decode(encoded=encoded)
    assert {i for i in range(131072) if bits[i // 8] & (0x80 >> (i % 8))} == revoked
    assert all(status_list_is_set(encoded=encoded, index=i) for i in revoked)
    assert not any(status_list_is_set(encoded=encoded, index=i) for i in (1, 2, 131070) if i not in revoked)


def test_encoding_is_multibase_base64url_of_gzip_without_padding():
    encoded = status_list_encode(revoked_indices=[3])
    assert encoded.startswith("u")
    assert not set(encoded) & set("=+/")
    body = encoded[1:]
    raw = gzip.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    assert raw[0] == 0b0001_0000
    assert status_list_encode(revoked_indices=[3]) == encoded  # stable: same bits, same string


def test_decodes_the_w3c_specification_example():
    encoded = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA"
    bits = status_list_decode(encoded=encoded)
    assert len(bits) == 16384
    assert not status_list_is_set(encoded=encoded, index=94567)


def test_minimum_size_is_131072_entries():
    assert len(_bits([])) * 8 == 131072
    with pytest.raises(StatusListError):
        status_list_encode(revoked_indices=[], size=131064)
    short = "u" + base64.urlsafe_b64encode(gzip.compress(bytes(1024))).decode().rstrip("=")
    with pytest.raises(StatusListError, match="fewer than 131072"):
        status_list_decode(encoded=short)


def test_larger_lists_are_allowed():
    encoded = status_list_encode(revoked_indices=[200000], size=262144)
    assert status_list_is_set(encoded=encoded, index=200000)


@pytest.mark.parametrize("index", [-1, 131072])
def test_indices_outside_the_list_are_refused(index):
    with pytest.raises(StatusListError):
        status_list_encode(revoked_indices=[index])
    with pytest.raises(StatusListError):
        status_list_is_set(encoded=status_list_encode(revoked_indices=[]), index=index)


@pytest.mark.parametrize("encoded", ["", "zabc", "u!!!", "uAAAA"])
def test_malformed_lists_are_refused(encoded):
    with pytest.raises(StatusListError):
        status_list_decode(encoded=encoded)


# --- the signed BitstringStatusListCredential ----------------------------------------------------------------------


def _credential(index):
    snapshot = {
        "holder_name": "Ana",
        "user_id": 1,
        "framework": {"slug": "f", "name": "F", "version": "3", "publisher": "P", "licence": "", "source_url": ""},
        "level": {"code": "KA", "name": "Knowledge Acquisition", "order": 1},
        "competencies": [{"code": "KA.1", "title": "T", "score": 1, "mastered_at": "2026-01-01T00:00:00+00:00"}],
        "issued_at": "2026-01-01T00:00:00+00:00",
        "expires_at": None,
        "issuer_name": "Issuer",
        "evidence_summary": "",
        "manual": True,
    }
    return credential_sign(
        credential=credential_build(snapshot=snapshot, code="C", status_list_url=LIST_URL, status_index=index)
    )


def test_status_list_credential_is_signed_and_complete(key_dir):
    encoded = status_list_encode(revoked_indices=[9])
    status = status_list_credential_build(list_url=LIST_URL, encoded=encoded)
    assert status["id"] == LIST_URL
    assert status["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert status["credentialSubject"]["type"] == "BitstringStatusList"
    assert status["credentialSubject"]["statusPurpose"] == "revocation"
    assert status["credentialSubject"]["encodedList"] == encoded
    assert undefined_terms({k: v for k, v in status.items() if k != "proof"}) == []
    assert credential_verify(credential=status).ok


def test_revocation_bit_flips_for_the_revoked_credential_only(key_dir):
    revoked, kept = _credential(9), _credential(10)
    before = status_list_credential_build(list_url=LIST_URL, encoded=status_list_encode(revoked_indices=[]))
    after = status_list_credential_build(list_url=LIST_URL, encoded=status_list_encode(revoked_indices=[9]))
    assert not status_list_revoked(credential=revoked, status_list_credential=before)
    assert status_list_revoked(credential=revoked, status_list_credential=after)
    assert not status_list_revoked(credential=kept, status_list_credential=after)


def test_a_tampered_status_list_is_refused(key_dir):
    status = status_list_credential_build(list_url=LIST_URL, encoded=status_list_encode(revoked_indices=[9]))
    tampered = copy.deepcopy(status)
    tampered["credentialSubject"]["encodedList"] = status_list_encode(revoked_indices=[])
    with pytest.raises(StatusListError, match="does not verify"):
        status_list_revoked(credential=_credential(9), status_list_credential=tampered)


def test_another_list_is_refused(key_dir):
    other = status_list_credential_build(
        list_url="http://testserver/credentials/status/2.json", encoded=status_list_encode(revoked_indices=[])
    )
    with pytest.raises(StatusListError, match="not the one"):
        status_list_revoked(credential=_credential(9), status_list_credential=other)
