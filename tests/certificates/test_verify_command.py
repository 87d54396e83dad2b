"""verify_certificate speaks to people: a bad file gets one plain sentence and a non-zero exit, never a traceback."""

import json

import pytest
from django.core.management import CommandError, call_command

NESTED = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{this is not json", "This is not valid JSON"),
        (b'{"id": "a", "id": "b"}', "The JSON has the key 'id' twice"),
        (NESTED, "nested deeper than 64 levels"),
        (b"[" * 80 + b"]" * 80, "nested deeper than 64 levels"),
        (b'{"padding": "' + b"x" * (3 * 1024 * 1024) + b'"}', "larger than 2.0"),
        (b'{"a": "\xff\xfe"}', "not valid UTF-8"),
        (b"[1, 2, 3]", "holds JSON, but not a credential"),
    ],
    ids=["not-json", "duplicate-key", "very-deep", "deep", "huge", "not-utf8", "not-an-object"],
)
def test_a_bad_file_gets_a_sentence_and_a_non_zero_exit(tmp_path, settings, content, reason):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    path = tmp_path / "credential.json"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=r"^UNREADABLE: ") as raised:
        call_command("verify_certificate", str(path))
    assert reason in str(raised.value)
    assert "Traceback" not in str(raised.value)


def test_a_missing_file_or_some_other_file(tmp_path, settings):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    with pytest.raises(CommandError, match="^UNREADABLE: .*no such file"):
        call_command("verify_certificate", str(tmp_path / "missing.pdf"))
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(CommandError, match="^UNREADABLE: .*neither a certificate PDF, a credential JSON nor a QR link"):
        call_command("verify_certificate", str(text))


def test_damaged_cached_keys_are_no_keys(tmp_path, settings):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    cache = tmp_path / "keys" / "verify-cache"
    cache.mkdir(parents=True)
    (cache / "keys.json").write_text(json.dumps({"keys": [{"verificationMethod": "oops"}, 3]}))
    (cache / "did.json").write_text('{"id": 1, "id": 2}')
    path = tmp_path / "credential.json"
    path.write_text(json.dumps({"id": "x"}))
    with pytest.raises(CommandError, match="^UNKNOWN: no keys of the issuer are saved yet; run again with --refresh"):
        call_command("verify_certificate", str(path))


@pytest.mark.django_db(transaction=True)
def test_refresh_fetches_every_saved_status_list(live_server, settings, tmp_path, make_user, framework_v3):
    """A revocation on list 2 is seen offline after a --refresh made while checking a certificate of list 1."""
    import io

    from django.core.cache import cache

    from certificates.issuer import issuer_get
    from certificates.models import STATUS_LIST_SIZE
    from certificates.services import certificate_issue, certificate_revoke
    from certificates.services.documents import documents_make

    from .conftest import attain

    def run(path, *args) -> str:
        out = io.StringIO()
        call_command("verify_certificate", str(path), *args, stdout=out)
        return out.getvalue().strip()

    cache.clear()
    settings.SITE_URL = live_server.url
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    level = framework_v3.levels.get(code="KA")
    first, second = make_user("first"), make_user("second")
    attain(first, level)
    attain(second, level)
    on_list_1 = certificate_issue(user=first, level=level)
    on_list_2 = certificate_issue(user=second, level=level)
    on_list_2.status_list_index = STATUS_LIST_SIZE + on_list_2.pk  # as the 131073rd certificate would be
    documents_make(certificate=on_list_2, issuer=issuer_get())
    on_list_2.save()
    assert on_list_2.status_list_id == 2
    file_1, file_2 = tmp_path / "one.json", tmp_path / "two.json"
    file_1.write_text(on_list_1.credential_json, encoding="utf-8")
    file_2.write_text(on_list_2.credential_json, encoding="utf-8")

    assert run(file_2, "--refresh").startswith(f"VALID: certificate {on_list_2.code} of ")
    certificate_revoke(certificate=on_list_2, reason="Fraud")
    assert run(file_1, "--refresh").startswith(f"VALID: certificate {on_list_1.code} of ")
    with pytest.raises(CommandError, match=f"^REVOKED: certificate {on_list_2.code} of "):
        run(file_2)  # offline: list 2 was refreshed with the others
    tampered = json.loads(on_list_1.credential_json)
    tampered["credentialSubject"]["identifier"][0]["identityHash"] = "Somebody Else"
    file_1.write_text(json.dumps(tampered), encoding="utf-8")
    with pytest.raises(CommandError, match="^FORGED: the signature does not match"):
        run(file_1)
    cache.clear()
