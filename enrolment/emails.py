"""Invitation e-mails, each in its reader's language, sent by the task worker (enrolment/tasks.py)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from common.languages import language_or_default

from .models import CodeChannel, CohortInvitation, InvitationStatus
from .services.codes import code_days, code_issue


def invitation_email_send(*, invitation: CohortInvitation) -> bool:
    user = invitation.user
    if not user.email or not user.is_active:
        return False
    code = None
    if not user.has_usable_password():
        # No password yet: the e-mail carries a one-time code, to the inbox of the person it names.
        code = code_issue(user=user, channel=CodeChannel.EMAIL)
    with translation.override(language_or_default(user.preferred_language)):
        context = {
            "user": user,
            "cohort": invitation.cohort,
            "trainer": invitation.invited_by.display_name if invitation.invited_by else "",
            "direct": invitation.status == InvitationStatus.ACCEPTED,
            "code": code,
            "code_days": code_days(CodeChannel.EMAIL),
            "code_url": settings.SITE_URL + reverse("enrolment:code") + (f"?code={code}" if code else ""),
            "invitations_url": settings.SITE_URL + reverse("enrolment:invitations"),
            "site_url": settings.SITE_URL,
        }
        subject = " ".join(render_to_string("enrolment/email/invitation_subject.txt", context).split())
        body = render_to_string("enrolment/email/invitation_message.txt", context)
    EmailMessage(subject=subject, body=body, to=[user.email]).send()
    return True
