"""The shipped contexts and schema are unchanged copies, and 1EdTech's own examples pass our checks."""

import hashlib
import json
from pathlib import Path

import pytest

from certificates.credentials import credential_validate_schema, undefined_terms
from certificates.credentials.jsonld import CONTEXT_FILES, CONTEXTS_DIR
from certificates.credentials.schema import SCHEMA_PATH

DATA = Path(__file__).parent / "data"
CHECKSUMS = {
    CONTEXTS_DIR / "credentials-v2.jsonld": "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734",
    CONTEXTS_DIR / "data-integrity-v1.jsonld": "c6e5073f4bd4bf6d08f245736e6f32c29b012860b18583644b2d71e1de862669",
    CONTEXTS_DIR / "data-integrity-v2.jsonld": "0f77743daf5b4e8fc067fc5ba5b21044283053aa717fc6b0219843bed3b00363",
    CONTEXTS_DIR / "ob_v3p0_context-3.0.3.json": "3d34f4d4ef1bce691106e63798beb5e7b862ba841423f5ee1e53ab7ddf3bca84",
    SCHEMA_PATH: "859e405b592d93c3261fe899362f4128801140d4d20c01502a066b3540483d95",
    DATA / "signed_eddsa_rdfc_2022_simple.json": "942a869e6292a49344cc7d5280652db64a62b1cc3477927925eee1226c2af3d1",
}


@pytest.mark.parametrize("path", list(CHECKSUMS), ids=lambda path: path.name)
def test_reference_file_is_an_unchanged_copy(path):
    assert hashlib.sha256(path.read_bytes()).hexdigest() == CHECKSUMS[path]


def test_every_served_context_is_shipped():
    for filename in CONTEXT_FILES.values():
        assert (CONTEXTS_DIR / filename).is_file()


@pytest.mark.parametrize("name", ["example_basicOpenBadgeCredential.json", "example_achievementAlignmentCase.json"])
def test_1edtech_examples_are_valid_and_fully_defined(name):
    example = json.loads((DATA / name).read_text())
    assert credential_validate_schema(credential=example) == []
    assert undefined_terms(example) == []
