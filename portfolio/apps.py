from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortfolioConfig(AppConfig):
    name = "portfolio"
    verbose_name = _("Portfolio of practice")
    default_auto_field = "django.db.models.BigAutoField"
    # load_demo calls it after the core demo (cms does not import the apps above it).
    demo_loader = "portfolio.demo.portfolio_demo_ensure"

    def ready(self) -> None:
        # The mentor's note shows on the teacher's competency page, which cms renders: cms may not import us
        # (layers), so we hand it a section to add (ADR 0202).
        from cms.profile_sections import profile_section_register

        from .sections import mentor_notes_section

        profile_section_register("portfolio.mentor_notes", mentor_notes_section)

        # An artefact submitted with an extended-response answer shows on its review page (ADR 0203).
        from assessments.attachments import answer_attachments_register

        from .sections import answer_artefacts, answer_artefacts_anonymous

        # A peer assigned to review the answer sees them too, without their title or owner (ADR 0209).
        answer_attachments_register("portfolio", answer_artefacts, anonymous=answer_artefacts_anonymous)

        # A teacher's mentor may endorse their certificates (certificates cannot import us).
        from certificates.endorsement_eligibility import endorsement_eligibility_register

        from .selectors import mentor_of

        def mentors_holder(*, endorser, certificate) -> bool:
            return mentor_of(mentor=endorser, teacher=certificate.user)

        endorsement_eligibility_register(mentors_holder, name="portfolio.mentor_of_holder")
