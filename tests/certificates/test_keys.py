"""Issuer keys: generated on first use outside git, private, safe under concurrent start-up, rotatable."""

import io
import multiprocessing
import stat
import time

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID
from django.core.management import call_command
from pyhanko.sign.signers import SimpleSigner

from certificates.keys import (
    base58btc_decode,
    base58btc_encode,
    did_document_url,
    did_web,
    key_current,
    key_for_verification_method,
    key_get,
    keys_all,
    keys_ensure,
    keys_rotate,
    multikey_to_public_key,
    public_key_to_multikey,
    site_did,
)

SAMPLE_MULTIKEY = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"


@pytest.fixture
def key_dir(settings, tmp_path):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    return settings.CERTIFICATE_KEY_DIR


def test_first_use_creates_one_private_key_set(key_dir):
    assert not key_dir.exists()
    key = keys_ensure()
    assert keys_ensure().key_id == key.key_id == key_current().key_id
    sets = sorted(entry for entry in key_dir.iterdir() if entry.is_dir())
    assert [entry.name for entry in sets] == [key.key_id, "root"]  # root: the PDF certificates' CA (ADR 0112)
    for directory in sets:
        for path in directory.iterdir():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    assert not key.retired


def test_key_identity_is_a_did_key(key_dir):
    key = keys_ensure()
    assert key.public_key_multibase.startswith("z6Mk")
    assert key.did == f"did:key:{key.public_key_multibase}"
    assert key.legacy_verification_method == f"{key.did}#{key.public_key_multibase}"
    # Proofs name the key as a method of the site's did:web (ADR 0110); the did:key names stay resolvable.
    assert key.verification_method == f"{site_did()}#{key.key_id}"
    assert key_for_verification_method(key.legacy_verification_method).key_id == key.key_id
    assert public_key_to_multikey(multikey_to_public_key(key.public_key_multibase)) == key.public_key_multibase


@pytest.mark.parametrize(
    ("site_url", "did", "document_url"),
    [
        (
            "https://certify.example.org",
            "did:web:certify.example.org",
            "https://certify.example.org/.well-known/did.json",
        ),
        ("http://127.0.0.1:8000", "did:web:127.0.0.1%3A8000", "http://127.0.0.1:8000/.well-known/did.json"),
        (
            "https://Example.org:8443/ict/cft/",
            "did:web:example.org%3A8443:ict:cft",
            "https://Example.org:8443/ict/cft/did.json",
        ),
    ],
)
def test_the_site_did_is_did_web_of_site_url(site_url, did, document_url):
    # did:web (W3C CCG did:web 3.2): the port's colon percent-encoded, path segments joined by colons; a DID with a
    # path resolves to <path>/did.json, one without to /.well-known/did.json.
    assert did_web(site_url) == did
    assert did_document_url(site_url) == document_url


def test_default_key_dir_for_tests_is_ignored_by_git():
    from pathlib import Path

    gitignore = (Path(__file__).resolve().parents[2] / ".gitignore").read_text().split()
    assert ".test-keys/" in gitignore


def test_pdf_key_and_its_certificate_from_our_root_load_in_pyhanko(key_dir):
    key = keys_ensure()
    signer = SimpleSigner.load(str(key.pdf_key_pem_path), str(key.pdf_cert_pem_path))
    assert signer is not None
    certificate = x509.load_pem_x509_certificate(key.pdf_cert_pem_path.read_bytes())
    private = serialization.load_pem_private_key(key.pdf_key_pem_path.read_bytes(), password=None)
    assert certificate.public_key() == private.public_key()
    assert (
        certificate.issuer == x509.load_pem_x509_certificate((key_dir / "root" / "root-cert.pem").read_bytes()).subject
    )
    assert certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value


def _start_up(start_at):
    time.sleep(max(0.0, start_at - time.time()))  # all workers reach the empty directory together
    return keys_ensure().key_id


def test_processes_starting_at_once_agree_on_one_key(key_dir):
    start_at = time.time() + 0.5
    with multiprocessing.get_context("fork").Pool(6) as pool:
        key_ids = pool.map(_start_up, [start_at] * 6, chunksize=1)
    assert len(set(key_ids)) == 1
    assert sorted(entry.name for entry in key_dir.iterdir() if entry.is_dir()) == [key_ids[0], "root"]


def test_rotation_keeps_old_keys_as_retired(key_dir):
    old = keys_ensure()
    new = keys_rotate()
    assert new.key_id != old.key_id
    assert key_current().key_id == new.key_id
    assert [(key.key_id, key.retired) for key in keys_all()] == [(new.key_id, False), (old.key_id, True)]
    assert key_get(old.key_id).retired
    assert key_for_verification_method(old.verification_method).key_id == old.key_id


@pytest.mark.django_db
def test_rotate_keys_command(key_dir):
    old = keys_ensure()
    out = io.StringIO()
    call_command("rotate_keys", stdout=out)
    assert key_current().key_id != old.key_id
    assert key_current().key_id in out.getvalue()
    assert "1 retired" in out.getvalue()


@pytest.mark.django_db
def test_rotated_pdf_certificate_names_the_issuer_from_site_settings(key_dir):
    from wagtail.models import Site

    from certificates.models import CertificateSettings

    row = CertificateSettings.for_site(Site.objects.get(is_default_site=True))
    row.issuer_name = "Ministère de l'Éducation"
    row.save()
    call_command("rotate_keys", stdout=io.StringIO())
    certificate = x509.load_pem_x509_certificate(key_current().pdf_cert_pem_path.read_bytes())
    assert certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Ministère de l'Éducation"


def test_unknown_or_malicious_key_ids_are_not_found(key_dir):
    keys_ensure()
    assert key_get("nope") is None
    assert key_get("../keys") is None
    assert key_get(".lock") is None
    assert key_for_verification_method(f"did:key:{SAMPLE_MULTIKEY}#{SAMPLE_MULTIKEY}") is None


@pytest.mark.parametrize(
    ("raw", "encoded"),
    [
        (b"Hello World!", "2NEpo7TZRRrLZSi2U"),
        (
            b"The quick brown fox jumps over the lazy dog.",
            "USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z",
        ),
        (bytes.fromhex("0000287fb4cd"), "11233QC4"),
    ],
)
def test_base58btc_matches_the_published_test_vectors(raw, encoded):
    assert base58btc_encode(raw) == encoded
    assert base58btc_decode(encoded) == raw


def test_multikey_rejects_other_key_types():
    with pytest.raises(ValueError):
        multikey_to_public_key("zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme")  # secp256k1
    with pytest.raises(ValueError):
        multikey_to_public_key("uAAAA")
