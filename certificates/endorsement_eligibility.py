"""Who may endorse a certificate: a seam apps above certificates plug their relations into (ADR 0205).

certificates sits below the apps that know who mentored or reviewed a teacher, so it cannot ask them. Each registers
a check from its AppConfig.ready:

    endorsement_eligibility_register(check, name="portfolio.mentor")

where `check(*, endorser, certificate) -> bool` says whether `endorser` worked with the certificate's holder closely
enough to vouch for it (portfolio: `mentor_of(mentor=..., teacher=...)`; peerreview: reviewed their work). A user
may endorse when any check says yes, never their own certificate, and only a certificate in force.

Built in: the trainer of a cohort the holder belongs to, through the cohort providers of certificates.scope (cohorts
registers those already), so certificates still imports nothing above it.
"""

from collections.abc import Callable

from .models import Certificate, CertificateStatus

EligibilityCheck = Callable[..., bool]
_checks: dict[str, EligibilityCheck] = {}


def endorsement_eligibility_register(check: EligibilityCheck, *, name: str | None = None) -> None:
    """Register (or replace, so a reloaded app does not add it twice) `check` under `name` (default: its path)."""
    _checks[name or f"{check.__module__}.{check.__qualname__}"] = check


def endorsement_eligibility_unregister(name: str) -> None:
    _checks.pop(name, None)


def trains_holder(*, endorser, certificate: Certificate) -> bool:
    """The endorser trains a cohort the holder is a member of (the providers cohorts registers in scope.py)."""
    from .scope import trains_teacher

    return trains_teacher(user=endorser, teacher_id=certificate.user_id)


endorsement_eligibility_register(trains_holder, name="certificates.trainer_of_cohort")


def endorsement_may(*, endorser, certificate: Certificate) -> bool:
    """Whether `endorser` may endorse `certificate` now (an endorsement already in force aside)."""
    if not (endorser.is_authenticated and endorser.is_active):
        return False
    if endorser.pk == certificate.user_id or certificate.status != CertificateStatus.VALID:
        return False
    return any(check(endorser=endorser, certificate=certificate) for check in list(_checks.values()))


def endorse_url_for(*, user, certificate: Certificate) -> str | None:
    """The endorse page's address for a signed-in visitor of the verification page who may endorse it (or has)."""
    from django.urls import reverse

    if not user.is_authenticated or user.pk == certificate.user_id:
        return None
    live = certificate.endorsements.filter(endorser=user, revoked_at__isnull=True).exists()
    if live or endorsement_may(endorser=user, certificate=certificate):
        return reverse("certificates:endorse", kwargs={"code": certificate.code})
    return None
