"""Certificates for a framework of another shape (ADR 0180): a step of DigCompEdu's scale, imported from a
DigCompEdu-shaped CASE file of ours, is certified like an ICT-CFT level, and a re-import keeps the certificate."""

import pytest

from certificates.models import CertificateStatus
from certificates.services import certificate_issue
from competency.interchange import framework_export, framework_import
from tests.competency.shapes import digcompedu_shaped

from .conftest import attain


@pytest.mark.django_db
def test_a_digcompedu_shaped_step_is_certified_and_survives_a_reimport(teacher):
    framework = framework_import(content=digcompedu_shaped(), fmt="case-json")
    a1 = framework.levels.get(code="A1")
    attain(teacher, a1)
    certificate = certificate_issue(user=teacher, level=a1)
    assert certificate.status == CertificateStatus.VALID
    assert certificate.snapshot["level"]["code"] == "A1"
    assert len(certificate.snapshot["competencies"]) == 22
    again = framework_import(content=framework_export(framework=framework, fmt="case-json"), fmt="case-json")
    assert again.pk == framework.pk
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and certificate.level_id == a1.pk
