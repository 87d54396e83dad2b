"""The unsigned OpenBadgeCredential for a certificate snapshot (VC 2.0 + OB 3.0.3), and the issuer's Profile."""

from __future__ import annotations

from datetime import UTC, datetime

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from certificates.keys import site_did

from .jsonld import OB_CONTEXT, VC_CONTEXT

SCHEMA_URL = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
# The VC 2.0 context defines JsonSchema; 1EdTech's "1EdTechJsonSchemaValidator2019" is defined by no context, so a
# JSON-LD processor sees a relative IRI (ADR 0110). Credentials signed before carry it: verify.py tolerates it there.
SCHEMA_TYPE = "JsonSchema"


def issuer_url() -> str:
    """The issuer's Profile page; before ADR 0110 also the issuer's id in credentials (the legacy issuer)."""
    return f"{settings.SITE_URL}/credentials/issuer/"


def issuer_id() -> str:
    """The issuer's id in credentials: the site's did:web, whose DID document lists every key ever used."""
    return site_did()


def issuer_profile_ref(*, name: str) -> dict:
    return {"id": issuer_id(), "type": ["Profile"], "name": name, "url": f"{settings.SITE_URL}/"}


def credential_url(code: str) -> str:
    return f"{settings.SITE_URL}/credentials/{code}.json"


def achievement_url(*, framework_slug: str, level_code: str) -> str:
    return f"{settings.SITE_URL}/framework/{framework_slug}/level/{level_code}/"


def competency_url(*, framework_slug: str, code: str) -> str:
    return f"{settings.SITE_URL}/framework/{framework_slug}/{code}/"


def iso_utc(value: str | datetime) -> str:
    """XSD dateTime in UTC with a Z, as the schema's date-time format and the context's xsd:dateTime both accept."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _alignment(framework: dict, competency: dict) -> dict:
    return {
        "type": ["Alignment"],
        "targetName": f"{competency['code']} {competency['title']}",
        "targetUrl": competency_url(framework_slug=framework["slug"], code=competency["code"]),
        "targetCode": competency["code"],
        "targetFramework": framework["name"],
        "targetType": "ceasn:Competency",
    }


def _achievement_description(framework: dict, level: dict) -> str:
    text = f"Level {level['code']} ({level['name']}) of {framework['name']}"
    if framework.get("version"):
        text += f" version {framework['version']}"
    if framework.get("publisher"):
        text += f", published by {framework['publisher']}"
    return text + "."


def _achievement(snapshot: dict) -> dict:
    framework, level = snapshot["framework"], snapshot["level"]
    achievement_id = achievement_url(framework_slug=framework["slug"], level_code=level["code"])
    codes = ", ".join(item["code"] for item in snapshot["competencies"])
    achievement = {
        "id": achievement_id,
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": f"{framework['name']}: {level['name']}",
        "description": _achievement_description(framework, level),
        "criteria": {
            "id": achievement_id,
            "narrative": f"Mastery of every competency of level {level['code']}: {codes}.",
        },
        "humanCode": level["code"],
        "alignment": [_alignment(framework, item) for item in snapshot["competencies"]],
        "resultDescription": [
            {
                "id": f"{achievement_id}#level",
                "type": ["ResultDescription"],
                "name": f"{framework['name']} level",
                "resultType": "RubricCriterionLevel",
                "rubricCriterionLevel": [
                    {
                        "id": f"{achievement_id}#level-{level['code']}",
                        "type": ["RubricCriterionLevel"],
                        "name": level["name"],
                        "level": level["code"],
                    }
                ],
            }
        ]
        + [
            {
                "id": f"{achievement_id}#{item['code']}",
                "type": ["ResultDescription"],
                "name": f"{item['code']} {item['title']}",
                "resultType": "Result",
                "alignment": [_alignment(framework, item)],
            }
            for item in snapshot["competencies"]
        ],
    }
    if framework.get("version"):
        achievement["version"] = str(framework["version"])
    if framework.get("source_url"):
        achievement["related"] = [{"id": framework["source_url"], "type": ["Related"]}]
    return achievement


def _results(snapshot: dict, achievement_id: str) -> list[dict]:
    level = snapshot["level"]
    results = [
        {
            "type": ["Result"],
            "resultDescription": f"{achievement_id}#level",
            "achievedLevel": f"{achievement_id}#level-{level['code']}",
            "value": level["code"],
        }
    ]
    for item in snapshot["competencies"]:
        result = {"type": ["Result"], "resultDescription": f"{achievement_id}#{item['code']}"}
        if item.get("score") is not None:
            result["value"] = str(item["score"])
        results.append(result)
    return results


def _evidence(snapshot: dict) -> dict:
    """How the certificate was earned, in the holder's language (the certificate's), as an OB 3.0 Evidence."""
    with translation.override(snapshot.get("language") or settings.LANGUAGE_CODE):
        if snapshot.get("manual"):
            narrative = gettext("Issued by hand, approved by a certification officer.")
        else:
            narrative = gettext("Earned through the platform's assessments.")
        evidence = {"type": ["Evidence"], "name": gettext("How this certificate was earned"), "narrative": narrative}
    if snapshot.get("evidence_summary"):
        evidence["description"] = snapshot["evidence_summary"]
    return evidence


def credential_build(*, snapshot: dict, code: str, status_list_url: str, status_index: int) -> dict:
    """The unsigned OpenBadgeCredential certifying `snapshot` (see certificates-interface contract for its keys)."""
    framework, level = snapshot["framework"], snapshot["level"]
    achievement = _achievement(snapshot)
    credential = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": credential_url(code),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{framework['name']}: {level['name']}",
        "description": (
            f"Certificate {code}: {snapshot['holder_name']} attained level {level['code']} ({level['name']})."
        ),
        "issuer": issuer_profile_ref(name=snapshot["issuer_name"]),
        "validFrom": iso_utc(snapshot["issued_at"]),
        "awardedDate": iso_utc(snapshot["issued_at"]),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            # No DID for the holder: the legal name is what the certificate attests, as an unhashed IdentityObject.
            "identifier": [
                {
                    "type": "IdentityObject",
                    "hashed": False,
                    "identityHash": snapshot["holder_name"],
                    "identityType": "name",
                }
            ],
            "achievement": achievement,
            "result": _results(snapshot, achievement["id"]),
        },
        "credentialSchema": [{"id": SCHEMA_URL, "type": SCHEMA_TYPE}],
        "credentialStatus": {
            "id": f"{status_list_url}#{status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(status_index),
            "statusListCredential": status_list_url,
        },
    }
    credential["evidence"] = [_evidence(snapshot)]
    if snapshot.get("expires_at"):
        credential["validUntil"] = iso_utc(snapshot["expires_at"])
    return credential
