"""What the portfolio's models let each role do in the admins. Teachers' and mentors' own powers are object-level
(portfolio.permissions), not Django permissions."""

from accounts.roles import Role

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.ADMINISTRATOR: [
        "portfolio.view_mentorgroup",
        "portfolio.change_mentorgroup",
        "portfolio.delete_mentorgroup",
    ],
}
ROLE_PERMISSIONS_WITHDRAWN: dict[str, list[str]] = {}
