"""Who reads the audit log (collected by accounts.roles; ADR 0114). Role names as strings: audit sits under
accounts, which may write role changes to it."""

ROLE_PERMISSIONS: dict[str, list[str]] = {"Administrator": ["audit.view_auditevent"]}
