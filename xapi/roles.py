"""What each role may do with the xAPI outbox (collected by accounts.roles; ADR 0158)."""

from accounts.roles import Role

# Administrators watch delivery to the LRS and send refused statements again once the cause is fixed.
ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.ADMINISTRATOR: ["xapi.view_outboxstatement", "xapi.retry_outboxstatement"],
}
