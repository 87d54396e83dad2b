from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PeerReviewConfig(AppConfig):
    name = "peerreview"
    verbose_name = _("Peer review")
    demo_loader = "peerreview.demo.peerreview_demo_ensure"

    def ready(self) -> None:
        from assessments.judgements import judgement_provider_register

        from . import tasks
        from .selectors import evidence_judgement

        post_migrate.connect(tasks.schedule_ensure, sender=self, dispatch_uid="peerreview.schedule_ensure")
        # The grade and who judged it travel onto the evidence (assessments cannot import us).
        judgement_provider_register("peerreview", evidence_judgement)

        # The peers assigned to review an answer open its file and the portfolio artefacts submitted with it,
        # anonymously (ADR 0209): assessments asks us through its reader seam; portfolio serves its own files.
        from assessments.attachments import answer_reader_register

        from .selectors import answer_peer_reader

        answer_reader_register("peerreview", answer_peer_reader)

        # A peer who reviewed the holder's work may endorse their certificate (certificates cannot import us).
        from certificates.endorsement_eligibility import endorsement_eligibility_register

        from .selectors import reviewed_work_of

        def reviewed_holder(*, endorser, certificate) -> bool:
            return reviewed_work_of(reviewer=endorser, author=certificate.user)

        endorsement_eligibility_register(reviewed_holder, name="peerreview.reviewer_of_holder")
