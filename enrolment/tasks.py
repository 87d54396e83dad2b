"""django-q tasks: invitation e-mails after a bulk import or an invitation from a cohort page."""


def invitation_emails_send(invitation_ids: list[int]) -> int:
    from .emails import invitation_email_send
    from .models import CohortInvitation

    sent = 0
    for invitation in CohortInvitation.objects.filter(pk__in=invitation_ids).select_related(
        "user", "cohort", "invited_by"
    ):
        sent += invitation_email_send(invitation=invitation)
    return sent
