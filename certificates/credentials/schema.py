"""Validation against 1EdTech's OB 3.0 AchievementCredential JSON Schema (schema/, copied unchanged)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

SCHEMA_PATH = Path(__file__).parent / "schema" / "ob_v3p0_achievementcredential_schema.json"


@cache
def _validator():
    # Imported here: jsonschema's format checkers compile RFC 3987 grammars on import (~2 s), which every process
    # importing the URLconf would otherwise pay.
    from jsonschema import Draft201909Validator

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    # The format checker needs the format-nongpl extra; without it date-time values would pass unchecked.
    return Draft201909Validator(schema, format_checker=Draft201909Validator.FORMAT_CHECKER)


@cache
def _endorsement_validator():
    """The schema's own EndorsementCredential definition (the one the achievement schema embeds for `endorsement`,
    generated from the same model as 1EdTech's separate endorsement schema), as the root."""
    from jsonschema import Draft201909Validator

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    root = {"$schema": schema["$schema"], "$ref": "#/$defs/EndorsementCredential", "$defs": schema["$defs"]}
    return Draft201909Validator(root, format_checker=Draft201909Validator.FORMAT_CHECKER)


def credential_validate_schema(*, credential: dict, endorsement: bool = False) -> list[str]:
    """1EdTech schema errors as readable lines ("validFrom: 'yesterday' is not a 'date-time'"); [] when valid.
    `endorsement`: against the EndorsementCredential definition rather than the AchievementCredential one."""
    validator = _endorsement_validator() if endorsement else _validator()
    errors = sorted(validator.iter_errors(credential), key=lambda error: list(error.absolute_path))
    return [f"{error.json_path.removeprefix('$.') or '(root)'}: {error.message}" for error in errors]
