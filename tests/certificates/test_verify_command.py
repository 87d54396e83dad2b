"""verify_certificate speaks to people: a bad file gets one plain sentence and a non-zero exit, never a traceback."""

import json

import pytest
from django.core.management import CommandError, call_command

NESTED = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{this is not json", "it is not JSON"),
        (b'{"id": "a", "id": "b"}', 'the key "id" appears twice in one object'),
        (NESTED, "nested more than 64 levels deep"),
        (b"[" * 80 + b"]" * 80, "nested more than 64 levels deep"),
        (b'{"padding": "' + b"x" * (3 * 1024 * 1024) + b'"}', "larger than 2048 kB"),
        (b'{"a": "\xff\xfe"}', "not UTF-8"),
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
