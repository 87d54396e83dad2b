"""Demo: the demo trainer endorses the first valid certificate of a teacher they train (ADR 0205). Idempotent:
an endorsement in force is never written twice, and nothing happens without the demo trainer or such a certificate."""

from accounts.models import User

from .endorsement_eligibility import endorsement_may
from .models import Certificate, Endorsement

DEMO_TRAINER = "trainer"  # the demo account cohorts/demo.py makes the trainer of the demo cohort
DEMO_COMMENT = (
    "I watched this teacher plan and teach three lessons with the class tablets: clear goals, every pupil busy, "
    "and a fair way to check what they learnt."
)


def certificates_demo_ensure() -> Endorsement | None:
    from .services import endorsement_issue

    trainer = User.objects.filter(username=DEMO_TRAINER).first()
    if trainer is None:
        return None
    existing = Endorsement.objects.filter(endorser=trainer, revoked_at__isnull=True).first()
    if existing is not None:
        return existing
    for certificate in Certificate.objects.filter(is_current=True).order_by("issued_at", "pk"):
        if endorsement_may(endorser=trainer, certificate=certificate):
            return endorsement_issue(endorser=trainer, certificate=certificate, comment=DEMO_COMMENT)
    return None
