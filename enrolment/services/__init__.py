from .codes import code_issue, code_redeem, codes_void
from .cohort_invites import cohort_invite_by_email
from .imports import Preview, import_apply, import_check, import_rows
from .invitations import InvitationError, invitation_accept, invitation_decline, invitations_create
from .sheets import sheet_codes_issue

__all__ = [
    "InvitationError",
    "Preview",
    "code_issue",
    "code_redeem",
    "codes_void",
    "cohort_invite_by_email",
    "import_apply",
    "import_check",
    "import_rows",
    "invitation_accept",
    "invitation_decline",
    "invitations_create",
    "sheet_codes_issue",
]
