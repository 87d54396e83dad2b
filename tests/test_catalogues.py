"""The French, Spanish and Arabic catalogues translate every user-facing string of the code and templates."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["fr", "es", "ar"]
DOMAINS = ["django"]  # our JavaScript takes its words from the page (data attributes)


def _catalogue(language: str, domain: str) -> Path:
    return ROOT / "locale" / language / "LC_MESSAGES" / f"{domain}.po"


SOURCES = [
    "accounts",
    "assessments",
    "audit",
    "backups",
    "certificates",
    "cms",
    "cohorts",
    "common",
    "competency",
    "config",
    "sso",
    "enrolment",
    "notifications",
    "discussion",
    "peerreview",
    "privacy",
    "portfolio",
    "lti",
    "xapi",
    "templates",
    "static",
]
SKIP = shutil.ignore_patterns(
    "__pycache__", "*.ttf", "*.ttc", "*.png", "*.svg", "*.webp", "*.jpg", "locale", "migrations"
)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """What makemessages finds in a scratch copy of the code today (the committed catalogues are left untouched)."""
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext must be installed (.ci/run installs it)")
    copy = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, copy / name, ignore=SKIP)
    shutil.copy(ROOT / "manage.py", copy / "manage.py")
    (copy / "locale").mkdir()
    for domain in DOMAINS:
        subprocess.run(
            [sys.executable, "manage.py", "makemessages", "-l", "fr", "-d", domain, "-v", "0"],
            cwd=copy,
            check=True,
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        )
    return {domain: _entries(copy / "locale" / "fr" / "LC_MESSAGES" / f"{domain}.po") for domain in DOMAINS}


def _entries(path: Path) -> list:
    return list(polib.pofile(str(path))) if path.exists() else []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_msgfmt_finds_no_untranslated_or_fuzzy_entry(language, domain):
    po = _catalogue(language, domain)
    assert po.exists(), f"{po} is missing: `make makemessages` writes it"
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    statistics = result.stderr.strip()
    assert re.fullmatch(r"\d+ translated messages\.", statistics), f"{language}/{domain}: {statistics}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("domain", DOMAINS)
def test_every_string_in_the_code_is_in_the_catalogue(language, domain, extracted):
    committed = {(e.msgctxt, e.msgid) for e in _entries(_catalogue(language, domain)) if e.translated()}
    missing = sorted(e.msgid for e in extracted[domain] if (e.msgctxt, e.msgid) not in committed)
    assert not missing, (
        f"{len(missing)} strings untranslated in {language}/{domain} (run `make makemessages`): {missing[:10]}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    def names(text: str) -> set[str]:
        return set(re.findall(r"%\((\w+)\)[sd]", text))

    for domain in DOMAINS:
        for entry in (e for e in _entries(_catalogue(language, domain)) if e.translated()):
            if not entry.msgid_plural:
                assert names(entry.msgid) == names(entry.msgstr), f"{language}: placeholders differ in {entry.msgid!r}"
                continue
            # Plural forms for one, two (Arabic) or zero may say the number in words; none may invent a name,
            # and the general form keeps every one.
            forms = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
            allowed = names(entry.msgid) | names(entry.msgid_plural)
            assert all(names(form) <= allowed for form in forms), f"{language}: unknown placeholder in {entry.msgid!r}"
            assert names(forms[-1]) == names(entry.msgid_plural), f"{language}: placeholders lost in {entry.msgid!r}"
