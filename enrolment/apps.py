from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnrolmentConfig(AppConfig):
    name = "enrolment"
    verbose_name = _("Enrolment: bulk accounts, cohort invitations, sign-in codes")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from .notices import on_user_logged_in

        user_logged_in.connect(on_user_logged_in, dispatch_uid="enrolment.invitation_notice")
