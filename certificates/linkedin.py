"""LinkedIn's "Add licence or certification" link, pre-filled from the certificate."""

from urllib.parse import urlencode

from certificates.models import Certificate


def linkedin_add_url(*, certificate: Certificate) -> str:
    snapshot = certificate.snapshot
    level = snapshot.get("level", {})
    framework = snapshot.get("framework", {})
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": f"{framework.get('name', '')} · {level.get('code', '')} {level.get('name', '')}".strip(),
        "organizationName": snapshot.get("issuer_name", ""),
        "issueYear": certificate.issued_at.year,
        "issueMonth": certificate.issued_at.month,
        "certUrl": certificate.verify_url,
        "certId": certificate.code,
    }
    if certificate.expires_at:
        params["expirationYear"] = certificate.expires_at.year
        params["expirationMonth"] = certificate.expires_at.month
    return "https://www.linkedin.com/profile/add?" + urlencode(params)
